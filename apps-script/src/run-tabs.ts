/// <reference types="google-apps-script" />
/**
 * "Tạo phụ lục", "Tổng hợp" and the "Ngày nghỉ" tab: core builds the tab plans, this
 * writes them (tab-io.ts). Each tab costs a fixed number of calls.
 */
import { buildDaysOffSheet, buildReports, consolidate, DAYS_OFF_SHEET_NAME, headerWithAgency, ymdFromDay, type Settings, type SheetPlan } from '../../core/index.js';
import { analyse, officeSettings, sheetByName } from './analyse.js';
import { SIDEBAR_LABELS } from './labels.vi.js';
import { summaryFrom } from './preview.js';
import { UserFacingError } from './rpc.js';
import type { ConsolidateRequest, ReportsRequest, SheetProblem, TabsOutcome } from './rpc-types.js';
import { PROBLEM_LIMIT } from './rpc-types.js';
import { saveSettings } from './settings-io.js';
import { readGrid } from './sheets-io.js';
import { applyTabPlan } from './tab-io.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Reads and checks the sheet, then writes every report tab core builds for the period. */
export function makeReports(request: ReportsRequest): TabsOutcome {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const settings = saveSettings(request.settings);
  const analysis = analyse(ss, sheetByName(ss, request.sheetName), settings, timeZone);
  // "Đơn vị báo cáo" and the place from the export's banner when the settings leave them empty.
  const header = headerWithAgency(analysis.settings.header, analysis.result.agency);
  const names = writeTabs(ss, buildReports(analysis.result.dossiers, { ...analysis.settings, header }));
  const summary = summaryFrom(analysis.result, analysis.preview, analysis.problems, analysis.settings);
  return { sheetNames: names, summary, problems: summary.problems, problemCount: summary.problemCount };
}

/** Reads the ticked sheets (one getValues each) and writes core's consolidated tab(s). */
export function consolidateSheets(request: ConsolidateRequest): TabsOutcome {
  if (request.sheetNames.length === 0) throw new UserFacingError(SIDEBAR_LABELS.actions.consolidateNone);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const office = officeSettings(ss, saveSettings(request.settings), timeZone);
  const inputs = request.sheetNames.map((name) => ({ name, grid: readGrid(sheetByName(ss, name), timeZone) }));
  const out = consolidate(inputs, office.settings);
  const names = writeTabs(ss, out.sheets);
  const known = new Set(request.sheetNames);
  const problems: SheetProblem[] = [
    ...office.problems,
    ...out.problems.map((p) => ({ ...p, sheetName: p.detail !== undefined && known.has(p.detail) ? p.detail : (names[0] ?? '') })),
  ];
  return { sheetNames: names, summary: null, problems: problems.slice(0, PROBLEM_LIMIT), problemCount: problems.length };
}

/**
 * Opens the "Ngày nghỉ" tab, creating it when missing. An existing tab is only shown:
 * it holds the office's own rows and notes, which the tool never rewrites.
 */
export function openDaysOffSheet(request: { settings: Settings }): TabsOutcome {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const existing = ss.getSheetByName(DAYS_OFF_SHEET_NAME);
  if (existing !== null) {
    existing.activate();
    return { sheetNames: [DAYS_OFF_SHEET_NAME], summary: null, problems: [], problemCount: 0 };
  }
  const settings = saveSettings(request.settings);
  const first = Math.min(ymdFromDay(settings.period.from).y, ymdFromDay(settings.asOf).y);
  const last = ymdFromDay(settings.asOf).y + 1;
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const names = writeTabs(ss, [buildDaysOffSheet(settings.calendar, years)]);
  return { sheetNames: names, summary: null, problems: [], problemCount: 0 };
}

/** Writes the tabs in order and shows the first. */
function writeTabs(ss: Spreadsheet, plans: readonly SheetPlan[]): string[] {
  const sheets = plans.map((plan) => applyTabPlan(ss, plan));
  if (sheets.length > 0) sheets[0].activate();
  return sheets.map((s) => s.getName());
}
