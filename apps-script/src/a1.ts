/** A1 notation for the plan's 1-based ranges. */
import { columnFromLetter, columnLetter, type CellRange } from '../../core/index.js';

// Column letters come from core: one implementation for every host.
export { columnFromLetter, columnLetter };

/**
 * "B2:D10", or "B2" for one cell.
 * @example a1FromRange({ row: 2, col: 2, rows: 9, cols: 3 }) // => "B2:D10"
 */
export function a1FromRange(range: CellRange): string {
  const start = `${columnLetter(range.col)}${range.row}`;
  if (range.rows === 1 && range.cols === 1) return start;
  return `${start}:${columnLetter(range.col + range.cols - 1)}${range.row + range.rows - 1}`;
}

/** The last row and column a list of ranges reaches (0 when empty). */
export function rangesExtent(ranges: readonly CellRange[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const r of ranges) {
    rows = Math.max(rows, r.row + r.rows - 1);
    cols = Math.max(cols, r.col + r.cols - 1);
  }
  return { rows, cols };
}
