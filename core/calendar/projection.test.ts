import { describe, expect, it } from 'vitest';
import { expectedYear, readTableRows } from '../../test/fixtures/holidays-table.js';
import { isoWeekday, parseIsoDay } from './day.js';
import { projectDaysOff } from './projection.js';

const isWeekday = (iso: string) => isoWeekday(parseIsoDay(iso)!) <= 5;
const weekdaysOff = (year: number) =>
  projectDaysOff(year)
    .filter((r) => isWeekday(r.date))
    .map((r) => r.date);

describe('projectDaysOff', () => {
  it.each([2021, 2022, 2023, 2024, 2025, 2026])(
    'reproduces the notified weekday days off of %i, except the swaps it cannot foresee',
    (year) => {
      const rows = readTableRows();
      const swaps = rows.filter((r) => r.date.startsWith(`${year}-`) && r.kind === 'swapped-off').map((r) => r.date);
      const notified = expectedYear(year, ['confirmed', 'reported'], rows).daysOff.filter((d) => !swaps.includes(d));
      expect(weekdaysOff(year)).toEqual(notified);
    },
  );

  it('fits 2027 with the 2+3 Tết split: the derived rows plus pending 2027-02-04 and 2027-02-10', () => {
    const derived = expectedYear(2027, ['derived']).daysOff;
    expect(weekdaysOff(2027)).toEqual([...derived, '2027-02-04', '2027-02-10'].sort());
  });

  // Expected lists worked out by hand from the rules in projection.ts (weekdays checked on paper).
  it('projects 2028: Tết Wed 26/1 → 24–28/1; 1/1 Sat → bù Mon 3/1; 30/4 Sun → bù Tue 2/5; 2/9 Sat → Fri 1/9 + bù Mon 4/9', () => {
    expect(weekdaysOff(2028)).toEqual([
      '2028-01-03', '2028-01-24', '2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28',
      '2028-04-04', '2028-05-01', '2028-05-02', '2028-09-01', '2028-09-04', '2028-11-24',
    ]);
  });

  it('projects 2029: Tết Tue 13/2 → 1+4, Mon 12/2–Fri 16/2; 2/9 Sun → Mon 3/9 + bù Tue 4/9; 24/11 Sat → bù Mon 26/11', () => {
    expect(weekdaysOff(2029)).toEqual([
      '2029-01-01', '2029-02-12', '2029-02-13', '2029-02-14', '2029-02-15', '2029-02-16',
      '2029-04-23', '2029-04-30', '2029-05-01', '2029-09-03', '2029-09-04', '2029-11-26',
    ]);
  });

  it('projects 2030: Tết Sat 2/2 → Thu 31/1, Fri 1/2, Mon 4/2 + bù Tue 5/2, Wed 6/2; 2/9 Mon → Tue 3/9', () => {
    expect(weekdaysOff(2030)).toEqual([
      '2030-01-01', '2030-01-31', '2030-02-01', '2030-02-04', '2030-02-05', '2030-02-06',
      '2030-04-12', '2030-04-30', '2030-05-01', '2030-09-02', '2030-09-03', '2030-11-25',
    ]);
  });

  it('names the Tết 2030 days from the lunar calendar: 1/2 is 29 tháng Chạp, 2/2 mùng 1', () => {
    const tet = projectDaysOff(2030).filter((r) => r.date >= '2030-01-31' && r.date <= '2030-02-06');
    expect(tet.map((r) => [r.date, r.kind, r.name])).toEqual([
      ['2030-01-31', 'holiday', 'Tết Nguyên đán (28 tháng Chạp) (dự kiến)'],
      ['2030-02-01', 'holiday', 'Tết Nguyên đán (29 tháng Chạp) (dự kiến)'],
      ['2030-02-02', 'holiday', 'Tết Nguyên đán (Mùng 1 Tết) (dự kiến)'],
      ['2030-02-03', 'holiday', 'Tết Nguyên đán (Mùng 2 Tết) (dự kiến)'],
      ['2030-02-04', 'holiday', 'Tết Nguyên đán (Mùng 3 Tết) (dự kiến)'],
      ['2030-02-05', 'compensatory', 'Nghỉ bù Tết Nguyên đán (Mùng 1 Tết) (dự kiến)'],
      ['2030-02-06', 'compensatory', 'Nghỉ bù Tết Nguyên đán (Mùng 2 Tết) (dự kiến)'],
    ]);
  });

  it('gives every year 2028–2100 twelve weekday days off (11 holidays + 24/11), all derived and marked dự kiến', () => {
    const problems: string[] = [];
    for (let year = 2028; year <= 2100; year++) {
      const rows = projectDaysOff(year);
      const dates = rows.map((r) => r.date);
      if (new Set(dates).size !== dates.length) problems.push(`${year}: duplicate dates`);
      if (rows.filter((r) => r.kind === 'holiday').length !== 12) problems.push(`${year}: holidays`);
      if (weekdaysOff(year).length !== 12) problems.push(`${year}: ${weekdaysOff(year).length} weekdays off`);
      for (const r of rows) {
        if (r.confidence !== 'derived' || !r.name.endsWith('(dự kiến)') || !r.source.startsWith('Dự kiến')) {
          problems.push(`${r.date}: ${r.name} / ${r.source}`);
        }
        if (!r.source.includes('BLLĐ 2019 Điều 11')) problems.push(`${r.date}: source ${r.source}`);
        if (!r.date.startsWith(`${year}-`)) problems.push(`${r.date} outside ${year}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('cites the lunar calendar for Tết and Giỗ Tổ', () => {
    const giỗTổ = projectDaysOff(2030).find((r) => r.date === '2030-04-12');
    expect(giỗTổ).toEqual({
      date: '2030-04-12',
      kind: 'holiday',
      name: 'Giỗ Tổ Hùng Vương (dự kiến)',
      source: 'Dự kiến, chưa có thông báo: tính theo âm lịch (UTC+7) và BLLĐ 2019 Điều 112',
      confidence: 'derived',
    });
  });

  it('refuses years before the Labour Code 2019 and after 2100', () => {
    expect(() => projectDaysOff(2020)).toThrow(RangeError);
    expect(() => projectDaysOff(2101)).toThrow(RangeError);
  });
});
