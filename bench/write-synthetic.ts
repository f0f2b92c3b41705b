import { open } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { csvField, HEADINGS, rowCells, syntheticRows } from './synthetic.js';

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

/** Writes a synthetic export as CSV, the same bytes as `syntheticCsv`, in pieces (a million rows is 250 MB). */
export async function writeSyntheticCsv(path: string, count: number, seed: number): Promise<void> {
  const handle = await open(path, 'w');
  try {
    let text = `\uFEFF${HEADINGS.map(csvField).join(',')}\r\n`;
    let i = 0;
    for (const row of syntheticRows(count, seed)) {
      text += `${rowCells(row, i++).map(csvField).join(',')}\r\n`;
      if (text.length > 1 << 20) {
        await handle.write(text);
        text = '';
      }
    }
    await handle.write(text);
  } finally {
    await handle.close();
  }
}
