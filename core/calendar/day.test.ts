import { describe, expect, it } from 'vitest';
import { compareStamps, dayFromYmd, formatIsoStamp, isoWeekday, isValidYmd, parseIsoDay, ymdFromDay, type Day } from './day.js';

describe('dayFromYmd', () => {
  it('gives the Excel serial: 2025-01-01 is 45658, a Wednesday', () => {
    const day = dayFromYmd({ y: 2025, m: 1, d: 1 });
    expect(day).toBe(45658);
    expect(isoWeekday(day)).toBe(3);
  });
  it('round-trips every day from 2000 to 2100', () => {
    for (let day = dayFromYmd({ y: 2000, m: 1, d: 1 }); day <= dayFromYmd({ y: 2100, m: 12, d: 31 }); day++) {
      expect(dayFromYmd(ymdFromDay(day as Day))).toBe(day);
    }
  });
  it('keeps years 0–99 as written, not 1900–1999', () => {
    expect(ymdFromDay(dayFromYmd({ y: 99, m: 3, d: 1 }))).toEqual({ y: 99, m: 3, d: 1 });
  });
});

describe('isValidYmd', () => {
  it('rejects 31/02 and accepts 29/02/2024', () => {
    expect(isValidYmd({ y: 2024, m: 2, d: 31 })).toBe(false);
    expect(isValidYmd({ y: 2024, m: 2, d: 29 })).toBe(true);
    expect(isValidYmd({ y: 2023, m: 2, d: 29 })).toBe(false);
  });
});

describe('parseIsoDay / formatIsoStamp', () => {
  it('reads 2024-06-30 and prints stamps with and without time', () => {
    const day = parseIsoDay('2024-06-30');
    expect(day).toBe(dayFromYmd({ y: 2024, m: 6, d: 30 }));
    expect(formatIsoStamp({ day: day!, sec: null })).toBe('2024-06-30');
    expect(formatIsoStamp({ day: day!, sec: 9 * 3600 + 30 * 60 })).toBe('2024-06-30T09:30');
    expect(parseIsoDay('2024-02-30')).toBeNull();
  });
});

describe('compareStamps', () => {
  it('puts a date without time at the end of its day (BLDS Điều 148.6)', () => {
    const day = dayFromYmd({ y: 2024, m: 6, d: 12 });
    expect(compareStamps({ day, sec: 23 * 3600 }, { day, sec: null })).toBeLessThan(0);
    expect(compareStamps({ day: (day + 1) as Day, sec: 0 }, { day, sec: null })).toBeGreaterThan(0);
  });
});
