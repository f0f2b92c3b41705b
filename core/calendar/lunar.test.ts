import { describe, expect, it } from 'vitest';
import { readHolidaysMarkdown, readLunarTable } from '../../test/fixtures/holidays-table.js';
import { REFERENCE_HUNG_KINGS, REFERENCE_TET } from '../../test/fixtures/lunar-reference.js';
import { dayFromYmd, formatIsoDay, ymdFromDay, type Ymd } from './day.js';
import { hungKingsDay, lunarFromSolar, lunarNewYear, solarFromLunar } from './lunar.js';

const iso = (ymd: Ymd) => formatIsoDay(dayFromYmd(ymd));

describe('lunarNewYear and hungKingsDay', () => {
  it('match the table of holidays.md §4.2 for 2019–2030 (Tết 2030 is 2030-02-02, not 02-03)', () => {
    const table = readLunarTable();
    expect(table.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    const computed = table.map((r) => ({ year: r.year, tet: iso(lunarNewYear(r.year)), hungKings: iso(hungKingsDay(r.year)) }));
    expect(computed).toEqual(table);
  });

  it('follows Vietnam (UTC+7), not China, in 1985, 2007 and 2053', () => {
    expect([1985, 2007, 2053].map((y) => iso(lunarNewYear(y)))).toEqual(['1985-01-21', '2007-02-17', '2053-02-18']);
    expect([1985, 2007, 2053].map((y) => iso(lunarNewYear(y, { utcOffsetHours: 8 })))).toEqual([
      '1985-02-20',
      '2007-02-18',
      '2053-02-19',
    ]);
  });

  it('differs from the Chinese calendar exactly in the years holidays.md §4.2 lists (1968–2100)', () => {
    // "Years (1968+) where VN (UTC+7) and CN (UTC+8) differ — Tết: 1968 (…), …. Giỗ Tổ: 1975, …"
    const paragraph = readHolidaysMarkdown().split('Years (1968+) where VN')[1]?.split('\n\n')[0] ?? '';
    const [tetPart, hungPart] = paragraph.split('Giỗ Tổ:');
    const years = (text = '') => [...text.matchAll(/\b(19\d\d|20\d\d|2100)\b/g)].map((m) => Number(m[1]));
    const tetListed = years(tetPart.split('Tết:')[1]);
    const hungListed = years(hungPart.split('. ')[0]);
    expect(tetListed).toEqual([1968, 1969, 1985, 2007, 2030, 2053]);
    expect(hungListed).toEqual([1975, 2009, 2037, 2038, 2085, 2086, 2095, 2100]);
    const tetDiff: number[] = [];
    const hungDiff: number[] = [];
    for (let y = 1968; y <= 2100; y++) {
      if (iso(lunarNewYear(y)) !== iso(lunarNewYear(y, { utcOffsetHours: 8 }))) tetDiff.push(y);
      if (iso(hungKingsDay(y)) !== iso(hungKingsDay(y, { utcOffsetHours: 8 }))) hungDiff.push(y);
    }
    expect(tetDiff).toEqual(tetListed);
    expect(hungDiff).toEqual(hungListed);
  });

  it('agrees with the vacanza/holidays Vietnamese tables for every year 1968–2100', () => {
    const years = [...REFERENCE_TET.keys()];
    expect(years.length).toBe(133);
    expect(years.map((y) => iso(lunarNewYear(y)))).toEqual(years.map((y) => REFERENCE_TET.get(y)));
    expect(years.map((y) => iso(hungKingsDay(y)))).toEqual(years.map((y) => REFERENCE_HUNG_KINGS.get(y)));
  });
});

describe('solarFromLunar', () => {
  it('takes 10/3 of the regular month in 2031, the year with a leap 3rd month', () => {
    const regular = dayFromYmd(solarFromLunar({ year: 2031, month: 3, day: 10, leap: false }));
    const leap = dayFromYmd(solarFromLunar({ year: 2031, month: 3, day: 10, leap: true }));
    expect(leap - regular).toBeGreaterThanOrEqual(29);
    expect(leap - regular).toBeLessThanOrEqual(30);
    expect(iso(hungKingsDay(2031))).toBe(formatIsoDay(regular));
  });

  it('has the leap months holidays.md §4.2 names: 2020 (4), 2023 (2), 2025 (6), 2028 (5), 2031 (3)', () => {
    const leapMonthOf = (year: number) =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((month) => {
        try {
          solarFromLunar({ year, month, day: 1, leap: true });
          return true;
        } catch {
          return false;
        }
      });
    expect([2020, 2023, 2025, 2028, 2031, 2024].map(leapMonthOf)).toEqual([[4], [2], [6], [5], [3], []]);
  });

  it('puts month 12 of Ất Tỵ in 2026: 27 tháng Chạp is Sat 2026-02-14 (TB 9441/TB-BNV)', () => {
    expect(solarFromLunar({ year: 2025, month: 12, day: 27, leap: false })).toEqual({ y: 2026, m: 2, d: 14 });
  });

  it('refuses a leap month that does not exist and a 30th day of a 29-day month', () => {
    expect(() => solarFromLunar({ year: 2024, month: 3, day: 1, leap: true })).toThrow(RangeError);
    // Tháng Chạp of Kỷ Dậu ends on 2030-02-01 (29 days): Tết 2030 is 2030-02-02.
    expect(() => solarFromLunar({ year: 2029, month: 12, day: 30, leap: false })).toThrow(RangeError);
    expect(() => lunarNewYear(1900)).toThrow(RangeError);
  });
});

describe('lunarFromSolar', () => {
  it('names the eve of Tết 2026 as 29 tháng Chạp 2025', () => {
    expect(lunarFromSolar({ y: 2026, m: 2, d: 16 })).toEqual({ year: 2025, month: 12, day: 29, leap: false });
  });
  it('is the inverse of solarFromLunar for every day 2000–2100', () => {
    const bad: string[] = [];
    for (let day: number = dayFromYmd({ y: 2000, m: 1, d: 1 }); day <= dayFromYmd({ y: 2100, m: 12, d: 31 }); day += 1) {
      const ymd = ymdFromDay(day);
      const lunar = lunarFromSolar(ymd);
      if (lunar.day === 1 || lunar.day > 28) {
        const back = solarFromLunar(lunar);
        if (iso(back) !== iso(ymd)) bad.push(iso(ymd));
      }
    }
    expect(bad).toEqual([]);
  });
});
