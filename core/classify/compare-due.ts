import type { Stamp } from '../calendar/day.js';

/**
 * True when `at` is after the due date-time. When both have a time they are compared to
 * the second; when either has no time, only the days are compared: a due without time
 * ends at 24:00 (BLDS 2015 Điều 148.6), and a finish without time cannot show lateness
 * within its day, so it is given the benefit of the doubt.
 * @example isAfterDue({ day: dayFromYmd({ y: 2024, m: 6, d: 12 }), sec: 61260 },
 *   { day: dayFromYmd({ y: 2024, m: 6, d: 12 }), sec: 61200 }) // => true (17:01 after 17:00)
 */
export function isAfterDue(at: Stamp, due: Stamp): boolean {
  if (at.day !== due.day) return at.day > due.day;
  return at.sec !== null && due.sec !== null && at.sec > due.sec;
}
