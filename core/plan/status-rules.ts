import { columnLetter } from '../import/column-letter.js';
import type { CellRange, StatusColor, StatusRules } from './plan.js';

export interface StatusRulesOptions {
  /** First data row, 1-based. */
  firstRow: number;
  rows: number;
  /** First column of the tool's block and its width. */
  firstCol: number;
  toolCols: number;
  /** 1-based sheet column holding the status text (inside the tool's block). */
  statusCol: number;
  /** The user's due column, colored with the tool's cells; null when there is none. */
  dueCol: number | null;
  /** The colored statuses, in the order of the plan's fills. */
  colors: readonly StatusColor[];
}

/**
 * A text literal inside an Excel or Google Sheets formula: quoted, inner quotes doubled.
 * @example formulaText('Dừng "tạm"') // => '"Dừng ""tạm"""'
 */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * One conditional-format rule per colored status, testing the status cell's text, over
 * the tool's block and the due column, full height. Null when nothing is colored, and
 * when the due column lies inside the tool's block (no such rule shape; hosts then apply
 * the fills directly).
 * @example statusRulesFor({ firstRow: 4, rows: 9, firstCol: 14, toolCols: 3, statusCol: 14, dueCol: 10, colors: [late] })?.rules[0].formula // => '=$N4="Trễ hạn"'
 */
export function statusRulesFor(options: StatusRulesOptions): StatusRules | null {
  const { firstRow, rows, firstCol, toolCols, statusCol, dueCol, colors } = options;
  if (colors.length === 0 || rows <= 0) return null;
  if (dueCol !== null && dueCol >= firstCol && dueCol < firstCol + toolCols) return null;
  const ranges: CellRange[] = [{ row: firstRow, col: firstCol, rows, cols: toolCols }];
  if (dueCol !== null) ranges.push({ row: firstRow, col: dueCol, rows, cols: 1 });
  const cell = `$${columnLetter(statusCol)}${firstRow}`;
  return {
    statusCol,
    firstRow,
    rows,
    ranges,
    rules: colors.map((color) => ({ color, formula: `=${cell}=${formulaText(color.label)}` })),
  };
}
