/**
 * Turns the plan's fills into conditional formats keyed on the status text: one rule
 * per colored status over the tool's data rows and one over each due column, whatever
 * the number of rows. Core decides which rows get which color; this only checks that
 * the plan's fills are exactly "the rows whose status cell holds that label" before
 * expressing them that way, and returns null (apply the fills directly) otherwise.
 */
import type { CellRange, DataSheetPlan, StatusColor } from '../../core/index.js';
import { columnLetter } from './a1.js';

export interface FillRule {
  color: StatusColor;
  /** Invariant-language formula relative to the first row of each range, e.g. =$N4="Trễ hạn". */
  formula: string;
  ranges: CellRange[];
}

export interface FillRules {
  /** 1-based sheet column holding the status text (0 when there is nothing to color). */
  statusCol: number;
  rules: FillRule[];
}

/** A text literal inside an Excel formula. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Conditional-format rules equal to `plan.fills`, or null when the fills do not follow
 * one tool column's text.
 * @example fillRulesFor(plan)?.rules[0].formula // => '=$N4="Quá hạn (đang giải quyết)"'
 */
export function fillRulesFor(plan: DataSheetPlan): FillRules | null {
  const height = plan.values.length;
  if (plan.fills.length === 0 || height === 0) return { statusCol: 0, rules: [] };
  const firstRow = plan.headerRow + 1;
  const width = plan.headings.length;
  const colored = new Map<string, StatusColor>();
  const rowLabel = new Array<string | null>(height).fill(null);
  const dueCols = new Set<number>();
  const dueRows = new Map<string, Set<number>>();
  for (const { color, ranges } of plan.fills) {
    if (colored.has(color.label)) return null;
    colored.set(color.label, color);
    for (const range of ranges) {
      const offset = range.row - firstRow;
      if (offset < 0 || offset + range.rows > height) return null;
      if (range.col === plan.firstCol && range.cols === width) {
        for (let i = offset; i < offset + range.rows; i++) {
          if (rowLabel[i] !== null) return null;
          rowLabel[i] = color.label;
        }
      } else if (range.cols === 1 && (range.col < plan.firstCol || range.col >= plan.firstCol + width)) {
        dueCols.add(range.col);
        const key = `${range.col}|${color.label}`;
        let rows = dueRows.get(key);
        if (!rows) dueRows.set(key, (rows = new Set()));
        for (let i = offset; i < offset + range.rows; i++) rows.add(i);
      } else return null;
    }
  }
  const statusIndex = statusColumnIndex(plan, rowLabel, colored);
  if (statusIndex === null) return null;
  // Every due column must be colored on exactly the rows of the tool block.
  for (const col of dueCols) {
    for (const label of colored.keys()) {
      const rows = dueRows.get(`${col}|${label}`) ?? new Set<number>();
      const expected = rowLabel.reduce((n, l) => n + (l === label ? 1 : 0), 0);
      if (rows.size !== expected || [...rows].some((i) => rowLabel[i] !== label)) return null;
    }
  }
  const statusCol = plan.firstCol + statusIndex;
  const block: CellRange = { row: firstRow, col: plan.firstCol, rows: height, cols: width };
  const dueRanges = [...dueCols].sort((a, b) => a - b).map((col) => ({ row: firstRow, col, rows: height, cols: 1 }));
  return {
    statusCol,
    rules: plan.fills.map(({ color }) => ({
      color,
      formula: `=$${columnLetter(statusCol)}${firstRow}=${formulaText(color.label)}`,
      ranges: [block, ...dueRanges],
    })),
  };
}

/** The tool column whose text is a colored label exactly on the rows filled with it. */
function statusColumnIndex(plan: DataSheetPlan, rowLabel: readonly (string | null)[], colored: ReadonlyMap<string, StatusColor>): number | null {
  for (let j = 0; j < plan.headings.length; j++) {
    let ok = true;
    for (let i = 0; i < plan.values.length && ok; i++) {
      const cell = plan.values[i][j];
      const label = typeof cell === 'string' && colored.has(cell) ? cell : null;
      ok = label === rowLabel[i];
    }
    if (ok) return j;
  }
  return null;
}
