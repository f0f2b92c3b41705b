/**
 * The user's work is never lost in Google Sheets (issue 13), through the built bundle:
 * tool tabs are known by their developer-metadata mark, a user's tab of the same name is
 * never touched, actions run on the remembered data sheet and refuse a tool tab, typed
 * actual dates and notes survive "Tạo phụ lục", results are truthful, long report runs
 * resume, the locale is warned about, and the stricter fake refuses what Sheets refuses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReports, checkSheet, defaultSettings, LATE_ON_SYSTEM_SHEET_NAME, parseIsoDay, REPORT_LABELS } from '../core/index.js';
import { SIDEBAR_LABELS } from '../apps-script/src/labels.vi.js';
import { runFailureKind, runFailureMessage } from '../apps-script/src/run-failure.js';
import { callEntry, ensureBundle, loadBundle, type BundleContext } from './fakes/gas-bundle.js';
import { gasFake, SHEETS_CELL_CAP, type FakeSheet, type GasFake } from './fakes/gas-fake.js';
import { addSheet, golden, sheetValue } from './fakes/gas-sample.js';

type Rpc<T> = { ok: true; value: T } | { ok: false; error: { message: string; detail: string } };
interface Tabs {
  sheetNames: string[];
  done: boolean;
  token: string | null;
  tabsDone: number;
  tabsTotal: number;
}
interface Step {
  done: boolean;
  token: string | null;
  written: boolean;
  message: string;
  summary: { counts: Record<string, number>; notes: string[]; problems: { code: string }[] };
}
interface State {
  activeSheet: string;
  toolTabs: string[];
  dataSheet: string | null;
  checkTarget: string;
  localeWarning: string | null;
}

const TZ = 'Asia/Ho_Chi_Minh';
const g = golden();
const DATA = g.grid.sheetName;
const settings = defaultSettings(parseIsoDay(g.asOf)!);
const reportNames = buildReports(checkSheet(g.grid, settings).dossiers, settings).map((p) => p.name);
/** "Trễ trên hệ thống": headings on row 6, H-009 on row 7; J = actual date, K = note. */
const LOS = { h009: 7, actual: 10, note: 11 };

beforeAll(() => ensureBundle(), 240_000);

function setup(options: { locale?: string } = {}): { fake: GasFake; data: FakeSheet; context: BundleContext } {
  const fake = gasFake({ spreadsheetTimeZone: TZ, ...options });
  const data = addSheet(fake, DATA, g.grid.cells, TZ);
  return { fake, data, context: loadBundle(fake) };
}

function ok<T>(out: Rpc<T>): T {
  if (!out.ok) throw new Error(`${out.error.message} ${out.error.detail}`);
  return out.value;
}

function check(context: BundleContext, request: object): Step {
  let out = callEntry<Rpc<Step>>(context, 'rpcStartCheck', request);
  while (ok(out).token !== null) out = callEntry<Rpc<Step>>(context, 'rpcContinueCheck', ok(out).token);
  return ok(out);
}

function reports(context: BundleContext, request: object): Tabs {
  let out = ok(callEntry<Rpc<Tabs>>(context, 'rpcMakeReports', request));
  while (!out.done) out = ok(callEntry<Rpc<Tabs>>(context, 'rpcContinueTabs', out.token));
  return out;
}

const dump = (sheet: FakeSheet) => JSON.stringify({ v: sheet.values, p: [...sheet.props].map(([k, m]) => [k, [...m]]), n: sheet.name });

describe('tool tabs are known by a mark', () => {
  it("a user's own tab called \"Cán bộ\" is left alone; the report goes to \"Cán bộ (Đúng Hạn)\", reused on the rerun", () => {
    const { fake, context } = setup();
    const mine = addSheet(fake, 'cán bộ', [['Danh sách của tôi'], ['Nguyễn Văn An']], TZ);
    const before = dump(mine);
    const first = reports(context, { sheetName: DATA, settings });
    expect(first.sheetNames).toContain('Cán bộ (Đúng Hạn)');
    expect(first.sheetNames).not.toContain('Cán bộ');
    expect(dump(mine)).toBe(before);
    expect(mine.metadata).toEqual([]);
    const ids = fake.ss.sheets.map((s) => s.id);
    reports(context, { sheetName: DATA, settings });
    expect(fake.ss.sheets.map((s) => s.id)).toEqual(ids);
    expect(dump(mine)).toBe(before);
  });

  it('an unmarked tab with a report name (from before the marks) is not overwritten', () => {
    const { fake, context } = setup();
    const old = addSheet(fake, 'Biểu 06a', [['bản của cơ quan']], TZ);
    const out = reports(context, { sheetName: DATA, settings });
    expect(out.sheetNames[0]).toBe('Biểu 06a (Đúng Hạn)');
    expect(old.peekValue(1, 1)).toBe('bản của cơ quan');
  });

  it('every written tab carries the mark with its core name', () => {
    const { fake, context } = setup();
    const out = reports(context, { sheetName: DATA, settings });
    expect(out.sheetNames).toEqual(reportNames);
    for (const name of reportNames) expect(fake.ss.peekSheet(name).metadata.map((m) => [m.getKey(), m.getValue()])).toEqual([['dunghan.tool', name]]);
  });
});

describe('actions run on the data sheet, never on a tool tab', () => {
  it('after Tạo phụ lục (Biểu 06a active) the state names the data sheet, and a check without a sheet checks it', () => {
    const { fake, data, context } = setup();
    check(context, { sheetName: DATA, settings });
    reports(context, { sheetName: DATA, settings });
    expect(fake.ss.active?.name).toBe('Biểu 06a');
    const state = ok(callEntry<Rpc<State>>(context, 'rpcGetSidebarState'));
    expect(state.activeSheet).toBe(DATA);
    expect(state.dataSheet).toBe(DATA);
    expect(state.checkTarget).toBe(SIDEBAR_LABELS.data.willCheck(DATA));
    expect(state.toolTabs.sort()).toEqual([...reportNames].sort());
    const form = dump(fake.ss.peekSheet('Biểu 06a'));
    const before = dump(data);
    const step = check(context, { settings });
    expect(step.written).toBe(true);
    expect(step.message).toBe(SIDEBAR_LABELS.results.doneOn(DATA));
    expect(dump(fake.ss.peekSheet('Biểu 06a'))).toBe(form);
    expect(dump(data)).toBe(before);
  });

  it('a check or report asked on a tool tab is refused with a sentence naming the data sheet', () => {
    const { fake, context } = setup();
    check(context, { sheetName: DATA, settings });
    reports(context, { sheetName: DATA, settings });
    const form = dump(fake.ss.peekSheet('Biểu 06a'));
    const refused = callEntry<Rpc<Step>>(context, 'rpcStartCheck', { sheetName: 'Biểu 06a', settings });
    expect(refused).toEqual({ ok: false, error: { message: SIDEBAR_LABELS.errors.toolTab('Biểu 06a', DATA), detail: '' } });
    expect(refused.ok ? '' : refused.error.message).toContain(`"${DATA}"`);
    const again = callEntry<Rpc<Tabs>>(context, 'rpcMakeReports', { sheetName: 'Biểu 06a', settings });
    expect(again.ok).toBe(false);
    expect(dump(fake.ss.peekSheet('Biểu 06a'))).toBe(form);
  });

  it('with no data sheet remembered, a tool tab is refused and the sentence says to choose the export', () => {
    const { fake, context } = setup();
    reports(context, { sheetName: DATA, settings });
    fake.ss.active = fake.ss.peekSheet('Biểu 06a');
    const state = ok(callEntry<Rpc<State>>(context, 'rpcGetSidebarState'));
    expect(state.dataSheet).toBeNull();
    expect(state.checkTarget).toBe(SIDEBAR_LABELS.errors.toolTab('Biểu 06a', null));
  });
});

describe('typed actual dates and notes on "Trễ trên hệ thống"', () => {
  it('are read back by Kiểm tra hạn and kept through Tạo phụ lục, on their dossier row', () => {
    const { fake, context } = setup();
    reports(context, { sheetName: DATA, settings });
    const tab = fake.ss.peekSheet(LATE_ON_SYSTEM_SHEET_NAME);
    expect(tab.peekValue(LOS.h009 - 1, LOS.actual)).toBe(REPORT_LABELS.lateOnSystem.actualResult);
    expect(tab.peekValue(LOS.h009, 2)).toBe('H-009');
    tab.peekSetValue(LOS.h009, LOS.actual, sheetValue('2024-06-03', TZ));
    tab.peekSetValue(LOS.h009, LOS.note, 'Đã trả bản giấy tại bộ phận một cửa');
    const step = check(context, { sheetName: DATA, settings });
    expect(step.summary.counts.late_on_system).toBe(1);
    reports(context, { sheetName: DATA, settings });
    const again = fake.ss.peekSheet(LATE_ON_SYSTEM_SHEET_NAME);
    expect(again.id).toBe(tab.id);
    const row = again.values.findIndex((line) => line?.[1] === 'H-009') + 1;
    expect(row).toBeGreaterThan(0);
    expect(again.peekValue(row, LOS.note)).toBe('Đã trả bản giấy tại bộ phận một cửa');
    expect(again.peekValue(row, LOS.actual)).toBe(45446);
    expect(again.peekProp('numberFormat', row, LOS.actual)).toBe('dd/mm/yyyy');
  });

  it('a typed row whose dossier leaves the list (another period) is kept below the table, and still counts', () => {
    const { fake, context } = setup();
    reports(context, { sheetName: DATA, settings });
    const tab = fake.ss.peekSheet(LATE_ON_SYSTEM_SHEET_NAME);
    tab.peekSetValue(LOS.h009, LOS.actual, sheetValue('2024-06-03', TZ));
    tab.peekSetValue(LOS.h009, LOS.note, 'ghi chú của tổ một cửa');
    const later = { ...settings, period: { preset: 'custom' as const, from: settings.period.to + 1, to: settings.period.to + 20 } };
    reports(context, { sheetName: DATA, settings: later });
    const values = fake.ss.peekSheet(LATE_ON_SYSTEM_SHEET_NAME).values;
    const title = values.findIndex((l) => l?.[0] === SIDEBAR_LABELS.results.keptTyped);
    expect(title).toBeGreaterThan(0);
    const kept = values.findIndex((l) => l?.[1] === 'H-009');
    expect(kept).toBeGreaterThan(title);
    expect(values[kept][LOS.note - 1]).toBe('ghi chú của tổ một cửa');
    expect(check(context, { sheetName: DATA, settings }).summary.counts.late_on_system).toBe(1);
  });
});

describe('truthful results', () => {
  it('a sheet with no header: the step says nothing was written, and Tạo phụ lục makes no empty tab', () => {
    const { fake, context } = setup();
    addSheet(fake, 'Ghi chép', [['ghi chú'], [1], [2]], TZ);
    const step = check(context, { sheetName: 'Ghi chép', settings });
    expect(step.written).toBe(false);
    expect(step.message).toBe(SIDEBAR_LABELS.data.noHeaderNothingWritten('Ghi chép'));
    const n = fake.ss.sheets.length;
    const out = callEntry<Rpc<Tabs>>(context, 'rpcMakeReports', { sheetName: 'Ghi chép', settings });
    expect(out).toEqual({ ok: false, error: { message: SIDEBAR_LABELS.errors.noDossiers('Ghi chép'), detail: '' } });
    expect(fake.ss.sheets.length).toBe(n);
  });
});

describe('long runs resume', () => {
  it('Tạo phụ lục two tabs a call ends with the same workbook as one call, and flushes after each tab', () => {
    const one = setup();
    reports(one.context, { sheetName: DATA, settings });
    const split = setup();
    let out = ok(callEntry<Rpc<Tabs>>(split.context, 'rpcMakeReports', { sheetName: DATA, settings, tabsPerCall: 2 }));
    const steps = [out.tabsDone];
    while (!out.done) {
      out = ok(callEntry<Rpc<Tabs>>(split.context, 'rpcContinueTabs', out.token));
      steps.push(out.tabsDone);
    }
    // Two tabs a call, the last call writing what is left.
    expect(steps).toEqual(Array.from({ length: Math.ceil(reportNames.length / 2) }, (_, i) => Math.min(2 * (i + 1), reportNames.length)));
    expect(out.sheetNames).toEqual(reportNames);
    expect(split.fake.ss.flushes).toBe(reportNames.length);
    expect(split.fake.ss.sheets.map(dump)).toEqual(one.fake.ss.sheets.map(dump));
    expect(split.fake.ss.active?.name).toBe('Biểu 06a');
  });

  it('Tổng hợp resumes too', () => {
    const { context } = setup();
    let out = ok(callEntry<Rpc<Tabs>>(context, 'rpcConsolidate', { sheetNames: [DATA], settings, tabsPerCall: 1 }));
    let calls = 1;
    while (!out.done) {
      out = ok(callEntry<Rpc<Tabs>>(context, 'rpcContinueTabs', out.token));
      calls++;
    }
    expect(calls).toBe(out.tabsTotal);
    expect(out.sheetNames.length).toBe(out.tabsTotal);
  });

  it('a token that is not ours is refused with a sentence', () => {
    const { context } = setup();
    expect(callEntry<Rpc<Tabs>>(context, 'rpcContinueTabs', '{"v":2}')).toEqual({ ok: false, error: { message: SIDEBAR_LABELS.errors.tokenInvalid, detail: '' } });
  });
});

describe('spreadsheet locale', () => {
  it('a month-first locale (en_US) is warned about in the state and the result, with the fix', () => {
    const { context } = setup({ locale: 'en_US' });
    const state = ok(callEntry<Rpc<State>>(context, 'rpcGetSidebarState'));
    expect(state.localeWarning).toBe(SIDEBAR_LABELS.data.localeMonthFirst('en_US', 0));
    expect(state.localeWarning).toContain('Tệp → Cài đặt');
    expect(check(context, { sheetName: DATA, settings }).summary.notes).toEqual([SIDEBAR_LABELS.data.localeMonthFirst('en_US', 0)]);
  });

  it('vi_VN gets no warning', () => {
    const { context } = setup();
    expect(ok(callEntry<Rpc<State>>(context, 'rpcGetSidebarState')).localeWarning).toBeNull();
  });

  it('swapped Dates next to text dates with day > 12 are repaired and the count of columns said', () => {
    const fake = gasFake({ spreadsheetTimeZone: TZ, locale: 'en_US' });
    const [head, ...rows] = g.grid.cells;
    // As an en_US spreadsheet imports a day-first CSV: day ≤ 12 became a swapped Date, day > 12 stayed text.
    const swapped = rows.map((line) => line.map((cell, c) => {
      if (c !== 10 || typeof cell !== 'string') return cell;
      const m = /^(\d{4})-(\d{2})-(\d{2})( \d{2}:\d{2}:\d{2})?$/.exec(cell)!;
      // (A date without a time renders as bare "yyyy-MM-dd", which core does not count as evidence: left as it was.)
      if (m[4] === undefined) return cell;
      const time = m[4];
      return Number(m[3]) > 12 ? `${m[3]}/${m[2]}/${m[1]}${time}` : `${m[1]}-${m[3]}-${m[2]}${time}`;
    }));
    addSheet(fake, DATA, [head, ...swapped], TZ);
    const context = loadBundle(fake);
    const step = check(context, { sheetName: DATA, settings });
    const expected = checkSheet(g.grid, settings).counts;
    expect(step.summary.problems.map((p) => p.code), JSON.stringify(step.summary.problems)).toContain('date.monthFirst');
    expect(step.summary.counts).toEqual(expected);
    expect(step.summary.notes[0]).toBe(SIDEBAR_LABELS.data.localeMonthFirst('en_US', 1));
  });
});

describe('the stricter Sheets fake', () => {
  it('sheet names are unique without regard to case', () => {
    const fake = gasFake();
    fake.ss.insertSheet('Cán bộ');
    expect(() => fake.ss.insertSheet('CÁN BỘ')).toThrow(/already exists/);
    expect(fake.ss.getSheetByName('cán bộ')?.getName()).toBe('Cán bộ');
    const other = fake.ss.insertSheet('Khác');
    expect(() => other.setName('cán bộ')).toThrow(/already exists/);
  });

  it('a spreadsheet may not pass 10 million cells', () => {
    const fake = gasFake();
    const sheet = fake.ss.insertSheet('Lớn');
    expect(() => sheet.insertRowsAfter(1000, SHEETS_CELL_CAP / 26)).toThrow(/10000000 cells/);
    expect(sheet.getMaxRows()).toBe(1000);
  });

  it('property sizes count UTF-8 bytes', () => {
    const fake = gasFake();
    const props = fake.globals.PropertiesService.getDocumentProperties();
    // 4,000 "ệ" are 4,000 characters but 12,000 bytes: over the 9 KB value limit.
    expect(() => props.setProperty('k', 'ệ'.repeat(4000))).toThrow(/too large/);
    expect(() => props.setProperty('k', 'e'.repeat(4000))).not.toThrow();
  });
});

describe('google.script.run failures', () => {
  it('signed in with several Google accounts: a Vietnamese sentence with what to do', () => {
    const error = new Error("We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.");
    error.name = 'ScriptError';
    expect(runFailureKind(error)).toBe('multiAccount');
    expect(runFailureMessage(error)).toBe(SIDEBAR_LABELS.errors.multiAccount);
    expect(runFailureMessage(error)).toContain('một tài khoản');
    expect(runFailureKind(new Error('Authorization is required to perform that action.'))).toBe('authorization');
    expect(runFailureMessage(new Error('NetworkError: Connection failure due to HTTP 0'))).toBe(SIDEBAR_LABELS.errors.noServer);
  });
});
