/**
 * A report tab's styles as a few RangeList calls: each cell's style is merged as the
 * plan says (later entries win), then, per property and value, the cells sharing it
 * become one list of A1 ranges (row runs, stacked when consecutive rows repeat them).
 * The number of calls depends on how many distinct values a form uses, not on its rows.
 */
import type { CellStyle, SheetPlan } from '../../core/index.js';
import { a1FromRange } from './a1.js';
import { TEXT_FORMAT } from './text-block.js';

/** Font of the tool's tabs unless the plan says otherwise (same as the Excel and CLI hosts). */
export const REPORT_FONT = 'Times New Roman';

export type StyleProp =
  | 'background'
  | 'fontColor'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontSize'
  | 'fontFamily'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrap'
  | 'numberFormat'
  | 'border';

export interface StyleGroup {
  prop: StyleProp;
  value: string | number | boolean;
  a1: string[];
}

const PROPS: readonly StyleProp[] = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontColor',
  'background',
  'horizontalAlignment',
  'verticalAlignment',
  'wrap',
  'numberFormat',
  'border',
];

/** The Sheets value of one property of a merged style, or undefined to leave the default. */
function propValue(style: CellStyle, prop: StyleProp, isText: boolean): string | number | boolean | undefined {
  switch (prop) {
    case 'background':
      return style.fill;
    case 'fontColor':
      return style.fontColor;
    case 'fontWeight':
      return style.bold ? 'bold' : undefined;
    case 'fontStyle':
      return style.italic ? 'italic' : undefined;
    case 'fontSize':
      return style.fontSize;
    case 'fontFamily':
      return style.fontName;
    case 'horizontalAlignment':
      return style.hAlign;
    case 'verticalAlignment':
      return style.vAlign === 'center' ? 'middle' : style.vAlign;
    case 'wrap':
      return style.wrap ? true : undefined;
    case 'numberFormat':
      // Text stays text (see text-block.ts); Sheets would read "06/6/2024" as a date.
      return isText ? TEXT_FORMAT : style.numberFormat;
    case 'border':
      return style.border ? true : undefined;
  }
}

/**
 * Groups of cells per property value for a tab plan.
 * @example styleGroups(plan).find((g) => g.prop === 'fontWeight') // => { prop: 'fontWeight', value: 'bold', a1: ['A1:I1', 'A3:I3'] }
 */
export function styleGroups(plan: SheetPlan, defaults: CellStyle = { fontName: REPORT_FONT }): StyleGroup[] {
  const { styleIds, table, rows, cols } = mergedStyles(plan, defaults);
  const groups: StyleGroup[] = [];
  for (const prop of PROPS) {
    const valueOf = (r: number, c: number): string | number | boolean | undefined => {
      const id = styleIds[r * cols + c];
      if (id < 0) return undefined;
      const cell = plan.cells[r]?.[c];
      return propValue(table[id], prop, typeof cell === 'string');
    };
    for (const [value, a1] of runsByValue(rows, cols, valueOf)) groups.push({ prop, value, a1 });
  }
  return groups;
}

/** Per-cell style ids (−1 = untouched) over the extent of cells and styles. */
function mergedStyles(plan: SheetPlan, defaults: CellStyle) {
  let rows = plan.cells.length;
  let cols = plan.cells.reduce((m, line) => Math.max(m, line.length), 0);
  for (const { range } of plan.styles) {
    rows = Math.max(rows, range.row + range.rows - 1);
    cols = Math.max(cols, range.col + range.cols - 1);
  }
  const table: CellStyle[] = [];
  const ids = new Map<string, number>();
  const intern = (style: CellStyle): number => {
    const key = JSON.stringify(style);
    let id = ids.get(key);
    if (id === undefined) {
      id = table.length;
      table.push(style);
      ids.set(key, id);
    }
    return id;
  };
  const styleIds = new Int32Array(rows * cols).fill(-1);
  const base = intern(defaults);
  plan.cells.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value !== null) styleIds[r * cols + c] = base;
    }),
  );
  // Merging interns one style per (previous style, entry): cheap even for long tabs.
  for (const { range, style } of plan.styles) {
    const memo = new Map<number, number>();
    for (let r = range.row - 1; r < range.row - 1 + range.rows; r++) {
      for (let c = range.col - 1; c < range.col - 1 + range.cols; c++) {
        const before = styleIds[r * cols + c];
        let after = memo.get(before);
        if (after === undefined) {
          after = intern({ ...(before < 0 ? defaults : table[before]), ...style });
          memo.set(before, after);
        }
        styleIds[r * cols + c] = after;
      }
    }
  }
  return { styleIds, table, rows, cols };
}

/** Row runs of equal values, stacked over consecutive rows, as A1 lists per value. */
function runsByValue(
  rows: number,
  cols: number,
  valueOf: (r: number, c: number) => string | number | boolean | undefined,
): Map<string | number | boolean, string[]> {
  const out = new Map<string | number | boolean, string[]>();
  // Open stacks: key "c0:c1:value" → first row; closed when a row does not repeat them.
  let open = new Map<string, { c0: number; c1: number; value: string | number | boolean; row0: number }>();
  const close = (s: { c0: number; c1: number; value: string | number | boolean; row0: number }, rowEnd: number) => {
    let list = out.get(s.value);
    if (!list) out.set(s.value, (list = []));
    list.push(a1FromRange({ row: s.row0 + 1, col: s.c0 + 1, rows: rowEnd - s.row0, cols: s.c1 - s.c0 }));
  };
  for (let r = 0; r < rows; r++) {
    const next = new Map<string, { c0: number; c1: number; value: string | number | boolean; row0: number }>();
    let c = 0;
    while (c < cols) {
      const value = valueOf(r, c);
      if (value === undefined) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < cols && valueOf(r, end) === value) end++;
      const key = `${c}:${end}:${typeof value}:${String(value)}`;
      const prev = open.get(key);
      next.set(key, prev ?? { c0: c, c1: end, value, row0: r });
      open.delete(key);
      c = end;
    }
    for (const s of open.values()) close(s, r);
    open = next;
  }
  for (const s of open.values()) close(s, rows);
  return out;
}
