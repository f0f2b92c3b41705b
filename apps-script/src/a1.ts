/** A1 notation for the plan's 1-based ranges. */
import type { CellRange } from '../../core/index.js';

/**
 * Column letters of a 1-based column.
 * @example columnLetter(28) // => "AB"
 */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`columnLetter: col must be an integer >= 1, got ${col}`);
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The 1-based column of letters ("AB" → 28); null when the text is not letters.
 * @example columnFromLetter('F') // => 6
 */
export function columnFromLetter(text: string): number | null {
  const letters = text.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(letters)) return null;
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

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
