/// <reference types="office-js" />
/**
 * The add-in's work with Excel: read once, hand the grid to core, apply core's plan.
 * No rule lives here. Sync counts (see excel-data-plan.ts for the data sheet):
 *   Kiểm tra hạn: 1 read (+1 when a "Ngày nghỉ" sheet exists) + max(2, ⌈value bytes ÷ 3.9 MB⌉) writes;
 *   Tạo phụ lục / Tổng hợp: 1 to list the tabs + ⌈bytes ÷ 4 MB⌉ to write them (+1 read for Tổng hợp).
 */
import {
  buildDaysOffSheet,
  buildReports,
  checkSheet,
  consolidate,
  DAYS_OFF_SHEET_NAME,
  formatCount,
  headerSignature,
  headerWithAgency,
  readDaysOffSheet,
  ymdFromDay,
  type CellRange,
  type CheckResult,
  type Day,
  type InputCell,
  type MappingOverride,
  type ReadResult,
  type SheetGrid,
  type Problem,
  type Settings,
  type SheetPlan,
} from '../../core/index.js';
import { cellAddress, rangeAddress, rowsAddress } from './a1.js';
import { createBatch } from './excel-batch.js';
import { applyDataPlan } from './excel-data-plan.js';
import type { ExcelHost } from './excel-host.js';
import { gridOf, readCheckTarget, readSheets } from './excel-read.js';
import { applySheetPlan } from './excel-sheet-plan.js';
import { AddinError } from './errors.js';
import { columnHeadings, type ColumnHeading } from './headings.js';
import { UI } from './labels.vi.js';
import { safeSheetName, sameSheetName } from './sheet-name.js';
import { firstUserCellInToolArea } from './tool-area.js';
import type { WorkbookStore } from './workbook-store.js';

/** Rows enough to find any export's header (titles, blank rows, multi-row headings). */
const HEADER_SCAN_ROWS = 60;

export interface RunOptions {
  /** Shows what is being done ("Đang đọc 12.480 dòng…"). */
  progress?: (message: string) => void;
  /** Lets the pane repaint before a long computation. */
  yieldToUi?: () => Promise<void>;
}

export interface DaysOffRead {
  extraDaysOff: Day[];
  extraWorkingDays: Day[];
  problems: Problem[];
}

export interface CheckOutcome {
  sheetName: string;
  /** The selected block (rows of the used range) or null for the whole sheet. */
  selection: CellRange | null;
  settings: Settings;
  result: CheckResult;
  headings: ColumnHeading[];
  /** Key of the user's column corrections for sheets with these headings. */
  signature: string;
  daysOff: DaysOffRead | null;
  /** False when colors were written directly (see fill-rules.ts). */
  conditional: boolean;
}

/** Kiểm tra hạn on the active sheet (or `sheetName`), with the user's remembered columns. */
export async function runCheck(host: ExcelHost, store: WorkbookStore, base: Settings, options: RunOptions & { sheetName?: string | null } = {}): Promise<CheckOutcome> {
  const progress = options.progress ?? (() => undefined);
  const pause = options.yieldToUi ?? (async () => undefined);
  return host.run(async (context) => {
    progress(UI.progress.reading);
    let target = await readCheckTarget(context, options.sheetName ?? null);
    // On a report tab the tool made, check the data sheet checked last instead.
    const last = store.dataSheet();
    const onToolTab = store.ownedTabs().some((t) => sameSheetName(t, target.sheetName));
    if (onToolTab && last !== null && target.sheetNames.some((n) => sameSheetName(n, last))) target = await readCheckTarget(context, last);
    const daysOffName = target.sheetNames.find((n) => sameSheetName(n, DAYS_OFF_SHEET_NAME));
    let daysOff: DaysOffRead | null = null;
    if (daysOffName !== undefined && !sameSheetName(daysOffName, target.sheetName)) {
      const [sheet] = await readSheets(context, [daysOffName]);
      daysOff = readDaysOffSheet(gridOf(sheet));
    }
    const grid = gridOf(target);
    progress(UI.progress.readingRows(formatCount(grid.cells.length)));
    await pause();

    const calendar = daysOff ? { ...base.calendar, extraDaysOff: daysOff.extraDaysOff, extraWorkingDays: daysOff.extraWorkingDays } : base.calendar;
    const scan = checkSheet({ ...grid, cells: grid.cells.slice(0, HEADER_SCAN_ROWS) }, { ...base, calendar, mapping: {} }).read;
    const headings = scan.headerRows.length > 0 ? columnHeadings(grid, scan) : [];
    const signature = headings.length > 0 ? headerSignature({ headerRows: scan.headerRows, mapping: scan.mapping, headings: headings.map((h) => h.text) }) : '';
    const settings: Settings = { ...base, calendar, mapping: signature ? store.mappingFor(signature) : {} };
    progress(UI.progress.checking(formatCount(Math.max(0, grid.cells.length - scan.headerRows.length))));
    await pause();
    const result = checkSheet(grid, settings);

    let conditional = true;
    if (result.plan) {
      const blocked = firstUserCellInToolArea(grid, result.plan, result.read.toolColumns);
      if (blocked) throw new AddinError(UI.errors.toolArea(cellAddress(blocked.row, blocked.col)));
      progress(UI.progress.writing);
      const batch = createBatch(context);
      const sheet = context.workbook.worksheets.getItem(target.sheetName);
      const applied = await applyDataPlan(batch, sheet, result.plan, {
        supports: (v) => host.supports(v),
        previousFormatRanges: store.formatRanges(target.sheetName),
        onColoring: () => progress(UI.progress.coloring),
      });
      conditional = applied.conditional;
      store.setFormatRanges(target.sheetName, applied.formatRanges);
      store.setDataSheet(target.sheetName);
    }
    return { sheetName: target.sheetName, selection: target.selection, settings, result, headings, signature, daysOff, conditional };
  });
}

export interface TabsOutcome {
  /** Tabs written, in order. */
  names: string[];
  /** Things the pane should say (print setup or charts not supported). */
  notes: string[];
  /** The user declined to replace tabs the tool did not create. */
  declined: boolean;
}

export interface TabsOptions extends RunOptions {
  /** Asked before replacing tabs of these names that the tool did not create. */
  confirmReplace?: (names: string[]) => Promise<boolean>;
}

/** Tạo phụ lục: the report tabs of the checked dossiers for the period. */
export async function runReports(host: ExcelHost, store: WorkbookStore, check: CheckOutcome, settings: Settings, options: TabsOptions = {}): Promise<TabsOutcome> {
  options.progress?.(UI.progress.reports);
  const header = headerWithAgency(settings.header, check.result.agency);
  const plans = buildReports(check.result.dossiers, { ...settings, calendar: check.settings.calendar, mapping: check.settings.mapping, header });
  return writeTabs(host, store, plans, options);
}

/** Tổng hợp: reads the ticked sheets in one sync, consolidates them, writes the result tabs. */
export async function runConsolidate(
  host: ExcelHost,
  store: WorkbookStore,
  settings: Settings,
  names: readonly string[],
  options: TabsOptions = {},
): Promise<TabsOutcome & { problems: Problem[] }> {
  options.progress?.(UI.progress.readingSheets(names.length));
  const reads = await host.run((context) => readSheets(context, names));
  options.progress?.(UI.progress.consolidating);
  await options.yieldToUi?.();
  const merged = consolidate(reads.map((r) => ({ name: r.sheetName, grid: gridOf(r) })), settings);
  const written = await writeTabs(host, store, merged.sheets, options);
  return { ...written, problems: merged.problems };
}

/**
 * Replaces tool tabs by name (delete, then add and write) and activates the first one.
 * Tabs of the same name the tool did not create are replaced only if the user agrees.
 */
export async function writeTabs(host: ExcelHost, store: WorkbookStore, plans: readonly SheetPlan[], options: TabsOptions = {}): Promise<TabsOutcome> {
  const names = plans.map((p) => safeSheetName(p.name));
  const owned = store.ownedTabs();
  const outcome = await host.run(async (context): Promise<TabsOutcome> => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const existing = sheets.items.map((s) => s.name);
    const exists = (name: string) => existing.some((e) => sameSheetName(e, name));
    const foreign = names.filter((n) => exists(n) && !owned.some((o) => sameSheetName(o, n)));
    if (foreign.length > 0 && !(await (options.confirmReplace?.(foreign) ?? Promise.resolve(false)))) {
      return { names: [], notes: [], declined: true };
    }
    options.progress?.(UI.progress.writing);
    const batch = createBatch(context);
    const notes = new Set<string>();
    let first: Excel.Worksheet | null = null;
    for (let i = 0; i < plans.length; i++) {
      await batch.charge();
      if (exists(names[i])) sheets.getItem(names[i]).delete();
      const sheet = sheets.add(names[i]);
      first ??= sheet;
      const applied = await applySheetPlan(batch, sheet, { ...plans[i], name: names[i] }, (v) => host.supports(v));
      if (applied.printSkipped) notes.add(UI.notes.printSkipped);
      for (const skip of applied.chartsSkipped) notes.add(UI.notes.chartSkipped(skip.title));
    }
    if (first) {
      await batch.charge();
      first.activate();
    }
    await batch.flush();
    return { names, notes: [...notes], declined: false };
  });
  if (!outcome.declined) store.setOwnedTabs([...owned, ...outcome.names]);
  return outcome;
}

/** Opens the "Ngày nghỉ" sheet, creating it from the settings' days when it does not exist yet. */
export async function openDaysOffSheet(host: ExcelHost, settings: Settings): Promise<{ created: boolean }> {
  const year = ymdFromDay(settings.asOf).y;
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const found = sheets.items.find((s) => sameSheetName(s.name, DAYS_OFF_SHEET_NAME));
    if (found) {
      sheets.getItem(found.name).activate();
      await context.sync();
      return { created: false };
    }
    const plan = buildDaysOffSheet(settings.calendar, [year, year + 1]);
    const batch = createBatch(context);
    await batch.charge();
    const sheet = sheets.add(safeSheetName(plan.name));
    await applySheetPlan(batch, sheet, plan, (v) => host.supports(v));
    await batch.charge();
    sheet.activate();
    await batch.flush();
    return { created: true };
  });
}

/** What the "Dữ liệu" section shows: the header found and the column of each field. */
export interface DataView {
  sheetName: string;
  selection: CellRange | null;
  read: Pick<ReadResult, 'headerRows' | 'mapping' | 'problems'>;
  headings: ColumnHeading[];
  signature: string;
  /** The user's corrections in force for this signature. */
  overrides: MappingOverride;
}

export function dataViewOf(check: CheckOutcome): DataView {
  return { sheetName: check.sheetName, selection: check.selection, read: check.result.read, headings: check.headings, signature: check.signature, overrides: check.settings.mapping };
}

/** Reads only the top rows of the active sheet (two small syncs) to show its columns. */
export async function runHeaderScan(host: ExcelHost, store: WorkbookStore, base: Settings): Promise<DataView> {
  return host.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    const empty = { headerRows: [], mapping: [], problems: [] };
    if (used.isNullObject) return { sheetName: sheet.name, selection: null, read: empty, headings: [], signature: '', overrides: {} };
    const range = { row: used.rowIndex + 1, col: used.columnIndex + 1, rows: Math.min(HEADER_SCAN_ROWS, used.rowCount), cols: used.columnCount };
    const top = sheet.getRange(rangeAddress(range));
    top.load('values');
    await context.sync();
    const grid: SheetGrid = { sheetName: sheet.name, cells: top.values as InputCell[][], origin: { row: range.row, col: range.col } };
    const scan = checkSheet(grid, { ...base, mapping: {} }).read;
    const headings = scan.headerRows.length > 0 ? columnHeadings(grid, scan) : [];
    const signature = headings.length > 0 ? headerSignature({ headerRows: scan.headerRows, mapping: scan.mapping, headings: headings.map((h) => h.text) }) : '';
    const overrides = signature ? store.mappingFor(signature) : {};
    const read = Object.keys(overrides).length > 0 ? checkSheet(grid, { ...base, mapping: overrides }).read : scan;
    return { sheetName: sheet.name, selection: null, read, headings, signature, overrides };
  });
}

/** The names of the workbook's sheets (for Tổng hợp…). */
export async function listSheets(host: ExcelHost): Promise<string[]> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

/** The cell a problem points at ("F12"), its row ("12:12") when no column is known, or null. */
export function problemAddress(problem: Problem): string | null {
  if (problem.row <= 0) return null;
  if (problem.columnLetter) return `${problem.columnLetter}${problem.row}`;
  return rowsAddress(problem.row);
}

/** Selects a problem's cell on its sheet. */
export async function selectProblem(host: ExcelHost, sheetName: string, problem: Problem): Promise<void> {
  const address = problemAddress(problem);
  if (address === null) return;
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}
