/**
 * The headings of the checked sheet's columns, for the "Cột dữ liệu" dropdowns and for
 * the signature under which the user's corrections are remembered.
 */
import { columnLetter, combineHeadings, type InputCell, type ReadResult, type SheetGrid } from '../../core/index.js';

export interface ColumnHeading {
  /** 1-based sheet column. */
  col: number;
  letter: string;
  /** Heading as written (rows of a multi-row heading joined with " / "). */
  text: string;
}

/**
 * The user's columns (left of the tool's) with their headings from the header rows.
 * @example columnHeadings(grid, read)[0] // => { col: 1, letter: "A", text: "STT" }
 */
export function columnHeadings(grid: SheetGrid, read: Pick<ReadResult, 'headerRows' | 'lastDataCol'>): ColumnHeading[] {
  const originRow = grid.origin?.row ?? 1;
  const originCol = grid.origin?.col ?? 1;
  const rows: InputCell[][] = read.headerRows.map((row) => grid.cells[row - originRow] ?? []);
  return combineHeadings(rows)
    .map((c) => ({ col: originCol + c.index, text: c.heading }))
    .filter((c) => c.col <= read.lastDataCol)
    .map((c) => ({ ...c, letter: columnLetter(c.col) }));
}
