/// <reference types="office-js" />
/**
 * Writing blocks of cells: number formats first (text cells get "@" so Excel keeps
 * them as typed, never as a formula, number or date), then values, in row chunks that
 * fit the request budget.
 */
import type { PlanCell } from '../../core/index.js';
import { rangeAddress } from './a1.js';
import type { Batch } from './excel-batch.js';
import type { RowChunk } from './chunk.js';

/** The number format that makes Excel keep a string exactly as written. */
export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** Excel leaves a cell unchanged for null; the plan's null means empty, which is "". */
export function excelValue(cell: PlanCell): string | number | boolean {
  return cell === null ? '' : cell;
}

export function excelRow(line: readonly PlanCell[], width: number): (string | number | boolean)[] {
  const out = new Array<string | number | boolean>(width);
  for (let i = 0; i < width; i++) out[i] = excelValue(i < line.length ? line[i] : null);
  return out;
}

/**
 * Queues one chunk of rows at (row + chunk.start, col): its number formats (when given)
 * then its values. Charges the batch for both.
 */
export async function queueChunk(
  batch: Batch,
  sheet: Excel.Worksheet,
  at: { row: number; col: number; cols: number },
  values: RowChunk<string | number | boolean>,
  formats: RowChunk<string> | null,
): Promise<void> {
  if (values.rows.length === 0) return;
  const address = rangeAddress({ row: at.row + values.start, col: at.col, rows: values.rows.length, cols: at.cols });
  if (formats && formats.rows.length > 0) {
    await batch.charge(formats.bytes);
    sheet.getRange(address).numberFormat = formats.rows;
  }
  await batch.charge(values.bytes);
  sheet.getRange(address).values = values.rows;
}

/**
 * Number formats of a block, cell by cell: the column's (or the painted) format, and "@"
 * for every string so Excel does not turn "=…", "1.234" or "05/06/2024" into something else.
 */
export function textSafeFormats(values: readonly (readonly PlanCell[])[], formatAt: (r: number, c: number) => string, width: number): string[][] {
  return values.map((line, r) => {
    const out = new Array<string>(width);
    for (let c = 0; c < width; c++) out[c] = typeof line[c] === 'string' ? TEXT_FORMAT : formatAt(r, c);
    return out;
  });
}
