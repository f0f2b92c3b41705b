/// <reference types="google-apps-script" />
/**
 * Which sheet an action works on. The checked data sheet is remembered (its id, in the
 * document properties); when the active tab is one of the tool's own (after "Tạo phụ
 * lục" it is Biểu 06a), an action without a named sheet goes back to that data sheet,
 * and an action asked to run on a tool tab is refused with a sentence naming the sheet
 * to choose. A tool tab is never read as data.
 */
import { SIDEBAR_LABELS } from './labels.vi.js';
import { UserFacingError } from './rpc.js';
import { toolMark } from './tool-marks.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const DATA_SHEET_KEY = 'dunghan.dataSheet';

/** Remembers the sheet just checked (by id: a rename keeps it). */
export function rememberDataSheet(sheet: Sheet): void {
  PropertiesService.getDocumentProperties().setProperty(DATA_SHEET_KEY, String(sheet.getSheetId()));
}

/** The remembered data sheet when it still exists and is not a tool tab, else null. */
export function rememberedDataSheet(ss: Spreadsheet): Sheet | null {
  const id = Number(PropertiesService.getDocumentProperties().getProperty(DATA_SHEET_KEY));
  if (!Number.isInteger(id) || id < 0) return null;
  const sheet = ss.getSheets().find((s) => s.getSheetId() === id) ?? null;
  return sheet !== null && toolMark(sheet) === null ? sheet : null;
}

/** The sentence refusing a tool tab, naming the sheet to choose when one is known. */
export function toolTabRefusal(tabName: string, dataSheet: string | null): string {
  return SIDEBAR_LABELS.errors.toolTab(tabName, dataSheet);
}

/**
 * The sheet to check: the named one, else the active one; a tool tab gives way to the
 * remembered data sheet when no sheet was named, and is refused when it was.
 * @example dataSheetFor(ss, undefined).getName() // => "Dữ liệu" while Biểu 06a is active
 */
export function dataSheetFor(ss: Spreadsheet, name: string | undefined): Sheet {
  const named = name !== undefined && name !== '';
  const sheet = named ? ss.getSheetByName(name) : ss.getActiveSheet();
  if (sheet === null) throw new UserFacingError(SIDEBAR_LABELS.errors.sheetMissing(name ?? ''));
  if (toolMark(sheet) === null) return sheet;
  const remembered = rememberedDataSheet(ss);
  if (!named && remembered !== null) return remembered;
  throw new UserFacingError(toolTabRefusal(sheet.getName(), remembered?.getName() ?? null));
}

/**
 * What the pane says before an action: the sheet it will check, or why it cannot.
 * @example checkTarget(ss) // => { sheetName: 'Dữ liệu', message: 'Sẽ kiểm tra trang "Dữ liệu".' }
 */
export function checkTarget(ss: Spreadsheet): { sheetName: string | null; message: string } {
  try {
    const sheet = dataSheetFor(ss, undefined);
    return { sheetName: sheet.getName(), message: SIDEBAR_LABELS.data.willCheck(sheet.getName()) };
  } catch (error) {
    if (error instanceof UserFacingError) return { sheetName: null, message: error.message };
    throw error;
  }
}
