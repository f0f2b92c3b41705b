import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar/day.js';
import { formatCount, formatDateLine, formatDecimal, formatPercent, formatShortDate, groupNumber, ptFromMm, toRoman } from './format.js';

describe('formatCount', () => {
  it('groups thousands with "." as the vi locale does: 19630 → "19.630"', () => {
    expect([0, 7, 999, 1000, 1234, 19630, 1234567, -1234].map(formatCount)).toEqual(['0', '7', '999', '1.000', '1.234', '19.630', '1.234.567', '-1.234']);
  });
});

describe('formatPercent', () => {
  it('writes 0.9875 as "98,75%" (decimal comma, no space)', () => {
    expect(formatPercent(0.9875)).toBe('98,75%');
  });
  it('rounds to two decimals: 2/3 → "66,67%", 0.9655 → "96,55%"', () => {
    expect([formatPercent(2 / 3), formatPercent(0.9655), formatPercent(1), formatPercent(0)]).toEqual(['66,67%', '96,55%', '100,00%', '0,00%']);
  });
  it('writes "-" for a rate with a zero denominator', () => {
    expect(formatPercent(null)).toBe('-');
  });
  it('groups thousands in large decimals: 1234.5 → "1.234,50"', () => {
    expect(formatDecimal(1234.5, 2)).toBe('1.234,50');
  });
});

describe('NĐ 30 dates', () => {
  const day = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });
  it('writes the date line "Kon Tum, ngày 06 tháng 6 năm 2024" (zero before a day < 10, none before June)', () => {
    expect(formatDateLine('Kon Tum', day(2024, 6, 6))).toBe('Kon Tum, ngày 06 tháng 6 năm 2024');
  });
  it('puts a zero before months 1 and 2 only: 05/01/2020, 08/02/2010, 17/3/2024, 29/6/2019', () => {
    expect([
      formatDateLine('Hà Nội', day(2020, 1, 5)),
      formatDateLine('Hà Nội', day(2010, 2, 8)),
      formatDateLine('Hà Nội', day(2024, 3, 17)),
      formatDateLine('Thành phố Hồ Chí Minh', day(2019, 6, 29)),
    ]).toEqual([
      'Hà Nội, ngày 05 tháng 01 năm 2020',
      'Hà Nội, ngày 08 tháng 02 năm 2010',
      'Hà Nội, ngày 17 tháng 3 năm 2024',
      'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019',
    ]);
  });
  it('leaves dots for the place name when none is set', () => {
    expect(formatDateLine('  ', day(2024, 12, 1))).toBe('……, ngày 01 tháng 12 năm 2024');
  });
  it('writes short dates with the same rule: 06/6/2024, 05/01/2025, 27/02/2023, 17/11/2024', () => {
    expect([day(2024, 6, 6), day(2025, 1, 5), day(2023, 2, 27), day(2024, 11, 17)].map(formatShortDate)).toEqual([
      '06/6/2024',
      '05/01/2025',
      '27/02/2023',
      '17/11/2024',
    ]);
  });
});

describe('toRoman', () => {
  it('numbers appendices and groups: 1 → I, 4 → IV, 9 → IX, 14 → XIV, 40 → XL, 1999 → MCMXCIX', () => {
    expect([1, 2, 4, 9, 14, 40, 1999].map(toRoman)).toEqual(['I', 'II', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
  });
  it('throws a RangeError for 0', () => {
    expect(() => toRoman(0)).toThrow(RangeError);
  });
});

describe('ptFromMm', () => {
  it('converts the 06a widths: 10 mm → 28.3 pt, 16.5 mm → 46.8 pt, 60 mm → 170.1 pt', () => {
    expect([10, 16.5, 60].map(ptFromMm)).toEqual([28.3, 46.8, 170.1]);
  });
});

describe('groupNumber', () => {
  it('numbers group rows in Roman up to 3999, then in Arabic', () => {
    expect([groupNumber(1), groupNumber(3999), groupNumber(4000)]).toEqual(['I', 'MMMCMXCIX', '4000']);
  });
});
