/// <reference types="office-js" />
/**
 * Reading sheets for core: one sync loads the sheet's used range (values only), the
 * selection and the sheet names. Excel on the web refuses a response over 5 MB; only
 * then is the range read again in blocks of rows, one sync per block.
 */
import type { CellRange, InputCell, SheetGrid } from '../../core/index.js';
import { intersectRanges, rangeAddress } from './a1.js';

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
  /** Worksheet ids, in the order of sheetNames (the tool's marks are by id). */
  sheetIds: string[];
}

interface LoadedRange {
  isNullObject: boolean;
  values: unknown[][];
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * True for Excel's "too large" errors: a request or response over the payload limit, or a
 * range of more than 5 million cells (RangeExceedsLimit). Reads in blocks of rows fix all three.
 */
export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/** Excel's refusal of a single Range for a selection of several areas. */
function isSelectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'InvalidSelection';
}

/** Thrown when the user selected several areas: the pane says to select one block of rows. */
export class MultiAreaSelection extends Error {
  constructor() {
    super('multi-area selection');
    Object.setPrototypeOf(this, MultiAreaSelection.prototype);
    this.name = 'MultiAreaSelection';
  }
}

/** Which ExcelApi sets the running Excel has (ExcelHost.supports). */
export type Supports = (version: string) => boolean;
const ALL: Supports = () => true;

/**
 * The used range of values: getUsedRangeOrNullObject(true) from ExcelApi 1.4; on older
 * Excel getUsedRange(), which gives A1 for an empty sheet (read as one empty cell).
 */
export function usedRangeOf(sheet: Excel.Worksheet, supports: Supports): Excel.Range {
  return supports('1.4') ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange();
}

/** A used range loaded on ExcelApi 1.1 has no isNullObject: a lone empty A1 is the empty sheet. */
function isEmptyUsed(used: LoadedRange, values: boolean): boolean {
  if (used.isNullObject) return true;
  if (used.rowCount !== 1 || used.columnCount !== 1 || !values) return false;
  const v = used.values?.[0]?.[0];
  return v === '' || v === null || v === undefined;
}

function rangeOf(loaded: Pick<LoadedRange, 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'>): CellRange {
  return { row: loaded.rowIndex + 1, col: loaded.columnIndex + 1, rows: loaded.rowCount, cols: loaded.columnCount };
}

/**
 * Reads the sheet "Kiểm tra hạn" works on: the active sheet (or `sheetName`), cut to
 * the selection when the user selected more than one cell.
 */
export async function readCheckTarget(context: Excel.RequestContext, sheetName: string | null, supports: Supports = ALL): Promise<CheckTarget> {
  try {
    return await readTarget(context, sheetName, sheetName === null, supports);
  } catch (error) {
    if (sheetName !== null || isPayloadError(error)) throw error;
    // Several areas selected (Ctrl+click): say so, never check the whole sheet silently.
    if (isSelectionError(error) || (await selectedAreas(context, supports)) > 1) throw new MultiAreaSelection();
    // A chart or shape selected makes getSelectedRange fail: read the whole sheet instead.
    return readTarget(context, null, false, supports);
  }
}

/** Areas of the selection (ExcelApi 1.9), or 1 when it cannot be asked. */
async function selectedAreas(context: Excel.RequestContext, supports: Supports): Promise<number> {
  if (!supports('1.9')) return 1;
  try {
    const areas = context.workbook.getSelectedRanges();
    areas.load('areaCount');
    await context.sync();
    return areas.areaCount;
  } catch {
    return 1;
  }
}

/**
 * The whole sheet is always read; a selection only says which rows to check, and the
 * header is found above it (selectedRowsGrid). The selection is reported as the rows of
 * the used range it covers.
 */
async function readTarget(context: Excel.RequestContext, sheetName: string | null, withSelection: boolean, supports: Supports): Promise<CheckTarget> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName === null ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
  sheet.load('name');
  sheets.load('items/name,items/id');
  const selected = withSelection ? context.workbook.getSelectedRange() : null;
  selected?.load('rowIndex,columnIndex,rowCount,columnCount');
  const used = usedRangeOf(sheet, supports);
  used.load('values,rowIndex,columnIndex,rowCount,columnCount');
  let whole: SheetValues;
  try {
    await context.sync();
    whole = valuesOf(sheet.name, used as unknown as LoadedRange);
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    // The failed request loaded nothing: queue the small loads again with the first block.
    sheets.load('items/name,items/id');
    selected?.load('rowIndex,columnIndex,rowCount,columnCount');
    whole = await readInBlocks(context, sheetName, supports);
  }
  const sheetNames = sheets.items.map((s) => s.name);
  const sheetIds = sheets.items.map((s) => s.id);
  const selection = selected && selected.rowCount * selected.columnCount > 1 ? rangeOf(selected) : null;
  if (!selection || !whole.range) return { ...whole, selection: null, sheetNames, sheetIds };
  const part = intersectRanges(whole.range, { ...selection, col: whole.range.col, cols: whole.range.cols });
  // The whole sheet is kept (the header may be above); the selection says which rows to check.
  return { ...whole, selection: part === null ? selection : { ...selection, row: part.row, rows: part.rows }, sheetNames, sheetIds };
}

/**
 * The grid "Chỉ kiểm tra vùng chọn" checks: the rows of the used range from its top to
 * the selection's last row, with the rows between the header and the selection left
 * blank (the reader skips blank rows), so the header above the selection is found and
 * every row keeps its sheet number.
 * @example selectedRowsGrid(grid, { row: 20, rows: 10, … }, 3).cells.length // => rows 1–29 of the used range
 */
export function selectedRowsGrid(grid: SheetGrid, selection: CellRange, headerLastRow: number | null): SheetGrid {
  const originRow = grid.origin?.row ?? 1;
  const lastRow = selection.row + selection.rows - 1;
  const cells = grid.cells.slice(0, Math.max(0, lastRow - originRow + 1)).map((line, i) => {
    const row = originRow + i;
    const keep = row >= selection.row || (headerLastRow !== null && row <= headerLastRow);
    return keep ? line : [];
  });
  return { ...grid, cells };
}

/** Reads the used range of every named sheet in one sync (blocks per sheet when too big). */
export async function readSheets(context: Excel.RequestContext, names: readonly string[], supports: Supports = ALL): Promise<SheetValues[]> {
  const ranges = names.map((name) => {
    const used = usedRangeOf(context.workbook.worksheets.getItem(name), supports);
    used.load('values,rowIndex,columnIndex,rowCount,columnCount');
    return used;
  });
  try {
    await context.sync();
    return names.map((name, i) => valuesOf(name, ranges[i] as unknown as LoadedRange));
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    const out: SheetValues[] = [];
    for (const name of names) out.push(await readInBlocks(context, name, supports));
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
  if (isEmptyUsed(used, true)) return { sheetName, range: null, values: [] };
  return { sheetName, range: rangeOf(used), values: used.values as InputCell[][] };
}

/** The fallback for Excel on the web's 5 MB response limit: blocks of rows, halved on refusal. */
async function readInBlocks(context: Excel.RequestContext, sheetName: string | null, supports: Supports): Promise<SheetValues> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName === null ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
  sheet.load('name');
  const used = usedRangeOf(sheet, supports);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (isEmptyUsed(used as unknown as LoadedRange, false)) return { sheetName: sheet.name, range: null, values: [] };
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
