import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './xlsx.js';

/** 2025-01-25 08:30 as an Excel serial: day 45682 (2025-01-01 is 45658) + 8.5/24. */
const TET_EVE_0830 = 45682 + 8.5 / 24;

async function workbookBytes(fill: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hồ sơ');
  fill(ws, wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it(`gives a date cell 25/01/2025 08:30 as serial ${TET_EVE_0830} under TZ=${process.env.TZ ?? '(unset)'}`, async () => {
    const bytes = await workbookBytes((ws) => {
      ws.getCell('A1').value = TET_EVE_0830;
      ws.getCell('A1').numFmt = 'dd/mm/yyyy hh:mm';
      ws.getCell('B1').value = 45658;
      ws.getCell('B1').numFmt = 'dd/mm/yyyy';
    });
    const [sheet] = readXlsx(bytes);
    const [a1, b1] = sheet.grid.cells[0] as number[];
    expect(a1).toBeCloseTo(TET_EVE_0830, 8);
    expect(b1).toBe(45658);
  });
  it('reads a date ExcelJS wrote from a JS Date by its UTC fields (civil time, not the machine zone)', async () => {
    const bytes = await workbookBytes((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2025, 3, 26, 17, 0));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy hh:mm';
    });
    const [sheet] = readXlsx(bytes);
    // 2025-04-26 (make-up Saturday) = 45658 + 115; 17:00 = 17/24.
    expect(sheet.grid.cells[0][0] as number).toBeCloseTo(45773 + 17 / 24, 8);
  });
  it('gives rich text as plain text, formulas as their cached result, hyperlinks as their text, errors as text', async () => {
    const bytes = await workbookBytes((ws) => {
      ws.getCell('A1').value = { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn Ba' }] };
      ws.getCell('B1').value = { formula: 'A2+1', result: 8 };
      ws.getCell('C1').value = { text: 'CNTBD.250121.00334', hyperlink: 'http://example.invalid/hs/334' };
      ws.getCell('D1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('E1').value = { formula: 'TODAY()', result: 45838 };
      ws.getCell('E1').numFmt = 'dd/mm/yyyy';
      ws.getCell('F1').value = true;
      ws.getCell('A2').value = 7;
    });
    const [sheet] = readXlsx(bytes);
    expect(sheet.grid.cells).toEqual([
      ['Nguyễn Văn Ba', 8, 'CNTBD.250121.00334', '#DIV/0!', 45838, true],
      [7],
    ]);
  });
  it('never evaluates a formula without a cached result, and keeps formula-looking text as text', async () => {
    const bytes = await workbookBytes((ws) => {
      ws.getCell('A1').value = { formula: 'B1*2' } as ExcelJS.CellFormulaValue;
      ws.getCell('B1').value = 3;
      ws.getCell('C1').value = '=HYPERLINK("http://x","Nguyễn Văn A")';
    });
    const [sheet] = readXlsx(bytes);
    expect(sheet.grid.cells).toEqual([[null, 3, '=HYPERLINK("http://x","Nguyễn Văn A")']]);
  });
  it('keeps only the first cell of a merged range; the rest are null', async () => {
    const bytes = await workbookBytes((ws) => {
      ws.getCell('A1').value = 'UBND xã Quảng Hòa';
      ws.mergeCells('A1:C1');
      ws.getCell('A2').value = 'STT';
      ws.getCell('B2').value = 'Mã hồ sơ';
      ws.mergeCells('A2:A3');
      ws.getCell('B3').value = 'x';
    });
    const [sheet] = readXlsx(bytes);
    expect(sheet.grid.cells).toEqual([
      ['UBND xã Quảng Hòa', null, null],
      ['STT', 'Mã hồ sơ'],
      [null, 'x'],
    ]);
  });
  it('lists every sheet with its name and whether it is hidden', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Dữ liệu').getCell('A1').value = 'a';
    wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 'b';
    const sheets = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(sheets).toEqual([
      { grid: { sheetName: 'Dữ liệu', cells: [['a']] }, hidden: false },
      { grid: { sheetName: 'Ẩn', cells: [['b']] }, hidden: true },
    ]);
  });
  it('reads a 1904-date-system workbook to 1900-system serials', async () => {
    const bytes = await workbookBytes((ws, wb) => {
      wb.properties.date1904 = true;
      // 1904 serial of 2025-01-01 is 45658 − 1462.
      ws.getCell('A1').value = 45658 - 1462;
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    const [sheet] = readXlsx(bytes);
    expect(sheet.grid.cells[0][0]).toBe(45658);
  });
});

