import { DAYS_OFF, type Confidence, type DayOffRow } from './calendar/days-off.js';

/** The app's version; equals package.json's "version" (a test checks). */
export const APP_VERSION = '0.1.0';

/** Confidences that mean "an official text says so": a row with another one is a projection. */
const BACKED_BY_A_TEXT: readonly Confidence[] = ['confirmed', 'reported'];
/** Confidences of rows that are known but not applied by default, so they make no year provisional. */
const NOT_APPLIED: readonly Confidence[] = ['proposed'];

/**
 * Years of the table whose applied days off are not all backed by an official text (a
 * pending row, or a row derived from the law and precedent while the decision is not out).
 * A proposal that is known but not applied leaves its year decided.
 * @example provisionalYears() // => [2027] while the Tết 2027 decision is not published
 */
export function provisionalYears(rows: readonly DayOffRow[] = DAYS_OFF): number[] {
  const years = new Set<number>();
  for (const row of rows) {
    if (BACKED_BY_A_TEXT.indexOf(row.confidence) < 0 && NOT_APPLIED.indexOf(row.confidence) < 0) years.add(Number(row.date.slice(0, 4)));
  }
  return [...years].sort((a, b) => a - b);
}

/** A notice's date as its source cites it: "(dd/mm/yyyy)". Month-only or year-only citations are not dates. */
const CITED_DATE = /\((\d{1,2})\/(\d{1,2})\/(\d{4})\)/g;

const twoDigits = (n: string) => (n.length < 2 ? `0${n}` : n);

/**
 * ISO date (YYYY-MM-DD) of the newest official text the calendar data reflects: the
 * latest full date cited in the source of a row backed by a text. Derived from the data,
 * so adding a row for a new notice moves it.
 * @example newestNoticeDate() // => '2025-12-25' (CV 12729/VPCP-KGVX) until a newer notice is added
 */
export function newestNoticeDate(rows: readonly DayOffRow[] = DAYS_OFF): string {
  let newest = '';
  for (const row of rows) {
    if (BACKED_BY_A_TEXT.indexOf(row.confidence) < 0) continue;
    // exec loop rather than matchAll: the Excel pane also runs in older webviews.
    CITED_DATE.lastIndex = 0;
    for (let m = CITED_DATE.exec(row.source); m !== null; m = CITED_DATE.exec(row.source)) {
      const iso = `${m[3]}-${twoDigits(m[2])}-${twoDigits(m[1])}`;
      if (iso > newest) newest = iso;
    }
  }
  if (newest === '') throw new RangeError('newestNoticeDate: no row cites a dated notice');
  return newest;
}

/** The calendar data version: the date of the newest notice in `core/calendar/days-off.ts`. */
export const CALENDAR_DATA_DATE: string = newestNoticeDate();

/** dd/mm/yyyy of an ISO date, as Vietnamese documents write it. */
function vietnameseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The calendar data version as the panes, the sidebar and `dunghan --version` show it.
 * @example calendarDataLabel() // => 'Lịch nghỉ: cập nhật theo văn bản ngày 25/12/2025; năm 2027 dự kiến'
 */
export function calendarDataLabel(rows: readonly DayOffRow[] = DAYS_OFF): string {
  const date = vietnameseDate(rows === DAYS_OFF ? CALENDAR_DATA_DATE : newestNoticeDate(rows));
  const years = provisionalYears(rows);
  const projected = years.length > 0 ? `; năm ${years.join(', ')} dự kiến` : '';
  return `Lịch nghỉ: cập nhật theo văn bản ngày ${date}${projected}`;
}

/**
 * The app and calendar data versions on one line, for a report's notes, so a printed
 * form says which calendar its deadlines were counted with.
 * @example calendarDataNote() // => 'Lập bằng Đúng Hạn 0.1.0. Lịch nghỉ: cập nhật theo văn bản ngày 25/12/2025; năm 2027 dự kiến.'
 */
export function calendarDataNote(): string {
  return `Lập bằng Đúng Hạn ${APP_VERSION}. ${calendarDataLabel()}.`;
}
