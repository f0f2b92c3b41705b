import { dayFromYmd, formatIsoDay, isoWeekday, ymdFromDay, type Day } from './day.js';
import { DATA_LAST_YEAR } from './days-off.js';
import { projectedAlternativeDays } from './projection.js';
import { CALENDAR_LAST_YEAR, type AppliedDayOff, type WorkCalendar } from './working-days.js';

/** One non-working Monday–Friday, as `dunghan calendar --json` prints it. */
export interface YearDayOff {
  /** YYYY-MM-DD */
  date: string;
  name: string;
  kind: 'holiday' | 'compensatory' | 'swapped-off' | 'user-day-off';
  source: string;
  /** True when the row comes from the projection, not from a notice. */
  projected: boolean;
}

export interface YearDaysOff {
  year: number;
  /** Every Monday–Friday of the year that is not a working day, in date order. */
  daysOff: YearDayOff[];
  /** Saturdays and Sundays that are working days (make-up Saturdays), YYYY-MM-DD. */
  workingSaturdays: string[];
}

function isOffKind(kind: AppliedDayOff['kind']): kind is YearDayOff['kind'] {
  return kind === 'holiday' || kind === 'compensatory' || kind === 'swapped-off' || kind === 'user-day-off';
}

/** First index in the sorted `applied` list whose day is >= day. */
function lowerBound(applied: readonly AppliedDayOff[], day: number): number {
  let lo = 0;
  let hi = applied.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (applied[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function appliedBetween(cal: WorkCalendar, from: Day, to: Day): readonly AppliedDayOff[] {
  return cal.applied.slice(lowerBound(cal.applied, from), lowerBound(cal.applied, to + 1));
}

function checkYear(cal: WorkCalendar, year: number): void {
  const first = ymdFromDay(cal.firstDay).y;
  const last = ymdFromDay(cal.lastDay).y;
  if (!Number.isInteger(year) || year < first || year > last) {
    throw new RangeError(`daysOffInYear: year must be an integer ${first}–${last}, got ${year}`);
  }
}

/**
 * The non-working weekdays and the working weekend days of one year, read from the
 * compiled calendar, so user overrides and projections are included.
 * Legal source: QĐ 188/1999/QĐ-TTg (Saturday and Sunday off); BLLĐ 2019 Điều 111–112.
 * @example daysOffInYear(buildCalendar(), 2025).workingSaturdays // => ['2025-04-26']
 */
export function daysOffInYear(cal: WorkCalendar, year: number): YearDaysOff {
  checkYear(cal, year);
  const from = dayFromYmd({ y: year, m: 1, d: 1 });
  const to = dayFromYmd({ y: year, m: 12, d: 31 });
  const notes = new Map(appliedBetween(cal, from, to).map((note) => [note.day as number, note]));
  const daysOff: YearDayOff[] = [];
  const workingSaturdays: string[] = [];
  for (let day = from; day <= to; day = (day + 1) as Day) {
    const working = cal.working[day - cal.firstDay] === 1;
    const weekday = isoWeekday(day) <= 5;
    if (weekday && !working) {
      const note = notes.get(day);
      if (!note || !isOffKind(note.kind)) {
        throw new RangeError(`daysOffInYear: ${formatIsoDay(day)} is off but the calendar has no reason for it`);
      }
      daysOff.push({ date: formatIsoDay(day), name: note.name, kind: note.kind, source: note.source, projected: note.projected });
    } else if (!weekday && working) {
      workingSaturdays.push(formatIsoDay(day));
    }
  }
  return { year, daysOff, workingSaturdays };
}

/**
 * Days in [from, to] with a known but unapplied row (pending or proposed), for a
 * warning such as "Tết 2027 is not decided yet".
 * @example pendingDaysOff(buildCalendar(), dayFromYmd({ y: 2027, m: 2, d: 1 }), dayFromYmd({ y: 2027, m: 2, d: 28 })).length // => 5
 */
export function pendingDaysOff(cal: WorkCalendar, from: Day, to: Day): Day[] {
  const days = new Set<number>(cal.unappliedDays.filter((day) => day >= from && day <= to));
  if (cal.projection !== null) {
    const lastYear = Math.min(ymdFromDay(to).y, CALENDAR_LAST_YEAR);
    for (let year = Math.max(ymdFromDay(from).y, DATA_LAST_YEAR + 1); year <= lastYear; year++) {
      for (const day of alternativesOf(cal, year)) if (day >= from && day <= to) days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b) as Day[];
}

const ALTERNATIVES = new WeakMap<WorkCalendar, Map<number, Day[]>>();

/** Weekdays another Tết split or the other 2/9 side would give off in a projected year (cached). */
function alternativesOf(cal: WorkCalendar, year: number): Day[] {
  let byYear = ALTERNATIVES.get(cal);
  if (!byYear) ALTERNATIVES.set(cal, (byYear = new Map()));
  let days = byYear.get(year);
  if (!days) {
    days = projectedAlternativeDays(year, cal.projection ?? {}).map((iso) => parseIsoDayStrict(iso));
    byYear.set(year, days);
  }
  return days;
}

function parseIsoDayStrict(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd({ y, m, d });
}

/**
 * True when [from, to] holds a day whose status waits on a decision (pending or
 * proposed rows left out of the calendar).
 * @example hasPendingDaysOff(buildCalendar(), dayFromYmd({ y: 2027, m: 2, d: 1 }), dayFromYmd({ y: 2027, m: 2, d: 28 })) // => true
 */
export function hasPendingDaysOff(cal: WorkCalendar, from: Day, to: Day): boolean {
  return pendingDaysOff(cal, from, to).length > 0;
}

/**
 * True when [from, to] holds a projected day off (an undecided break's projection, e.g.
 * Tết 2027) or touches a year whose days off are all projected (after the table's last
 * year, DATA_LAST_YEAR). Whole projected years count, since an unforeseen swap could fall
 * anywhere in them.
 * @example hasProjectedDaysOff(buildCalendar(), dayFromYmd({ y: 2028, m: 6, d: 1 }), dayFromYmd({ y: 2028, m: 6, d: 30 })) // => true
 */
export function hasProjectedDaysOff(cal: WorkCalendar, from: Day, to: Day): boolean {
  if (appliedBetween(cal, Math.min(from, to) as Day, Math.max(from, to) as Day).some((note) => note.projected)) return true;
  const firstYear = ymdFromDay(Math.min(from, to)).y;
  const lastYear = ymdFromDay(Math.max(from, to)).y;
  if (lastYear <= DATA_LAST_YEAR) return false;
  const start = dayFromYmd({ y: Math.max(firstYear, DATA_LAST_YEAR + 1), m: 1, d: 1 });
  const end = dayFromYmd({ y: lastYear, m: 12, d: 31 });
  return appliedBetween(cal, start, end).some((note) => note.projected);
}

/** A day whose status may move when a decision is published (a pending make-up Saturday too). */
export interface UncertainDay {
  day: Day;
  /** 'projected': counted as a day off, not decided; 'pending': counted as working, may become off. */
  status: 'projected' | 'pending';
}

/**
 * The calendar's pending days (unapplied rows, undecided breaks' other options), sorted and
 * computed once per calendar; projected years' alternatives are added per range.
 */
const UNCERTAIN = new WeakMap<WorkCalendar, UncertainDay[]>();

function tableUncertainDays(cal: WorkCalendar): readonly UncertainDay[] {
  let list = UNCERTAIN.get(cal);
  if (!list) {
    const seen = new Set<number>();
    list = [];
    for (const day of cal.unappliedDays) {
      if (!seen.has(day)) {
        seen.add(day);
        list.push({ day, status: 'pending' });
      }
    }
    list.sort((a, b) => a.day - b.day);
    UNCERTAIN.set(cal, list);
  }
  return list;
}

/**
 * The uncertain days in [from, to] (both included), sorted.
 * @example uncertainDaysBetween(cal, dayFromYmd({ y: 2027, m: 2, d: 1 }), dayFromYmd({ y: 2027, m: 2, d: 28 })).map((u) => u.status)
 * // => ['pending', 'pending', 'projected', 'projected', 'pending']
 */
export function uncertainDaysBetween(cal: WorkCalendar, from: Day, to: Day): UncertainDay[] {
  const found = new Map<number, UncertainDay>();
  for (const note of appliedBetween(cal, from, to)) {
    if (note.projected && isoWeekday(note.day) <= 5) found.set(note.day, { day: note.day, status: 'projected' });
  }
  const pendingTable = tableUncertainDays(cal);
  for (const u of pendingTable) if (u.day >= from && u.day <= to && !found.has(u.day)) found.set(u.day, u);
  if (cal.projection !== null && ymdFromDay(to).y > DATA_LAST_YEAR) {
    for (const day of pendingDaysOff(cal, from, to)) if (!found.has(day)) found.set(day, { day, status: 'pending' });
  }
  return [...found.values()].sort((a, b) => a.day - b.day);
}
