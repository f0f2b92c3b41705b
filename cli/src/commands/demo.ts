import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkSheet,
  COUNT_KEYS,
  defaultSettings,
  findLateOnSystemSheet,
  formatCount,
  formatIsoDay,
  formatShortDate,
  parseIsoDay,
  periodLabel,
  REPORT_LABELS,
  STATUS_LABELS,
  STATUS_ORDER,
  tally06a,
  type Counts06a,
  type Day,
} from '../../../core/index.js';
import { loadInput } from '../files/load-input.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { UsageError } from '../usage-error.js';
import { writeCheckWorkbook } from '../workbook/write-check.js';
import { runMerge } from './merge.js';

const M = CLI_MESSAGES.demo;
/** The bundled samples, the commune workbook first (samples/README.md). */
const SAMPLES = ['xa-dan-tu-excel.xlsx', 'opencps-ho-so.csv', 'thanh-hoa-ho-so.xls'];
/** Used only if samples/expected.json cannot be read. */
const FALLBACK_AS_OF = '2025-06-30';

/** The Vietnamese name of each 06a number column, (3)–(13). */
export function columnNames06a(): Record<keyof Counts06a, string> {
  const L = REPORT_LABELS.form06a;
  return {
    received: `${L.received} — ${L.totalCol}`,
    online: `${L.received} — ${L.online}`,
    directOrPostal: `${L.received} — ${L.directOrPostal}`,
    carriedOver: `${L.received} — ${L.carriedOver}`,
    resolved: `${L.resolved} — ${L.totalCol}`,
    early: `${L.resolved} — ${L.early}`,
    onTime: `${L.resolved} — ${L.onTime}`,
    late: `${L.resolved} — ${L.late}`,
    inProgress: `${L.inProgress} — ${L.totalCol}`,
    withinDeadline: `${L.inProgress} — ${L.withinDeadline}`,
    overdue: `${L.inProgress} — ${L.overdue}`,
  };
}

/**
 * `dunghan demo` (what `npm start` runs): checks the bundled commune workbook as of the
 * samples' report date, writes out/ket-qua.xlsx, prints the counts and the 06a total row,
 * then merges the three samples as three units into out/tong-hop.xlsx and prints the ranking.
 * @example await runDemo([]) // => 0, writing out/ket-qua.xlsx and out/tong-hop.xlsx
 */
export async function runDemo(_args: string[], stdout: (text: string) => void = (t) => console.log(t)): Promise<number> {
  const root = findRoot();
  const samples = SAMPLES.map((name) => join(root, 'samples', name)).filter((path) => existsSync(path));
  if (samples.length === 0) throw new UsageError(M.noSample);
  const asOf = await samplesAsOf(root);
  const outDir = join(root, 'out');
  await mkdir(outDir, { recursive: true });
  const show = (path: string) => relative(process.cwd(), path) || path;

  const first = samples[0];
  stdout(M.title(show(first), formatShortDate(asOf)));
  const input = await loadInput(first);
  const settings = defaultSettings(asOf);
  const grid = input.sheets.find((s) => checkSheet(s, settings).read.headerRows.length > 0) ?? input.sheets[0];
  const result = checkSheet(grid, settings, { lateOnSystem: findLateOnSystemSheet(input.sheets) });
  const outCheck = join(outDir, 'ket-qua.xlsx');
  await writeCheckWorkbook(input, grid.sheetName, result, settings, outCheck);
  stdout(M.checkWritten(show(outCheck)));

  stdout(M.countsTitle(formatCount(result.dossiers.length)));
  for (const status of STATUS_ORDER) stdout(CLI_MESSAGES.check.countLine(STATUS_LABELS[status], formatCount(result.counts[status])));
  const totals = tally06a(result.dossiers, { period: settings.period, asOf, rules: settings.rules }).counts;
  stdout(M.totalsTitle(periodLabel(settings.period)));
  const names = columnNames06a();
  COUNT_KEYS.forEach((key, i) => stdout(M.totalLine(`(${i + 3})`, names[key], formatCount(totals[key]))));

  stdout('');
  stdout(M.mergeTitle(String(samples.length)));
  const outMerge = join(outDir, 'tong-hop.xlsx');
  const code = await runMerge([...samples, '--out', outMerge, '--as-of', formatIsoDay(asOf)], stdout);
  if (code !== 0) return code;
  stdout(M.done);
  return 0;
}

/** The package root: the nearest folder above this file holding package.json and samples/. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'samples'))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

/** The report date the samples were built for (samples/expected.json "asOf"). */
async function samplesAsOf(root: string): Promise<Day> {
  try {
    const expected = JSON.parse(await readFile(join(root, 'samples', 'expected.json'), 'utf8')) as { asOf?: unknown };
    const day = typeof expected.asOf === 'string' ? parseIsoDay(expected.asOf) : null;
    if (day !== null) return day;
  } catch {
    // fall through to the documented date
  }
  return parseIsoDay(FALLBACK_AS_OF) as Day;
}
