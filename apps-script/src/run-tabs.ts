/// <reference types="google-apps-script" />
/**
 * "Tạo phụ lục", "Tổng hợp" and the "Ngày nghỉ" tab: core builds the tab plans, this
 * writes them (tab-io.ts). Each tab costs a fixed number of calls. Writing is resumable
 * like "Kiểm tra hạn" (chunks.ts): a call writes tabs while its time budget allows,
 * measuring each tab after SpreadsheetApp.flush(), and hands back a token; the next call
 * builds the same plans again (core is deterministic) and writes the tabs left. The
 * typed dates and notes of "Trễ trên hệ thống" are carried into its new version.
 */
import {
  buildDaysOffSheet,
  buildReports,
  consolidate,
  DAYS_OFF_SHEET_NAME,
  headerWithAgency,
  keepTypedEntries,
  LATE_ON_SYSTEM_SHEET_NAME,
  ymdFromDay,
  type Settings,
  type SheetPlan,
} from '../../core/index.js';
import { analyse, lateOnSystemTab, officeSettings } from './analyse.js';
import { CALL_BUDGET_MS } from './chunks.js';
import { dataSheetFor } from './data-sheet.js';
import { SIDEBAR_LABELS } from './labels.vi.js';
import { summaryFrom } from './preview.js';
import { UserFacingError } from './rpc.js';
import type { ConsolidateRequest, ReportsRequest, SheetProblem, TabsOutcome } from './rpc-types.js';
import { PROBLEM_LIMIT } from './rpc-types.js';
import { loadSettings, saveSettings, today } from './settings-io.js';
import { readGrid } from './sheets-io.js';
import { applyTabPlan } from './tab-io.js';
import { decodeTabsToken, encodeTabsToken, plansFingerprint, type TabsToken } from './tabs-token.js';
import { findToolTab } from './tool-marks.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Reads and checks the data sheet, then writes every report tab core builds for the period. */
export function makeReports(request: ReportsRequest): TabsOutcome {
  const t0 = Date.now();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = saveSettings(request.settings);
  const built = reportPlans(ss, request.sheetName, settings);
  const start: TabsToken = { v: 1, kind: 'reports', sheetName: built.sheetName, sheetNames: [], next: 0, fingerprint: plansFingerprint(built.plans), msPerTab: null, tabsPerCall: fixedCount(request.tabsPerCall), written: [] };
  return writeTabs(ss, built.plans, start, t0, built.summaryOf);
}

/** Reads the ticked sheets (one getValues each) and writes core's consolidated tab(s). */
export function consolidateSheets(request: ConsolidateRequest): TabsOutcome {
  const t0 = Date.now();
  if (request.sheetNames.length === 0) throw new UserFacingError(SIDEBAR_LABELS.actions.consolidateNone);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const built = consolidatePlans(ss, request.sheetNames, saveSettings(request.settings));
  const start: TabsToken = { v: 1, kind: 'consolidate', sheetName: '', sheetNames: [...request.sheetNames], next: 0, fingerprint: plansFingerprint(built.plans), msPerTab: null, tabsPerCall: fixedCount(request.tabsPerCall), written: [] };
  return writeTabs(ss, built.plans, start, t0, () => null, built.problemsFor);
}

/** The next call of a "Tạo phụ lục" or "Tổng hợp" that did not finish in one call. */
export function continueTabs(tokenText: string): TabsOutcome {
  const t0 = Date.now();
  const token = decodeTabsToken(tokenText);
  if (token === null) throw new UserFacingError(SIDEBAR_LABELS.errors.tokenInvalid);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = loadSettings(today(ss.getSpreadsheetTimeZone()));
  if (token.kind === 'reports') {
    const built = reportPlans(ss, token.sheetName, settings);
    return writeTabs(ss, built.plans, resumed(token, built.plans), t0, built.summaryOf);
  }
  const built = consolidatePlans(ss, token.sheetNames, settings);
  return writeTabs(ss, built.plans, resumed(token, built.plans), t0, () => null, built.problemsFor);
}

/** Plans changed between calls (someone edited the data): write them all again from the first. */
function resumed(token: TabsToken, plans: readonly SheetPlan[]): TabsToken {
  const fingerprint = plansFingerprint(plans);
  return fingerprint === token.fingerprint ? token : { ...token, next: 0, fingerprint, written: [] };
}

function fixedCount(n: number | undefined): number | null {
  return n !== undefined && n > 0 ? Math.floor(n) : null;
}

function reportPlans(ss: Spreadsheet, sheetName: string | undefined, settings: Settings) {
  const timeZone = ss.getSpreadsheetTimeZone();
  const sheet = dataSheetFor(ss, sheetName);
  const analysis = analyse(ss, sheet, settings, timeZone);
  // No header: no dossiers, so no report tab is made (an empty form would look like "no late dossier").
  if (analysis.result.read.headerRows.length === 0) throw new UserFacingError(SIDEBAR_LABELS.errors.noDossiers(sheet.getName()));
  const previous = lateOnSystemTab(ss, timeZone);
  // "Đơn vị báo cáo" and the place from the export's banner when the settings leave them empty.
  const header = headerWithAgency(analysis.settings.header, analysis.result.agency);
  const plans = buildReports(analysis.result.dossiers, { ...analysis.settings, header }).map((plan) =>
    plan.name === LATE_ON_SYSTEM_SHEET_NAME ? keepTypedEntries(plan, previous, SIDEBAR_LABELS.results.keptTyped) : plan,
  );
  const summaryOf = () => summaryFrom(analysis.result, analysis.preview, analysis.problems, analysis.settings);
  return { sheetName: sheet.getName(), plans, summaryOf };
}

function consolidatePlans(ss: Spreadsheet, sheetNames: readonly string[], settings: Settings) {
  const timeZone = ss.getSpreadsheetTimeZone();
  const office = officeSettings(ss, settings, timeZone);
  const inputs = sheetNames.map((name) => {
    const sheet = ss.getSheetByName(name);
    if (sheet === null) throw new UserFacingError(SIDEBAR_LABELS.errors.sheetMissing(name));
    return { name, grid: readGrid(sheet, timeZone) };
  });
  const out = consolidate(inputs, office.settings);
  const known = new Set(sheetNames);
  const problemsFor = (names: readonly string[]): SheetProblem[] => [
    ...office.problems,
    ...out.problems.map((p) => ({ ...p, sheetName: p.detail !== undefined && known.has(p.detail) ? p.detail : (names[0] ?? '') })),
  ];
  return { plans: out.sheets, problemsFor };
}

/**
 * Writes tabs from token.next while the call's time budget allows another (measured after
 * a flush), then shows the first tab. Returns a token while tabs are left.
 */
function writeTabs(
  ss: Spreadsheet,
  plans: readonly SheetPlan[],
  token: TabsToken,
  t0: number,
  summaryOf: () => TabsOutcome['summary'],
  problemsFor: (names: readonly string[]) => SheetProblem[] = () => [],
): TabsOutcome {
  const written = [...token.written];
  let next = token.next;
  let msPerTab = token.msPerTab;
  let count = 0;
  while (next < plans.length) {
    if (token.tabsPerCall !== null && count >= token.tabsPerCall) break;
    const elapsed = Date.now() - t0;
    if (count > 0 && elapsed + (msPerTab ?? 0) > CALL_BUDGET_MS) break;
    const tw = Date.now();
    written[next] = applyTabPlan(ss, plans[next]).getName();
    // The service queues writes; flush so the measured time is the real cost of the tab.
    SpreadsheetApp.flush();
    const ms = Date.now() - tw;
    msPerTab = msPerTab === null ? ms : Math.max(msPerTab, ms);
    next++;
    count++;
  }
  const done = next >= plans.length;
  const names = written.filter((n): n is string => typeof n === 'string');
  if (done && names.length > 0) ss.getSheetByName(names[0])?.activate();
  const problems = problemsFor(names);
  return {
    sheetNames: names,
    summary: summaryOf(),
    problems: problems.slice(0, PROBLEM_LIMIT),
    problemCount: problems.length,
    done,
    token: done ? null : encodeTabsToken({ ...token, next, msPerTab, written }),
    tabsDone: next,
    tabsTotal: plans.length,
    message: done ? '' : SIDEBAR_LABELS.results.writingPart(next, plans.length),
  };
}

/**
 * Opens the "Ngày nghỉ" tab, creating it when missing. An existing tab is only shown:
 * it holds the office's own rows and notes, which the tool never rewrites.
 */
export function openDaysOffSheet(request: { settings: Settings }): TabsOutcome {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const existing = findToolTab(ss, DAYS_OFF_SHEET_NAME) ?? ss.getSheetByName(DAYS_OFF_SHEET_NAME);
  const base = { summary: null, problems: [], problemCount: 0, done: true, token: null, tabsDone: 1, tabsTotal: 1, message: '' };
  if (existing !== null) {
    existing.activate();
    return { ...base, sheetNames: [existing.getName()] };
  }
  const settings = saveSettings(request.settings);
  const first = Math.min(ymdFromDay(settings.period.from).y, ymdFromDay(settings.asOf).y);
  const last = ymdFromDay(settings.asOf).y + 1;
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const sheet = applyTabPlan(ss, buildDaysOffSheet(settings.calendar, years));
  sheet.activate();
  return { ...base, sheetNames: [sheet.getName()] };
}
