/**
 * The working-day table the live formulas count on, on the "Ngày nghỉ" tab right of
 * its two lists: one row per calendar day with a 1/0 working flag and a running count.
 * The flag is a formula over the lists, so a day the office adds (columns A–B) or a
 * make-up Saturday in the official list (columns E and G) changes every due date:
 * - the office's "Nghỉ thêm" (or a date with no kind) → 0, its "Làm việc thêm" → 1
 *   (days off win, as in buildCalendar);
 * - a date of the official list named "Thứ Bảy làm bù" → 1: make-up Saturdays count as
 *   working days (COUNTIFS over the list);
 * - else Saturday, Sunday or any other date of the official list → 0, otherwise 1.
 * WORKDAY(d, n) is then a binary MATCH on the running count and NETWORKDAYS(d+1, e) a
 * difference of two counts, so they follow make-up Saturdays exactly, which
 * WORKDAY.INTL's weekend mask cannot (it can only take days away).
 */
import { dayFromYmd, type Day } from '../calendar/day.js';
import { buildDaysOffSheet, officeRowCount, withOfficeRows } from '../plan/days-off-sheet.js';
import type { SheetGrid } from '../import/read-result.js';
import type { CalendarOptions } from '../calendar/working-days.js';
import { columnLetter } from '../import/column-letter.js';
import { DAYS_OFF_SHEET_LABELS as D, LIVE_LABELS as L } from '../labels.vi.js';
import type { SheetPlan } from '../plan/plan.js';
import { formulaText } from '../plan/status-rules.js';
import { sheetRef, type CellPatch } from './live-cell.js';

/** Row of the headings on "Ngày nghỉ" (as buildDaysOffSheet lays it out); lists start below. */
const HEADING_ROW = 3;
/** Rows left for the office's own days below the ones written. */
const OWN_SPARE_ROWS = 200;
const TABLE_COL = 11; // K: day, L: working flag, M: running count

/** How row formulas reach the table. */
export interface CalendarRefs {
  /** First and last day the table covers (formulas are exact inside). */
  firstDay: Day;
  lastDay: Day;
  /** C(d): working days from the table start through d. */
  count: (dayExpr: string) => string;
  /** WORKDAY(d, n) over the table. */
  workday: (dayExpr: string, nExpr: string) => string;
  /** 1 when d is a working day, else 0. */
  working: (dayExpr: string) => string;
}

export interface CalendarTable {
  sheet: SheetPlan;
  patches: CellPatch[];
  refs: CalendarRefs;
}

/**
 * The "Ngày nghỉ" tab of a live workbook: buildDaysOffSheet's lists for `years`, plus the
 * working-day table over those years.
 * `previous` is the "Ngày nghỉ" tab already in the workbook: its office rows (A–C) are kept.
 * @example buildCalendarTable({}, [2025]).refs.workday('A5', '5')
 */
export function buildCalendarTable(options: CalendarOptions, years: readonly number[], previous: SheetGrid | null = null): CalendarTable {
  // The office's rows as its tab holds them (a host rewriting the tab in place), else from the settings.
  const sheet = withOfficeRows(buildDaysOffSheet(options, years), previous);
  const ownRows = Math.max((options.extraDaysOff?.length ?? 0) + (options.extraWorkingDays?.length ?? 0), officeRowCount(sheet));
  const ownLast = HEADING_ROW + ownRows + OWN_SPARE_ROWS;
  let refLast = HEADING_ROW;
  sheet.cells.forEach((line, i) => {
    if (i + 1 > HEADING_ROW && typeof line[4] === 'number') refLast = i + 1;
  });
  const refLastRow = Math.max(refLast, HEADING_ROW + 1);
  const firstDay = dayFromYmd({ y: Math.min(...years), m: 1, d: 1 });
  const lastDay = dayFromYmd({ y: Math.max(...years), m: 12, d: 31 });

  const [K, W, C] = [0, 1, 2].map((i) => columnLetter(TABLE_COL + i));
  const own = (col: string) => `$${col}$${HEADING_ROW + 1}:$${col}$${ownLast}`;
  const ref = (col: string) => `$${col}$${HEADING_ROW + 1}:$${col}$${refLastRow}`;
  const work = formulaText(D.kindWork);
  // The name may go on with the day it makes up for: "Thứ Bảy làm bù (làm bù cho ngày 02/05/2025)".
  const makeUp = formulaText(`${D.makeUpSaturday}*`);
  const patches: CellPatch[] = [];
  const put = (row: number, col: number, value: CellPatch['value'], numberFormat?: string) => patches.push({ row, col, value, numberFormat });
  put(1, TABLE_COL, L.calendarTitle);
  put(HEADING_ROW, TABLE_COL, L.calendarDay);
  put(HEADING_ROW, TABLE_COL + 1, L.calendarWorking);
  put(HEADING_ROW, TABLE_COL + 2, L.calendarCumulative);
  // Row HEADING_ROW + 1 is the day before the table with a count of 0, so MATCH always finds a row.
  const base = firstDay - 1;
  const firstRow = HEADING_ROW + 1;
  put(firstRow, TABLE_COL, base, 'dd/mm/yyyy');
  put(firstRow, TABLE_COL + 2, 0);
  for (let day = firstDay, row = firstRow + 1; day <= lastDay; day++, row++) {
    const k = `${K}${row}`;
    put(row, TABLE_COL, day, 'dd/mm/yyyy');
    put(row, TABLE_COL + 1, {
      formula:
        `IF(COUNTIFS(${own('A')},${k},${own('B')},${formulaText(`<>${D.kindWork}`)})>0,0,` +
        `IF(COUNTIFS(${own('A')},${k},${own('B')},${work})>0,1,` +
        `IF(COUNTIFS(${ref('E')},${k},${ref('G')},${makeUp})>0,1,` +
        `IF(OR(WEEKDAY(${k},2)>5,COUNTIF(${ref('E')},${k})>0),0,1))))`,
    });
    put(row, TABLE_COL + 2, { formula: `${C}${row - 1}+${W}${row}` });
  }
  const lastRow = firstRow + (lastDay - firstDay) + 1;
  const prefix = sheetRef(sheet.name);
  const range = (col: string) => `${prefix}$${col}$${firstRow}:$${col}$${lastRow}`;
  const index = (dayExpr: string) => `${dayExpr}-${base - 1}`;
  const count = (dayExpr: string) => `INDEX(${range(C)},${index(dayExpr)})`;
  const refs: CalendarRefs = {
    firstDay,
    lastDay,
    count,
    // The smallest day whose count reaches C(d) + n: one past the last row with count <= C(d) + n - 1.
    workday: (dayExpr, nExpr) => `(${base}+MATCH(${count(dayExpr)}+${nExpr}-1,${range(C)},1))`,
    working: (dayExpr) => `INDEX(${range(W)},${index(dayExpr)})`,
  };
  sheet.columnWidthsPt = [...sheet.columnWidthsPt, 20, 80, 70, 90];
  return { sheet, patches, refs };
}
