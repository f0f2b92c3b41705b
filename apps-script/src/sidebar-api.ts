/// <reference types="google-apps-script" />
/** Small server calls of the sidebar: its state, the column review, settings, going to a cell. */
import type { Settings } from '../../core/index.js';
import { columnFromLetter } from './a1.js';
import { analyse, sheetByName } from './analyse.js';
import { checkTarget, rememberedDataSheet } from './data-sheet.js';
import { SIDEBAR_LABELS } from './labels.vi.js';
import { isMonthFirstLocale } from './locale.js';
import { markedSheets } from './tool-marks.js';
import type { CellRequest, MappingRequest, SheetPreview, SidebarState } from './rpc-types.js';
import { loadSettings, saveMappingOverride, saveSettings, today } from './settings-io.js';

/** Settings (stored, or defaults for today), today, and the sheets to choose from. */
export function getSidebarState(): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const day = today(ss.getSpreadsheetTimeZone());
  const marked = markedSheets(ss);
  const target = checkTarget(ss);
  const locale = ss.getSpreadsheetLocale();
  return {
    settings: loadSettings(day),
    today: day,
    activeSheet: target.sheetName ?? ss.getActiveSheet().getName(),
    sheets: marked.map((s) => s.sheet.getName()),
    toolTabs: marked.filter((s) => s.mark !== null).map((s) => s.sheet.getName()),
    dataSheet: rememberedDataSheet(ss)?.getName() ?? null,
    checkTarget: target.message,
    localeWarning: isMonthFirstLocale(locale) ? SIDEBAR_LABELS.data.localeMonthFirst(locale, 0) : null,
  };
}

/** Reads and checks a sheet without writing anything: the "Dữ liệu" section. */
export function previewSheet(request: { sheetName?: string; settings: Settings }): SheetPreview {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = sheetByName(ss, request.sheetName);
  return analyse(ss, sheet, request.settings, ss.getSpreadsheetTimeZone()).preview;
}

/** Remembers the user's column choices for sheets with these headings, then reads again. */
export function saveMapping(request: MappingRequest): SheetPreview {
  saveMappingOverride(request.signature, request.override);
  return previewSheet({ sheetName: request.sheetName, settings: request.settings });
}

/** Saves the settings with the spreadsheet; returns them as stored. */
export function storeSettings(request: { settings: Settings }): Settings {
  return saveSettings(request.settings);
}

/** Shows a problem's cell: its tab, then the cell (column A when the problem names none). */
export function selectCell(request: CellRequest): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = sheetByName(ss, request.sheetName);
  sheet.activate();
  if (request.row >= 1) {
    const col = request.columnLetter === undefined ? 1 : (columnFromLetter(request.columnLetter) ?? 1);
    sheet.getRange(request.row, col).activate();
  }
  return true;
}
