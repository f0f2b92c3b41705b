/// <reference types="office-js" />
/**
 * Writing blocks of cells: number formats first (text cells get "@" so Excel keeps
 * them as typed, never as a formula, number or date), then values, in row chunks that
 * fit the request budget. The live workbook's formulas go in only through
 * queueLiveWrites, into cells that are not text.
 */
import { blockWrites, patchBlocks, styleFormatAt, type CellPatch, type LiveWrite, type PlanCell, type SheetPlan } from '../../core/index.js';
import { rangeAddress } from './a1.js';
import type { Batch } from './excel-batch.js';
import { jsonBytes, type RowChunk } from './chunk.js';

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

/**
 * Queues live writes (core/live/live-writes.ts): a grid sets its number formats then its
 * cells through `formulas` (a formula, a number or text in a text cell, '' to clear); a
 * fill sets one number format and one R1C1 formula, or one value, for its whole range,
 * as Office.js applies a single value to every cell of a range (ExcelApi 1.1).
 */
export async function queueLiveWrites(batch: Batch, sheet: Excel.Worksheet, writes: readonly LiveWrite[]): Promise<void> {
  for (const w of writes) {
    const range = sheet.getRange(rangeAddress(w.range));
    if (w.kind === 'grid') {
      await batch.charge(jsonBytes(w.formats));
      range.numberFormat = w.formats;
      await batch.charge(w.bytes);
      range.formulas = w.inputs;
      continue;
    }
    const single = range as unknown as { numberFormat: string; formulas: string | number | boolean; formulasR1C1: string };
    await batch.charge(w.format.length + 2);
    single.numberFormat = w.format;
    await batch.charge(w.bytes);
    if (w.r1c1 !== null) single.formulasR1C1 = w.r1c1;
    else single.formulas = w.input;
  }
}

/** Queues patches (formulas as formulas, strings as text) on a tab written from `plan`, in a few rectangles. */
export async function queuePatches(batch: Batch, sheet: Excel.Worksheet, patches: readonly CellPatch[], plan: SheetPlan | null): Promise<void> {
  const blocks = patchBlocks(patches, plan ? styleFormatAt(plan) : undefined);
  for (const block of blocks) await queueLiveWrites(batch, sheet, blockWrites(block));
}
