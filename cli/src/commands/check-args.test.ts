import { describe, expect, it } from 'vitest';
import { dayFromYmd, defaultSettings } from '../../../core/index.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { parseCheckArgs, resolvePeriod } from './check-args.js';

const M = CLI_MESSAGES.check;
const d = (y: number, m: number, day: number) => dayFromYmd({ y, m, d: day });

describe('parseCheckArgs', () => {
  it('reads every option', () => {
    expect(
      parseCheckArgs([
        'ho-so.xlsx', '--sheet', 'DS', '--as-of', '2025-06-30', '--map', 'due=Ngày hẹn', '--map', 'Ngày tiếp nhận="F"',
        '--out', 'kq.xlsx', '--from', '2025-06-01', '--to', '2025-06-30', '--json', '--quiet',
      ]),
    ).toEqual({
      file: 'ho-so.xlsx',
      sheet: 'DS',
      asOf: d(2025, 6, 30),
      mapping: { due: 'Ngày hẹn', received: 'F' },
      out: 'kq.xlsx',
      period: { preset: 'custom', from: d(2025, 6, 1), to: d(2025, 6, 30) },
      json: true,
      quiet: true,
      live: false,
      header: {},
    });
  });
  it('reads --live, which needs --out', () => {
    expect(parseCheckArgs(['a.csv', '--out', 'so.xlsx', '--live']).live).toBe(true);
    expect(() => parseCheckArgs(['a.csv', '--live'])).toThrow(M.liveNeedsOut);
  });
  it('leaves --as-of and the period to the defaults when not given', () => {
    expect(parseCheckArgs(['a.csv'])).toEqual({ file: 'a.csv', sheet: null, asOf: null, mapping: {}, out: null, period: null, json: false, quiet: false, live: false, header: {} });
  });
  it('refuses bad values with a Vietnamese message', () => {
    const message = (args: string[]) => {
      try {
        parseCheckArgs(args);
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect([
      message([]),
      message(['a.csv', 'b.csv']),
      message(['a.csv', '--as-of', '30/06/2025']),
      message(['a.csv', '--as-of', '2025-02-30']),
      message(['a.csv', '--period', 'week']),
      message(['a.csv', '--from', '2025-06-01']),
      message(['a.csv', '--from', '2025-06-30', '--to', '2025-06-01']),
      message(['a.csv', '--map', 'hanxuly=F']),
    ]).toEqual([
      M.missingFile,
      M.tooManyFiles,
      M.badDate('--as-of', '30/06/2025'),
      M.badDate('--as-of', '2025-02-30'),
      M.badPeriod('week'),
      M.fromToTogether,
      M.fromAfterTo,
      M.badMap('hanxuly=F', 'code, procedure, field, unit, officer, applicant, channel, submitted, received, due, extendedDue, finished, returned, actualResult, status, period, remarks'),
    ]);
    expect(message(['a.csv', '--bogus'])).toMatch(/^Tham số không hợp lệ/);
  });
});

describe('resolvePeriod', () => {
  const asOf = d(2025, 6, 30);
  const fallback = defaultSettings(asOf).period;
  it('uses the calendar month, quarter or year holding 2025-06-30 for --period', () => {
    expect([
      resolvePeriod({ preset: 'month' }, asOf, fallback),
      resolvePeriod({ preset: 'quarter' }, asOf, fallback),
      resolvePeriod({ preset: 'month15' }, asOf, fallback),
    ]).toEqual([
      { preset: 'month', from: d(2025, 6, 1), to: d(2025, 6, 30) },
      { preset: 'quarter', from: d(2025, 4, 1), to: d(2025, 6, 30) },
      { preset: 'month15', from: d(2025, 5, 15), to: d(2025, 6, 14) },
    ]);
  });
  it('keeps the settings default without --period', () => {
    expect(resolvePeriod(null, asOf, fallback)).toBe(fallback);
  });
});
