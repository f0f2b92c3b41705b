import ExcelJS from 'exceljs';
import type { InputCell, SheetGrid } from '../../../core/index.js';

const MS_PER_DAY = 86_400_000;
/** Day number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** One worksheet of an .xlsx as a grid, and whether Excel hides it. */
export interface XlsxSheet {
  grid: SheetGrid;
  hidden: boolean;
}

/**
 * Reads every worksheet of an .xlsx with ExcelJS into grids of what Excel shows as the
 * value: dates as 1900-system serial numbers, rich text as plain text, formulas as their
 * cached result (never evaluated), hyperlinks as their text, errors as "#N/A"-style text,
 * and the cells of a merged range, except its first, as null.
 * @example (await readXlsx(bytes))[0].grid.cells[1][3] // => 45658.5 for a date cell 01/01/2025 12:00
 */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS types its argument as a Buffer that extends ArrayBuffer; a Node Buffer is what it reads.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook.worksheets.map((sheet) => ({
    grid: { sheetName: sheet.name, cells: sheetCells(sheet) },
    hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
  }));
}

function sheetCells(sheet: ExcelJS.Worksheet): InputCell[][] {
  const rows: InputCell[][] = [];
  const lastRow = sheet.rowCount;
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const cells: InputCell[] = [];
    // Only materialised cells: getCell would create the missing ones.
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = cellInput(cell);
    });
    rows.push(Array.from({ length: cells.length }, (_, c) => cells[c] ?? null));
  }
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) rows.pop();
  return rows;
}

function cellInput(cell: ExcelJS.Cell): InputCell {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return valueInput(cell.value);
}

/** Converts an ExcelJS cell value to a grid value. */
export function valueInput(value: ExcelJS.CellValue | undefined): InputCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialFromExcelJsDate(value);
  if ('richText' in value) return joinRichText(value.richText);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    return valueInput((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue | undefined);
  }
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (text && typeof text === 'object' && 'richText' in text) return joinRichText((text as ExcelJS.CellRichTextValue).richText);
    return typeof text === 'string' && text !== '' ? text : null;
  }
  return null;
}

function joinRichText(runs: readonly ExcelJS.RichText[]): InputCell {
  const text = runs.map((run) => run.text).join('');
  return text === '' ? null : text;
}

/**
 * ExcelJS turns a date cell's serial into a Date whose UTC fields are the cell's civil
 * date-time (whatever the machine's zone), so the UTC instant gives the serial back.
 * @example serialFromExcelJsDate(new Date(Date.UTC(2025, 0, 1, 12))) // => 45658.5
 */
export function serialFromExcelJsDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}
