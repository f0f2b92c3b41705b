/// <reference types="office-js" />
/**
 * Reading sheets for core: one sync loads the sheet's used range (values only), the
 * selection and the sheet names. Excel on the web refuses a response over 5 MB; only
 * then is the range read again in blocks of rows, one sync per block.
 */
import type { CellRange, InputCell, SheetGrid } from '../../core/index.js';
import { intersectRanges, rangeAddress, sliceValues } from './a1.js';

/** Cells per block when a sheet is too big for one response (about 40 bytes a cell). */
export const CELLS_PER_READ_BLOCK = 100_000;

export interface SheetValues {
  sheetName: string;
  /** Where the values are (null for an empty sheet). */
  range: CellRange | null;
  values: InputCell[][];
}

export interface CheckTarget extends SheetValues {
  /** The selection (more than one cell) whose rows were read, or null for the whole sheet. */
  selection: CellRange | null;
  sheetNames: string[];
}

interface LoadedRange {
  isNullObject: boolean;
  values: unknown[][];
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** True for Excel's "payload too large" errors (request or response). */
export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

function rangeOf(loaded: Pick<LoadedRange, 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'>): CellRange {
  return { row: loaded.rowIndex + 1, col: loaded.columnIndex + 1, rows: loaded.rowCount, cols: loaded.columnCount };
}

/**
 * Reads the sheet "Kiểm tra hạn" works on: the active sheet (or `sheetName`), cut to
 * the selection when the user selected more than one cell.
 */
export async function readCheckTarget(context: Excel.RequestContext, sheetName: string | null): Promise<CheckTarget> {
  try {
    return await readTarget(context, sheetName, sheetName === null);
  } catch (error) {
    // A chart or shape selected makes getSelectedRange fail: read the whole sheet instead.
    if (sheetName !== null || isPayloadError(error)) throw error;
    return readTarget(context, null, false);
  }
}

async function readTarget(context: Excel.RequestContext, sheetName: string | null, withSelection: boolean): Promise<CheckTarget> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName === null ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
  sheet.load('name');
  sheets.load('items/name');
  const selected = withSelection ? context.workbook.getSelectedRange() : null;
  selected?.load('rowIndex,columnIndex,rowCount,columnCount');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values,rowIndex,columnIndex,rowCount,columnCount');
  let whole: SheetValues;
  try {
    await context.sync();
    whole = valuesOf(sheet.name, used as unknown as LoadedRange);
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    // The failed request loaded nothing: queue the small loads again with the first block.
    sheets.load('items/name');
    selected?.load('rowIndex,columnIndex,rowCount,columnCount');
    whole = await readInBlocks(context, sheetName);
  }
  const sheetNames = sheets.items.map((s) => s.name);
  const selection = selected && selected.rowCount * selected.columnCount > 1 ? rangeOf(selected) : null;
  if (!selection || !whole.range) return { ...whole, selection: null, sheetNames };
  // A selection limits the rows, never the columns: the tool's columns go right of all the data.
  const part = intersectRanges(whole.range, { ...selection, col: whole.range.col, cols: whole.range.cols });
  if (!part) return { sheetName: whole.sheetName, range: null, values: [], selection, sheetNames };
  return { sheetName: whole.sheetName, range: part, values: sliceValues(whole.values, whole.range, part), selection, sheetNames };
}

/** Reads the used range of every named sheet in one sync (blocks per sheet when too big). */
export async function readSheets(context: Excel.RequestContext, names: readonly string[]): Promise<SheetValues[]> {
  const ranges = names.map((name) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex,rowCount,columnCount');
    return used;
  });
  try {
    await context.sync();
    return names.map((name, i) => valuesOf(name, ranges[i] as unknown as LoadedRange));
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    const out: SheetValues[] = [];
    for (const name of names) out.push(await readInBlocks(context, name));
    return out;
  }
}

/** The grid core reads: values with their sheet position. */
export function gridOf(read: SheetValues): SheetGrid {
  return {
    sheetName: read.sheetName,
    cells: read.values,
    origin: read.range ? { row: read.range.row, col: read.range.col } : { row: 1, col: 1 },
  };
}

function valuesOf(sheetName: string, used: LoadedRange): SheetValues {
  if (used.isNullObject) return { sheetName, range: null, values: [] };
  return { sheetName, range: rangeOf(used), values: used.values as InputCell[][] };
}

/** The fallback for Excel on the web's 5 MB response limit: blocks of rows, halved on refusal. */
async function readInBlocks(context: Excel.RequestContext, sheetName: string | null): Promise<SheetValues> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName === null ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return { sheetName: sheet.name, range: null, values: [] };
  const whole = rangeOf(used);
  const values: InputCell[][] = [];
  let blockRows = Math.max(1, Math.floor(CELLS_PER_READ_BLOCK / whole.cols));
  let row = whole.row;
  const end = whole.row + whole.rows;
  while (row < end) {
    const rows = Math.min(blockRows, end - row);
    const block = sheet.getRange(rangeAddress({ row, col: whole.col, rows, cols: whole.cols }));
    block.load('values');
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || rows === 1) throw error;
      blockRows = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    for (const line of block.values) values.push(line as InputCell[]);
    row += rows;
  }
  return { sheetName: sheet.name, range: whole, values };
}
