/**
 * Periods in months ("01 tháng"): BLDS 2015 Điều 147.2 (the receipt day is not counted),
 * Điều 148.3 (the period ends at the end of the corresponding day of the last month; when
 * that month has no such day, on its last day) and Điều 148.5 (a last day that is a day off
 * moves to the end of the next working day).
 */
import { dayFromYmd, ymdFromDay, type Day, type Stamp } from '../calendar/day.js';
import { nextWorkingDayFrom, type WorkCalendar } from '../calendar/working-days.js';

/**
 * The corresponding day N months after `day`, clamped to the end of a shorter month.
 * @example addMonths(dayFromYmd({ y: 2025, m: 1, d: 31 }), 1) // => 2025-02-28
 */
export function addMonths(day: Day, months: number): Day {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`addMonths: months must be an integer >= 1, got ${months}`);
  const { y, m, d } = ymdFromDay(day);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return dayFromYmd({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The last day of a months period and the due it gives, before the close-of-day time is added. */
export interface MonthsDue {
  /** The corresponding day of the last month (Điều 148.3). */
  lastDay: Day;
  /** lastDay, or the next working day when it is a day off (Điều 148.5). */
  due: Day;
}

/**
 * Due of an N-month period received on `received`.
 * @example monthsDue({ day: dayFromYmd({ y: 2025, m: 3, d: 15 }), sec: null }, 1, cal) // => { lastDay: 2025-04-15, due: 2025-04-15 }
 */
export function monthsDue(received: Stamp, months: number, cal: WorkCalendar): MonthsDue {
  const lastDay = addMonths(received.day, months);
  return { lastDay, due: nextWorkingDayFrom(cal, lastDay) };
}
