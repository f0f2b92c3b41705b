/**
 * Model-based sessions on the Excel fake (fast-check commands): what a clerk does in a
 * workbook between and around the add-in's actions. The model holds what must never
 * change: the user's cells and formats per user sheet, and every date and note typed on
 * "Trễ trên hệ thống". Each command checks the invariants after it runs.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { LATE_ON_SYSTEM_SHEET_NAME, REPORT_LABELS, TOOL_TAB_NAMES, type Settings } from '../../core/index.js';
import { runCheck, runConsolidate, runReports } from '../../office-addin/src/excel-io.js';
import type { WorkbookStore } from '../../office-addin/src/workbook-store.js';
import type { FakeExcel, FakeWorkbook } from './excel-fake.js';
import type { FakeSheet } from './excel-fake-model.js';
import { snapshotWorkbook } from './excel-fake-snapshot.js';

export const DATA = 'Dữ liệu';
/** The export's own columns (A–M); the tool writes from N. */
const USER_COLS = 13;

export interface ExcelReal {
  book: FakeWorkbook;
  excel: FakeExcel;
  store: WorkbookStore;
  settings: Settings;
}

export interface ExcelModel {
  /** Sheet name → JSON of every user cell's value and style ('Dữ liệu': columns A–M only). */
  user: Map<string, string>;
  /** Dossier code → what was typed on "Trễ trên hệ thống". */
  typed: Map<string, { actual: number; note: string }>;
}

function userPart(sheet: FakeSheet, cols: number | null): string {
  const out: unknown[] = [];
  sheet.rows.forEach((line, i) => {
    line?.forEach((v, j) => {
      if (cols !== null && j >= cols) return;
      if (v !== undefined) out.push([i, j, v]);
    });
  });
  const styles = [...sheet.styles].filter(([k]) => cols === null || (k % 16_384) < cols).sort((a, b) => a[0] - b[0]);
  const userRules = sheet.conditionalFormats.filter((cf) => cf.formula?.startsWith('=$J') && cf.formula.includes('>'));
  return JSON.stringify({ out, styles, userRules });
}

const partOf = (book: FakeWorkbook, name: string) => userPart(book.getSheet(name), name === DATA ? USER_COLS : null);

/** Records a sheet as the user's: from now on nothing of it may change but by the user. */
export function recordUserSheet(model: ExcelModel, real: ExcelReal, name: string): void {
  model.user.set(name, partOf(real.book, name));
}

/** The tool's "Trễ trên hệ thống" tab, found by its mark. */
function losTab(real: ExcelReal): FakeSheet | null {
  const marks = real.store.toolTabMarks();
  return real.book.sheets.find((s) => marks[s.id] === LATE_ON_SYSTEM_SHEET_NAME) ?? null;
}

function losColumns(tab: FakeSheet) {
  const L = REPORT_LABELS.lateOnSystem;
  const h = tab.rows.findIndex((l) => l?.includes(L.actualResult));
  const heading = tab.rows[h];
  return { headingRow: h + 1, code: heading.indexOf(REPORT_LABELS.appendix.code) + 1, actual: heading.indexOf(L.actualResult) + 1, note: heading.indexOf(L.note) + 1 };
}

/** After every step: no user cell, format or sheet changed or gone; no typed entry lost. */
export function checkInvariants(model: ExcelModel, real: ExcelReal): void {
  for (const [name, part] of model.user) {
    expect(real.book.sheet(name), `user sheet ${name}`).toBeDefined();
    expect(partOf(real.book, name), `user cells of ${name}`).toBe(part);
  }
  if (model.typed.size === 0) return;
  const tab = losTab(real);
  expect(tab).not.toBeNull();
  const cols = losColumns(tab!);
  for (const [code, entry] of model.typed) {
    const row = tab!.rows.findIndex((l, i) => i >= cols.headingRow && l?.[cols.code - 1] === code) + 1;
    expect(row, `typed row ${code}`).toBeGreaterThan(0);
    expect([tab!.value(row, cols.actual), tab!.value(row, cols.note)]).toEqual([entry.actual, entry.note]);
  }
}

type Cmd = fc.AsyncCommand<ExcelModel, ExcelReal>;

async function check(real: ExcelReal) {
  return runCheck(real.excel, real.store, real.settings, { sheetName: DATA });
}

class CheckCmd implements Cmd {
  constructor(readonly onActive: boolean) {}
  check = () => true;
  async run(model: ExcelModel, real: ExcelReal) {
    // From the active sheet: a tool tab sends the check back to the data sheet; a user's own sheet without a header writes nothing.
    if (this.onActive) await runCheck(real.excel, real.store, real.settings).catch((e: { userMessage?: string }) => expect(e.userMessage).toBeTruthy());
    else await check(real);
    checkInvariants(model, real);
  }
  toString = () => `check(${this.onActive ? 'active' : DATA})`;
}

class ReportsCmd implements Cmd {
  check = () => true;
  async run(model: ExcelModel, real: ExcelReal) {
    await runReports(real.excel, real.store, await check(real), real.settings);
    checkInvariants(model, real);
  }
  toString = () => 'reports';
}

class ConsolidateCmd implements Cmd {
  check = () => true;
  async run(model: ExcelModel, real: ExcelReal) {
    await runConsolidate(real.excel, real.store, real.settings, [DATA]);
    checkInvariants(model, real);
  }
  toString = () => 'consolidate';
}

class EditDataCmd implements Cmd {
  constructor(readonly row: number, readonly days: number) {}
  check = () => true;
  async run(model: ExcelModel, real: ExcelReal) {
    // The clerk corrects "Ngày kết thúc xử lý" (column K) of a dossier.
    const sheet = real.book.getSheet(DATA);
    const received = sheet.value(this.row, 9);
    if (typeof received === 'number') sheet.setValue(this.row, 11, Math.floor(received) + this.days);
    model.user.set(DATA, partOf(real.book, DATA));
    checkInvariants(model, real);
  }
  toString = () => `edit(K${this.row} = received + ${this.days})`;
}

class TypeDateCmd implements Cmd {
  constructor(readonly pick: number, readonly note: string) {}
  check = () => true;
  async run(model: ExcelModel, real: ExcelReal) {
    const tab = losTab(real);
    if (!tab) return;
    const cols = losColumns(tab);
    const rows: number[] = [];
    for (let r = cols.headingRow + 1; r <= tab.rows.length; r++) {
      const code = tab.value(r, cols.code);
      if (typeof code === 'string' && /H39-/.test(code) && tab.value(r, cols.actual) === undefined && !model.typed.has(code)) rows.push(r);
    }
    if (rows.length === 0) return;
    const row = rows[this.pick % rows.length];
    const due = tab.value(row, cols.actual - 3);
    const actual = typeof due === 'number' ? due : 45_450;
    tab.setValue(row, cols.actual, actual);
    tab.setValue(row, cols.note, this.note);
    model.typed.set(tab.value(row, cols.code) as string, { actual, note: this.note });
    checkInvariants(model, real);
  }
  toString = () => `type(#${this.pick}, "${this.note}")`;
}

class AddUserSheetCmd implements Cmd {
  constructor(readonly name: string, readonly rename: boolean) {}
  check = (model: Readonly<ExcelModel>) => !model.user.has(this.name);
  async run(model: ExcelModel, real: ExcelReal) {
    if (real.book.sheet(this.name)) return;
    if (this.rename) {
      // A user's sheet renamed to a tool tab's name.
      const tmp = `Sổ ${model.user.size}`;
      real.book.fill(tmp, [['của tôi', model.user.size]]);
      real.book.renameSheet(tmp, this.name);
    } else {
      real.book.fill(this.name, [['Sổ tay', 1], ['ghi chú', 'x']]);
    }
    model.user.set(this.name, partOf(real.book, this.name));
    checkInvariants(model, real);
  }
  toString = () => `${this.rename ? 'rename' : 'add'}("${this.name}")`;
}

class SwitchCmd implements Cmd {
  constructor(readonly pick: number) {}
  check = () => true;
  async run(model: ExcelModel, real: ExcelReal) {
    real.book.activeSheet = real.book.sheets[this.pick % real.book.sheets.length].name;
    checkInvariants(model, real);
  }
  toString = () => `switch(#${this.pick})`;
}

class RerunCmd implements Cmd {
  constructor(readonly what: 'check' | 'reports' | 'consolidate') {}
  check = () => true;
  async run(model: ExcelModel, real: ExcelReal) {
    const once = async () => {
      if (this.what === 'check') await check(real);
      else if (this.what === 'reports') await runReports(real.excel, real.store, await check(real), real.settings);
      else await runConsolidate(real.excel, real.store, real.settings, [DATA]);
    };
    await once();
    const first = snapshotWorkbook(real.book);
    await once();
    // A rerun with no edit in between leaves the workbook identical.
    expect(snapshotWorkbook(real.book)).toEqual(first);
    checkInvariants(model, real);
  }
  toString = () => `rerun(${this.what})`;
}

/** Every kind of step, with the names a user could give their own sheets. */
export function excelCommands(dataRows: number) {
  const toolName = fc.constantFrom(...TOOL_TAB_NAMES.filter((n) => n.length <= 31), 'cán bộ', 'BIỂU 06A');
  return [
    fc.boolean().map((onActive) => new CheckCmd(onActive)),
    fc.constant(new ReportsCmd()),
    fc.constant(new ConsolidateCmd()),
    fc.tuple(fc.integer({ min: 4, max: 3 + dataRows }), fc.integer({ min: 0, max: 30 })).map(([row, days]) => new EditDataCmd(row, days)),
    fc.tuple(fc.nat(), fc.constantFrom('Đã trả bản giấy', 'Trả qua bưu điện', '="công thức"')).map(([pick, note]) => new TypeDateCmd(pick, note)),
    fc.tuple(toolName, fc.boolean()).map(([name, rename]) => new AddUserSheetCmd(name, rename)),
    fc.nat().map((pick) => new SwitchCmd(pick)),
    fc.constantFrom('check' as const, 'reports' as const, 'consolidate' as const).map((what) => new RerunCmd(what)),
  ];
}
