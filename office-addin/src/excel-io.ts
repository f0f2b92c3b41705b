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
  keepTypedEntries,
  LATE_ON_SYSTEM_SHEET_NAME,
  formatCount,
  headerSignature,
  headerWithAgency,
  readDaysOffSheet,
  ymdFromDay,
  type CellPatch,
  type CellRange,
  type CheckResult,
  type ConsolidatedInput,
  type ConsolidateInput,
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
import { applyDataPlanRetrying } from './excel-data-plan.js';
import type { ExcelHost } from './excel-host.js';
import { gridOf, isPayloadError, MultiAreaSelection, readCheckTarget, readSheets, selectedRowsGrid, type CheckTarget } from './excel-read.js';
import { applySheetPlan } from './excel-sheet-plan.js';
import { queuePatches } from './excel-cells.js';
import { AddinError } from './errors.js';
import { columnHeadings, type ColumnHeading } from './headings.js';
import { UI } from './labels.vi.js';
import { freeSheetName, safeSheetName, sameSheetName } from './sheet-name.js';
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

/** What Kiểm tra hạn reads and core finds, before anything is written. */
export interface CheckRead {
  target: CheckTarget;
  /** The whole sheet as read, and the grid core checked (the selected rows, or the whole sheet). */
  whole: SheetGrid;
  grid: SheetGrid;
  settings: Settings;
  result: CheckResult;
  headings: ColumnHeading[];
  signature: string;
  daysOff: DaysOffRead | null;
  /** The tool's "Ngày nghỉ" and "Trễ trên hệ thống" tabs as read (null when there is none). */
  daysOffGrid: SheetGrid | null;
  lateOnSystem: SheetGrid | null;
}

/** Reads the active sheet (or `sheetName`) and its "Ngày nghỉ" and "Trễ trên hệ thống" tabs, and checks it: 1 or 2 syncs. */
export async function readAndCheck(
  context: Excel.RequestContext,
  store: WorkbookStore,
  base: Settings,
  supports: (v: string) => boolean,
  options: RunOptions & { sheetName?: string | null } = {},
): Promise<CheckRead> {
  const progress = options.progress ?? (() => undefined);
  const pause = options.yieldToUi ?? (async () => undefined);
  progress(UI.progress.reading);
  let target = await readSelectionTarget(context, options.sheetName ?? null, supports);
  const marks = store.toolTabMarks();
  const markOf = (name: string) => {
    const i = target.sheetNames.findIndex((n) => sameSheetName(n, name));
    return i < 0 ? undefined : marks[target.sheetIds[i]];
  };
  if (markOf(target.sheetName) !== undefined) {
    // A tool tab is never read as data: go back to the data sheet checked last, or say which to choose.
    const last = store.dataSheet();
    const known = last !== null && target.sheetNames.some((n) => sameSheetName(n, last)) && markOf(last) === undefined ? last : null;
    if (options.sheetName != null || known === null) throw new AddinError(UI.errors.toolTab(target.sheetName, known));
    target = await readSelectionTarget(context, known, supports);
  }
  const toolTab = (coreName: string) => {
    const byMark = target.sheetNames.find((n) => markOf(n) === coreName);
    return byMark ?? target.sheetNames.find((n) => markOf(n) === undefined && n === coreName);
  };
  const daysOffName = toolTab(DAYS_OFF_SHEET_NAME) ?? target.sheetNames.find((n) => sameSheetName(n, DAYS_OFF_SHEET_NAME));
  const losName = toolTab(LATE_ON_SYSTEM_SHEET_NAME);
  const extra = [daysOffName, losName].filter((n): n is string => n !== undefined && !sameSheetName(n, target.sheetName));
  const extraReads = extra.length > 0 ? await readSheets(context, extra, supports) : [];
  const readOf = (name: string | undefined) => (name === undefined ? undefined : extraReads.find((r) => r.sheetName === name));
  const daysOffRead = readOf(daysOffName);
  const daysOff: DaysOffRead | null = daysOffRead ? readDaysOffSheet(gridOf(daysOffRead)) : null;
  const losRead = readOf(losName);
  const lateOnSystem = losRead ? gridOf(losRead) : null;
  const whole = gridOf(target);
  progress(UI.progress.readingRows(formatCount(whole.cells.length)));
  await pause();

  const calendar = daysOff ? { ...base.calendar, extraDaysOff: daysOff.extraDaysOff, extraWorkingDays: daysOff.extraWorkingDays } : base.calendar;
  const scan = checkSheet({ ...whole, cells: whole.cells.slice(0, HEADER_SCAN_ROWS) }, { ...base, calendar, mapping: {} }).read;
  // Selected rows: the header is the one above the selection.
  const headerLast = scan.headerRows.length > 0 ? scan.headerRows[scan.headerRows.length - 1] : null;
  const grid = target.selection ? selectedRowsGrid(whole, target.selection, headerLast) : whole;
  const headings = scan.headerRows.length > 0 ? columnHeadings(grid, scan) : [];
  const signature = headings.length > 0 ? headerSignature({ headerRows: scan.headerRows, mapping: scan.mapping, headings: headings.map((h) => h.text) }) : '';
  const settings: Settings = { ...base, calendar, mapping: signature ? store.mappingFor(signature) : {} };
  progress(UI.progress.checking(formatCount(Math.max(0, grid.cells.length - scan.headerRows.length))));
  await pause();
  const result = checkSheet(grid, settings, { lateOnSystem });
  const daysOffGrid = daysOffRead ? gridOf(daysOffRead) : null;
  return { target, whole, grid, settings, result, headings, signature, daysOff, daysOffGrid, lateOnSystem };
}

/** Kiểm tra hạn on the active sheet (or `sheetName`), with the user's remembered columns. */
export async function runCheck(host: ExcelHost, store: WorkbookStore, base: Settings, options: RunOptions & { sheetName?: string | null } = {}): Promise<CheckOutcome> {
  const progress = options.progress ?? (() => undefined);
  const supports = (v: string) => host.supports(v);
  return host.run(async (context) => {
    const { target, whole, settings, result, headings, signature, daysOff } = await readAndCheck(context, store, base, supports, options);
    let conditional = true;
    if (result.plan) {
      // Checked against the whole sheet: rows left out of a selection may hold user cells too.
      const blocked = firstUserCellInToolArea(whole, result.plan, result.read.toolColumns);
      if (blocked) throw new AddinError(UI.errors.toolArea(cellAddress(blocked.row, blocked.col)));
      progress(UI.progress.writing);
      const name = target.sheetName;
      // A request Excel refuses as too large is written again, whole, in smaller requests.
      const applied = await applyDataPlanRetrying(context, () => context.workbook.worksheets.getItem(name), result.plan, {
        supports,
        previousFormatRanges: store.formatRanges(target.sheetName),
        onColoring: () => progress(UI.progress.coloring),
      }, isPayloadError);
      conditional = applied.conditional;
      store.setFormatRanges(target.sheetName, applied.formatRanges);
      store.setDataSheet(target.sheetName);
    }
    return { sheetName: target.sheetName, selection: target.selection, settings, result, headings, signature, daysOff, conditional };
  });
}

/** readCheckTarget, with a multi-area selection turned into the sentence for the user. */
async function readSelectionTarget(context: Excel.RequestContext, sheetName: string | null, supports: (v: string) => boolean) {
  try {
    return await readCheckTarget(context, sheetName, supports);
  } catch (error) {
    if (error instanceof MultiAreaSelection) throw new AddinError(UI.errors.multiArea);
    throw error;
  }
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
  /** Cells set on a tab right after its plan (the live workbook's formulas), by the plan's name. */
  patches?: Readonly<Record<string, readonly CellPatch[]>>;
  /**
   * Plan names whose unmarked tab of that name is the tool's all the same and is replaced
   * (the office's "Ngày nghỉ", read by every check; its rows are in the plan).
   */
  adopt?: readonly string[];
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
  const reads = await host.run((context) => readSheets(context, names, (v) => host.supports(v)));
  const { inputs: _inputs, ...written } = await consolidateInputs(host, store, settings, reads.map((r) => ({ name: r.sheetName, grid: gridOf(r) })), options);
  return written;
}

/**
 * Tổng hợp of sheets already read (the workbook's own, or files the pane read): core's
 * consolidate, then its tabs written as every tool tab is. With `onlyWhenMerged`, nothing
 * is written when no input merged (a set of files that holds no unit's data).
 */
export async function consolidateInputs(
  host: ExcelHost,
  store: WorkbookStore,
  settings: Settings,
  inputs: readonly ConsolidateInput[],
  options: TabsOptions & { onlyWhenMerged?: boolean } = {},
): Promise<TabsOutcome & { problems: Problem[]; inputs: ConsolidatedInput[] }> {
  options.progress?.(UI.progress.consolidating);
  await options.yieldToUi?.();
  const merged = consolidate(inputs, settings);
  if (options.onlyWhenMerged && !merged.inputs.some((i) => i.merged)) return { names: [], notes: [], declined: false, problems: merged.problems, inputs: merged.inputs };
  const written = await writeTabs(host, store, merged.sheets, options);
  return { ...written, problems: merged.problems, inputs: merged.inputs };
}

/**
 * Writes the tool's tabs. A tab the tool marked for a plan's name (store.toolTabMarks,
 * by worksheet id) is replaced; a user's tab of that name is never touched: the plan
 * goes to a free name ("Cán bộ (Đúng Hạn)") with a note. The typed dates and notes of
 * "Trễ trên hệ thống" are read first and carried into its new version.
 */
export async function writeTabs(host: ExcelHost, store: WorkbookStore, plans: readonly SheetPlan[], options: TabsOptions = {}): Promise<TabsOutcome> {
  const supports = (v: string) => host.supports(v);
  const marks = { ...store.toolTabMarks() };
  const outcome = await host.run(async (context): Promise<TabsOutcome & { added: { id: string; name: string }[]; removed: string[] }> => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    await context.sync();
    const items = sheets.items.map((s) => ({ name: s.name, id: s.id }));
    const markedFor = (coreName: string) => items.find((s) => marks[s.id] === coreName);
    const adopted = (coreName: string) =>
      (options.adopt ?? []).indexOf(coreName) >= 0 ? items.find((s) => marks[s.id] === undefined && sameSheetName(s.name, coreName)) : undefined;
    const los = markedFor(LATE_ON_SYSTEM_SHEET_NAME);
    const previousLos = los ? gridOf((await readSheets(context, [los.name], supports))[0]) : null;
    const ready = plans.map((p) => (p.name === LATE_ON_SYSTEM_SHEET_NAME ? keepTypedEntries(p, previousLos, UI.notes.keptTyped) : p));
    options.progress?.(UI.progress.writing);
    const batch = createBatch(context);
    const notes = new Set<string>();
    const removed: string[] = [];
    const taken = items.map((s) => s.name);
    const added: { sheet: Excel.Worksheet; name: string }[] = [];
    for (const plan of ready) {
      await batch.charge();
      const old = markedFor(plan.name) ?? adopted(plan.name);
      let name: string;
      if (old) {
        sheets.getItem(old.name).delete();
        removed.push(old.id);
        name = old.name;
      } else {
        name = freeSheetName(taken, plan.name);
        if (!sameSheetName(name, safeSheetName(plan.name))) notes.add(UI.notes.freeName(plan.name, name));
        taken.push(name);
      }
      const sheet = sheets.add(name);
      sheet.load('id');
      added.push({ sheet, name });
      const applied = await applySheetPlan(batch, sheet, { ...plan, name }, supports);
      if (applied.printSkipped) notes.add(UI.notes.printSkipped);
      if (applied.layoutSkipped) notes.add(UI.notes.layoutSkipped);
      if (applied.freezeSkipped) notes.add(UI.notes.freezeSkipped);
      for (const skip of applied.chartsSkipped) notes.add(UI.notes.chartSkipped(skip.title));
      const patches = options.patches ? options.patches[plan.name] : undefined;
      if (patches) await queuePatches(batch, sheet, patches, plan);
    }
    if (added.length > 0) {
      await batch.charge();
      added[0].sheet.activate();
    }
    await batch.flush();
    return { names: added.map((a) => a.name), notes: [...notes], declined: false, added: added.map((a) => ({ id: a.sheet.id, name: a.name })), removed };
  });
  for (const id of outcome.removed) delete marks[id];
  outcome.added.forEach((a, i) => (marks[a.id] = plans[i].name));
  store.setToolTabMarks(marks);
  store.setOwnedTabs([...new Set([...store.ownedTabs(), ...outcome.names])]);
  return { names: outcome.names, notes: outcome.notes, declined: false };
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
