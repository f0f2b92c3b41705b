/**
 * `npm run bench`: builds seeded synthetic exports and measures rows per second, wall
 * time and peak resident memory of each stage in its own child process, then prints a
 * markdown table. Peak memory is the child's VmHWM (Linux), reported by report-peak.mjs.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeSyntheticCsv, writeSyntheticXlsx } from './write-synthetic.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PEAK_HOOK = join(ROOT, 'bench', 'report-peak.mjs');
const STAGE = fileURLToPath(new URL('./stage.js', import.meta.url));
const SEED = 20240614;

interface Measure {
  what: string;
  rows: number;
  wallMs: number;
  /** Time the stage itself reported (without the child's start-up), when it did. */
  stageMs: number | null;
  peakMb: number;
  target: string;
  ok: boolean | null;
}

async function runChild(args: string[], peakFile: string): Promise<{ stdout: string; wallMs: number; peakMb: number; code: number }> {
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', PEAK_HOOK, ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_PEAK_FILE: peakFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const wallMs = performance.now() - start;
  const peakMb = Number(await readFile(peakFile, 'utf8')) / 1024 / 1024;
  return { stdout, wallMs, peakMb, code };
}

async function stage(what: string, args: string[], dir: string, target: string, check: (m: Measure) => boolean | null): Promise<Measure> {
  const out = await runChild([STAGE, ...args, String(SEED)], join(dir, 'peak.txt'));
  if (out.code !== 0) throw new Error(`${what}: exit ${out.code}`);
  const { rows, ms } = JSON.parse(out.stdout.trim().split('\n').pop() ?? '{}') as { rows: number; ms: number };
  const m: Measure = { what, rows, wallMs: out.wallMs, stageMs: ms, peakMb: out.peakMb, target, ok: null };
  m.ok = check(m);
  return m;
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), `dunghan-bench-${process.pid}`);
  await mkdir(dir, { recursive: true });
  const rows = 100_000;
  const xlsx = join(dir, 'export-100k.xlsx');
  const csv = join(dir, 'export-100k.csv');
  console.error(`Generating ${fmt(rows)}-row exports in ${dir} …`);
  await writeSyntheticXlsx(xlsx, rows, SEED);
  await writeSyntheticCsv(csv, rows, SEED);

  const measures: Measure[] = [];
  const rate = (m: Measure) => m.rows / ((m.stageMs ?? m.wallMs) / 1000);
  console.error('classify 1,000,000 …');
  measures.push(await stage('classify 1,000,000 dossiers (core)', ['classify', '1000000'], dir, '≥ 1,000,000/s', (m) => rate(m) >= 1_000_000));
  console.error('checkSheet 100,000 …');
  measures.push(await stage('checkSheet 100,000 rows (core: read + classify + plan)', ['check-core', String(rows)], dir, '—', () => null));
  measures.push(await stage('checkSheet 100,000 rows, warm (second run in the process)', ['check-core-warm', String(rows)], dir, '—', () => null));
  console.error('read xlsx …');
  measures.push(await stage('read 100,000-row .xlsx (loadInput + readExport)', ['read', xlsx], dir, '—', () => null));
  console.error('read csv …');
  measures.push(await stage('read 100,000-row .csv (loadInput + readExport)', ['read', csv], dir, '—', () => null));

  console.error('check --out …');
  const outXlsx = join(dir, 'ket-qua.xlsx');
  const cli = await runChild(
    [join(ROOT, 'bin', 'dunghan.js'), 'check', xlsx, '--as-of', '2024-06-14', '--out', outXlsx],
    join(dir, 'peak.txt'),
  );
  if (cli.code !== 0) throw new Error(`check --out: exit ${cli.code}`);
  const checkOut: Measure = {
    what: '`dunghan check 100k.xlsx --out` (whole CLI, child process)',
    rows,
    wallMs: cli.wallMs,
    stageMs: null,
    peakMb: cli.peakMb,
    target: '≤ 10 s, ≤ 1 GB',
    ok: cli.wallMs <= 10_000 && cli.peakMb <= 1024,
  };
  measures.push(checkOut);

  console.log(`\nNode ${process.version}, ${cpus().length} CPU(s): ${cpus()[0]?.model ?? '?'}\n`);
  console.log('| stage | rows | time (s) | rows/s | peak RSS (MB) | target | met |');
  console.log('|---|---:|---:|---:|---:|---|---|');
  for (const m of measures) {
    const ms = m.stageMs ?? m.wallMs;
    const met = m.ok === null ? '' : m.ok ? 'yes' : '**no**';
    console.log(`| ${m.what} | ${fmt(m.rows)} | ${fmt(ms / 1000, 2)} | ${fmt(m.rows / (ms / 1000))} | ${fmt(m.peakMb)} | ${m.target} | ${met} |`);
  }
  console.log('\nTime is the stage\'s own time inside its process (inputs generated beforehand, not timed), except for the CLI row: wall time of the child process, start-up included.');
  await rm(dir, { recursive: true, force: true });
}

await main();
