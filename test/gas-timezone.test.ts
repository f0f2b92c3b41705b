/**
 * Dates reach core as the wall time the spreadsheet shows, whatever zone the script (or
 * this test process) runs in: the golden sample gives the same hand-checked statuses for
 * a spreadsheet in Hà Nội, UTC or New York, with the script in another zone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, parseIsoDay, STATUS_LABELS } from '../core/index.js';
import { dateTextFormatter, gridFromValues } from '../apps-script/src/to-grid.js';
import { callEntry, ensureBundle, loadBundle } from './fakes/gas-bundle.js';
import { formatDate, gasFake, zonedInstant } from './fakes/gas-fake.js';
import { addSheet, golden } from './fakes/gas-sample.js';

type Rpc<T> = { ok: true; value: T } | { ok: false; error: { message: string; detail: string } };
const g = golden();
const settings = defaultSettings(parseIsoDay(g.asOf)!);

beforeAll(() => ensureBundle(), 240_000);

/** Status column after "Kiểm tra hạn" on the golden sample: Dates built in `dataZone`, the spreadsheet in `sheetZone`. */
function statuses(sheetZone: string, scriptZone: string, dataZone = sheetZone): unknown[] {
  const fake = gasFake({ spreadsheetTimeZone: sheetZone, scriptTimeZone: scriptZone });
  const sheet = addSheet(fake, g.grid.sheetName, g.grid.cells, dataZone);
  const out = callEntry<Rpc<unknown>>(loadBundle(fake), 'rpcStartCheck', { settings });
  if (!out.ok) throw new Error(out.error.detail);
  return g.expected.rows.map(({ row }) => sheet.peekValue(row, 14));
}

const expected = g.expected.rows.map((r) => STATUS_LABELS[r.status]);

describe('time zones', () => {
  it('a cell showing 25/01/2025 08:30 in Hà Nội is the instant 2025-01-25T01:30Z and reaches core as "2025-01-25 08:30:00"', () => {
    const instant = zonedInstant({ y: 2025, m: 1, d: 25, h: 8, mi: 30 }, 'Asia/Ho_Chi_Minh');
    const grid = gridFromValues('x', [[instant]], dateTextFormatter({ formatDate }, 'Asia/Ho_Chi_Minh'));
    expect({ iso: instant.toISOString(), cell: grid.cells[0][0] }).toEqual({ iso: '2025-01-25T01:30:00.000Z', cell: '2025-01-25 08:30:00' });
  });

  it.each([
    ['Asia/Ho_Chi_Minh', 'UTC'],
    ['UTC', 'Asia/Ho_Chi_Minh'],
    ['America/New_York', 'Asia/Ho_Chi_Minh'],
    ['Asia/Ho_Chi_Minh', 'America/New_York'],
  ])('spreadsheet in %s, script in %s: the hand-checked statuses', (sheetZone, scriptZone) => {
    expect(statuses(sheetZone, scriptZone)).toEqual(expected);
  });

  it('the same instants read in another zone are other wall times, and other statuses (the test can fail)', () => {
    // Dates made for Hà Nội, read by a spreadsheet set to New York: 11 hours earlier.
    expect(statuses('America/New_York', 'UTC', 'Asia/Ho_Chi_Minh')).not.toEqual(expected);
  });

  it('New York clock changes: wall times on both sides of 10/3/2024 and 03/11/2024', () => {
    const text = dateTextFormatter({ formatDate }, 'America/New_York');
    const at = (iso: string) => text(new Date(iso));
    expect([
      at('2024-03-10T06:59:59Z'),
      at('2024-03-10T07:00:00Z'),
      at('2024-03-10T12:00:00Z'),
      at('2024-11-03T05:30:00Z'),
      at('2024-11-03T06:30:00Z'),
      at('2024-11-03T05:00:00Z'),
      at('2024-11-04T05:00:00Z'),
    ]).toEqual([
      '2024-03-10 01:59:59',
      '2024-03-10 03:00:00',
      '2024-03-10 08:00:00',
      '2024-11-03 01:30:00',
      '2024-11-03 01:30:00',
      '2024-11-03 01:00:00',
      '2024-11-04',
    ]);
  });

  it('a time a hair before the second (08:29:59.999 from a serial fraction) reads as the second Sheets shows', () => {
    const text = dateTextFormatter({ formatDate }, 'Asia/Ho_Chi_Minh');
    expect(text(new Date(Date.UTC(2025, 0, 25, 1, 29, 59, 999)))).toBe('2025-01-25 08:30:00');
  });
});
