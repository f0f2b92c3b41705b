/**
 * Core's status fills as Sheets conditional-format rules. Rules, unlike direct fills,
 * never overwrite the user's own formatting of the due column, and a re-run swaps only
 * the tool's rules. When the plan's fills have the usual shape (the same columns on
 * every row of one status) each status becomes ONE rule over whole columns, testing the
 * status cell's text, so colors follow the rows when the user sorts. Otherwise the rule
 * covers core's exact runs. Either way the colored cells are exactly core's.
 */
import { STATUS_LABELS, type CellRange, type DataSheetPlan } from '../../core/index.js';
import { columnLetter } from './a1.js';

export interface FillRule {
  /** Custom formula, relative to the top-left cell of the first range. */
  formula: string;
  fill: string | null;
  fontColor: string | null;
  ranges: CellRange[];
}

/** The formula of a rule over core's exact runs: always true, and recognizably the tool's. */
export const ALWAYS_FORMULA = '="Đúng Hạn"="Đúng Hạn"';

const STATUS_FORMULA = /^=\$([A-Z]{1,3})(\d+)="((?:[^"]|"")*)"$/;
const LABELS: ReadonlySet<string> = new Set(Object.values(STATUS_LABELS));

/**
 * True for a rule formula this tool wrote (so a re-run removes it and keeps the user's).
 * @example isToolFormula('=$L2="Trễ hạn"') // => true
 */
export function isToolFormula(formula: string): boolean {
  if (formula === ALWAYS_FORMULA) return true;
  const m = STATUS_FORMULA.exec(formula);
  return m !== null && LABELS.has(m[3].replace(/""/g, '"'));
}

/**
 * The rules that color exactly the cells of `plan.fills`.
 * @example fillRules(plan)[0] // => { formula: '=$L2="Quá hạn (đang giải quyết)"', fill: '#FFC7CE', … }
 */
export function fillRules(plan: DataSheetPlan): FillRule[] {
  const firstRow = plan.headerRow + 1;
  const height = plan.values.length;
  const statusCol = findStatusColumn(plan);
  return plan.fills.map(({ color, ranges }) => {
    const spans = statusCol === null ? null : wholeColumnSpans(plan, color.label, statusCol, ranges);
    if (spans === null || statusCol === null || height === 0) {
      return { formula: ALWAYS_FORMULA, fill: color.fill, fontColor: color.fontColor, ranges };
    }
    const letter = columnLetter(plan.firstCol + statusCol);
    return {
      formula: `=$${letter}${firstRow}="${color.label.replace(/"/g, '""')}"`,
      fill: color.fill,
      fontColor: color.fontColor,
      ranges: spans.map((s) => ({ row: firstRow, col: s.col, rows: height, cols: s.cols })),
    };
  });
}

/** Index (0-based, within the tool block) of the column holding each colored row's label. */
function findStatusColumn(plan: DataSheetPlan): number | null {
  const width = plan.headings.length;
  for (let j = 0; j < width; j++) {
    const holds = plan.fills.every(({ color, ranges }) =>
      ranges.every((r) => {
        for (let row = r.row; row < r.row + r.rows; row++) {
          if (plan.values[row - plan.headerRow - 1]?.[j] !== color.label) return false;
        }
        return true;
      }),
    );
    if (holds && plan.fills.length > 0) return j;
  }
  return null;
}

/**
 * The column spans of one status's runs when they cover, in every span, exactly the
 * rows whose status cell holds `label`; null when the runs have another shape.
 */
function wholeColumnSpans(
  plan: DataSheetPlan,
  label: string,
  statusCol: number,
  ranges: readonly CellRange[],
): { col: number; cols: number }[] | null {
  const height = plan.values.length;
  const labelled: boolean[] = plan.values.map((line) => line[statusCol] === label);
  const bySpan = new Map<string, { col: number; cols: number; rows: boolean[] }>();
  for (const r of ranges) {
    const key = `${r.col}:${r.cols}`;
    let span = bySpan.get(key);
    if (!span) bySpan.set(key, (span = { col: r.col, cols: r.cols, rows: new Array<boolean>(height).fill(false) }));
    for (let row = r.row; row < r.row + r.rows; row++) {
      const i = row - plan.headerRow - 1;
      if (i < 0 || i >= height || span.rows[i]) return null;
      span.rows[i] = true;
    }
  }
  const spans = [...bySpan.values()];
  if (!columnsDisjoint(spans)) return null;
  for (const span of spans) {
    for (let i = 0; i < height; i++) if (span.rows[i] !== labelled[i]) return null;
  }
  return spans.map(({ col, cols }) => ({ col, cols }));
}

function columnsDisjoint(spans: readonly { col: number; cols: number }[]): boolean {
  const sorted = [...spans].sort((a, b) => a.col - b.col);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].col < sorted[i - 1].col + sorted[i - 1].cols) return false;
  }
  return true;
}
