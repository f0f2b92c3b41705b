import { isoWeekday, type Day, type Stamp } from './day.js';
import { isInCalendar, isWorkingDay, type WorkCalendar } from './working-days.js';

/** One opening window of the counter, in seconds after midnight: [startSec, endSec). */
export interface WorkingWindow {
  startSec: number;
  endSec: number;
}

/** The windows of one day, ascending and not overlapping. */
export type WorkingHours = readonly WorkingWindow[];

const HOUR = 3600;

/** 07:00–11:30 and 13:30–17:00: 8 working hours a day (QĐ 188/1999/QĐ-TTg; usual provincial quy chế). */
export const DEFAULT_WORKING_HOURS: WorkingHours = [
  { startSec: 7 * HOUR, endSec: 11.5 * HOUR },
  { startSec: 13.5 * HOUR, endSec: 17 * HOUR },
];

/** 07:00–11:30: the Saturday-morning counter some offices open. */
export const DEFAULT_SATURDAY_HOURS: WorkingHours = [{ startSec: 7 * HOUR, endSec: 11.5 * HOUR }];

export interface WorkingHoursOptions {
  /** Windows of a working day. @default DEFAULT_WORKING_HOURS (07:00–11:30, 13:30–17:00) */
  windows?: WorkingHours;
  /**
   * The counter also works Saturday mornings (e.g. TP.HCM wards from late 2025). Those hours
   * count for hour-based periods and same-day procedures only: Saturday stays a day off for
   * day counting, because "ngày làm việc" excludes Saturday (QĐ 188/1999/QĐ-TTg, 40-hour week).
   * The counter is taken to be closed on a Saturday next to an official weekday day off
   * (Friday before or Monday after): a holiday falling on a weekend always gets a
   * compensatory weekday (BLLĐ 2019 Điều 111.3, 112.3), so that Saturday is inside the break.
   * @default false
   */
  saturdayMorning?: boolean;
  /** Windows of such a Saturday. @default DEFAULT_SATURDAY_HOURS (07:00–11:30) */
  saturdayWindows?: WorkingHours;
}

const EMPTY: WorkingHours = [];

function checkWindows(windows: WorkingHours, fn: string): WorkingHours {
  let previousEnd = 0;
  for (const w of windows) {
    if (!(w.startSec >= previousEnd && w.endSec > w.startSec && w.endSec <= 86_400)) {
      throw new RangeError(`${fn}: windows must be ascending, non-empty and within 0–86400 s, got ${JSON.stringify(windows)}`);
    }
    previousEnd = w.endSec;
  }
  return windows;
}

/**
 * The time the last window of a working day closes, for "at the end of that working day".
 * @example endOfWorkingDay() // => 61200 (17:00)
 */
export function endOfWorkingDay(options: WorkingHoursOptions = {}): number {
  const windows = options.windows ?? DEFAULT_WORKING_HOURS;
  if (windows.length === 0) throw new RangeError('endOfWorkingDay: windows must not be empty');
  return windows[windows.length - 1].endSec;
}

/**
 * True when a Saturday-morning counter is open on this day: an ordinary Saturday (not a
 * make-up working Saturday, which has full hours) with working days on both sides.
 * @example isSaturdayCounterOpen(cal, dayFromYmd({ y: 2024, m: 6, d: 8 }), { saturdayMorning: true }) // => true
 */
export function isSaturdayCounterOpen(cal: WorkCalendar, day: Day, options: WorkingHoursOptions = {}): boolean {
  if (!options.saturdayMorning || isoWeekday(day) !== 6 || isWorkingDay(cal, day)) return false;
  const friday = (day - 1) as Day;
  const monday = (day + 2) as Day;
  return isInCalendar(cal, friday) && isInCalendar(cal, monday) && isWorkingDay(cal, friday) && isWorkingDay(cal, monday);
}

/** The counter's windows on a day: working-day hours, Saturday-morning hours or none. */
export function workingWindowsOn(cal: WorkCalendar, day: Day, options: WorkingHoursOptions = {}): WorkingHours {
  if (isWorkingDay(cal, day)) return options.windows ?? DEFAULT_WORKING_HOURS;
  if (isSaturdayCounterOpen(cal, day, options)) return options.saturdayWindows ?? DEFAULT_SATURDAY_HOURS;
  return EMPTY;
}

/**
 * Adds working hours, counting only time inside the windows of working days (and of
 * Saturday mornings when that option is on). A stamp before opening starts at opening;
 * one after closing starts at the next working day's opening; a stamp without time starts
 * at the beginning of its day. A result that fills a window exactly ends at its close
 * (13:30 + 3.5 h = 17:00 the same day).
 * Legal source: Bộ luật Dân sự 2015, Điều 147.1 (a period in hours starts at the stated moment).
 * @example addWorkingHours(cal, { day: dayFromYmd({ y: 2024, m: 6, d: 3 }), sec: 16 * 3600 }, 4)
 *   // => { day: 2024-06-04, sec: 36000 } (Tue 10:00)
 */
export function addWorkingHours(cal: WorkCalendar, stamp: Stamp, hours: number, options: WorkingHoursOptions = {}): Stamp {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`addWorkingHours: hours must be a finite number >= 0, got ${hours}`);
  checkWindows(options.windows ?? DEFAULT_WORKING_HOURS, 'addWorkingHours');
  let remaining = Math.round(hours * HOUR);
  let day = stamp.day;
  let sec = stamp.sec ?? 0;
  // isWorkingDay throws past the calendar's last day, which bounds this loop.
  for (;;) {
    for (const w of workingWindowsOn(cal, day, options)) {
      if (sec >= w.endSec) continue;
      const start = sec > w.startSec ? sec : w.startSec;
      const available = w.endSec - start;
      if (remaining <= available) return { day, sec: start + remaining };
      remaining -= available;
    }
    day = (day + 1) as Day;
    sec = 0;
  }
}

/**
 * Working seconds between two stamps (0 when `to` is not after `from`); a stamp without
 * time is the beginning of its day. Used to measure time a dossier waited for the citizen.
 * @example countWorkingSeconds(cal, { day: dayFromYmd({ y: 2024, m: 6, d: 3 }), sec: 16 * 3600 },
 *   { day: dayFromYmd({ y: 2024, m: 6, d: 4 }), sec: 10 * 3600 }) // => 14400 (4 h)
 */
export function countWorkingSeconds(cal: WorkCalendar, from: Stamp, to: Stamp, options: WorkingHoursOptions = {}): number {
  checkWindows(options.windows ?? DEFAULT_WORKING_HOURS, 'countWorkingSeconds');
  const fromSec = from.sec ?? 0;
  const toSec = to.sec ?? 0;
  if (to.day < from.day || (to.day === from.day && toSec <= fromSec)) return 0;
  let total = 0;
  for (let day = from.day; day <= to.day; day = (day + 1) as Day) {
    const lo = day === from.day ? fromSec : 0;
    const hi = day === to.day ? toSec : 86_400;
    for (const w of workingWindowsOn(cal, day, options)) {
      const start = w.startSec > lo ? w.startSec : lo;
      const end = w.endSec < hi ? w.endSec : hi;
      if (end > start) total += end - start;
    }
  }
  return total;
}
