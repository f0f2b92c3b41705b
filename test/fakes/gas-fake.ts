/**
 * A fake of the Apps Script services the add-on uses (SpreadsheetApp, HtmlService,
 * PropertiesService, CacheService, Utilities, Session, ScriptApp), recording every call,
 * holding sheets with values and formats. `gasFake().globals` is what a node:vm context
 * needs to run the built apps-script/dist/Code.js.
 */
import { FakeRuleBuilder } from './gas-fake-format.js';
import { CallLog, track } from './gas-fake-log.js';
import { FakeSheet } from './gas-fake-sheet.js';
import { formatDate } from './gas-fake-zone.js';

export { CallLog } from './gas-fake-log.js';
export { FakeSheet, type CoercedFormula } from './gas-fake-sheet.js';
export { zonedInstant, formatDate } from './gas-fake-zone.js';

export interface GasFakeOptions {
  /** The spreadsheet's zone (File → Settings). @default 'Asia/Ho_Chi_Minh' */
  spreadsheetTimeZone?: string;
  /** The script's zone (appsscript.json). @default 'Asia/Ho_Chi_Minh' */
  scriptTimeZone?: string;
  /** 'NONE' for a bound script, else an add-on. @default 'NONE' */
  installationSource?: 'NONE' | 'WEB_STORE_ADD_ON';
  /** The spreadsheet's locale (File → Settings), e.g. 'en_US' (month-first). @default 'vi_VN' */
  locale?: string;
}

/** Sheets refuses a spreadsheet over 10 million cells (all tabs' grids together). */
export const SHEETS_CELL_CAP = 10_000_000;

const utf8 = new TextEncoder();
/** Apps Script counts property sizes in bytes of UTF-8 (key and value). */
export const propertyBytes = (key: string, value: string) => utf8.encode(key).length + utf8.encode(value).length;

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  private nextId = 1;

  flushes = 0;

  constructor(
    private readonly log: CallLog,
    private readonly timeZone: string,
    private readonly locale = 'vi_VN',
  ) {}

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  /** Cells of every tab's grid: Sheets' 10-million cap counts these. */
  peekCellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }
  /** Throws as Sheets does when a change would pass the cap. */
  checkCellCap(extra: number): void {
    if (this.peekCellCount() + extra > SHEETS_CELL_CAP) {
      throw new Error('Exception: This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
    }
  }
  /** Sheet names are unique without regard to case: "cán bộ" and "Cán bộ" are the same name. */
  nameTaken(name: string, except?: FakeSheet): boolean {
    const low = name.toLowerCase();
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === low);
  }
  deleteSheet(sheet: FakeSheet): void {
    const i = this.sheets.findIndex((s) => s.id === sheet.getSheetId());
    if (i < 0) throw new Error('fake: no such sheet');
    if (this.sheets.length === 1) throw new Error('Exception: You can\'t remove all the sheets in a document.');
    const [gone] = this.sheets.splice(i, 1);
    if (this.active === gone) this.active = this.sheets[0];
  }
  getSheets(): FakeSheet[] {
    return this.sheets.map((s) => this.tracked(s));
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    // Sheets finds a tab whatever the case of the name asked.
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    return sheet ? this.tracked(sheet) : null;
  }
  getActiveSheet(): FakeSheet {
    if (!this.active) throw new Error('fake: no sheet');
    return this.tracked(this.active);
  }
  insertSheet(name: string, index?: number): FakeSheet {
    if (this.nameTaken(name)) throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    this.checkCellCap(1000 * 26);
    const sheet = this.peekAddSheet(name, 1000, 26, index);
    this.active = sheet;
    return this.tracked(sheet);
  }

  /** Test helper: a sheet holding `rows` (values as Apps Script returns them: Dates for date cells). */
  peekAddSheet(name: string, maxRows: number, maxCols: number, index?: number): FakeSheet {
    const sheet = new FakeSheet(name, this.nextId++, maxRows, maxCols, this.log, (s) => {
      this.active = s;
    }, this);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  peekSheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`fake: no sheet ${name}`);
    return sheet;
  }

  private tracked(sheet: FakeSheet): FakeSheet {
    return track(sheet, 'Sheet', this.log);
  }
}

class FakeProperties {
  readonly store = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    // Apps Script: 9 KB per value, 500 KB per store, counted in UTF-8 bytes (Vietnamese letters are 2–3 bytes).
    if (propertyBytes(key, value) > 9 * 1024) throw new Error('Exception: Argument too large: value');
    const before = this.store.get(key);
    this.store.set(key, value);
    if ([...this.store].reduce((n, [k, v]) => n + propertyBytes(k, v), 0) > 500 * 1024) {
      if (before === undefined) this.store.delete(key);
      else this.store.set(key, before);
      throw new Error('Exception: You have exceeded the property storage quota.');
    }
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
}

class FakeCache {
  readonly store = new Map<string, string>();
  get(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  put(key: string, value: string): void {
    if (value.length > 100 * 1024) throw new Error('Exception: Argument too large: value');
    this.store.set(key, value);
  }
  remove(key: string): void {
    this.store.delete(key);
  }
}

export interface FakeUiState {
  menus: { title: string; addon: boolean; items: { caption: string; fn: string }[] }[];
  sidebars: { file: string; title: string; appended: string[] }[];
}

/** Builds the fake services and the spreadsheet they act on. */
export function gasFake(options: GasFakeOptions = {}) {
  const log = new CallLog();
  const ss = new FakeSpreadsheet(log, options.spreadsheetTimeZone ?? 'Asia/Ho_Chi_Minh', options.locale ?? 'vi_VN');
  const documentProperties = new FakeProperties();
  const cache = new FakeCache();
  const ui: FakeUiState = { menus: [], sidebars: [] };

  const menu = (title: string, addon: boolean) => {
    const entry = { title, addon, items: [] as { caption: string; fn: string }[] };
    const m = {
      addItem(caption: string, fn: string) {
        entry.items.push({ caption, fn });
        return m;
      },
      addSeparator() {
        return m;
      },
      addToUi() {
        ui.menus.push(entry);
      },
    };
    return m;
  };
  const htmlOutput = (file: string) => {
    const out = {
      file,
      title: '',
      appended: [] as string[],
      setTitle(t: string) {
        out.title = t;
        return out;
      },
      append(s: string) {
        out.appended.push(s);
        return out;
      },
    };
    return out;
  };

  const SpreadsheetApp = track(
    {
      getActiveSpreadsheet: () => track(ss, 'Spreadsheet', log),
      getActive: () => track(ss, 'Spreadsheet', log),
      getUi: () => ({
        createMenu: (title: string) => menu(title, false),
        createAddonMenu: () => menu('', true),
        showSidebar: (html: ReturnType<typeof htmlOutput>) => ui.sidebars.push({ file: html.file, title: html.title, appended: html.appended }),
      }),
      newConditionalFormatRule: () => track(new FakeRuleBuilder(), 'ConditionalFormatRuleBuilder', log),
      flush: () => {
        ss.flushes++;
      },
      DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
      BorderStyle: { SOLID: 'SOLID' },
      BooleanCriteria: { CUSTOM_FORMULA: 'CUSTOM_FORMULA' },
    },
    'SpreadsheetApp',
    log,
  );
  const globals = {
    SpreadsheetApp,
    HtmlService: { createHtmlOutputFromFile: (file: string) => htmlOutput(file) },
    PropertiesService: { getDocumentProperties: () => documentProperties, getUserProperties: () => new FakeProperties() },
    CacheService: { getDocumentCache: () => cache, getScriptCache: () => cache, getUserCache: () => cache },
    Utilities: track({ formatDate }, 'Utilities', log),
    Session: { getScriptTimeZone: () => options.scriptTimeZone ?? 'Asia/Ho_Chi_Minh' },
    ScriptApp: {
      InstallationSource: { NONE: 'NONE', WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON', APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON' },
      getInstallationSource: () => options.installationSource ?? 'NONE',
    },
    Logger: { log: () => undefined },
    console: { log: () => undefined, error: () => undefined, warn: () => undefined },
  };
  return { globals, ss, log, documentProperties, cache, ui };
}

export type GasFake = ReturnType<typeof gasFake>;
