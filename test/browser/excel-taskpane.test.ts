/**
 * The built task pane (dist/taskpane.html) in headless Chromium, with office.js replaced
 * by a fake Office/Excel host (test/fakes/office-host.js) holding a small export. Clicks
 * "Kiểm tra hạn" and "Tạo phụ lục" and checks what the fake workbook received.
 * Needs /usr/bin/chromium (apt-get install -y chromium); skipped without it, except in CI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeExcelBrowserScript } from '../fakes/excel-fake-bundle.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium && process.env.CI === 'true') {
  throw new Error(`test/browser: ${CHROMIUM} is missing in CI. Install it with: apt-get install -y chromium`);
}
if (!haveChromium) {
  console.warn(`test/browser/excel-taskpane: skipped, ${CHROMIUM} not found. Install it with: apt-get install -y chromium`);
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.xml': 'application/xml', '.map': 'application/json' };

/** Newest modification time under a folder (sources of the build). */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
    const path = join(dir, entry.name);
    return Math.max(max, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Builds the add-in when dist/taskpane.html is missing or older than its sources. */
function ensureBuilt(): void {
  const built = join(DIST, 'taskpane.js');
  const stale = !existsSync(join(DIST, 'taskpane.html')) || !existsSync(built) || statSync(built).mtimeMs < Math.max(newest(join(ROOT, 'office-addin', 'src')), newest(join(ROOT, 'core')));
  if (stale) execFileSync('npm', ['run', 'build:addin'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
}

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!haveChromium)('task pane in headless Chromium', () => {
  let server: Server;
  let browser: import('playwright-core').Browser;

  beforeAll(async () => {
    ensureBuilt();
    server = await serve(DIST);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('checks the sheet, colors it, creates the report tabs, and loads nothing from the network but office.js', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 1400 }, locale: 'vi-VN' });
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const host = fakeExcelBrowserScript() + readFileSync(join(ROOT, 'test', 'fakes', 'office-host.js'), 'utf8');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: host });
      if (url.startsWith(base)) return route.continue();
      outside.push(url);
      return route.abort();
    });

    await page.goto(`${base}taskpane.html`);
    await expect.poll(() => page.locator('#data-body select').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    expect(await page.locator('#check').textContent()).toBe('Kiểm tra hạn');
    expect(await page.locator('#as-of').inputValue()).toBe('2024-06-14');
    // The comparison rule is a setting with its legal source (date-time by default).
    expect(await page.locator('input[name="compareBy"]').count()).toBe(2);
    expect(await page.locator('#settings-body').textContent()).toContain('24 giờ của ngày cuối cùng (BLDS 2015 Điều 148 khoản 6)');

    await page.locator('#check').click();
    await page.locator('#counts').waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => !document.body.classList.contains('busy'));
    const tool = await page.evaluate(() => {
      const sheet = (globalThis as any).__dunghan.book.getSheet('Dữ liệu');
      // The export ends in column J: the tool writes K (status), L (due), M (days late).
      return [3, 4, 5, 6, 7, 8, 9, 10].map((row) => [sheet.value(row, 11), sheet.value(row, 13) ?? null]);
    });
    expect(tool).toEqual([
      ['Tình trạng (Đúng Hạn)', 'Số ngày trễ (Đúng Hạn)'],
      ['Quá hạn (đang giải quyết)', 5],
      ['Trước hạn', null],
      ['Trễ hạn', 2],
      // Late on the system by the finish date (10, 11/6), on time by the actual result date.
      ['Trễ trên hệ thống (thực tế đúng hạn)', 2],
      ['Sắp đến hạn', null],
      ['Trong hạn', null],
      ['Thiếu hoặc sai dữ liệu', null],
    ]);
    const colored = await page.evaluate(() =>
      (globalThis as any).__dunghan.book.getSheet('Dữ liệu').conditionalFormats.map((cf: any) => [cf.formula, cf.fill]),
    );
    expect(colored).toContainEqual(['=$K4="Quá hạn (đang giải quyết)"', '#FFC7CE']);
    expect(await page.locator('#counts li').count()).toBe(7);

    // The missing due date is a problem; clicking it selects G10 on the data sheet.
    await page.locator('#problems li.error button.link').first().click();
    await page.waitForFunction(() => !document.body.classList.contains('busy'));
    const selected = await page.evaluate(() => {
      const book = (globalThis as any).__dunghan.book;
      return [book.activeSheet, book.selection];
    });
    expect(selected).toEqual(['Dữ liệu', { row: 10, col: 7, rows: 1, cols: 1 }]);

    await page.locator('#reports').click();
    await page.locator('#status .ok').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.body.classList.contains('busy'));
    const tabs = await page.evaluate(() => (globalThis as any).__dunghan.book.sheets.map((s: any) => s.name));
    expect(tabs).toEqual(['Dữ liệu', 'Biểu 06a', 'Phụ lục I', 'Phụ lục II', 'Trễ trên hệ thống', 'Cán bộ', 'Chỉ số 766', 'Sắp đến hạn', 'Kiểm tra hạn trên hệ thống']);
    expect(await page.locator('#status .ok').textContent()).toContain('Biểu 06a');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'excel-taskpane.png'), fullPage: true });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
