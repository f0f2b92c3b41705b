/**
 * Cells for one setValues + setNumberFormats pair. Sheets reads a string written by
 * setValues as if typed: "=A1" becomes a formula, "0123" the number 123, "06/6/2024" a
 * date. A cell formatted as plain text ("@") keeps what is written, so every string
 * cell (core's isFormulaLike ones included) gets "@", set BEFORE the values.
 * Why "@" and not a leading "'": users report "@" keeps strings unchanged
 * (vlucas/sheetquery#20) and a plain-text cell shows a typed formula as text, while an
 * apostrophe written through the API may stay in the cell (node-google-spreadsheet#323).
 * Not verified on a live spreadsheet here (no Google account): the fake models "@".
 */
import type { PlanCell } from '../../core/index.js';

/** Sheets' plain-text number format. */
export const TEXT_FORMAT = '@';

/** What setValues accepts: '' clears a cell. */
export type SheetValue = string | number | boolean;

export interface ValueBlock {
  values: SheetValue[][];
  formats: string[][];
}

/**
 * Rows `from` (inclusive) to `to` (exclusive) of `rows`, `width` cells each, with a
 * number format per column; strings get "@".
 * @example valueBlock([['Trễ hạn', 45678, 2]], 0, 1, 3, ['@', 'dd/mm/yyyy', '0']).formats // => [['@', 'dd/mm/yyyy', '0']]
 */
export function valueBlock(
  rows: readonly (readonly PlanCell[])[],
  from: number,
  to: number,
  width: number,
  columnFormats: readonly string[],
): ValueBlock {
  const values: SheetValue[][] = new Array<SheetValue[]>(to - from);
  const formats: string[][] = new Array<string[]>(to - from);
  for (let i = from; i < to; i++) {
    const line = rows[i] ?? [];
    const v: SheetValue[] = new Array<SheetValue>(width);
    const f: string[] = new Array<string>(width);
    for (let j = 0; j < width; j++) {
      const cell = line[j] ?? null;
      v[j] = cell === null ? '' : cell;
      f[j] = typeof cell === 'string' ? TEXT_FORMAT : (columnFormats[j] ?? TEXT_FORMAT);
    }
    values[i - from] = v;
    formats[i - from] = f;
  }
  return { values, formats };
}
