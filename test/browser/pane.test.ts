/**
 * The shared pane in both shells, in headless Chromium: the Excel task pane at 350×650
 * and the Sheets sidebar at 300×600, each in an en-US and a vi-VN browser. The same flow
 * script (pane-flow.ts) drives both through their bridges and must see the same results.
 * Screenshots: test/artifacts/pane-*.png. Needs /usr/bin/chromium (apt-get install -y
 * chromium); skipped without it, except in CI.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION, calendarDataLabel, STATUS_LABELS } from '../../core/index.js';
import { idle, liveFlow, paneFlow, shot, type FlowResult, type LiveFlowResult } from './pane-flow.js';
import { CHROMIUM, ensureAddinBuilt, haveChromium, launch, openExcel, openSheets, SAMPLE_SHEET, serveDist, sheetsFake } from './pane-hosts.js';
import { callEntry, ensureBundle } from '../fakes/gas-bundle.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthFiles } from '../fixtures/unit-files.js';
import { filesFlow, filesOnDisk, type FilesFlowResult } from './files-flow.js';

if (!haveChromium && process.env.CI === 'true') throw new Error(`test/browser/pane: ${CHROMIUM} is missing in CI. Install it with: apt-get install -y chromium`);
if (!haveChromium) console.warn(`test/browser/pane: skipped, ${CHROMIUM} not found. Install it with: apt-get install -y chromium`);

const EXCEL = { width: 350, height: 650 };
const SHEETS = { width: 300, height: 600 };
const LOCALES = ['en-US', 'vi-VN'] as const;

describe.skipIf(!haveChromium)('the shared pane in both shells', () => {
  let browser: Browser;
  let server: Server;
  const results: Record<string, FlowResult> = {};

  beforeAll(async () => {
    ensureAddinBuilt();
    ensureBundle();
    server = await serveDist();
    browser = await launch();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  for (const locale of LOCALES) {
    it(`Excel task pane 350×650, ${locale}: the flow`, async () => {
      const shell = await openExcel(browser, server, { ...EXCEL, locale });
      results[`excel-${locale}`] = await paneFlow(shell, `pane-excel-${locale}`);
      expect(await shell.statusAt(5)).toBe(STATUS_LABELS.overdue);
      expect({ errors: shell.errors, outside: shell.outside }).toEqual({ errors: [], outside: [] });
      await shell.page.close();
    }, 120_000);

    it(`Sheets sidebar 300×600, ${locale}: the flow`, async () => {
      const shell = await openSheets(browser, { ...SHEETS, locale });
      results[`sheets-${locale}`] = await paneFlow(shell, `pane-sheets-${locale}`);
      expect(await shell.statusAt(5)).toBe(STATUS_LABELS.overdue);
      expect({ errors: shell.errors, outside: shell.outside }).toEqual({ errors: [], outside: [] });
      await shell.page.close();
    }, 300_000);
  }

  it('both shells, in both languages, showed the same results for the same sheet', () => {
    const keys = Object.keys(results);
    expect(keys.length).toBe(4);
    const excel = results['excel-vi-VN'];
    expect(excel.counts).toEqual([
      ['overdue', '1'],
      ['late', '2'],
      ['due_soon', '1'],
      ['pending', '1'],
      ['early', '1'],
      ['on_time', '2'],
      ['invalid', '1'],
    ]);
    expect(excel.total).toBe('Tổng số: 9 hồ sơ');
    expect(excel.selected).toEqual([SAMPLE_SHEET, 9, 9]);
    expect(excel.tabs).toContain('Biểu 06a');
    expect(excel.version).toBe(`Phiên bản ${APP_VERSION}`);
    expect(excel.calendarVersion).toBe(calendarDataLabel());
    expect(excel.settingsIds).toEqual(expect.arrayContaining(['rule-dueSoonWorkingDays', 'rule-sameDayCutoffSec', 'header-reportingUnit', 'header-receivingUnit', 'header-place', 'header-preparer', 'header-head', 'calendar-tet-2027-1+4', 'calendar-tet-2027-2+3']));
    const shared = (r: FlowResult) => ({ ...r, sheetLine: r.sheetLine.replace(/(Đổi|Đọc lại)/, '·'), firstTabOrder: r.firstTabOrder.filter((id) => !id.startsWith('sheet-')) });
    for (const key of keys) expect(shared(results[key]), key).toEqual(shared(excel));
  });

  const lives: Record<string, LiveFlowResult> = {};
  it('Excel task pane 350×650: Xuất sổ tự tính after a check, its summary next to it', async () => {
    const shell = await openExcel(browser, server, { ...EXCEL, locale: 'vi-VN' });
    lives.excel = await liveFlow(shell, 'pane-excel-live', 2, 14);
    expect(shell.errors).toEqual([]);
    await shell.page.close();
  }, 120_000);

  it('Sheets sidebar 300×600: Xuất sổ tự tính after a check, its summary next to it', async () => {
    const shell = await openSheets(browser, { ...SHEETS, locale: 'vi-VN' });
    lives.sheets = await liveFlow(shell, 'pane-sheets-live', 2, 14);
    expect(shell.errors).toEqual([]);
    await shell.page.close();
  }, 300_000);

  it('Excel 2016 (ExcelApi 1.1): the live export still writes the formulas and says what this Excel cannot do', async () => {
    const shell = await openExcel(browser, server, { ...EXCEL, locale: 'vi-VN', apiVersion: '1.1' });
    const old = await liveFlow(shell, 'pane-excel-live-1.1', 2, 14);
    expect(old.formula).toMatch(/^=IF\(/);
    expect(old.notes[0]).toContain('chưa cho ẩn cột (cần ExcelApi 1.2): các cột phụ R–AI vẫn hiện');
    expect(old.notes[1]).toContain('chưa cho đặt định dạng có điều kiện (cần ExcelApi 1.6): cột Tình trạng vẫn tự tính nhưng không được tô màu');
    expect(shell.errors).toEqual([]);
    await shell.page.close();
  }, 120_000);

  it('both shells said the same of the live export, and wrote the status as a formula', () => {
    expect(Object.keys(lives).sort()).toEqual(['excel', 'sheets']);
    const { excel, sheets } = lives;
    expect(excel.message).toBe(`Đã xuất sổ tự tính trên trang "${SAMPLE_SHEET}": 9 dòng tự tính, 0 dòng cố định.`);
    expect(excel.hint).toContain('Cột trạng thái, hạn và số ngày trễ thành công thức');
    expect(excel.formula).toMatch(/^=IF\(/);
    expect(sheets.formula).toMatch(/^=IF\(/);
    const same = (r: LiveFlowResult) => ({ hint: r.hint, message: r.message, notes: r.notes.map((n) => n.replace(/ô [A-Z]+\d+/, 'ô …')) });
    expect(same(sheets)).toEqual(same(excel));
  });

  it("Excel: a user's own tab with a report's name is never replaced and nothing blocks the run: the report goes to a free name", async () => {
    const shell = await openExcel(browser, server, { ...EXCEL, locale: 'vi-VN', extraSheets: [['Cán bộ', [['Danh sách cán bộ của tôi']]]] });
    const { page } = shell;
    await page.locator('#check').waitFor({ timeout: 20_000 });
    await idle(page);
    await page.locator('#check').click();
    await page.locator('#counts').waitFor({ timeout: 30_000 });
    await idle(page);
    await page.locator('#reports').click();
    await page.locator('#reports-feedback .message').waitFor({ timeout: 30_000 });
    expect(await page.locator('#confirm').count()).toBe(0);
    const names = await shell.sheetNames();
    expect(names.slice(0, 2)).toEqual([SAMPLE_SHEET, 'Cán bộ']);
    expect(names).toContain('Cán bộ (Đúng Hạn)');
    expect(names).toContain('Biểu 06a');
    expect(shell.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('Excel: the pane follows the Office theme', async () => {
    const theme = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#F3F3F3', controlBackgroundColor: '#3B3B3B', controlForegroundColor: '#FFFFFF' };
    const shell = await openExcel(browser, server, { ...EXCEL, locale: 'vi-VN', theme });
    await shell.page.locator('#check').waitFor({ timeout: 20_000 });
    await idle(shell.page);
    const look = await shell.page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color, document.body.className]);
    expect(look).toEqual(['rgb(38, 38, 38)', 'rgb(243, 243, 243)', 'theme-dark']);
    await shot(shell.page, 'pane-excel-dark-theme');
    await shell.page.close();
  }, 60_000);

  it('Excel: when Office.js cannot be reached, the static page says so and what IT should allow', async () => {
    const page = await browser.newPage({ viewport: EXCEL, locale: 'vi-VN', javaScriptEnabled: false });
    const port = (server.address() as { port: number }).port;
    await page.route('**/*', (route) => (route.request().url().startsWith(`http://127.0.0.1:${port}/`) ? route.continue() : route.abort()));
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    const box = page.locator('#no-office');
    await expect.poll(() => box.evaluate((el) => getComputedStyle(el).visibility), { timeout: 10_000 }).toBe('visible');
    const text = await box.innerText();
    expect(text).toContain('Đúng Hạn chưa kết nối được với Office');
    expect(text).toContain('https://appsforoffice.microsoft.com');
    await shot(page, 'pane-excel-no-office');
    await page.close();

    // With Office.js there, the message is gone as soon as Office.onReady fires.
    const shell = await openExcel(browser, server, { ...EXCEL, locale: 'vi-VN' });
    await shell.page.locator('#check').waitFor({ timeout: 20_000 });
    expect(await shell.page.locator('#no-office').count()).toBe(0);
    await shell.page.close();
  }, 60_000);

  it('Sheets: a menu item starts its action as soon as the sidebar opens', async () => {
    const made = sheetsFake();
    callEntry(made.context, 'menuKiemTraHan');
    const shell = await openSheets(browser, { ...SHEETS, locale: 'vi-VN' }, made, made.fake.ui.sidebars[0].appended.join(''));
    await shell.page.locator('#counts').waitFor({ timeout: 30_000 });
    expect(await shell.statusAt(5)).toBe(STATUS_LABELS.overdue);
    expect(shell.errors).toEqual([]);
    await shell.page.close();
  }, 240_000);
});

describe.skipIf(!haveChromium)('Tổng hợp từ tệp… in both shells', () => {
  let browser: Browser;
  let server: Server;
  let paths: string[];
  const dir = mkdtempSync(join(tmpdir(), 'dunghan-files-'));
  const results: Record<string, FilesFlowResult> = {};

  beforeAll(async () => {
    ensureAddinBuilt();
    ensureBundle();
    server = await serveDist();
    browser = await launch();
    paths = filesOnDisk(dir, await monthFiles());
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const check = (r: FilesFlowResult) => {
    expect(r.progress).toContain('Đang đọc tệp 1/8: xa-dan-tu-excel.xlsx…');
    expect(r.progress).toContain('Đang mở tệp 3/8: thang-6.zip/thanh-hoa-ho-so.xls…');
    expect(r.progress).toContain('Đang đọc tệp 8/8: cu.xls…');
    expect(r.merged.map((l) => l.split(' | ')[0])).toEqual(['xa-dan-tu-excel.xlsx', 'opencps-ho-so.csv', 'thang-6.zip/thanh-hoa-ho-so.xls']);
    expect(r.merged[0]).toContain('→ Ủy ban nhân dân xã Đắk Tân Hưng');
    expect(r.merged[1]).toContain('tạm lấy tên tệp');
    expect(r.left.map((l) => l.split(' | ')[0])).toEqual(['bang-luong.xlsx', 'ghi-chu.txt', 'thang-6.zip/gui-lai/opencps-ho-so.csv', 'bao-mat.xlsx', 'hong.xlsx', 'cu.xls']);
    expect(r.left[3]).toContain('có đặt mật khẩu');
    expect(r.left[5]).toContain('.xls dạng nhị phân');
    expect(r.message).toMatch(/^Đã tổng hợp 3 đơn vị vào: Tổng hợp 06a, Xếp hạng đơn vị, Tổng hợp PL I, Tổng hợp PL II, Nguồn số liệu\./);
    expect(r.tabs).toEqual(expect.arrayContaining(['Tổng hợp 06a', 'Xếp hạng đơn vị', 'Tổng hợp PL I', 'Tổng hợp PL II', 'Nguồn số liệu']));
  };

  it('Excel task pane 350×650: picks the files, shows progress per file, lists them and writes the tabs, all inside the pane', async () => {
    const shell = await openExcel(browser, server, { ...EXCEL, locale: 'vi-VN' });
    results.excel = await filesFlow(shell, 'pane-excel', paths);
    check(results.excel);
    expect({ errors: shell.errors, outside: shell.outside }).toEqual({ errors: [], outside: [] });
    await shell.page.close();
  }, 300_000);

  it('Sheets sidebar 300 px: the same list and tabs, the files read in the sidebar and only the report sent to the server', async () => {
    const shell = await openSheets(browser, { ...SHEETS, locale: 'vi-VN' });
    results.sheets = await filesFlow(shell, 'pane-sheets', paths);
    check(results.sheets);
    expect({ merged: results.sheets.merged, left: results.sheets.left }).toEqual({ merged: results.excel.merged, left: results.excel.left });
    expect({ errors: shell.errors, outside: shell.outside }).toEqual({ errors: [], outside: [] });
    await shell.page.close();
  }, 300_000);
});
