/**
 * The add-on's service calls do not grow with the sheet: "Kiểm tra hạn" and "Tạo phụ lục"
 * on 10 rows and on 50,000 rows (the golden rows repeated, so both have the same
 * statuses, units and dates) make exactly the same calls, and the 50,000-row result is
 * core's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSheet, defaultSettings, parseIsoDay } from '../core/index.js';
import { callEntry, ensureBundle, loadBundle } from './fakes/gas-bundle.js';
import { gasFake } from './fakes/gas-fake.js';
import { addSheet, golden, tiledCells } from './fakes/gas-sample.js';

type Rpc<T> = { ok: true; value: T } | { ok: false; error: { message: string; detail: string } };
const TZ = 'Asia/Ho_Chi_Minh';
const settings = defaultSettings(parseIsoDay(golden().asOf)!);

beforeAll(() => ensureBundle(), 240_000);

function callsFor(rows: number, entry: 'rpcStartCheck' | 'rpcMakeReports') {
  const fake = gasFake({ spreadsheetTimeZone: TZ });
  const cells = tiledCells(rows);
  const sheet = addSheet(fake, 'Hồ sơ', cells, TZ);
  const context = loadBundle(fake);
  fake.log.reset();
  const out = callEntry<Rpc<{ done?: boolean }>>(context, entry, { settings });
  if (!out.ok) throw new Error(`${out.error.message} ${out.error.detail}`);
  return { calls: fake.log.byMethod(), out: out.value, sheet, cells, fake };
}

describe('service calls per run', () => {
  it('Kiểm tra hạn: 10 rows and 50,000 rows make the same calls, in one step', () => {
    const small = callsFor(10, 'rpcStartCheck');
    const big = callsFor(50_000, 'rpcStartCheck');
    expect(big.out.done).toBe(true);
    expect(big.calls).toEqual(small.calls);
  });

  it('each resumed step makes the same calls: blocks of 10 rows of 30, blocks of 20,000 rows of 50,000', () => {
    const stepCalls = (rows: number, chunkRows: number) => {
      const fake = gasFake({ spreadsheetTimeZone: TZ });
      addSheet(fake, 'Hồ sơ', tiledCells(rows), TZ);
      const context = loadBundle(fake);
      let out = callEntry<Rpc<{ done: boolean; token: string | null }>>(context, 'rpcStartCheck', { settings, chunkRows });
      const steps: Record<string, number>[] = [];
      while (out.ok && !out.value.done) {
        fake.log.reset();
        out = callEntry<Rpc<{ done: boolean; token: string | null }>>(context, 'rpcContinueCheck', out.value.token);
        steps.push(fake.log.byMethod());
      }
      return steps;
    };
    const small = stepCalls(30, 10);
    const big = stepCalls(50_000, 20_000);
    expect(big).toEqual(small);
    expect(big.length).toBe(2);
  });

  it("Kiểm tra hạn on 50,000 rows writes core's values for every row", () => {
    const big = callsFor(50_000, 'rpcStartCheck');
    const plan = checkSheet({ sheetName: 'Hồ sơ', cells: big.cells }, settings).plan!;
    let mismatches = 0;
    for (let i = 0; i < plan.values.length; i++) {
      for (let j = 0; j < 3; j++) {
        const written = big.sheet.peekValue(plan.headerRow + 1 + i, plan.firstCol + j) ?? null;
        const expected = plan.values[i][j];
        if (typeof expected === 'number' ? Math.abs((written as number) - expected) > 1e-9 : written !== expected) mismatches++;
      }
    }
    expect({ rows: plan.values.length, mismatches }).toEqual({ rows: 50_000, mismatches: 0 });
  });

  it('Tạo phụ lục: 10 rows and 50,000 rows make the same calls, but for growing long list tabs past 1,000 rows', () => {
    const small = callsFor(10, 'rpcMakeReports');
    const big = callsFor(50_000, 'rpcMakeReports');
    const tabs = small.calls['Spreadsheet.insertSheet'];
    const { 'Sheet.insertRowsAfter': grown = 0, ...rest } = big.calls;
    // A new tab has 1,000 rows: a list tab with more gets one insertRowsAfter, whatever its length.
    expect(rest).toEqual(small.calls);
    expect(grown).toBeLessThanOrEqual(tabs);
  });
});
