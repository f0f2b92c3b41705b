import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar/day.js';
import { dateCellKind, parseDateCell, parseDossierCodeDate } from './parse-date.js';

const day = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });
const hms = (h: number, m: number, s = 0) => h * 3600 + m * 60 + s;
const ok = (y: number, m: number, d: number, sec: number | null = null) => ({ ok: true, value: { day: day(y, m, d), sec } });

describe('parseDateCell: text, day first', () => {
  it.each([
    ['15/03/2024', ok(2024, 3, 15)],
    ['15/03/2024 09:24', ok(2024, 3, 15, hms(9, 24))],
    ['15/03/2024 09:24:43', ok(2024, 3, 15, hms(9, 24, 43))],
    ['09:24 15/03/2024', ok(2024, 3, 15, hms(9, 24))],
    ['09:24, 15/03/2024', ok(2024, 3, 15, hms(9, 24))],
    ['09:24:43 15/03/2024', ok(2024, 3, 15, hms(9, 24, 43))],
    ['5/3/24', ok(2024, 3, 5)],
    ['5/3/2024 7:05', ok(2024, 3, 5, hms(7, 5))],
    ['15-03-2024', ok(2024, 3, 15)],
    ['15.03.2024', ok(2024, 3, 15)],
    ['15-03-2024 17:00:00', ok(2024, 3, 15, hms(17, 0))],
    ['  15/03/2024  ', ok(2024, 3, 15)],
    ['15/03/2024\u00a009:24', ok(2024, 3, 15, hms(9, 24))],
    ["'15/03/2024", ok(2024, 3, 15)],
    ['9h30 15/03/2024', ok(2024, 3, 15, hms(9, 30))],
    ['15/03/2024 2:30 CH', ok(2024, 3, 15, hms(14, 30))],
    ['15/03/2024 09:24:43.000', ok(2024, 3, 15, hms(9, 24, 43))],
    ['ngày 15 tháng 3 năm 2024', ok(2024, 3, 15)],
  ])('reads %j', (text, expected) => {
    expect(parseDateCell(text)).toEqual(expected);
  });

  it('never reads month first: 05/03/2024 is 5 March 2024', () => {
    expect(parseDateCell('05/03/2024')).toEqual(ok(2024, 3, 5));
  });

  it('reads 29/02/2024 (leap year) and rejects 29/02/2023', () => {
    expect(parseDateCell('29/02/2024')).toEqual(ok(2024, 2, 29));
    expect(parseDateCell('29/02/2023')).toEqual({ ok: false, code: 'date.impossible' });
  });
});

describe('parseDateCell: ISO 8601, adapter text and DVCQG compact', () => {
  it.each([
    ['2024-03-15', ok(2024, 3, 15)],
    ['2024-03-15T09:24:43', ok(2024, 3, 15, hms(9, 24, 43))],
    ['2024-03-15T09:24:43.000+0700', ok(2024, 3, 15, hms(9, 24, 43))],
    ['2024-03-15T09:24:43+07:00', ok(2024, 3, 15, hms(9, 24, 43))],
    ['2024-03-15T02:24:43Z', ok(2024, 3, 15, hms(9, 24, 43))],
    ['2024-03-15T02:24:43.123Z', ok(2024, 3, 15, hms(9, 24, 43))],
    // 20:00 UTC is 03:00 the next morning in Hà Nội.
    ['2024-03-15T20:00:00Z', ok(2024, 3, 16, hms(3, 0))],
    // 00:30 in Tokyo (UTC+9) is 22:30 the day before in Hà Nội.
    ['2024-03-15T00:30:00+09:00', ok(2024, 3, 14, hms(22, 30))],
    ['2024-12-31T18:00:00-05:00', ok(2025, 1, 1, hms(6, 0))],
    ['2024-03-15 09:24:43', ok(2024, 3, 15, hms(9, 24, 43))],
    // Apps Script's text for a date-only cell: no time, as for a whole serial.
    ['2024-03-15 00:00:00', ok(2024, 3, 15)],
    ['2024-03-15T00:00:00', ok(2024, 3, 15, 0)],
    ['20240315092443', ok(2024, 3, 15, hms(9, 24, 43))],
    ['202403150924', ok(2024, 3, 15, hms(9, 24))],
    ['20240315', ok(2024, 3, 15)],
  ])('reads %j', (text, expected) => {
    expect(parseDateCell(text)).toEqual(expected);
  });

  it('reads a yyyyMMddHHmmss number typed into a cell', () => {
    expect(parseDateCell(20240315092443)).toEqual(ok(2024, 3, 15, hms(9, 24, 43)));
  });
});

describe('parseDateCell: spreadsheet serials', () => {
  it('reads 45366 as 2024-03-15 without a time', () => {
    expect(parseDateCell(45366)).toEqual(ok(2024, 3, 15));
  });

  it('reads the fraction as the time: 45366 + 09:24:43', () => {
    expect(parseDateCell(45366 + hms(9, 24, 43) / 86400)).toEqual(ok(2024, 3, 15, hms(9, 24, 43)));
  });

  it('reads noon 45366.5 as 12:00', () => {
    expect(parseDateCell(45366.5)).toEqual(ok(2024, 3, 15, hms(12, 0)));
  });

  it('rounds a fraction a hair below midnight to 00:00 of the next day', () => {
    expect(parseDateCell(45366.9999999)).toEqual(ok(2024, 3, 16, 0));
  });

  it('reads 1904-system serials: 43904 is 2024-03-15', () => {
    expect(parseDateCell(43904, '1904')).toEqual(ok(2024, 3, 15));
    expect(parseDateCell(43904.75, '1904')).toEqual(ok(2024, 3, 15, hms(18, 0)));
  });
});

describe('parseDateCell: problems', () => {
  it.each([
    ['31/02/2024', 'date.impossible'],
    ['15/13/2024', 'date.impossible'],
    ['32/01/2024', 'date.impossible'],
    ['15/03/2024 25:00', 'date.impossible'],
    ['15/03/2024 09:61', 'date.impossible'],
    ['2024-02-30', 'date.impossible'],
    ['2024-03-15T24:00:00', 'date.impossible'],
    ['15/03/1999', 'date.outOfRange'],
    ['15/03/2101', 'date.outOfRange'],
    ['1999-12-31', 'date.outOfRange'],
    ['abc', 'date.unreadable'],
    ['Quá hạn 2.25 ngày', 'date.unreadable'],
    ['=DATE(2024,3,15)', 'date.unreadable'],
    ['15/03', 'date.unreadable'],
    ['15/03-2024', 'date.unreadable'],
    ['', 'date.unreadable'],
  ])('%j is %s', (text, code) => {
    expect(parseDateCell(text)).toEqual({ ok: false, code });
  });

  it.each([
    [1000, 'date.outOfRange'],
    [-5, 'date.outOfRange'],
    [1e12, 'date.outOfRange'],
    [Number.NaN, 'date.unreadable'],
    [Number.POSITIVE_INFINITY, 'date.unreadable'],
  ])('number %d is %s', (value, code) => {
    expect(parseDateCell(value)).toEqual({ ok: false, code });
  });

  it('rejects booleans and empty cells', () => {
    expect(parseDateCell(true)).toEqual({ ok: false, code: 'date.unreadable' });
    expect(parseDateCell(null)).toEqual({ ok: false, code: 'date.unreadable' });
  });
});

describe('dateCellKind', () => {
  it('tells real dates from day-first text', () => {
    expect([45366, '2024-03-15 00:00:00', '15/03/2024 08:00', '09:00 15/03/2024', '2024-03-15T00:00:00Z', 'x'].map(dateCellKind)).toEqual([
      'serial', 'adapterText', 'dayFirstText', 'dayFirstText', 'otherText', 'otherText',
    ]);
  });
});

describe('parseDossierCodeDate', () => {
  it('reads yyMMdd from a unit code: 000.00.xx.H56-240315-0001 was received 2024-03-15', () => {
    expect(parseDossierCodeDate('000.00.xx.H56-240315-0001')).toEqual({ y: 2024, m: 3, d: 15 });
  });

  it('reads yyMMdd from an OpenCPS code: CNTBD.181121.00334 was received 2018-11-21', () => {
    expect(parseDossierCodeDate('CNTBD.181121.00334')).toEqual({ y: 2018, m: 11, d: 21 });
  });

  it('reads a Gia Lai code H21.50.12-250106-0042', () => {
    expect(parseDossierCodeDate('H21.50.12-250106-0042')).toEqual({ y: 2025, m: 1, d: 6 });
  });

  it('returns null for an impossible date or no date part', () => {
    expect(parseDossierCodeDate('H56-240230-0001')).toBeNull();
    expect(parseDossierCodeDate('HS-2024-0001')).toBeNull();
    expect(parseDossierCodeDate('')).toBeNull();
  });
});
