/**
 * Benchmark of the Excel adapter against the fake Excel (not a test):
 * `npx tsx office-addin/bench/apply-plan.bench.ts [rows]` (default 100,000).
 * For "Kiểm tra hạn" and "Tạo phụ lục": wall time, core's share, the fake's own share
 * (applying requests in memory, not Excel's cost), syncs and the bytes of each request.
 */
import { performance } from 'node:perf_hooks';
import { checkSheet, dayFromYmd, defaultSettings, periodFromPreset, type Settings } from '../../core/index.js';
import { exportGrid } from '../../test/fakes/excel-export-grid.js';
import { FakeExcel, FakeWorkbook, type SyncRecord } from '../../test/fakes/excel-fake.js';
import { memoryDocumentStore } from '../src/excel-host.js';
import { runCheck, runReports } from '../src/excel-io.js';
import { createWorkbookStore } from '../src/workbook-store.js';

const rows = Number(process.argv[2] ?? 100_000);
// The whole of 2024 as of 14/8/2024: every generated dossier falls in the period (the largest tabs).
const asOf = dayFromYmd({ y: 2024, m: 8, d: 14 });
const settings: Settings = { ...defaultSettings(asOf), period: periodFromPreset('year', asOf) };
const mb = (bytes: number) => (bytes / 1_000_000).toFixed(2);
const ms = (x: number) => Math.round(x);

async function fresh(n: number) {
  const grid = exportGrid(n);
  const book = new FakeWorkbook(['Dữ liệu']);
  book.fill('Dữ liệu', grid);
  return { grid, book, excel: new FakeExcel(book), store: createWorkbookStore(memoryDocumentStore()) };
}

// Warm up the JIT on a small sheet so the timings below are steady-state.
{
  const w = await fresh(2_000);
  await runReports(w.excel, w.store, await runCheck(w.excel, w.store, settings), settings);
}
const { grid, excel, store } = await fresh(rows);
let t = performance.now();
checkSheet({ sheetName: 'Dữ liệu', cells: grid }, settings);
const coreCheckMs = performance.now() - t;

function report(name: string, wallMs: number, syncs: readonly SyncRecord[]) {
  const fakeMs = syncs.reduce((n, s) => n + s.ms, 0);
  const requests = syncs.map((s) => mb(s.requestBytes)).join(' + ');
  console.log(`${name}: ${ms(wallMs)} ms wall = fake Excel applying requests ${ms(fakeMs)} ms + core and adapter ${ms(wallMs - fakeMs)} ms`);
  console.log(`  ${syncs.length} syncs; request MB: ${requests} (largest ${mb(Math.max(...syncs.map((s) => s.requestBytes)))}); response MB: ${syncs.map((s) => mb(s.responseBytes)).join(' + ')}`);
  return { name, wallMs: ms(wallMs), fakeMs: ms(fakeMs), syncs: syncs.length, requestBytes: syncs.map((s) => s.requestBytes), responseBytes: syncs.map((s) => s.responseBytes) };
}

console.log(`Excel adapter against the fake, ${rows.toLocaleString('en')} rows × ${grid[2].length} columns (core checkSheet alone: ${ms(coreCheckMs)} ms)`);
t = performance.now();
const check = await runCheck(excel, store, settings);
const checkResult = report('Kiểm tra hạn', performance.now() - t, excel.syncs);
excel.resetCounters();
t = performance.now();
const tabs = await runReports(excel, store, check, settings);
const reportsResult = report('Tạo phụ lục', performance.now() - t, excel.syncs);
console.log(`  tabs: ${tabs.names.join(', ')}`);
console.log(JSON.stringify({ rows, coreCheckMs: ms(coreCheckMs), check: checkResult, reports: reportsResult }));
