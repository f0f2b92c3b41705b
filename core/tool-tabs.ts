/**
 * The tabs this tool writes, and what it reads back from them: the office's own days
 * off ("Ngày nghỉ") and actual result dates typed into "Trễ trên hệ thống". Every host
 * calls this before checking, so a colleague opening the workbook gets the same result.
 */
import { readExport } from './import/read-export.js';
import type { InputCell, SheetGrid } from './import/read-result.js';
import { CONSOLIDATE_LABELS, DAYS_OFF_SHEET_LABELS, REPORT_LABELS } from './labels.vi.js';
import { readDaysOffSheet } from './plan/days-off-sheet.js';
import type { Problem } from './problem.js';
import type { Settings } from './settings.js';

/** Every tab name the tool owns (report tabs, consolidation tabs, "Ngày nghỉ"). */
export const TOOL_TAB_NAMES: readonly string[] = [
  ...Object.values(REPORT_LABELS.sheetNames),
  CONSOLIDATE_LABELS.form06aSheetName,
  CONSOLIDATE_LABELS.appendix1SheetName,
  CONSOLIDATE_LABELS.appendix2SheetName,
  CONSOLIDATE_LABELS.rankingSheetName,
  CONSOLIDATE_LABELS.sourcesSheetName,
  DAYS_OFF_SHEET_LABELS.sheetName,
];

/** True for a tab the tool wrote: never a user's data sheet. */
export function isToolTab(sheetName: string): boolean {
  return TOOL_TAB_NAMES.includes(sheetName.trim());
}

/**
 * Settings completed from the workbook's own tool tabs: the office's extra days off and
 * working days from "Ngày nghỉ" replace the stored ones (the sheet is what people see
 * and edit), and the "Trễ trên hệ thống" tab is returned for checkSheet's lateOnSystem.
 */
export function readToolTabs(
  sheets: readonly SheetGrid[],
  settings: Settings,
): { settings: Settings; lateOnSystem: SheetGrid | null; problems: Problem[] } {
  const byName = (name: string) => sheets.find((s) => s.sheetName.trim() === name) ?? null;
  const daysOff = byName(DAYS_OFF_SHEET_LABELS.sheetName);
  const lateOnSystem = typedOnTabs([
    byName(REPORT_LABELS.sheetNames.lateOnSystem),
    byName(REPORT_LABELS.sheetNames.appendix1),
    byName(REPORT_LABELS.sheetNames.appendix2),
  ]);
  if (!daysOff) return { settings, lateOnSystem, problems: [] };
  const own = readDaysOffSheet(daysOff);
  return {
    settings: { ...settings, calendar: { ...settings.calendar, extraDaysOff: own.extraDaysOff, extraWorkingDays: own.extraWorkingDays } },
    lateOnSystem,
    problems: own.problems,
  };
}

/**
 * What the office typed on the tool's tabs, as one plain table for checkSheet's
 * lateOnSystem: per dossier code, the actual result date ("Trễ trên hệ thống") and every
 * reason written in a "Ghi chú" / "Nguyên nhân / Ghi chú" column ("Trễ trên hệ thống",
 * Phụ lục I, Phụ lục II), one row per tab that has one. Null when there is no such tab.
 */
function typedOnTabs(tabs: readonly (SheetGrid | null)[]): SheetGrid | null {
  const found = tabs.filter((t): t is SheetGrid => t !== null);
  if (found.length === 0) return null;
  const L = REPORT_LABELS;
  const cells: InputCell[][] = [[L.appendix.code, L.lateOnSystem.actualResult, L.lateOnSystem.note]];
  for (const tab of found) {
    for (const r of readExport(tab).dossiers) {
      if (r.code === null || (r.actualResult === null && r.remarks === null)) continue;
      const actual = r.actualResult === null ? null : r.actualResult.sec === null ? r.actualResult.day : r.actualResult.day + r.actualResult.sec / 86_400;
      cells.push([r.code, actual, r.remarks]);
    }
  }
  return { sheetName: L.sheetNames.lateOnSystem, cells };
}
