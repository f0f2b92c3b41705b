import type { Stamp } from '../calendar/day.js';
import type { RuleOptions } from '../deadline/rule-presets.js';

/**
 * True when `at` is after the due date-time. With `compareBy` 'datetime' (the default, as
 * the national QĐ 766 index compares) and both stamps timed, they are compared to the
 * second; otherwise only the days are compared: a due without time, or any due under
 * 'day', ends at 24:00 of its day (BLDS 2015 Điều 148.6), and a finish without time cannot
 * show lateness within its day, so it is given the benefit of the doubt.
 * @example isAfterDue({ day: dayFromYmd({ y: 2024, m: 6, d: 12 }), sec: 61260 },
 *   { day: dayFromYmd({ y: 2024, m: 6, d: 12 }), sec: 61200 }) // => true (17:01 after 17:00)
 * @example isAfterDue(at1701, due1700, 'day') // => false (same day)
 */
export function isAfterDue(at: Stamp, due: Stamp, compareBy: RuleOptions['compareBy'] = 'datetime'): boolean {
  if (at.day !== due.day) return at.day > due.day;
  return compareBy === 'datetime' && at.sec !== null && due.sec !== null && at.sec > due.sec;
}
