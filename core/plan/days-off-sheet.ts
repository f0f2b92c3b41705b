/**
 * The "Ngày nghỉ" sheet: an office's own extra days off and extra working days, kept
 * visibly in the workbook so anyone can read and edit them, next to the official
 * calendar for reference. The tool rebuilds the reference part and reads back only
 * the office's rows (columns A–C below the heading row).
 */
import { isoWeekday, parseIsoDay, type Day } from '../calendar/day.js';
import { DAYS_OFF } from '../calendar/days-off.js';
import { daysOffInYear } from '../calendar/days-off-year.js';
import { buildCalendar, type CalendarOptions } from '../calendar/working-days.js';
import { parseDateCell } from '../import/parse-date.js';
import type { InputCell, SheetGrid } from '../import/read-result.js';
import { normalizeKey } from '../import/normalize.js';
import { DAYS_OFF_SHEET_LABELS as L, PRINT_LABELS } from '../labels.vi.js';
import type { Problem } from '../problem.js';
import type { PlanCell, SheetPlan, StyledRange } from './plan.js';

export const DAYS_OFF_SHEET_NAME = L.sheetName;

/** Row of the office's table heading; their rows start below it. */
const HEADING_ROW = 3;
const REFERENCE_COL = 5;

/**
 * Builds the "Ngày nghỉ" sheet: the office's rows (from options) in A–C and the
 * official calendar of `years` in E–I for reference.
 * @example buildDaysOffSheet({ extraDaysOff: [dayFromYmd({ y: 2025, m: 6, d: 2 })] }, [2025])
 */
export function buildDaysOffSheet(options: CalendarOptions, years: readonly number[]): SheetPlan {
  const cells: PlanCell[][] = [];
  const set = (row: number, col: number, value: PlanCell) => {
    while (cells.length < row) cells.push([]);
    const line = cells[row - 1];
    while (line.length < col) line.push(null);
    line[col - 1] = value;
  };
  set(1, 1, L.title);
  set(2, 1, L.hint);
  [L.colDate, L.colKind, L.colNote].forEach((h, i) => set(HEADING_ROW, 1 + i, h));
  const own = [
    ...(options.extraDaysOff ?? []).map((day) => ({ day, kind: L.kindOff })),
    ...(options.extraWorkingDays ?? []).map((day) => ({ day, kind: L.kindWork })),
  ].sort((a, b) => a.day - b.day);
  own.forEach((entry, i) => {
    set(HEADING_ROW + 1 + i, 1, entry.day);
    set(HEADING_ROW + 1 + i, 2, entry.kind);
  });

  set(1, REFERENCE_COL, L.referenceTitle);
  [L.colDate, L.colWeekday, L.colName, L.colSource, L.colProjected].forEach((h, i) => set(HEADING_ROW, REFERENCE_COL + i, h));
  const cal = buildCalendar({ ...options, extraDaysOff: [], extraWorkingDays: [] });
  let row = HEADING_ROW + 1;
  for (const year of years) {
    const listing = daysOffInYear(cal, year);
    const entries = [
      ...listing.daysOff.map((d) => ({ date: d.date, name: d.name, source: d.source, projected: d.projected })),
      ...listing.workingSaturdays.map((date) => makeUpSaturday(date)),
    ].sort((a, b) => a.date.localeCompare(b.date));
    for (const entry of entries) {
      const day = dayFromIso(entry.date);
      set(row, REFERENCE_COL, day);
      set(row, REFERENCE_COL + 1, L.weekdays[isoWeekday(day) - 1]);
      set(row, REFERENCE_COL + 2, viDates(entry.name));
      set(row, REFERENCE_COL + 3, entry.source);
      set(row, REFERENCE_COL + 4, entry.projected ? L.projected : '');
      row++;
    }
  }
  const lastRow = Math.max(cells.length, HEADING_ROW + 1);
  const styles: StyledRange[] = [
    { range: { row: 1, col: 1, rows: lastRow, cols: REFERENCE_COL + 4 }, style: { fontName: 'Times New Roman', fontSize: 12 } },
    { range: { row: 1, col: 1, rows: 1, cols: REFERENCE_COL + 4 }, style: { bold: true } },
    { range: { row: 2, col: 1, rows: 1, cols: 3 }, style: { italic: true } },
    { range: { row: HEADING_ROW, col: 1, rows: 1, cols: REFERENCE_COL + 4 }, style: { bold: true, hAlign: 'center' } },
    { range: { row: HEADING_ROW + 1, col: 1, rows: Math.max(lastRow - HEADING_ROW, 1) + 50, cols: 1 }, style: { numberFormat: 'dd/mm/yyyy' } },
    { range: { row: HEADING_ROW + 1, col: REFERENCE_COL, rows: Math.max(lastRow - HEADING_ROW, 1), cols: 1 }, style: { numberFormat: 'dd/mm/yyyy' } },
    { range: { row: HEADING_ROW + 1, col: REFERENCE_COL, rows: Math.max(lastRow - HEADING_ROW, 1), cols: 5 }, style: { fontColor: '#595959' } },
  ];
  return {
    name: DAYS_OFF_SHEET_NAME,
    kind: 'days-off',
    cells,
    columnWidthsPt: [80, 110, 160, 20, 80, 50, 260, 200, 60],
    rowHeightsPt: [],
    merges: [],
    styles,
    print: {
      paper: 'A4',
      orientation: 'landscape',
      marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 8 },
      repeatRows: { from: HEADING_ROW, to: HEADING_ROW },
      fitToWidth: true,
      centerHorizontally: true,
      pageNumbers: true,
    },
    charts: [],
    freeze: { rows: HEADING_ROW, cols: 0 },
  };
}

/**
 * Reads the office's rows back: a date in column A and a kind in column B
 * ("Nghỉ thêm" / "Làm việc thêm"; empty means a day off). Bad cells are problems.
 */
export function readDaysOffSheet(grid: SheetGrid): { extraDaysOff: Day[]; extraWorkingDays: Day[]; problems: Problem[] } {
  const extraDaysOff: Day[] = [];
  const extraWorkingDays: Day[] = [];
  const problems: Problem[] = [];
  const originRow = grid.origin?.row ?? 1;
  const originCol = grid.origin?.col ?? 1;
  const at = (row: number, col: number): InputCell => grid.cells[row - originRow]?.[col - originCol];
  const workKey = normalizeKey(L.kindWork);
  const lastRow = originRow + grid.cells.length - 1;
  for (let row = HEADING_ROW + 1; row <= lastRow; row++) {
    const value = at(row, 1);
    if (value === null || value === undefined || value === '') continue;
    const parsed = parseDateCell(value, grid.dateSystem ?? '1900');
    if (!parsed.ok) {
      problems.push({ code: parsed.code, row, column: L.colDate, columnLetter: 'A', value: String(value), severity: 'error', detail: DAYS_OFF_SHEET_NAME });
      continue;
    }
    const kind = at(row, 2);
    const isWork = typeof kind === 'string' && normalizeKey(kind) === workKey;
    (isWork ? extraWorkingDays : extraDaysOff).push(parsed.value.day);
  }
  return { extraDaysOff, extraWorkingDays, problems };
}

/**
 * The sheet plan with the office's rows as the tab in the workbook holds them (columns
 * A–C below the heading row, in their order, with their notes), so rewriting the tab
 * keeps what the office typed: a date in column A is written as a date, anything else
 * as it was typed (readDaysOffSheet reports it). Unchanged when there is no such tab.
 * @example withOfficeRows(buildDaysOffSheet({}, [2025]), readGridOfTheTab).cells[3] // => [45810, 'Nghỉ thêm', 'Họp tổng kết']
 */
export function withOfficeRows(plan: SheetPlan, previous: SheetGrid | null): SheetPlan {
  if (previous === null) return plan;
  const originRow = previous.origin?.row ?? 1;
  const originCol = previous.origin?.col ?? 1;
  const at = (row: number, col: number): InputCell => previous.cells[row - originRow]?.[col - originCol];
  const lastRow = originRow + previous.cells.length - 1;
  const rows: PlanCell[][] = [];
  for (let row = HEADING_ROW + 1; row <= lastRow; row++) {
    const line = [1, 2, 3].map((col): PlanCell => {
      const value = at(row, col);
      if (value === null || value === undefined || value === '') return null;
      if (col === 1) {
        const parsed = parseDateCell(value, previous.dateSystem ?? '1900');
        if (parsed.ok) return parsed.value.day;
      }
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
    });
    rows.push(line);
  }
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  const cells = plan.cells.map((line, i) => (i < HEADING_ROW ? [...line] : [null, null, null, ...line.slice(3)]));
  rows.forEach((line, i) => {
    const r = HEADING_ROW + i;
    while (cells.length <= r) cells.push([]);
    const out = cells[r];
    while (out.length < 3) out.push(null);
    out[0] = line[0];
    out[1] = line[1];
    out[2] = line[2];
  });
  const styles = rows.length === 0 ? plan.styles : [...plan.styles, { range: { row: HEADING_ROW + 1, col: 1, rows: rows.length, cols: 1 }, style: { numberFormat: 'dd/mm/yyyy' } }];
  return { ...plan, cells, styles };
}

/** Rows below the heading that hold one of the office's entries (columns A–C), counted to the last one. */
export function officeRowCount(plan: SheetPlan): number {
  let last = 0;
  for (let i = HEADING_ROW; i < plan.cells.length; i++) {
    const line = plan.cells[i];
    if ([0, 1, 2].some((c) => line[c] !== null && line[c] !== undefined && line[c] !== '')) last = i + 1 - HEADING_ROW;
  }
  return last;
}

/** Dates written inside a name ("(làm bù 2025-04-26)") as the tab shows dates: dd/mm/yyyy. */
function viDates(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_m, y: string, m: string, d: string) => `${d}/${m}/${y}`);
}

/** A make-up Saturday with the day it makes up for and the notice that set it (days-off.ts). */
function makeUpSaturday(date: string): { date: string; name: string; source: string; projected: boolean } {
  const row = DAYS_OFF.find((r) => r.date === date && r.kind === 'make-up-working-saturday');
  // The row names the day it makes up for, dd/mm/yyyy (or ISO in older data).
  const iso = row ? /(\d{4}-\d{2}-\d{2})/.exec(row.name)?.[1] : undefined;
  const forDay = iso !== undefined ? viDates(iso) : row ? /(\d{2}\/\d{2}\/\d{4})/.exec(row.name)?.[1] : undefined;
  const name = forDay === undefined ? L.makeUpSaturday : `${L.makeUpSaturday} (${PRINT_LABELS.daysOff.makeUpFor(forDay)})`;
  return { date, name, source: row?.source ?? '', projected: false };
}

function dayFromIso(iso: string): Day {
  const day = parseIsoDay(iso);
  if (day === null) throw new RangeError(`days-off-sheet: bad calendar date ${iso}`);
  return day;
}
