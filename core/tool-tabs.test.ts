import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './calendar/day.js';
import { DEFAULT_RULES } from './deadline/rule-presets.js';
import { buildDaysOffSheet } from './plan/days-off-sheet.js';
import type { Settings } from './settings.js';
import { isToolTab, readToolTabs } from './tool-tabs.js';

const asOf = dayFromYmd({ y: 2025, m: 6, d: 30 });
const settings: Settings = {
  asOf,
  period: { preset: 'month', from: dayFromYmd({ y: 2025, m: 6, d: 1 }), to: asOf },
  rules: DEFAULT_RULES,
  calendar: { extraDaysOff: [dayFromYmd({ y: 2025, m: 1, d: 2 })] },
  hours: {},
  mapping: {},
  colorFinishedOnTime: false,
  header: { reportingUnit: '', receivingUnit: '', place: '', preparer: '', head: '' },
};

describe('isToolTab', () => {
  it("knows the tool's tabs and never takes a user's sheet for one", () => {
    expect(['Biểu 06a', 'Phụ lục I', 'Trễ trên hệ thống', 'Ngày nghỉ', 'Xếp hạng đơn vị'].every(isToolTab)).toBe(true);
    expect(['Sheet1', 'Hồ sơ tháng 6', 'Phụ lục III'].some(isToolTab)).toBe(false);
  });
});

describe('readToolTabs', () => {
  it('takes the days off from the "Ngày nghỉ" tab, which wins over stored settings', () => {
    const tab = buildDaysOffSheet({ extraDaysOff: [dayFromYmd({ y: 2025, m: 6, d: 2 })] }, [2025]);
    const data = { sheetName: 'Hồ sơ', cells: [['Mã hồ sơ']] };
    const read = readToolTabs([data, { sheetName: tab.name, cells: tab.cells }], settings);
    expect(read.settings.calendar).toEqual({ extraDaysOff: [dayFromYmd({ y: 2025, m: 6, d: 2 })], extraWorkingDays: [] });
    expect(read.lateOnSystem).toBeNull();
    expect(read.problems).toEqual([]);
  });

  it('leaves the settings alone and finds the late-on-system tab when there is no "Ngày nghỉ"', () => {
    const tab = { sheetName: 'Trễ trên hệ thống', cells: [] };
    const read = readToolTabs([tab], settings);
    expect(read.settings).toBe(settings);
    // What was typed on it, as one plain table (nothing here).
    expect(read.lateOnSystem).toEqual({ sheetName: 'Trễ trên hệ thống', cells: [['Mã hồ sơ', 'Ngày trả kết quả thực tế', 'Ghi chú']] });
  });

  it('carries actual dates and reasons typed on "Trễ trên hệ thống" and Phụ lục I into the next check', () => {
    const head = ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Ngày hẹn trả', 'Ngày trả kết quả thực tế', 'Ghi chú'];
    const los = { sheetName: 'Trễ trên hệ thống', cells: [['DANH SÁCH'], head, [1, 'HS-1', 'Khai sinh', '10/06/2025', '09/06/2025', null], [2, 'HS-2', 'Kết hôn', '10/06/2025', null, 'Chờ ký']] };
    const pl1 = {
      sheetName: 'Phụ lục I',
      cells: [['Phụ lục I'], ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Ngày hẹn trả', 'Nguyên nhân / Ghi chú'], [1, 'HS-3', 'Khai tử', '10/06/2025', 'Thiếu hồ sơ gốc']],
    };
    const grid = readToolTabs([los, pl1], settings).lateOnSystem!;
    expect(grid.cells.slice(1)).toEqual([
      ['HS-1', 45817, null],
      ['HS-2', null, 'Chờ ký'],
      ['HS-3', null, 'Thiếu hồ sơ gốc'],
    ]);
  });
});
