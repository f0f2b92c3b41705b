import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayFromYmd, defaultSettings, periodFromPreset, STATUS_LABELS } from '../core/index.js';
import { checkToFile, readWorkbook, SAMPLES_AS_OF, tempDir, type CheckRunResult } from './workbook-helpers.js';

const N03 = '000.41.27.H99-250116-0053'; // due Thu 23/01/2025, finished Tue 04/02: late
const N04 = '000.41.27.H99-250424-0054'; // due Sat 26/04/2025 (make-up day), finished Mon 28/04: late
const ACTUAL_COL = 12; // L "Ngày trả kết quả thực tế" in xa-dan-tu-excel.xlsx
const LATE_TAB = 'Trễ trên hệ thống';
// The first half of 2025, so N03 and N04 are in the period and in the tab.
const SETTINGS = {
  ...defaultSettings(SAMPLES_AS_OF),
  period: periodFromPreset('custom', SAMPLES_AS_OF, { from: dayFromYmd({ y: 2025, m: 1, d: 1 }), to: SAMPLES_AS_OF }),
};

function rowOfCode(sheet: ExcelJS.Worksheet, code: string, codeCol: number): number {
  let found = -1;
  sheet.eachRow((row, r) => {
    if (row.getCell(codeCol).value === code) found = r;
  });
  if (found < 0) throw new Error(`${code} not in ${sheet.name}`);
  return found;
}

function headingCol(sheet: ExcelJS.Worksheet, heading: string): { row: number; col: number } {
  let at: { row: number; col: number } | null = null;
  sheet.eachRow((row, r) => row.eachCell((cell, c) => {
    if (at === null && cell.value === heading) at = { row: r, col: c };
  }));
  if (at === null) throw new Error(`no "${heading}" in ${sheet.name}`);
  return at;
}

const statusOf = (run: CheckRunResult, code: string) => run.result.dossiers.find((d) => d.record.code === code)!.status;

describe('the late-only-on-system loop', () => {
  const dir = tempDir();
  let first: CheckRunResult;
  let byColumn: CheckRunResult;
  let byTab: CheckRunResult;
  let third: CheckRunResult;
  let afterColumn: ExcelJS.Workbook;
  let afterTab: ExcelJS.Workbook;
  let afterThird: ExcelJS.Workbook;

  beforeAll(async () => {
    first = await checkToFile('samples/xa-dan-tu-excel.xlsx', join(dir, 'k1.xlsx'), SETTINGS);

    // The clerk writes the actual hand-over date of N03, Wed 22/01/2025, in the data sheet.
    const k1 = await readWorkbook(join(dir, 'k1.xlsx'));
    const data = k1.worksheets[0];
    const n03 = rowOfCode(data, N03, 2);
    if (data.getRow(n03).getCell(ACTUAL_COL).value !== null) throw new Error('N03 already has an actual date');
    data.getRow(n03).getCell(ACTUAL_COL).value = new Date(Date.UTC(2025, 0, 22));
    await k1.xlsx.writeFile(join(dir, 'k1-filled.xlsx'));
    byColumn = await checkToFile(join(dir, 'k1-filled.xlsx'), join(dir, 'k2.xlsx'), SETTINGS);
    afterColumn = await readWorkbook(join(dir, 'k2.xlsx'));

    // Then writes N04's date, Fri 25/04/2025, as text in the "Trễ trên hệ thống" tab.
    const k2 = await readWorkbook(join(dir, 'k2.xlsx'));
    const tab = k2.getWorksheet(LATE_TAB)!;
    const actual = headingCol(tab, 'Ngày trả kết quả thực tế');
    const code = headingCol(tab, 'Mã hồ sơ');
    tab.getRow(rowOfCode(tab, N04, code.col)).getCell(actual.col).value = '25/04/2025';
    await k2.xlsx.writeFile(join(dir, 'k2-filled.xlsx'));
    byTab = await checkToFile(join(dir, 'k2-filled.xlsx'), join(dir, 'k3.xlsx'), SETTINGS);
    afterTab = await readWorkbook(join(dir, 'k3.xlsx'));

    third = await checkToFile(join(dir, 'k3.xlsx'), join(dir, 'k4.xlsx'), SETTINGS);
    afterThird = await readWorkbook(join(dir, 'k4.xlsx'));
  });

  it('moves N03 from late to late_on_system when its actual date is written in the data sheet', () => {
    expect([statusOf(first, N03), statusOf(byColumn, N03)]).toEqual(['late', 'late_on_system']);
    expect({ late: byColumn.result.counts.late, onSystem: byColumn.result.counts.late_on_system }).toEqual({
      late: first.result.counts.late - 1,
      onSystem: first.result.counts.late_on_system + 1,
    });
    const data = afterColumn.worksheets[0];
    const row = data.getRow(rowOfCode(data, N03, 2));
    expect([(row.getCell(ACTUAL_COL).value as Date).toISOString(), row.getCell(15).value]).toEqual([
      '2025-01-22T00:00:00.000Z',
      STATUS_LABELS.late_on_system,
    ]);
  });

  it('moves N04 too when its date is written in the "Trễ trên hệ thống" tab, and writes the date back there', () => {
    expect([statusOf(byColumn, N04), statusOf(byTab, N04)]).toEqual(['late', 'late_on_system']);
    expect(byTab.result.counts.late).toBe(first.result.counts.late - 2);
    const tab = afterTab.getWorksheet(LATE_TAB)!;
    const actual = headingCol(tab, 'Ngày trả kết quả thực tế');
    const code = headingCol(tab, 'Mã hồ sơ');
    expect(tab.getRow(rowOfCode(tab, N04, code.col)).getCell(actual.col).value).toEqual(new Date(Date.UTC(2025, 3, 25)));
  });

  it('keeps both dates and both statuses on a later run', () => {
    expect(third.result.counts).toEqual(byTab.result.counts);
    expect([statusOf(third, N03), statusOf(third, N04)]).toEqual(['late_on_system', 'late_on_system']);
    const tab = afterThird.getWorksheet(LATE_TAB)!;
    const actual = headingCol(tab, 'Ngày trả kết quả thực tế');
    const code = headingCol(tab, 'Mã hồ sơ');
    expect([N03, N04].map((c) => (tab.getRow(rowOfCode(tab, c, code.col)).getCell(actual.col).value as Date).toISOString())).toEqual([
      '2025-01-22T00:00:00.000Z',
      '2025-04-25T00:00:00.000Z',
    ]);
  });
});
