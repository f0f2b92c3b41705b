/**
 * Opens the built shared pane in headless Chromium in either shell, each through its own
 * bridge: the Excel task pane (dist/taskpane.html) with office.js replaced by the fake
 * Office host, and the Sheets sidebar (apps-script/dist/sidebar.html) with
 * google.script.run wired to the built server bundle running on the Apps Script fake.
 * Both hold the same hand-checked sample (test/fixtures/golden-check.json).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { defaultSettings, parseIsoDay, serializeSettings, type InputCell } from '../../core/index.js';
import { fakeExcelBrowserScript } from '../fakes/excel-fake-bundle.js';
import { callEntry, ensureBundle, loadBundle, SIDEBAR_HTML } from '../fakes/gas-bundle.js';
import { gasFake, type GasFake } from '../fakes/gas-fake.js';
import { addSheet, golden } from '../fakes/gas-sample.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const DIST = join(ROOT, 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.xml': 'application/xml', '.map': 'application/json' };

export const haveChromium = existsSync(CHROMIUM);

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Builds the add-in when dist/taskpane.js is missing or older than its sources. */
export function ensureAddinBuilt(): void {
  const built = join(DIST, 'taskpane.js');
  const sources = Math.max(newest(join(ROOT, 'office-addin', 'src')), newest(join(ROOT, 'core')), newest(join(ROOT, 'pane')), newest(join(ROOT, 'readers')));
  if (!existsSync(join(DIST, 'taskpane.html')) || !existsSync(built) || statSync(built).mtimeMs < sources) {
    execFileSync('npm', ['run', 'build:addin'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
    // webpack leaves an unchanged output as it was: mark it as built now.
    const now = new Date();
    utimesSync(built, now, now);
  }
}

export function serveDist(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(DIST) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export interface Shell {
  kind: 'excel' | 'sheets';
  page: Page;
  /** Page errors and requests that tried to leave the machine. */
  errors: string[];
  outside: string[];
  /** The cell the host has selected after a problem link: [sheet, row, col]. */
  selected(): Promise<[string, number, number] | null>;
  /** The host's sheet names, in order. */
  sheetNames(): Promise<string[]>;
  /** The status the tool wrote for a data row. */
  statusAt(row: number): Promise<unknown>;
  /** The formula the host holds in a cell of the data sheet, or null. */
  formulaAt(row: number, col: number): Promise<string | null>;
}

const g = golden();
export const SAMPLE_SHEET = g.grid.sheetName;
const settings = defaultSettings(parseIsoDay(g.asOf)!);

/** A golden date text as the Excel serial Excel would hand the add-in. */
function excelValue(cell: InputCell): InputCell {
  if (typeof cell !== 'string') return cell;
  const m = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(cell);
  if (!m) return cell;
  const day = parseIsoDay(m[1])!;
  return m[2] === undefined ? day : day + (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4])) / 86400;
}

function watch(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
}

export interface OpenOptions {
  width: number;
  height: number;
  locale: string;
  /** Office theme handed to the Excel pane (Office.context.officeTheme). */
  theme?: Record<string, string>;
  /** Extra sheets in the workbook before the pane opens: [name, rows]. */
  extraSheets?: [string, InputCell[][]][];
  /** Highest ExcelApi set the fake Excel has (Office 2016: '1.1'). @default '1.9' */
  apiVersion?: string;
}

/** The Excel task pane over the fake Office host. */
export async function openExcel(browser: Browser, server: Server, o: OpenOptions): Promise<Shell> {
  const page = await browser.newPage({ viewport: { width: o.width, height: o.height }, locale: o.locale });
  const errors: string[] = [];
  const outside: string[] = [];
  watch(page, errors);
  const sample = { sheetName: SAMPLE_SHEET, rows: g.grid.cells.map((line) => line.map(excelValue)), settings: serializeSettings(settings), theme: o.theme, apiVersion: o.apiVersion };
  const extra = (o.extraSheets ?? []).map(([name, rows]) => `globalThis.__dunghan.book.addSheet(${JSON.stringify(name)}); globalThis.__dunghan.book.fill(${JSON.stringify(name)}, ${JSON.stringify(rows)});`).join('\n');
  const host = `globalThis.__dunghanSample = ${JSON.stringify(sample)};\n${fakeExcelBrowserScript()}${readFileSync(join(ROOT, 'test', 'fakes', 'office-host.js'), 'utf8')}\n${extra}`;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: host });
    if (url.startsWith(base)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${base}taskpane.html`);
  const book = <T>(fn: string) => page.evaluate(`(() => { const book = globalThis.__dunghan.book; ${fn} })()`) as Promise<T>;
  return {
    kind: 'excel',
    page,
    errors,
    outside,
    selected: () => book<[string, number, number] | null>('return book.selection ? [book.activeSheet, book.selection.row, book.selection.col] : null;'),
    sheetNames: () => book<string[]>('return book.sheets.map((s) => s.name);'),
    statusAt: (row) => book<unknown>(`return book.getSheet(${JSON.stringify(SAMPLE_SHEET)}).value(${row}, 14);`),
    formulaAt: (row, col) => book<string | null>(`return book.getSheet(${JSON.stringify(SAMPLE_SHEET)}).formulas.get(${row} * 16384 + ${col - 1}) || null;`),
  };
}

/** google.script.run in the page: every call goes to window.__gasCall (the node side). */
const GOOGLE_SCRIPT_RUN = `(() => {
  function runner(ok, fail) {
    return new Proxy({}, { get(_, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      return (...args) => { window.__gasCall(String(name), JSON.stringify(args)).then((t) => ok && ok(JSON.parse(t)), (e) => fail && fail(e)); };
    } });
  }
  window.google = { script: { run: runner(null, null) } };
})();`;

export function sheetsFake(): { fake: GasFake; context: ReturnType<typeof loadBundle> } {
  ensureBundle();
  const fake = gasFake({ spreadsheetTimeZone: 'Asia/Ho_Chi_Minh' });
  addSheet(fake, SAMPLE_SHEET, g.grid.cells, 'Asia/Ho_Chi_Minh');
  const context = loadBundle(fake);
  callEntry(context, 'rpcSaveSettings', { settings });
  return { fake, context };
}

/** The Sheets sidebar, its server calls answered by the built Code.js on the Apps Script fake. */
export async function openSheets(browser: Browser, o: OpenOptions, made = sheetsFake(), extraHtml = ''): Promise<Shell & { fake: GasFake }> {
  const { fake, context } = made;
  const page = await browser.newPage({ viewport: { width: o.width, height: o.height }, locale: o.locale });
  const errors: string[] = [];
  const outside: string[] = [];
  watch(page, errors);
  await page.route('**/*', (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  await page.exposeFunction('__gasCall', (name: string, args: string) => JSON.stringify(callEntry(context, name, ...(JSON.parse(args) as unknown[]))));
  // Apps Script serves the file inside its own page, where google.script.run already exists.
  const html = readFileSync(SIDEBAR_HTML, 'utf8').replace('<head>', `<head><script>${GOOGLE_SCRIPT_RUN}</script>`);
  await page.setContent(html + extraHtml);
  return {
    kind: 'sheets',
    fake,
    page,
    errors,
    outside,
    selected: async () => {
      const active = fake.ss.active;
      return active && active.activeCell ? [active.name, active.activeCell.row, active.activeCell.col] : null;
    },
    sheetNames: async () => fake.ss.sheets.map((s) => s.name),
    statusAt: async (row) => fake.ss.peekSheet(SAMPLE_SHEET).peekValue(row, 14),
    formulaAt: async (row, col) => {
      const v = fake.ss.peekSheet(SAMPLE_SHEET).peekValue(row, col) as { formula?: string } | undefined;
      return v && typeof v === 'object' && typeof v.formula === 'string' ? v.formula : null;
    },
  };
}
