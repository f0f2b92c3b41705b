/// <reference types="google-apps-script" />
/**
 * "Xuất sổ tự tính" as resumable steps, the pattern of run-check.ts and run-tabs.ts under
 * Apps Script's 6-minute limit: every call reads and checks the sheet again and builds the
 * same LivePlan (core is deterministic), then goes on where the token says. First the
 * report tabs and "Ngày nghỉ", each with its patches and a flush, while the time budget
 * allows another (the data formulas point at "Ngày nghỉ", so it comes before them); then
 * the data block's frame once, and blocks of rows sized by the measured cost of a row.
 * The token holds a fingerprint of the user's data and of the tabs: a change between
 * calls starts the writing again (once) instead of mixing two results.
 */
import {
  buildLivePlan,
  columnLetter,
  DAYS_OFF_SHEET_NAME,
  formatCount,
  retargetSheet,
  type LiveDataPlan,
  type LivePlan,
  type Settings,
  type SheetGrid,
  type SheetPlan,
} from '../../core/index.js';
import { analyse, lateOnSystemTab, sheetByName, type Analysis } from './analyse.js';
import { CALL_BUDGET_MS, chunkRowsFor, fingerprinter, isCount, MAX_RESTARTS, parseTokenJson, shortenedRules } from './chunks.js';
import { dataSheetFor, rememberDataSheet } from './data-sheet.js';
import { SIDEBAR_LABELS } from './labels.vi.js';
import { applyLiveFrame, applyLiveRows, applyPatches } from './live-sheet.js';
import { UserFacingError } from './rpc.js';
import type { LiveRequest, LiveStep, LiveSummary } from './rpc-types.js';
import { loadSettings, saveSettings, today } from './settings-io.js';
import { readGrid } from './sheets-io.js';
import { applyTabPlan } from './tab-io.js';
import { plansFingerprint } from './tabs-token.js';
import { adoptToolTab, findToolTab } from './tool-marks.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LiveToken {
  v: 1;
  kind: 'live';
  sheetId: number;
  sheetName: string;
  /** Next tab of plan.sheets to write, and the names written so far by plan index. */
  nextTab: number;
  written: (string | null)[];
  /** Next row offset of the data block; -1 until its frame is written. */
  nextRow: number;
  fingerprint: string;
  msPerTab: number | null;
  msPerRow: number | null;
  /** Fixed tabs and rows per call (tests); null = sized by time. */
  tabsPerCall: number | null;
  chunkRows: number | null;
  restarts: number;
}

interface Built {
  analysis: Analysis;
  plan: LivePlan | null;
  fingerprint: string;
}

/** Reads, checks and plans; the office's own "Ngày nghỉ" becomes the tool's tab first (its rows are kept in the plan). */
function build(ss: Spreadsheet, sheet: Sheet, settings: Settings, timeZone: string): Built {
  const analysis = analyse(ss, sheet, settings, timeZone);
  if (analysis.result.plan === null) return { analysis, plan: null, fingerprint: '' };
  adoptToolTab(ss, DAYS_OFF_SHEET_NAME);
  const daysOff = findToolTab(ss, DAYS_OFF_SHEET_NAME);
  const previous = {
    lateOnSystem: lateOnSystemTab(ss, timeZone),
    daysOff: daysOff !== null && daysOff.getSheetId() !== sheet.getSheetId() ? readGrid(daysOff, timeZone) : null,
    keptTitle: SIDEBAR_LABELS.results.keptTyped,
  };
  const plan = buildLivePlan(analysis.serialGrid(), analysis.result, analysis.settings, { dataSheetName: sheet.getName(), previous });
  if (plan === null) return { analysis, plan: null, fingerprint: '' };
  const data = trimmedData(plan.data);
  return { analysis, plan: { ...plan, data }, fingerprint: liveFingerprint(analysis.grid, data, plan.sheets) };
}

/** First call: saves the settings, then writes as far as the time budget allows. */
export function startLive(request: LiveRequest): LiveStep {
  const t0 = Date.now();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = saveSettings(request.settings);
  const sheet = dataSheetFor(ss, request.sheetName);
  const built = build(ss, sheet, settings, ss.getSpreadsheetTimeZone());
  if (built.plan === null) return nothingWritten(sheet);
  rememberDataSheet(sheet);
  const token: LiveToken = {
    v: 1,
    kind: 'live',
    sheetId: sheet.getSheetId(),
    sheetName: sheet.getName(),
    nextTab: 0,
    written: [],
    nextRow: -1,
    fingerprint: built.fingerprint,
    msPerTab: null,
    msPerRow: null,
    tabsPerCall: fixedCount(request.tabsPerCall),
    chunkRows: fixedCount(request.chunkRows),
    restarts: 0,
  };
  return steps(ss, sheet, built.plan, built.analysis, token, t0, false);
}

/** Next call: the same plan again, written on from the token; from the start when the data changed. */
export function continueLive(tokenText: string): LiveStep {
  const t0 = Date.now();
  const token = decodeLiveToken(tokenText);
  if (token === null) throw new UserFacingError(SIDEBAR_LABELS.errors.liveTokenInvalid);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const sheet = sheetByName(ss, token.sheetName);
  if (sheet.getSheetId() !== token.sheetId) throw new UserFacingError(SIDEBAR_LABELS.errors.liveTokenInvalid);
  const built = build(ss, sheet, loadSettings(today(timeZone)), timeZone);
  if (built.plan === null) throw new UserFacingError(SIDEBAR_LABELS.errors.liveChangedTwice);
  if (built.fingerprint === token.fingerprint) return steps(ss, sheet, built.plan, built.analysis, token, t0, false);
  if (token.restarts >= MAX_RESTARTS) throw new UserFacingError(SIDEBAR_LABELS.errors.liveChangedTwice);
  const again: LiveToken = { ...token, nextTab: 0, written: [], nextRow: -1, fingerprint: built.fingerprint, restarts: token.restarts + 1 };
  return steps(ss, sheet, built.plan, built.analysis, again, t0, true);
}

function steps(ss: Spreadsheet, sheet: Sheet, plan: LivePlan, analysis: Analysis, token: LiveToken, t0: number, restarted: boolean): LiveStep {
  const tabs = plan.sheets;
  const written = [...token.written];
  let nextTab = token.nextTab;
  let msPerTab = token.msPerTab;
  let count = 0;
  const total = tabs.length + plan.data.rows.length;
  const partial = (next: LiveToken, message: string): LiveStep => ({
    done: false,
    token: encodeLiveToken(next),
    unitsDone: next.nextTab + Math.max(0, next.nextRow),
    unitsTotal: total,
    message,
    restarted,
    summary: null,
  });
  while (nextTab < tabs.length) {
    const full = token.tabsPerCall !== null ? count >= token.tabsPerCall : count > 0 && Date.now() - t0 + (msPerTab ?? 0) > CALL_BUDGET_MS;
    if (full) return partial({ ...token, nextTab, written, msPerTab }, SIDEBAR_LABELS.progress.liveTabs(nextTab, tabs.length));
    const tw = Date.now();
    const tab = applyTabPlan(ss, tabs[nextTab]);
    const patches = plan.patches.filter((p) => p.sheet === tabs[nextTab].name)[0];
    if (patches) applyPatches(tab, patches.cells, tabs[nextTab]);
    // The service queues writes: flush so the measured time is the real cost of the tab.
    SpreadsheetApp.flush();
    const ms = Date.now() - tw;
    msPerTab = msPerTab === null ? ms : Math.max(msPerTab, ms);
    written[nextTab] = tab.getName();
    nextTab++;
    count++;
  }
  // The formulas follow "Ngày nghỉ" under the name it has in the spreadsheet.
  const calendarAt = tabs.map((t) => t.name).indexOf(DAYS_OFF_SHEET_NAME);
  const calendarName = (calendarAt >= 0 ? written[calendarAt] : null) ?? DAYS_OFF_SHEET_NAME;
  const data = retargetSheet(plan, DAYS_OFF_SHEET_NAME, calendarName).data;
  let nextRow = token.nextRow;
  // Tabs took this call's time: the data block starts in the next one.
  if (nextRow < 0 && count > 0 && token.tabsPerCall === null && Date.now() - t0 > CALL_BUDGET_MS) {
    return partial({ ...token, nextTab, written, msPerTab }, SIDEBAR_LABELS.progress.liveTabs(nextTab, tabs.length));
  }
  if (nextRow < 0) {
    applyLiveFrame(sheet, data);
    nextRow = 0;
  }
  const rows = chunkRowsFor({ elapsedMs: Date.now() - t0, msPerRow: token.msPerRow, fixed: token.chunkRows, left: data.rows.length - nextRow });
  const tw = Date.now();
  applyLiveRows(sheet, data, nextRow, nextRow + rows);
  const writeMs = Date.now() - tw;
  const msPerRow = rows > 0 && writeMs > 0 ? writeMs / rows : token.msPerRow;
  nextRow += rows;
  const next: LiveToken = { ...token, nextTab, written, msPerTab, nextRow, msPerRow };
  if (nextRow < data.rows.length) return partial(next, SIDEBAR_LABELS.progress.liveRows(formatCount(nextRow), formatCount(data.rows.length)));
  sheet.activate();
  return { done: true, token: null, unitsDone: total, unitsTotal: total, message: '', restarted, summary: summaryOf(sheet, plan, data, written, analysis.notes) };
}

function summaryOf(sheet: Sheet, plan: LivePlan, data: LiveDataPlan, written: readonly (string | null)[], notes: string[]): LiveSummary {
  return {
    sheetName: sheet.getName(),
    liveRows: data.liveRows,
    fixedRows: data.fixedRows,
    fixedReasons: data.fixedReasons,
    years: plan.years,
    tabs: written.filter((n): n is string => typeof n === 'string'),
    // Biểu 06a and Chỉ số 766 count by COUNTIFS over the ledger; the other tabs are lists.
    liveTabs: written.filter((n, i): n is string => typeof n === 'string' && (plan.sheets[i].kind === 'form-06a' || plan.sheets[i].kind === 'score-766')),
    asOfCell: `${columnLetter(data.asOfCell.col)}${data.asOfCell.row}`,
    notes,
  };
}

function nothingWritten(sheet: Sheet): LiveStep {
  return { done: true, token: null, unitsDone: 0, unitsTotal: 0, message: SIDEBAR_LABELS.data.noHeaderNothingWritten(sheet.getName()), restarted: false, summary: null };
}

function fixedCount(n: number | undefined): number | null {
  return n !== undefined && n > 0 ? Math.floor(n) : null;
}

/**
 * The block without its trailing rows that hold nothing (the tool's own legend below
 * short data on a re-run), so every call of a run plans the same rows (trimmedPlan).
 */
export function trimmedData(data: LiveDataPlan): LiveDataPlan {
  let last = data.rows.length;
  while (last > 0 && data.rows[last - 1].every((v) => v === null)) last--;
  if (last === data.rows.length) return data;
  return { ...data, rows: data.rows.slice(0, last), lastRow: data.headerRow + last, statusRules: shortenedRules(data.statusRules, last) };
}

/**
 * What the plan is made from: the user's cells left of the tool's block (never what the
 * run writes), the block's place, and the tabs' plans.
 * @example liveFingerprint(grid, plan.data, plan.sheets) // => "0c4f2a91"
 */
export function liveFingerprint(grid: SheetGrid, data: LiveDataPlan, sheets: readonly SheetPlan[]): string {
  const h = fingerprinter();
  h.add(`${data.headerRow}|${data.firstCol}|${data.rows.length}|${data.liveRows}|${data.fixedRows}`);
  const c0 = grid.origin?.col ?? 1;
  const r0 = grid.origin?.row ?? 1;
  const width = data.firstCol - c0;
  // Rows below the data hold only the tool's legend and settings (the sheet grows with them).
  const rows = Math.min(grid.cells.length, data.lastRow - r0 + 1);
  for (let r = 0; r < rows; r++) for (let c = 0; c < width; c++) h.cell(grid.cells[r][c] ?? null);
  h.add(plansFingerprint(sheets));
  return h.hex();
}

export function encodeLiveToken(token: LiveToken): string {
  return JSON.stringify(token);
}

/** The token from the pane, or null when it is not one of ours. */
export function decodeLiveToken(text: unknown): LiveToken | null {
  const t = parseTokenJson<LiveToken>(text);
  if (!t || t.v !== 1 || t.kind !== 'live' || !isCount(t.sheetId) || typeof t.sheetName !== 'string' || !isCount(t.nextTab)) return null;
  if (typeof t.nextRow !== 'number' || !Number.isInteger(t.nextRow) || t.nextRow < -1 || typeof t.fingerprint !== 'string' || !isCount(t.restarts)) return null;
  if (!Array.isArray(t.written) || !t.written.every((n) => n === null || typeof n === 'string')) return null;
  const positive = (n: unknown) => (typeof n === 'number' && n > 0 ? n : null);
  return {
    v: 1,
    kind: 'live',
    sheetId: t.sheetId,
    sheetName: t.sheetName,
    nextTab: t.nextTab,
    written: t.written,
    nextRow: t.nextRow,
    fingerprint: t.fingerprint,
    msPerTab: typeof t.msPerTab === 'number' && t.msPerTab >= 0 ? t.msPerTab : null,
    msPerRow: positive(t.msPerRow),
    tabsPerCall: isCount(t.tabsPerCall) && t.tabsPerCall > 0 ? t.tabsPerCall : null,
    chunkRows: isCount(t.chunkRows) && t.chunkRows > 0 ? t.chunkRows : null,
    restarts: t.restarts,
  };
}
