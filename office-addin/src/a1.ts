/** A1 addresses for the 1-based ranges of core's plans. Pure: no Office globals. */
import { columnLetter, type CellRange } from '../../core/index.js';

export { columnLetter };

/** Excel's last row. */
export const MAX_ROWS = 1_048_576;

/** "B7" */
export function cellAddress(row: number, col: number): string {
  checkRow(row);
  return `${columnLetter(col)}${row}`;
}

/**
 * "B2:D5", or "B2" for one cell.
 * @example rangeAddress({ row: 2, col: 2, rows: 4, cols: 3 }) // => "B2:D5"
 */
export function rangeAddress(range: CellRange): string {
  if (range.rows < 1 || range.cols < 1) throw new RangeError(`rangeAddress: empty range ${JSON.stringify(range)}`);
  const first = cellAddress(range.row, range.col);
  if (range.rows === 1 && range.cols === 1) return first;
  return `${first}:${cellAddress(range.row + range.rows - 1, range.col + range.cols - 1)}`;
}

/** Whole columns: "C:E" (or "C:C"). */
export function columnsAddress(first: number, last = first): string {
  return `${columnLetter(first)}:${columnLetter(last)}`;
}

/** Whole rows: "5:7" (or "5:5"). */
export function rowsAddress(first: number, last = first): string {
  checkRow(first);
  checkRow(last);
  return `${first}:${last}`;
}

/** Rows repeated on every printed page, absolute: "$8:$11". */
export function printTitleRowsAddress(from: number, to: number): string {
  checkRow(from);
  checkRow(to);
  return `$${from}:$${to}`;
}

/** The overlap of two ranges, or null. */
export function intersectRanges(a: CellRange, b: CellRange): CellRange | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const lastRow = Math.min(a.row + a.rows, b.row + b.rows) - 1;
  const lastCol = Math.min(a.col + a.cols, b.col + b.cols) - 1;
  if (lastRow < row || lastCol < col) return null;
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

/** The cells of `inner` taken out of `values`, which hold `outer` (inner must lie inside outer). */
export function sliceValues<T>(values: readonly (readonly T[])[], outer: CellRange, inner: CellRange): T[][] {
  const top = inner.row - outer.row;
  const left = inner.col - outer.col;
  return values.slice(top, top + inner.rows).map((line) => line.slice(left, left + inner.cols));
}

function checkRow(row: number): void {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) {
    throw new RangeError(`a1: row must be an integer in 1..${MAX_ROWS}, got ${row}`);
  }
}
