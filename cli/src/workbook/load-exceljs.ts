import type ExcelJS from 'exceljs';

/**
 * ExcelJS, loaded on first use: requiring it takes about 0.4 s, and the streamed check and
 * the package patcher never need it (only the fallback writer, merge and the live workbook).
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
