/**
 * The one place where Apps Script's Date values become text for core: a date cell is
 * formatted in the SPREADSHEET's time zone (not the script's), so a cell showing
 * 25/01/2025 08:30 reaches core as "2025-01-25 08:30:00" whatever zone the script runs in.
 * A cell at exactly midnight reaches core as a bare date ("2025-01-25"), as Excel hands
 * core a whole serial number for it: both hosts then read "no time given" alike.
 */
import type { InputCell, SheetGrid } from '../../core/index.js';

/** The text form core parses for date cells (see core/import/read-result.ts). */
export const SHEET_DATE_PATTERN = 'yyyy-MM-dd HH:mm:ss';

/** The part of Apps Script's Utilities this needs. */
export interface DateFormatService {
  formatDate(date: Date, timeZone: string, pattern: string): string;
}

/**
 * True for Date objects, also from another realm (node:vm in tests), where
 * `instanceof Date` is false.
 */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const DAY_MS = 86_400_000;

/**
 * A formatter for date cells in the spreadsheet's zone. Utilities.formatDate tells the
 * zone's offset at the start of each UTC day a cell falls on (a day whose offset is the
 * same at both ends has no clock change); on a day with a change each instant is
 * formatted on its own. So a 50,000-row sheet costs a few hundred formatDate calls,
 * not one per cell. Times are rounded to the second, as Sheets shows them (a serial
 * fraction can arrive as 08:29:59.999).
 * @example dateTextFormatter(Utilities, 'Asia/Ho_Chi_Minh')(new Date('2025-01-25T01:30:00Z')) // => "2025-01-25 08:30:00"
 */
export function dateTextFormatter(utilities: DateFormatService, spreadsheetTimeZone: string): (date: Date) => string {
  const wallOf = (ms: number): number => wallMsFromText(utilities.formatDate(new Date(ms), spreadsheetTimeZone, SHEET_DATE_PATTERN));
  const offsets = new Map<number, number>();
  const changeDay = new Map<number, string>();
  const offsetAtDay = (day: number): number => {
    let offset = offsets.get(day);
    if (offset === undefined) {
      offset = wallOf(day * DAY_MS) - day * DAY_MS;
      offsets.set(day, offset);
    }
    return offset;
  };
  return (date) => {
    const ms = date.getTime();
    if (Number.isNaN(ms)) return String(date);
    const t = Math.round(ms / 1000) * 1000;
    const day = Math.floor(t / DAY_MS);
    const offset = offsetAtDay(day);
    if (offset === offsetAtDay(day + 1)) return textFromWallMs(t + offset);
    let text = changeDay.get(t);
    if (text === undefined) changeDay.set(t, (text = textFromWallMs(wallOf(t))));
    return text;
  };
}

/** "yyyy-MM-dd HH:mm:ss" → the wall time as if it were UTC, in ms. */
function wallMsFromText(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) throw new RangeError(`dateTextFormatter: unexpected date text ${text}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

/** Wall-time ms → "yyyy-MM-dd HH:mm:ss", or "yyyy-MM-dd" at exactly midnight. */
function textFromWallMs(wall: number): string {
  const d = new Date(wall);
  const p2 = (n: number) => (n < 10 ? `0${n}` : String(n));
  const date = `${String(d.getUTCFullYear()).padStart(4, '0')}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const mi = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && mi === 0 && s === 0 ? date : `${date} ${p2(h)}:${p2(mi)}:${p2(s)}`;
}

/**
 * Turns getValues() output into core's grid: Dates become text, empty strings null,
 * numbers, booleans and text stay as they are.
 * @example gridFromValues('Hồ sơ', [['Mã'], ['H1']], format).cells // => [['Mã'], ['H1']]
 */
export function gridFromValues(
  sheetName: string,
  values: readonly (readonly unknown[])[],
  formatDate: (date: Date) => string,
): SheetGrid {
  const cells: InputCell[][] = new Array<InputCell[]>(values.length);
  for (let r = 0; r < values.length; r++) {
    const line = values[r];
    const out: InputCell[] = new Array<InputCell>(line.length);
    for (let c = 0; c < line.length; c++) out[c] = inputCellFrom(line[c], formatDate);
    cells[r] = out;
  }
  return { sheetName, cells, origin: { row: 1, col: 1 }, dateSystem: '1900' };
}

function inputCellFrom(value: unknown, formatDate: (date: Date) => string): InputCell {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDateValue(value)) return formatDate(value);
  return String(value);
}

/**
 * The grid with every Date as the serial number the cell holds in the spreadsheet's zone
 * (days since 1899-12-30 and the fraction of the day), as Excel hands a date cell: what
 * the live workbook's formulas see in the row's own cells. Other cells as gridFromValues.
 * @example gridWithSerials('Hồ sơ', [[new Date('2025-01-25T01:30:00Z')]], format).cells // => [[45682.0625]]
 */
export function gridWithSerials(sheetName: string, values: readonly (readonly unknown[])[], formatDate: (date: Date) => string): SheetGrid {
  const grid = gridFromValues(sheetName, values, formatDate);
  const cells = grid.cells.map((line, r) => line.map((cell, c) => (isDateValue(values[r][c]) && typeof cell === 'string' ? serialFromText(cell) : cell)));
  return { ...grid, cells };
}

/** "yyyy-MM-dd[ HH:mm:ss]" → the serial; the text itself when it is not one. */
function serialFromText(text: string): number | string {
  const full = text.length === 10 ? `${text} 00:00:00` : text;
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(full)) return text;
  return wallMsFromText(full) / DAY_MS + 25_569;
}

/**
 * The calendar date of an instant in the spreadsheet's zone, as "yyyy-MM-dd" (used for
 * "today"; kept here so all Date handling sits in this file).
 * @example dayText(Utilities, 'Asia/Ho_Chi_Minh', new Date('2025-01-24T18:00:00Z')) // => "2025-01-25"
 */
export function dayText(utilities: DateFormatService, spreadsheetTimeZone: string, instant: Date): string {
  return utilities.formatDate(instant, spreadsheetTimeZone, 'yyyy-MM-dd');
}
