/**
 * The built sidebar (apps-script/dist/sidebar.html) in headless Chromium, its
 * google.script.run wired to the built server bundle running in node with the Apps
 * Script fake: the whole add-on end to end, without Google. Needs /usr/bin/chromium;
 * skipped without it (except in CI). Screenshot: test/artifacts/gas-sidebar.png.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, parseIsoDay, SETTINGS_LABELS, STATUS_LABELS } from '../core/index.js';
import { callEntry, ensureBundle, loadBundle, SIDEBAR_HTML, type BundleContext } from './fakes/gas-bundle.js';
import { gasFake, type GasFake } from './fakes/gas-fake.js';
import { addSheet, golden } from './fakes/gas-sample.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === 'true') throw new Error(`test/gas-sidebar: ${CHROMIUM} is missing in CI`);

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

const g = golden();
const settings = defaultSettings(parseIsoDay(g.asOf)!);

describe.skipIf(!haveChromium)('sidebar in headless Chromium', () => {
  let browser: import('playwright-core').Browser;

  beforeAll(async () => {
    ensureBundle();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(_fake: GasFake, context: BundleContext, extra = '') {
    const page = await browser.newPage({ viewport: { width: 300, height: 1600 }, locale: 'vi-VN' });
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    await page.exposeFunction('__gasCall', (name: string, args: string) => JSON.stringify(callEntry(context, name, ...(JSON.parse(args) as unknown[]))));
    // Apps Script serves the file inside its own page, where google.script.run already exists.
    const html = readFileSync(SIDEBAR_HTML, 'utf8').replace('<head>', `<head><script>${GOOGLE_SCRIPT_RUN}</script>`);
    await page.setContent(html + extra);
    return { page, errors, outside };
  }

  function setup() {
    const fake = gasFake({ spreadsheetTimeZone: 'Asia/Ho_Chi_Minh' });
    addSheet(fake, g.grid.sheetName, g.grid.cells, 'Asia/Ho_Chi_Minh');
    const context = loadBundle(fake);
    callEntry(context, 'rpcSaveSettings', { settings });
    return { fake, context };
  }

  it('shows the columns found, checks the sheet, lists the results and goes to a problem cell', async () => {
    const { fake, context } = setup();
    const { page, errors, outside } = await open(fake, context);
    await page.getByText('Dòng tiêu đề: 1').waitFor({ timeout: 20_000 });
    expect(await page.locator('#asOf').inputValue()).toBe('2024-06-14');
    // The comparison rule is a setting with its legal source (date-time by default).
    expect(await page.getByText(SETTINGS_LABELS.rules.compareBy.day).count()).toBe(1);
    expect(await page.getByLabel(SETTINGS_LABELS.rules.compareBy.datetime).isChecked()).toBe(true);
    expect(await page.locator('.field.missing .effect').allTextContents()).toEqual([
      'Không có cột Ngày trả kết quả thực tế: không tách được hồ sơ trễ trên hệ thống',
    ]);

    await page.locator('#check').click();
    await page.locator('.counts li').first().waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('.busy') === null);
    const counts = await page.locator('.counts li').allTextContents();
    expect(counts).toEqual([
      `${STATUS_LABELS.overdue}1`,
      `${STATUS_LABELS.late}2`,
      `${STATUS_LABELS.due_soon}1`,
      `${STATUS_LABELS.pending}1`,
      `${STATUS_LABELS.early}1`,
      `${STATUS_LABELS.on_time}2`,
      `${STATUS_LABELS.invalid}1`,
    ]);
    expect(fake.ss.peekSheet(g.grid.sheetName).peekValue(4, 14)).toBe(STATUS_LABELS.late);

    // The first error (warnings such as a system due one day later than the law come first by row).
    await page.locator('.problems li.error.link').first().click();
    await expect.poll(() => fake.ss.active?.activeCell).toEqual({ row: 9, col: 9 });

    mkdirSync(join(import.meta.dirname, 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(import.meta.dirname, 'artifacts', 'gas-sidebar.png'), fullPage: true });

    await page.locator('#reports').click();
    await page.getByText(/^Đã tạo: Biểu 06a/).waitFor({ timeout: 30_000 });
    expect(fake.ss.sheets.map((s) => s.name)).toContain('Biểu 06a');
    expect({ errors, outside }).toEqual({ errors: [], outside: [] });
    await page.close();
  }, 120_000);

  it('a menu item starts its action as soon as the sidebar opens', async () => {
    const { fake, context } = setup();
    callEntry(context, 'menuKiemTraHan');
    const { page, errors } = await open(fake, context, fake.ui.sidebars[0].appended.join(''));
    await page.locator('.counts li').first().waitFor({ timeout: 20_000 });
    expect(fake.ss.peekSheet(g.grid.sheetName).peekValue(5, 14)).toBe(STATUS_LABELS.overdue);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
