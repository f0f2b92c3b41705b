import type { Day, Stamp } from '../calendar/day.js';
import { addWorkingDays, isInCalendar, isWorkingDay, type WorkCalendar } from '../calendar/working-days.js';
import { endOfWorkingDay, isSaturdayCounterOpen, type WorkingHoursOptions } from '../calendar/working-hours.js';
import type { PeriodUnit } from '../deadline/period.js';

/** How the system's "Ngày hẹn trả" stands against the due the law gives. */
export interface SystemDueCheck {
  /** The due as the system holds it. */
  systemDue: Stamp;
  /**
   * The lawful due: counted from the receipt and the period when both are readable, else the
   * system's own due moved off its day off to the end of the next working day (BLDS 148.5).
   */
  lawfulDue: Stamp;
  /** True when lawfulDue was counted from the receipt and the period. */
  counted: boolean;
  /** The system's due falls on an official day off (weekend, holiday, swapped day). */
  onDayOff: boolean;
  /**
   * 'earlier': the system's due is before the lawful one, the system's mistake (a lawful due
   * counted from the receipt is the earliest one the law allows: restarts after
   * supplementation and re-appointments only move it later). 'later': after it, which the
   * export may not show the reason for, so the system's due still rules.
   */
  direction: 'earlier' | 'later';
}

/**
 * The day a due on an official day off really ends: the end of the next working day
 * (BLDS 2015 Điều 148.5); null when the due is on a working day (or a Saturday the counter
 * is open, for hour-based periods) or outside the calendar.
 * @example dueMovedOffDayOff({ day: sat20240615, sec: 61200 }, cal) // => { day: mon20240617, sec: 61200 }
 */
export function dueMovedOffDayOff(due: Stamp, cal: WorkCalendar, hours: WorkingHoursOptions = {}): Stamp | null {
  const day = due.day;
  if (!isInCalendar(cal, day) || isWorkingDay(cal, day) || isSaturdayCounterOpen(cal, day, hours)) return null;
  let next: Day;
  try {
    next = addWorkingDays(cal, day, 1);
  } catch {
    return null; // past 2100
  }
  return { day: next, sec: endOfWorkingDay(hours) };
}

/**
 * The sign of systemDue − lawfulDue as the audit compares them: by day, or to the minute
 * for hour-based periods when both have a time.
 * @example dueDiff(sysWed, lawfulThu, 'workingDays') // => -1
 */
export function dueDiff(systemDue: Stamp, lawfulDue: Stamp, unit: PeriodUnit | null): number {
  if (systemDue.day !== lawfulDue.day || unit !== 'workingHours' || systemDue.sec === null || lawfulDue.sec === null) {
    return systemDue.day - lawfulDue.day;
  }
  return Math.floor(systemDue.sec / 60) - Math.floor(lawfulDue.sec / 60);
}

/**
 * Compares the system's due with the lawful one; null when they agree or nothing lawful is
 * known. Day-based periods (and an unknown period) compare days, since "Ngày hẹn trả" is a
 * date and vendors stamp it with the receipt time; hour-based periods compare the minute.
 * Legal source: BLDS 2015 Điều 148.5; NĐ 118/2025 Điều 17.3 (as amended by NĐ 309/2026).
 * @example checkSystemDue(sysFri, lawfulMon, 'workingDays', cal) // => { direction: 'earlier', counted: true, … }
 */
export function checkSystemDue(
  systemDue: Stamp,
  counted: Stamp | null,
  unit: PeriodUnit | null,
  cal: WorkCalendar,
  hours: WorkingHoursOptions = {},
): SystemDueCheck | null {
  const moved = dueMovedOffDayOff(systemDue, cal, hours);
  const lawfulDue = counted ?? moved;
  if (lawfulDue === null) return null;
  const diff = dueDiff(systemDue, lawfulDue, unit);
  if (diff === 0) return null;
  return { systemDue, lawfulDue, counted: counted !== null, onDayOff: moved !== null, direction: diff < 0 ? 'earlier' : 'later' };
}
