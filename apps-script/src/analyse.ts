/// <reference types="google-apps-script" />
/**
 * Read once, hand the grid to core: the office's "Ngày nghỉ" rows join the calendar,
 * the user's column corrections for these headings join the mapping, and core checks.
 * No rule lives here.
 */
import {
  checkSheet,
  DAYS_OFF_SHEET_NAME,
  headerSignature,
  LATE_ON_SYSTEM_SHEET_NAME,
  readDaysOffSheet,
  type CheckResult,
  type Settings,
  type SheetGrid,
} from '../../core/index.js';
import { SIDEBAR_LABELS } from './labels.vi.js';
import { isMonthFirstLocale } from './locale.js';
import { previewFrom } from './preview.js';
import { UserFacingError } from './rpc.js';
import type { SheetPreview, SheetProblem } from './rpc-types.js';
import { loadMappingOverride } from './settings-io.js';
import { readGrid, readGrids } from './sheets-io.js';
import { findToolTab } from './tool-marks.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Analysis {
  grid: SheetGrid;
  result: CheckResult;
  /** The settings core ran with: the office's days off and the column corrections included. */
  settings: Settings;
  preview: SheetPreview;
  problems: SheetProblem[];
  /** The grid with date cells as serials (what the live workbook's formulas see), from the same read. */
  serialGrid: () => SheetGrid;
  /** Host notes for the result (the month-first locale warning). */
  notes: string[];
  readMs: number;
  checkMs: number;
}

/**
 * A tool tab to read back: the marked one, else (a workbook from before the marks) the
 * tab of that exact name. Reading only: writing needs the mark (tab-io.ts).
 */
function toolTabToRead(ss: Spreadsheet, name: string): Sheet | null {
  return findToolTab(ss, name) ?? ss.getSheetByName(name);
}

/** The "Trễ trên hệ thống" tab as core reads it back (typed actual dates), or null. */
export function lateOnSystemTab(ss: Spreadsheet, timeZone: string): SheetGrid | null {
  const tab = toolTabToRead(ss, LATE_ON_SYSTEM_SHEET_NAME);
  return tab === null ? null : readGrid(tab, timeZone);
}

/** The month-first locale warning, saying how many dates core repaired. */
export function localeNotes(ss: Spreadsheet, result: Pick<CheckResult, 'problems'>): string[] {
  const locale = ss.getSpreadsheetLocale();
  if (!isMonthFirstLocale(locale)) return [];
  const repaired = result.problems.filter((p) => p.code === 'date.monthFirst').length;
  return [SIDEBAR_LABELS.data.localeMonthFirst(locale, repaired)];
}

/** The named sheet, or the active one; a sentence for the user when it is gone. */
export function sheetByName(ss: Spreadsheet, name: string | undefined): Sheet {
  if (name === undefined || name === '') return ss.getActiveSheet();
  const sheet = ss.getSheetByName(name);
  if (sheet === null) throw new UserFacingError(SIDEBAR_LABELS.errors.sheetMissing(name));
  return sheet;
}

/**
 * Settings with the office's own days off read from the "Ngày nghỉ" tab (when there is
 * one: it is the place users edit them), and that tab's problems.
 */
export function officeSettings(ss: Spreadsheet, settings: Settings, timeZone: string): { settings: Settings; problems: SheetProblem[] } {
  const tab = toolTabToRead(ss, DAYS_OFF_SHEET_NAME);
  if (tab === null) return { settings, problems: [] };
  const own = readDaysOffSheet(readGrid(tab, timeZone));
  return {
    settings: { ...settings, calendar: { ...settings.calendar, extraDaysOff: own.extraDaysOff, extraWorkingDays: own.extraWorkingDays } },
    problems: own.problems.map((p) => ({ ...p, sheetName: tab.getName() })),
  };
}

/**
 * Reads the sheet (one getValues) and checks it.
 * @example analyse(ss, sheet, settings, 'Asia/Ho_Chi_Minh').result.counts.late // => 3
 */
export function analyse(ss: Spreadsheet, sheet: Sheet, settings: Settings, timeZone: string): Analysis {
  const t0 = Date.now();
  const { grid, serials } = readGrids(sheet, timeZone);
  const office = officeSettings(ss, settings, timeZone);
  // Typed actual dates on "Trễ trên hệ thống" count, exactly as the CLI reads them back.
  const lateOnSystem = lateOnSystemTab(ss, timeZone);
  const t1 = Date.now();
  const base = checkSheet(grid, { ...office.settings, mapping: {} }, { lateOnSystem });
  // The signature comes from the detected columns, so it does not move with a correction.
  const signature = headerSignature(base.read);
  const override = loadMappingOverride(signature);
  const effective: Settings = { ...office.settings, mapping: override ?? {} };
  const result = override !== null ? checkSheet(grid, effective, { lateOnSystem }) : base;
  const t2 = Date.now();
  const sheetName = grid.sheetName;
  return {
    notes: localeNotes(ss, result),
    grid,
    serialGrid: serials,
    result,
    settings: effective,
    preview: previewFrom(grid, result, signature),
    problems: [...office.problems, ...result.problems.map((p) => ({ ...p, sheetName }))],
    readMs: t1 - t0,
    checkMs: t2 - t1,
  };
}
