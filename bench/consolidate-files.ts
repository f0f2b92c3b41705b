/**
 * Tổng hợp from files, at a province's scale: 50 unit files of 2,000 dossiers each
 * (25 .xlsx, 25 .csv, each unit named in its unit column), consolidated
 *   1. by the CLI (`dunghan merge <folder>`, child process: wall time, peak RSS = VmHWM);
 *   2. by the Excel task pane in headless Chromium over the fake Office host, the files
 *      chosen in the browser's file picker: time from the choice to the list of files,
 *      the page's JS heap (CDP, sampled while it works, and after) and the renderer's peak RSS;
 *   3. what the Sheets sidebar would send: the tab plans cut into parts and blocks.
 * Run: npx tsx bench/consolidate-files.ts (part of `npm run bench`). Needs /usr/bin/chromium for 2.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { consolidate, defaultSettings, parseIsoDay, readExport, slicePlan, type Day, type InputCell } from '../core/index.js';
import { readInputFile } from '../readers/index.js';
import { sliceBlocks } from '../apps-script/src/sidebar/file-consolidate.js';
import { FILE_BLOCK_BYTES, FILE_SLICE_BYTES } from '../apps-script/src/rpc-files-types.js';
import { csvField, HEADINGS, rowCells, syntheticRows } from './synthetic.js';

const ROOT = join(import.meta.dirname, '..');
const UNITS = Number(process.env.BENCH_UNITS ?? 50);
const ROWS = Number(process.env.BENCH_UNIT_ROWS ?? 2000);
const AS_OF = '2024-06-14';

/** One unit's rows: its own name in the unit column, codes prefixed so no two units share one. */
function unitRows(unit: number): InputCell[][] {
  const cells: InputCell[][] = [HEADINGS];
  let i = 0;
  for (const row of syntheticRows(ROWS, 1000 + unit)) cells.push(rowCells({ ...row, unit: `UBND xã Số ${unit + 1}`, code: `X${unit + 1}-${row.code}` }, i++));
  return cells;
}

async function writeUnitFiles(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (let u = 0; u < UNITS; u++) {
    const cells = unitRows(u);
    if (u % 2 === 0) {
      const path = join(dir, `xa-${String(u + 1).padStart(2, '0')}.xlsx`);
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Danh sách hồ sơ').addRows(cells);
      await book.xlsx.writeFile(path);
      paths.push(path);
    } else {
      const path = join(dir, `xa-${String(u + 1).padStart(2, '0')}.csv`);
      await writeFile(path, `\uFEFF${cells.map((r) => r.map((v) => csvField(v as string | number | null)).join(',')).join('\r\n')}\r\n`);
      paths.push(path);
    }
  }
  return paths;
}

async function cliMerge(dir: string, out: string): Promise<{ seconds: number; peakMb: number; code: number }> {
  const peakFile = join(tmpdir(), `dunghan-merge-peak-${process.pid}.txt`);
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', join(ROOT, 'bench', 'report-peak.mjs'), join(ROOT, 'bin', 'dunghan.js'), 'merge', dir, '--out', out, '--as-of', AS_OF, '--json'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_PEAK_FILE: peakFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - start) / 1000;
  const peakMb = Number(await readFile(peakFile, 'utf8')) / 1024 / 1024;
  await rm(peakFile, { force: true });
  return { seconds, peakMb, code };
}

/** Peak RSS (VmHWM) of the browser's renderer processes, in MB: the largest. */
async function rendererPeakMb(): Promise<number> {
  let peak = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium') || !cmd.includes('--type=renderer')) continue;
      const m = /VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // gone meanwhile
    }
  }
  return peak;
}

async function excelPane(paths: string[]): Promise<{ seconds: number; heapPeakMb: number; heapAfterMb: number; rendererPeakMb: number; merged: number; tabs: string[] } | null> {
  const hosts = await import('../test/browser/pane-hosts.js');
  if (!hosts.haveChromium) return null;
  hosts.ensureAddinBuilt();
  const server = await hosts.serveDist();
  const browser = await hosts.launch();
  try {
    const shell = await hosts.openExcel(browser, server, { width: 350, height: 650, locale: 'vi-VN' });
    const { page } = shell;
    await page.locator('#check').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('.pane')?.getAttribute('aria-busy') === 'false');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    let heapPeak = 0;
    let sampling = true;
    const sample = async () => {
      while (sampling) {
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        heapPeak = Math.max(heapPeak, usedSize);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#consolidate-files').click()]);
    const start = performance.now();
    const sampler = sample();
    await chooser.setFiles(paths);
    await page.locator('#file-outcomes').waitFor({ timeout: 1_800_000 });
    await page.waitForFunction(() => document.querySelector('.pane')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 1_800_000 });
    const seconds = (performance.now() - start) / 1000;
    sampling = false;
    await sampler;
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const merged = await page.locator('#files-merged li').count();
    const tabs = await shell.sheetNames();
    const rss = await rendererPeakMb();
    if (shell.errors.length > 0 || shell.outside.length > 0) throw new Error(`pane: ${JSON.stringify({ errors: shell.errors, outside: shell.outside })}`);
    return { seconds, heapPeakMb: Math.max(heapPeak, usedSize) / 1024 / 1024, heapAfterMb: usedSize / 1024 / 1024, rendererPeakMb: rss, merged, tabs };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** What the Sheets sidebar would send for the same files: grids, plans, parts and blocks (JSON characters). */
async function sheetsPayload(paths: string[]) {
  const inputs = [];
  for (const path of paths) {
    const read = readInputFile(path, new Uint8Array(await readFile(path)));
    if (read.ok) inputs.push(...read.inputs);
  }
  const grids = inputs.reduce((n, i) => n + JSON.stringify(i.grid).length, 0);
  // Core's read records (what a server could classify and consolidate from instead of grids).
  const records = inputs.reduce((n, i) => n + JSON.stringify(readExport(i.grid, {}).dossiers).length, 0);
  const t = performance.now();
  const result = consolidate(inputs, defaultSettings(parseIsoDay(AS_OF) as Day));
  const consolidateMs = performance.now() - t;
  const plans = result.sheets.map((p) => ({ name: p.name, rows: p.cells.length, bytes: JSON.stringify(p).length }));
  const slices = result.sheets.flatMap((p) => slicePlan(p, FILE_SLICE_BYTES));
  const blocks = sliceBlocks(slices, FILE_BLOCK_BYTES).map((b) => JSON.stringify(b).length);
  return { grids, records, plans, parts: slices.length, blocks, consolidateMs };
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(2);

async function main(): Promise<void> {
  const dir = join(tmpdir(), `dunghan-bench-files-${process.pid}`);
  console.error(`Writing ${UNITS} unit files of ${ROWS} dossiers in ${dir} …`);
  const paths = await writeUnitFiles(join(dir, 'don-vi'));
  const bytes = (await Promise.all(paths.map((p) => readFile(p)))).reduce((n, b) => n + b.length, 0);
  console.error('dunghan merge …');
  const cli = await cliMerge(join(dir, 'don-vi'), join(dir, 'tong-hop.xlsx'));
  if (cli.code !== 0) throw new Error(`dunghan merge: exit ${cli.code}`);
  console.error('Excel pane in Chromium …');
  const pane = await excelPane(paths);
  console.error('Sheets payload …');
  const gas = await sheetsPayload(paths);

  console.log(`\nTổng hợp từ tệp: ${UNITS} unit files × ${ROWS} dossiers (${UNITS * ROWS} dossiers, ${mb(bytes)} MB of .xlsx/.csv). Node ${process.version}, ${cpus().length} CPU(s): ${cpus()[0]?.model ?? '?'}\n`);
  console.log('| run | time (s) | peak memory | notes |');
  console.log('|---|---:|---|---|');
  console.log(`| \`dunghan merge <folder>\` (child process, start-up included) | ${cli.seconds.toFixed(2)} | ${cli.peakMb.toFixed(0)} MB RSS (VmHWM) | writes tong-hop.xlsx |`);
  if (pane) {
    console.log(`| Excel task pane in headless Chromium, fake Office host (choice → list shown, tabs written) | ${pane.seconds.toFixed(2)} | JS heap ${pane.heapPeakMb.toFixed(0)} MB sampled peak (${pane.heapAfterMb.toFixed(0)} MB after); renderer ${pane.rendererPeakMb.toFixed(0)} MB RSS (VmHWM) | ${pane.merged} files merged, ${pane.tabs.length - 1} tabs |`);
  } else console.log('| Excel task pane in Chromium | — | — | /usr/bin/chromium not found |');
  console.log(`\nSheets sidebar payload for the same files (JSON characters): the parsed grids ${mb(gas.grids)} MB; core's read dossier records ${mb(gas.records)} MB; core's finished plans ${gas.plans.map((p) => `${p.name} ${p.rows} rows ${(p.bytes / 1024).toFixed(0)} KB`).join(', ')}; sent as ${gas.parts} parts in ${gas.blocks.length} calls, largest ${(Math.max(...gas.blocks) / 1024).toFixed(0)} KB (limit ${FILE_BLOCK_BYTES / 1000} KB). consolidate() itself: ${(gas.consolidateMs / 1000).toFixed(2)} s in Node.`);
  await rm(dir, { recursive: true, force: true });
}

await main();
