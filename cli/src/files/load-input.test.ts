import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES } from '../messages.vi.js';
import { UsageError } from '../usage-error.js';
import { FileError } from './file-error.js';
import { loadInput, sheetNameFromPath } from './load-input.js';

const dir = mkdtempSync(join(tmpdir(), 'dunghan-load-'));
const M = CLI_MESSAGES.check;

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function failure(path: string): Promise<{ code: string; message: string; usage: boolean }> {
  try {
    await loadInput(path);
  } catch (error) {
    const e = error as FileError;
    return { code: e.code, message: e.message, usage: e instanceof UsageError };
  }
  throw new Error('loadInput did not throw');
}

describe('loadInput', () => {
  it('refuses a binary Excel 97–2003 .xls (OLE2) and asks to re-save it as .xlsx', async () => {
    const path = file('bao-cao.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]));
    expect(await failure(path)).toEqual({ code: 'file.binaryXls', message: M.binaryXls(path), usage: true });
    expect(M.binaryXls(path)).toContain('.xlsx');
  });
  it('says what it expected when the file is missing, a folder, empty or not a spreadsheet', async () => {
    const missing = join(dir, 'khong-co.xlsx');
    const folder = join(dir, 'thu-muc');
    mkdirSync(folder);
    const empty = file('rong.csv', '');
    const pdf = file('bao-cao.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x0a]));
    expect(await Promise.all([missing, folder, empty, pdf].map(failure))).toEqual([
      { code: 'file.notFound', message: M.fileNotFound(missing), usage: true },
      { code: 'file.notFound', message: M.fileIsDirectory(folder), usage: true },
      { code: 'file.unreadable', message: M.fileUnreadable(empty, M.whatEmpty), usage: true },
      { code: 'file.unreadable', message: M.fileUnreadable(pdf, M.whatUnknown), usage: true },
    ]);
  });
  it('refuses a broken zip named .xlsx', async () => {
    const path = file('hong.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    expect(await failure(path)).toEqual({ code: 'file.unreadable', message: M.fileUnreadable(path, M.whatBadXlsx), usage: true });
  });
  it('reads a real .xlsx saved with an .xls name by its content', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('DS').getCell('A1').value = 'Mã hồ sơ';
    const path = file('doi-ten.xls', new Uint8Array(await wb.xlsx.writeBuffer()));
    const input = await loadInput(path);
    expect([input.format, input.sheets, input.hiddenSheets, input.problems]).toEqual(['xlsx', [{ sheetName: 'DS', cells: [['Mã hồ sơ']] }], [], []]);
  });
  it('reads CSV text saved as .xls and names its one sheet after the file', async () => {
    const input = await loadInput(file('xuat-tu-he-thong.xls', 'Mã hồ sơ;Ngày hẹn trả\nA;05/06/2024\n'));
    expect([input.format, input.sheets]).toEqual(['csv', [{ sheetName: 'xuat-tu-he-thong', cells: [['Mã hồ sơ', 'Ngày hẹn trả'], ['A', '05/06/2024']] }]]);
  });
  it('refuses an HTML file without a table', async () => {
    const path = file('trang.htm', '<html><body><p>Không có bảng</p></body></html>');
    expect(await failure(path)).toEqual({ code: 'file.unreadable', message: M.fileUnreadable(path, M.whatNoTable), usage: true });
  });
});

describe('sheetNameFromPath', () => {
  it("cuts to Excel's 31 characters and replaces characters a sheet name cannot hold", () => {
    expect(sheetNameFromPath('/a/Thống kê hồ sơ quý II năm 2025 [bản cuối].xls')).toBe('Thống kê hồ sơ quý II năm 2025 ');
    expect(sheetNameFromPath('x/a:b.csv')).toBe('a_b');
  });
});
