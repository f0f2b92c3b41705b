import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { HEADINGS, rowCells, syntheticCsv, syntheticRows } from './synthetic.js';

/** Writes a synthetic export as .xlsx with ExcelJS's streaming writer (dates as text, as vendors export them). */
export async function writeSyntheticXlsx(path: string, count: number, seed: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Danh sách hồ sơ');
  sheet.addRow(HEADINGS).commit();
  let i = 0;
  for (const row of syntheticRows(count, seed)) sheet.addRow(rowCells(row, i++)).commit();
  sheet.commit();
  await workbook.commit();
}

/** Writes a synthetic export as CSV. */
export async function writeSyntheticCsv(path: string, count: number, seed: number): Promise<void> {
  await writeFile(path, syntheticCsv(count, seed), 'utf8');
}
