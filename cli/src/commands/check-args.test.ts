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
      message(['a.csv', '--as-of', 'June 30']),
      message(['a.csv', '--as-of', '2025-02-30']),
      message(['a.csv', '--period', 'week']),
      message(['a.csv', '--from', '2025-06-01']),
      message(['a.csv', '--from', '2025-06-30', '--to', '2025-06-01']),
      message(['a.csv', '--map', 'hanxuly=F']),
    ]).toEqual([
      M.missingFile,
      M.tooManyFiles,
      M.badDate('--as-of', 'June 30'),
      M.impossibleDate('--as-of', '2025-02-30'),
      M.badPeriod('week'),
      M.fromToTogether,
      M.fromAfterTo,
      M.badMap('hanxuly=F', 'code, procedure, field, unit, officer, applicant, channel, submitted, received, due, extendedDue, finished, returned, actualResult, status, period, remarks'),
    ]);
    expect(message(['a.csv', '--bogus'])).toMatch(/^Tham số không hợp lệ/);
  });
});

describe('dates, periods and --out as users type them', () => {
  const message = (args: string[]) => {
    try {
      parseCheckArgs(args);
      return 'no error';
    } catch (error) {
      return (error as Error).message;
    }
  };
  it('reads dd/mm/yyyy exactly as yyyy-mm-dd, never month-first', () => {
    expect(parseCheckArgs(['a.csv', '--as-of', '05/06/2025']).asOf).toBe(d(2025, 6, 5));
    expect(parseCheckArgs(['a.csv', '--as-of', '5/6/2025']).asOf).toBe(d(2025, 6, 5));
    expect(parseCheckArgs(['a.csv', '--from', '01/06/2025', '--to', '2025-06-30']).period).toEqual({ preset: 'custom', from: d(2025, 6, 1), to: d(2025, 6, 30) });
  });
  it('says an impossible date does not exist', () => {
    expect(message(['a.csv', '--as-of', '31/02/2025'])).toBe(M.impossibleDate('--as-of', '31/02/2025'));
    expect(message(['a.csv', '--to', '30/02/2025', '--from', '01/02/2025'])).toBe(M.impossibleDate('--to', '30/02/2025'));
    expect(M.impossibleDate('--as-of', '31/02/2025')).toContain('không có thật');
    expect(message(['a.csv', '--as-of', '06/31/2025'])).toBe(M.impossibleDate('--as-of', '06/31/2025'));
  });
  it('accepts the Vietnamese period words, with or without diacritics', () => {
    const preset = (word: string) => (parseCheckArgs(['a.csv', '--period', word]).period as { preset: string }).preset;
    expect(['thang', 'tháng', 'thang15', 'quy', 'quý', 'nam', 'năm', 'Quý', 'month'].map(preset)).toEqual(['month', 'month', 'month15', 'quarter', 'quarter', 'year', 'year', 'quarter', 'month']);
    expect(message(['a.csv', '--period', 'tuan'])).toBe(M.badPeriod('tuan'));
  });
  it('--out into a folder that does not exist: a Vietnamese message before any work', () => {
    expect(message(['a.csv', '--out', 'khong-co-thu-muc-nay/kq.xlsx'])).toBe(M.outFolderMissing('khong-co-thu-muc-nay/kq.xlsx', 'khong-co-thu-muc-nay'));
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

describe('dunghan <command> --help and exit codes', () => {
  it('prints only that command’s help', async () => {
    const { main } = await import('../dunghan.js');
    const { captureStdout } = await import('../../../test/fixtures/capture-stdout.js');
    const { vi } = await import('vitest');
    const out = captureStdout();
    expect(await main(['check', '--help'])).toBe(0);
    expect(out.text()).toContain('dunghan check <tệp>');
    expect(out.text()).not.toContain('dunghan merge');
    expect(await main(['calendar', '-h'])).toBe(0);
    expect(out.text()).toContain('dunghan calendar <năm>');
    vi.restoreAllMocks();
  });
  it('--out into a missing folder exits 2 with the message, not a stack trace', async () => {
    const { main } = await import('../dunghan.js');
    const { vi } = await import('vitest');
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
    expect(await main(['check', 'samples/opencps-ho-so.csv', '--out', 'khong-co/kq.xlsx'])).toBe(2);
    expect(errors).toEqual([M.outFolderMissing('khong-co/kq.xlsx', 'khong-co')]);
    vi.restoreAllMocks();
  });
});

describe('warnings show dates, never raw serials', () => {
  it('a serial in a date column is dd/mm/yyyy (HH:mm)', async () => {
    const { shownValue } = await import('./check-output.js');
    expect(shownValue('45366.5', true)).toBe('15/03/2024 12:00');
    expect(shownValue('45366', true)).toBe('15/03/2024');
    expect(shownValue('45366', false)).toBe('45366');
    expect(shownValue('31/02/2025', true)).toBe('31/02/2025');
  });
});
