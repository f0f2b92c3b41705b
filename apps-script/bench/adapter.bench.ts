/**
 * Benchmark of the Google Sheets add-on: the BUILT bundle (apps-script/dist/Code.js) runs
 * "Kiểm tra hạn" against the Apps Script fake on 10,000–100,000 rows (the golden sample
 * repeated, dates as Date objects in Hà Nội time). It measures rows per second of core +
 * adapter on this machine, counts the service calls and cells moved, and estimates how
 * many rows one 6-minute Apps Script run can take.
 *
 * The estimate is a model, not a measurement (no Google account here):
 *   time = CPU_FACTOR × (measured core + adapter CPU)
 *        + MS_PER_CALL × service calls
 *        + READ_MS_PER_CELL × cells read + WRITE_MS_PER_CELL × cells written
 * Assumptions (change them when real execution logs are at hand: the sidebar's step
 * timings give readMs / checkMs / writeMs per call):
 *   CPU_FACTOR 3: Apps Script's V8 shares machines and is slower than a desktop node.
 *   MS_PER_CALL 50: a round trip to the Spreadsheet service.
 *   READ_MS_PER_CELL 0.02, WRITE_MS_PER_CELL 0.1: published community figures range from
 *   ~0.0125 ms/cell (one 4,000-cell setValues in under 50 ms) to ~0.3 ms/cell (10,000
 *   cells by the REST API in ~3 s); reads are taken as 5× cheaper than writes.
 *
 * Run: npx tsx apps-script/bench/adapter.bench.ts   (npm run bench, when wired)
 */
import { defaultSettings, parseIsoDay } from '../../core/index.js';
import { callEntry, loadBundle } from '../../test/fakes/gas-bundle.js';
import { gasFake } from '../../test/fakes/gas-fake.js';
import { addSheet, golden, tiledCells } from '../../test/fakes/gas-sample.js';

export const MODEL = {
  CPU_FACTOR: 3,
  MS_PER_CALL: 50,
  READ_MS_PER_CELL: 0.02,
  WRITE_MS_PER_CELL: 0.1,
  RUN_LIMIT_MS: 360_000,
} as const;

export interface AdapterBenchRow {
  rows: number;
  wallMs: number;
  rowsPerSecond: number;
  readMs: number;
  checkMs: number;
  writeMs: number;
  serviceCalls: number;
  cellsRead: number;
  cellsWritten: number;
  modeledSheetsMs: number;
}

/** One "Kiểm tra hạn" of `rows` rows, in one step. */
export function benchRows(rows: number): AdapterBenchRow {
  const tz = 'Asia/Ho_Chi_Minh';
  const g = golden();
  const fake = gasFake({ spreadsheetTimeZone: tz });
  const cells = tiledCells(rows);
  addSheet(fake, 'Hồ sơ', cells, tz);
  const context = loadBundle(fake);
  const settings = defaultSettings(parseIsoDay(g.asOf)!);
  fake.log.reset();
  const t0 = performance.now();
  const out = callEntry<{ ok: boolean; value: { done: boolean; timings: { readMs: number; checkMs: number; writeMs: number } } }>(
    context,
    'rpcStartCheck',
    { settings, chunkRows: rows },
  );
  const wallMs = performance.now() - t0;
  if (!out.ok || !out.value.done) throw new Error('bench: the run did not finish in one step');
  const calls = fake.log.calls.filter((c) => !c.startsWith('Utilities.')).length;
  const cellsRead = cells.length * cells[0].length;
  const cellsWritten = rows * 3 * 2; // values + number formats of the tool's three columns
  const modeledSheetsMs =
    MODEL.CPU_FACTOR * wallMs + MODEL.MS_PER_CALL * calls + MODEL.READ_MS_PER_CELL * cellsRead + MODEL.WRITE_MS_PER_CELL * cellsWritten;
  return {
    rows,
    wallMs: Math.round(wallMs),
    rowsPerSecond: Math.round((rows / wallMs) * 1000),
    ...out.value.timings,
    serviceCalls: calls,
    cellsRead,
    cellsWritten,
    modeledSheetsMs: Math.round(modeledSheetsMs),
  };
}

/**
 * Rows that fit in one 6-minute run by the model, from the per-row cost of the largest
 * measurement; and, with resumable steps, rows whose re-read + re-check alone fill the
 * 240 s step budget (each step re-reads the sheet).
 */
export function rowLimits(sample: AdapterBenchRow, columns: number): { oneRun: number; chunked: number; perRowMs: number } {
  const fixedMs = MODEL.MS_PER_CALL * sample.serviceCalls;
  const perRowMs = (sample.modeledSheetsMs - fixedMs) / sample.rows;
  const rereadPerRowMs = MODEL.CPU_FACTOR * ((sample.readMs + sample.checkMs) / sample.rows) + MODEL.READ_MS_PER_CELL * columns;
  return {
    oneRun: Math.floor((MODEL.RUN_LIMIT_MS - fixedMs) / perRowMs),
    chunked: Math.floor((240_000 - fixedMs) / rereadPerRowMs),
    perRowMs: Math.round(perRowMs * 1000) / 1000,
  };
}

export function runAdapterBench(sizes: readonly number[] = [10_000, 50_000, 100_000]): void {
  const results = sizes.map(benchRows);
  console.table(results);
  const largest = results[results.length - 1];
  const limits = rowLimits(largest, tiledCells(1)[0].length);
  console.log(
    `Model (${JSON.stringify(MODEL)}): ${limits.perRowMs} ms per row in Sheets → about ${limits.oneRun.toLocaleString('en')} rows in one 6-minute run; ` +
      `with resumable steps, up to about ${limits.chunked.toLocaleString('en')} rows (re-read + re-check per step). ` +
      `Sheets itself stops at 10 million cells per spreadsheet.`,
  );
}

if (process.argv[1] && /adapter\.bench\.ts$/.test(process.argv[1])) runAdapterBench();
