import { dayFromYmd, isoWeekday, parseIsoDay, type Day } from './day.js';
import {
  DATA_LAST_YEAR,
  DAYS_OFF,
  DEFAULT_CONFIDENCES,
  type Confidence,
  type DayOffKind,
} from './days-off.js';
import { projectDaysOff } from './projection.js';
import { appliedBreaks, type BreakChoices } from './undecided.js';
import { PROJECTED_DAY_NAMES } from '../labels.vi.js';

/** Years the compiled calendar covers; dates outside are reported as problems by the reader. */
export const CALENDAR_FIRST_YEAR = 2000;
export const CALENDAR_LAST_YEAR = 2100;

export interface CalendarOptions {
  /** Which rows of the days-off table apply. @default ['confirmed', 'reported', 'derived'] */
  confidences?: readonly Confidence[];
  /** Extra days off the office declares (sheet "Ngày nghỉ"). @default [] */
  extraDaysOff?: readonly Day[];
  /** Extra working days (e.g. a local make-up Saturday). @default [] */
  extraWorkingDays?: readonly Day[];
  /** Project days off for years after the table from the lunar calendar. @default true */
  projectBeyondData?: boolean;
  /**
   * Option per undecided break (days-off.ts UNDECIDED_BREAKS), e.g. { 'tet-2027': '2+3' };
   * a break not named gets its projection. Ignored once the decision is published. Projected
   * years take 'tet-YYYY' ('1+4' | '2+3' | '3+2') and 'quoc-khanh-YYYY' ('truoc' | 'sau').
   * @default {}
   */
  undecided?: BreakChoices;
}

/** One non-working Monday–Friday or a make-up Saturday, as the calendar applies it. */
export interface AppliedDayOff {
  day: Day;
  kind: DayOffKind | 'user-day-off' | 'user-working-day';
  name: string;
  source: string;
  projected: boolean;
}

/** A compiled calendar: O(1) working-day test, O(log n) WORKDAY, O(1) NETWORKDAYS. */
export interface WorkCalendar {
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** 1 when the day is a working day, indexed by day − firstDay. */
  readonly working: Uint8Array;
  /** cumulative[i] = working days in [firstDay, firstDay + i). */
  readonly cumulative: Int32Array;
  /** Every applied off-weekday and make-up Saturday, sorted by day. */
  readonly applied: readonly AppliedDayOff[];
  /**
   * Days whose status waits on a decision and that are left working: rows not applied
   * (pending/proposed) and the days of an undecided break's other options, for warnings
   * (projected years' alternatives are not here: see `projection`).
   */
  readonly unappliedDays: readonly Day[];
  /**
   * The choices the projection used (CalendarOptions.undecided), or null when years after
   * the table are not projected; days-off-year.ts works out the other splits' days from it
   * lazily, per year, as they are asked for.
   */
  readonly projection: BreakChoices | null;
}

/**
 * Builds the working-day calendar of state agencies: Saturday and Sunday off, the
 * official days off, make-up Saturdays on, then the user's overrides.
 * Legal source: QĐ 188/1999/QĐ-TTg (40-hour week); BLLĐ 2019 Điều 111–112.
 * @example isWorkingDay(buildCalendar(), dayFromYmd({ y: 2025, m: 4, d: 26 })) // => true
 */
export function buildCalendar(options: CalendarOptions = {}): WorkCalendar {
  const confidences = options.confidences ?? DEFAULT_CONFIDENCES;
  const firstDay = dayFromYmd({ y: CALENDAR_FIRST_YEAR, m: 1, d: 1 });
  const lastDay = dayFromYmd({ y: CALENDAR_LAST_YEAR, m: 12, d: 31 });
  const length = lastDay - firstDay + 1;
  const working = new Uint8Array(length);
  // Walk the weekdays instead of calling isoWeekday 37,000 times: this runs cold, once per process.
  for (let i = 0, weekday = isoWeekday(firstDay); i < length; i++, weekday = weekday === 7 ? 1 : weekday + 1) {
    working[i] = weekday <= 5 ? 1 : 0;
  }

  const notes = new Map<number, AppliedDayOff>();
  const unappliedDays: Day[] = [];
  const apply = (day: Day, kind: AppliedDayOff['kind'], name: string, source: string, projected: boolean) => {
    const i = day - firstDay;
    if (i < 0 || i >= length) return;
    const weekday = isoWeekday(day);
    if (kind === 'make-up-working-saturday' || kind === 'user-working-day') {
      working[i] = 1;
      if (weekday > 5) notes.set(day, { day, kind, name, source, projected });
      else notes.delete(day);
    } else {
      working[i] = 0;
      if (weekday <= 5) notes.set(day, { day, kind, name, source, projected });
      else notes.delete(day);
    }
  };

  for (const row of DAYS_OFF) {
    const day = parseIsoDay(row.date);
    if (day === null) throw new RangeError(`days-off.ts: bad date ${row.date}`);
    if (!confidences.includes(row.confidence)) {
      unappliedDays.push(day);
      continue;
    }
    apply(day, row.kind, row.name, row.source, false);
  }
  for (const applied of appliedBreaks(options.undecided)) {
    const mark = applied.projected ? PROJECTED_DAY_NAMES.projectedMark : '';
    for (const d of applied.option.days) {
      const day = parseIsoDay(d.date);
      if (day === null) throw new RangeError(`days-off.ts: bad date ${d.date}`);
      apply(day, d.kind, d.name + mark, applied.source, applied.projected);
    }
    for (const date of applied.pendingDays) unappliedDays.push(parseIsoDay(date) as Day);
  }
  if (options.projectBeyondData ?? true) {
    for (let year = DATA_LAST_YEAR + 1; year <= CALENDAR_LAST_YEAR; year++) {
      for (const row of projectDaysOff(year, options.undecided ?? {})) {
        const day = parseIsoDay(row.date);
        if (day !== null) apply(day, row.kind, row.name, row.source, true);
      }
    }
  }
  for (const day of options.extraWorkingDays ?? []) apply(day, 'user-working-day', '', '', false);
  for (const day of options.extraDaysOff ?? []) apply(day, 'user-day-off', '', '', false);

  const cumulative = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) cumulative[i + 1] = cumulative[i] + working[i];
  const applied = [...notes.values()].sort((a, b) => a.day - b.day);
  const projection = (options.projectBeyondData ?? true) ? { ...(options.undecided ?? {}) } : null;
  return { firstDay, lastDay, working, cumulative, applied, unappliedDays, projection };
}

/** True when the calendar covers the day. Every function below throws outside it. */
export function isInCalendar(cal: WorkCalendar, day: number): boolean {
  return day >= cal.firstDay && day <= cal.lastDay;
}

function indexOf(cal: WorkCalendar, day: number, fn: string): number {
  if (!Number.isInteger(day)) throw new TypeError(`${fn}: day must be an integer Day, got ${day}`);
  if (day < cal.firstDay || day > cal.lastDay) {
    throw new RangeError(`${fn}: day ${day} is outside the calendar (${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR})`);
  }
  return day - cal.firstDay;
}

/** True on a working day of state agencies. */
export function isWorkingDay(cal: WorkCalendar, day: Day): boolean {
  return cal.working[indexOf(cal, day, 'isWorkingDay')] === 1;
}

/**
 * Adds n working days, as Excel WORKDAY(day, n): the start day itself is not counted,
 * whatever day it is; n = 0 returns the day unchanged; negative n counts backwards.
 * Legal source: Bộ luật Dân sự 2015, Điều 147.2 (counting starts the next day).
 * @example addWorkingDays(cal, dayFromYmd({ y: 2025, m: 1, d: 24 }), 1) // => 2025-02-03
 */
export function addWorkingDays(cal: WorkCalendar, day: Day, n: number): Day {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  const i = indexOf(cal, day, 'addWorkingDays');
  if (n === 0) return day;
  const { cumulative } = cal;
  // Working days strictly before or at i: cumulative[i + 1].
  const target = n > 0 ? cumulative[i + 1] + n : cumulative[i] + n + 1;
  if (target < 1 || target > cumulative[cumulative.length - 1]) {
    throw new RangeError(`addWorkingDays: result is outside the calendar (${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR})`);
  }
  // Smallest j with cumulative[j + 1] >= target: that is the target-th working day.
  let lo = 0;
  let hi = cumulative.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid + 1] >= target) hi = mid;
    else lo = mid + 1;
  }
  return (cal.firstDay + lo) as Day;
}

/**
 * Counts working days from start to end, both included, as Excel NETWORKDAYS;
 * negative when end is before start.
 * @example countWorkingDays(cal, dayFromYmd({ y: 2024, m: 2, d: 5 }), dayFromYmd({ y: 2024, m: 2, d: 16 })) // => 5
 */
export function countWorkingDays(cal: WorkCalendar, start: Day, end: Day): number {
  const i = indexOf(cal, start, 'countWorkingDays');
  const j = indexOf(cal, end, 'countWorkingDays');
  if (j >= i) return cal.cumulative[j + 1] - cal.cumulative[i];
  return -(cal.cumulative[i + 1] - cal.cumulative[j]);
}

/** The day itself when it is a working day, else the next working day. */
export function nextWorkingDayFrom(cal: WorkCalendar, day: Day): Day {
  return isWorkingDay(cal, day) ? day : addWorkingDays(cal, day, 1);
}
