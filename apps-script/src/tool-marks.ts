/// <reference types="google-apps-script" />
/**
 * The tool's tabs are known by a mark, not by their name: each tab the tool creates
 * carries developer metadata `dunghan.tool` whose value is the tab's own name in core
 * ("Cán bộ", "Biểu 06a"…). Only a marked tab is ever wiped or rewritten; a user's own
 * tab that happens to have that name is left alone and the tool writes into a free name
 * ("Cán bộ (Đúng Hạn)"). A user who renames a tool tab keeps it a tool tab.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TOOL_MARK_KEY = 'dunghan.tool';
/** Suffix of a tool tab whose name a user's tab already has. */
export const FREE_NAME_SUFFIX = 'Đúng Hạn';
/** Sheets allows tab names up to 100 characters. */
const MAX_NAME = 100;

/**
 * The core name a tab is marked with, or null for a user's tab.
 * @example toolMark(ss.getSheetByName('Cán bộ (Đúng Hạn)')) // => "Cán bộ"
 */
export function toolMark(sheet: Sheet): string | null {
  for (const m of sheet.getDeveloperMetadata()) if (m.getKey() === TOOL_MARK_KEY) return m.getValue() ?? '';
  return null;
}

/** Every sheet with its mark (one metadata read per tab: the cost grows with tabs, never rows). */
export function markedSheets(ss: Spreadsheet): { sheet: Sheet; mark: string | null }[] {
  return ss.getSheets().map((sheet) => ({ sheet, mark: toolMark(sheet) }));
}

/** The tab the tool wrote for this core name, or null. */
export function findToolTab(ss: Spreadsheet, name: string): Sheet | null {
  return markedSheets(ss).find((s) => s.mark === name)?.sheet ?? null;
}

/**
 * `name` when no tab has it (Sheets compares names without regard to case), else
 * "name (Đúng Hạn)", "name (Đúng Hạn 2)"…
 * @example freeSheetName(['Cán bộ', 'Dữ liệu'], 'Cán bộ') // => "Cán bộ (Đúng Hạn)"
 */
export function freeSheetName(taken: readonly string[], name: string): string {
  const low = new Set(taken.map((n) => n.toLowerCase()));
  const fits = (suffix: string) => `${name.slice(0, MAX_NAME - suffix.length)}${suffix}`;
  if (!low.has(name.toLowerCase())) return name;
  for (let i = 1; ; i++) {
    const candidate = fits(i === 1 ? ` (${FREE_NAME_SUFFIX})` : ` (${FREE_NAME_SUFFIX} ${i})`);
    if (!low.has(candidate.toLowerCase())) return candidate;
  }
}

/** A new, marked tab for this core name, at the end, under a free name. */
export function insertToolTab(ss: Spreadsheet, name: string): Sheet {
  const sheet = ss.insertSheet(freeSheetName(ss.getSheets().map((s) => s.getName()), name), ss.getNumSheets());
  sheet.addDeveloperMetadata(TOOL_MARK_KEY, name, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  return sheet;
}

/**
 * Makes the unmarked tab of this name the tool's (the office's own "Ngày nghỉ", which
 * every check reads; the live workbook rewrites it with its rows kept). No-op when the
 * tool already has a tab for the name, or no tab has it.
 */
export function adoptToolTab(ss: Spreadsheet, name: string): void {
  if (findToolTab(ss, name) !== null) return;
  const sheet = ss.getSheetByName(name);
  if (sheet === null || toolMark(sheet) !== null) return;
  sheet.addDeveloperMetadata(TOOL_MARK_KEY, name, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}
