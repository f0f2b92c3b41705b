/**
 * The built Google Sheets add-on (apps-script/dist) as Apps Script would load it: entry
 * points, menu, sidebar file, manifest, settings, errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, dayFromYmd, parseIsoDay, parseSettings, serializeSettings, type Settings } from '../core/index.js';
import { MENU_LABELS, SIDEBAR_LABELS } from '../apps-script/src/labels.vi.js';
import { BUNDLE, callEntry, ENTRY_POINTS, ensureBundle, loadBundle, SIDEBAR_HTML } from './fakes/gas-bundle.js';
import { gasFake } from './fakes/gas-fake.js';
import { addSheet, golden } from './fakes/gas-sample.js';

/** Makes `new Date()` and Date.now() inside the bundle return a fixed instant. */
function freezeClock(context: object, ms: number): void {
  runInContext(
    `(() => { const D = Date; globalThis.Date = class extends D { constructor(...a) { if (a.length === 0) super(${ms}); else super(...a); } static now() { return ${ms}; } }; })()`,
    context,
  );
}

type Rpc<T> = { ok: true; value: T } | { ok: false; error: { message: string; detail: string } };

beforeAll(() => ensureBundle(), 240_000);

describe('apps-script/dist/Code.js', () => {
  it('defines every entry point as a global function of the vm context', () => {
    const context = loadBundle(gasFake());
    const missing = ENTRY_POINTS.filter((name) => typeof context[name] !== 'function');
    expect(missing).toEqual([]);
  });

  it('declares every entry point as a top-level function, as Apps Script needs', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    const declared = ENTRY_POINTS.filter((name) => new RegExp(`^function ${name}\\(`, 'm').test(code));
    expect(declared).toEqual([...ENTRY_POINTS]);
  });

  it('is not an ES module and keeps function names (no minifier)', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    expect(/^\s*(import|export)\s/m.test(code)).toBe(false);
    expect(code).toContain('function applyDataFrame(');
  });
});

describe('menu and sidebar', () => {
  it('onOpen adds the "Đúng Hạn" menu with Kiểm tra hạn, Tạo phụ lục, Tổng hợp and Cài đặt', () => {
    const fake = gasFake();
    callEntry(loadBundle(fake), 'onOpen');
    expect(fake.ui.menus).toEqual([
      {
        title: 'Đúng Hạn',
        addon: false,
        items: [
          { caption: 'Kiểm tra hạn', fn: 'menuKiemTraHan' },
          { caption: 'Tạo phụ lục', fn: 'menuTaoPhuLuc' },
          { caption: 'Tổng hợp…', fn: 'menuTongHop' },
          { caption: 'Cài đặt', fn: 'menuCaiDat' },
          { caption: MENU_LABELS.sidebar, fn: 'showSidebar' },
        ],
      },
    ]);
  });

  it('onOpen uses the add-on menu when installed from the Marketplace', () => {
    const fake = gasFake({ installationSource: 'WEB_STORE_ADD_ON' });
    callEntry(loadBundle(fake), 'onOpen');
    expect(fake.ui.menus.map((m) => m.addon)).toEqual([true]);
  });

  it('a menu item opens sidebar.html and asks it to start that action', () => {
    const fake = gasFake();
    const context = loadBundle(fake);
    callEntry(context, 'menuKiemTraHan');
    callEntry(context, 'showSidebar');
    expect(fake.ui.sidebars).toEqual([
      { file: 'sidebar', title: 'Đúng Hạn', appended: ['<script>window.dungHanAction="check";</script>'] },
      { file: 'sidebar', title: 'Đúng Hạn', appended: [] },
    ]);
  });

  it('sidebar.html is one file: its script and styles inline, nothing loaded from elsewhere', () => {
    const html = readFileSync(SIDEBAR_HTML, 'utf8');
    expect(html).toContain('<style>');
    expect(html).toContain('<script>');
    expect(/<script[^>]+src=|<link[^>]+href=/i.test(html)).toBe(false);
    // Preact names the XML namespaces (svg, xhtml, MathML) by their w3.org URIs; nothing is fetched from them.
    expect((html.match(/https?:\/\/[a-z0-9.-]+/gi) ?? []).filter((u) => u !== 'http://www.w3.org')).toEqual([]);
    expect(html).toContain(SIDEBAR_LABELS.actions.check);
    expect(html).toContain('rpcStartCheck');
  });

  it('appsscript.json asks only for the current spreadsheet and the sidebar', () => {
    const manifest = JSON.parse(readFileSync(join(BUNDLE, '..', 'appsscript.json'), 'utf8'));
    expect(manifest).toEqual({
      timeZone: 'Asia/Ho_Chi_Minh',
      runtimeVersion: 'V8',
      exceptionLogging: 'STACKDRIVER',
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'],
    });
    expect(readFileSync(BUNDLE, 'utf8')).not.toMatch(/UrlFetchApp/);
  });
});

describe('settings and state', () => {
  it('today is the spreadsheet zone date: 2025-01-24T18:00Z is already 25/01/2025 in Hà Nội', () => {
    const fake = gasFake({ spreadsheetTimeZone: 'Asia/Ho_Chi_Minh', scriptTimeZone: 'UTC' });
    addSheet(fake, 'Hồ sơ', golden().grid.cells, 'Asia/Ho_Chi_Minh');
    const context = loadBundle(fake);
    freezeClock(context, Date.UTC(2025, 0, 24, 18, 0, 0));
    const state = callEntry<Rpc<{ today: number; settings: Settings; sheets: string[]; activeSheet: string }>>(context, 'rpcGetSidebarState');
    expect(state.ok && { today: state.value.today, asOf: state.value.settings.asOf, sheets: state.value.sheets }).toEqual({
      today: dayFromYmd({ y: 2025, m: 1, d: 25 }),
      asOf: dayFromYmd({ y: 2025, m: 1, d: 25 }),
      sheets: ['Hồ sơ'],
    });
  });

  it('saved settings live in the document properties and come back on the next open', () => {
    const fake = gasFake();
    addSheet(fake, 'Hồ sơ', golden().grid.cells, 'Asia/Ho_Chi_Minh');
    const context = loadBundle(fake);
    const settings = defaultSettings(parseIsoDay('2024-06-14')!);
    settings.rules.dueSoonWorkingDays = 3;
    settings.header.reportingUnit = 'UBND xã Đắk Hà';
    callEntry(context, 'rpcSaveSettings', { settings });
    const state = callEntry<Rpc<{ settings: Settings }>>(loadBundle(fake), 'rpcGetSidebarState');
    // What comes back is core's own round trip of the settings (its store fills in defaults).
    expect(state.ok && state.value.settings).toEqual(parseSettings(serializeSettings(settings), settings));
    expect(state.ok && [state.value.settings.rules.dueSoonWorkingDays, state.value.settings.header.reportingUnit]).toEqual([3, 'UBND xã Đắk Hà']);
    expect([...fake.documentProperties.store.keys()]).toEqual(['dunghan.settings']);
  });

  it('a column correction is remembered for sheets with the same headings', () => {
    const fake = gasFake();
    const g = golden();
    addSheet(fake, 'Tháng 5', g.grid.cells, 'Asia/Ho_Chi_Minh');
    addSheet(fake, 'Tháng 6', g.grid.cells, 'Asia/Ho_Chi_Minh');
    const context = loadBundle(fake);
    const settings = defaultSettings(parseIsoDay(g.asOf)!);
    const first = callEntry<Rpc<{ signature: string }>>(context, 'rpcPreviewSheet', { sheetName: 'Tháng 5', settings });
    if (!first.ok) throw new Error(first.error.detail);
    callEntry(context, 'rpcSaveMapping', { sheetName: 'Tháng 5', signature: first.value.signature, override: { officer: 'G' }, settings });
    const other = callEntry<Rpc<{ fields: { field: string; letter: string | null; source: string | null }[] }>>(context, 'rpcPreviewSheet', {
      sheetName: 'Tháng 6',
      settings,
    });
    expect(other.ok && other.value.fields.find((f) => f.field === 'officer')).toEqual({
      field: 'officer',
      col: 7,
      letter: 'G',
      heading: 'Chủ hồ sơ',
      source: 'user',
    });
  });
});

describe('errors reach the sidebar as one Vietnamese sentence', () => {
  it('a missing sheet is named', () => {
    const fake = gasFake();
    addSheet(fake, 'Hồ sơ', golden().grid.cells, 'Asia/Ho_Chi_Minh');
    const out = callEntry<Rpc<unknown>>(loadBundle(fake), 'rpcStartCheck', { sheetName: 'Không có', settings: defaultSettings(parseIsoDay('2024-06-14')!) });
    expect(out).toEqual({ ok: false, error: { message: SIDEBAR_LABELS.errors.sheetMissing('Không có'), detail: '' } });
  });

  it('an unexpected failure gives the generic sentence and the error text, never a stack trace', () => {
    const fake = gasFake();
    addSheet(fake, 'Hồ sơ', golden().grid.cells, 'Asia/Ho_Chi_Minh');
    fake.ss.getSpreadsheetTimeZone = () => {
      throw new Error('Service Spreadsheets timed out');
    };
    const out = callEntry<Rpc<unknown>>(loadBundle(fake), 'rpcStartCheck', { settings: defaultSettings(parseIsoDay('2024-06-14')!) });
    expect(out.ok === false && out.error.message).toBe(SIDEBAR_LABELS.errors.generic);
    expect(out.ok === false && out.error.detail).toContain('Service Spreadsheets timed out');
    expect(out.ok === false && /\n\s+at /.test(out.error.detail)).toBe(false);
  });

  it('a continuation token that is not ours asks the user to start again', () => {
    const out = callEntry<Rpc<unknown>>(loadBundle(gasFake()), 'rpcContinueCheck', 'xyz');
    expect(out).toEqual({ ok: false, error: { message: SIDEBAR_LABELS.errors.tokenInvalid, detail: '' } });
  });
});
