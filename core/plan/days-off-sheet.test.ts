import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar/day.js';
import type { PlanCell } from './plan.js';
import { buildDaysOffSheet, DAYS_OFF_SHEET_NAME, readDaysOffSheet } from './days-off-sheet.js';

const d = (y: number, m: number, day: number) => dayFromYmd({ y, m, d: day });

/** The sheet as a host would read it back: the plan's cells from A1. */
const asGrid = (cells: PlanCell[][]) => ({ sheetName: DAYS_OFF_SHEET_NAME, cells });

describe('buildDaysOffSheet', () => {
  it("lists the office's own days in A–B and the official 2025 calendar beside them", () => {
    const plan = buildDaysOffSheet({ extraDaysOff: [d(2025, 6, 2)], extraWorkingDays: [d(2025, 6, 7)] }, [2025]);
    expect(plan.name).toBe('Ngày nghỉ');
    expect(plan.cells[3].slice(0, 2)).toEqual([d(2025, 6, 2), 'Nghỉ thêm']);
    expect(plan.cells[4].slice(0, 2)).toEqual([d(2025, 6, 7), 'Làm việc thêm']);
    // Reference part, 2025: 1/1, Tết 27–31/1, 7/4, 30/4, 1/5, 2/5, 1/9, 2/9 (12 weekdays off) and the make-up Saturday 26/4.
    const reference = plan.cells.slice(3).map((row) => row[4]).filter((v) => v !== null && v !== undefined);
    expect(reference).toHaveLength(13);
    expect(reference).toContain(d(2025, 4, 26));
    expect(reference).toContain(d(2025, 5, 2));
    expect(reference).not.toContain(d(2025, 6, 2));
  });
});

describe('readDaysOffSheet', () => {
  it('reads back exactly what buildDaysOffSheet wrote, ignoring the reference part', () => {
    const plan = buildDaysOffSheet({ extraDaysOff: [d(2025, 6, 2), d(2025, 9, 5)], extraWorkingDays: [d(2025, 6, 7)] }, [2025]);
    expect(readDaysOffSheet(asGrid(plan.cells))).toEqual({
      extraDaysOff: [d(2025, 6, 2), d(2025, 9, 5)],
      extraWorkingDays: [d(2025, 6, 7)],
      problems: [],
    });
  });

  it('accepts text dates typed by a clerk, kinds without diacritics, and reports a bad date with its row', () => {
    const cells: PlanCell[][] = [
      ['NGÀY NGHỈ'],
      ['…'],
      ['Ngày', 'Loại', 'Ghi chú'],
      ['02/06/2025', 'nghi them', 'Bão số 3'],
      ['07/06/2025', 'LAM VIEC THEM', ''],
      ['31/02/2025', 'Nghỉ thêm', ''],
      [null, null, null],
    ];
    const read = readDaysOffSheet(asGrid(cells));
    expect(read.extraDaysOff).toEqual([d(2025, 6, 2)]);
    expect(read.extraWorkingDays).toEqual([d(2025, 6, 7)]);
    expect(read.problems).toEqual([
      { code: 'date.impossible', row: 6, column: 'Ngày', columnLetter: 'A', value: '31/02/2025', severity: 'error', detail: 'Ngày nghỉ' },
    ]);
  });
});

describe('buildDaysOffSheet: dates as dd/mm/yyyy, make-up Saturdays with their source', () => {
  it('writes "(làm bù 26/04/2025)" and the Saturday 26/4/2025 with the day it makes up for and its notice', () => {
    const plan = buildDaysOffSheet({}, [2025]);
    const text = plan.cells.flat().filter((v): v is string => typeof v === 'string');
    expect(text.some((t) => /\d{4}-\d{2}-\d{2}/.test(t))).toBe(false);
    expect(text).toContain('Nghỉ hoán đổi dịp 30/4-1/5 (làm bù 26/04/2025)');
    const row = plan.cells.find((line) => line.includes('Thứ Bảy làm bù (làm bù cho ngày 02/05/2025)'));
    expect(row).toBeDefined();
    expect(row).toContain('CV 8726/VPCP-KGVX (26/11/2024)');
  });
});
