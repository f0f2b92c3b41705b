import type { Stamp } from '../calendar/day.js';
import type { RuleOptions } from '../deadline/rule-presets.js';
import { isAfterDue } from './compare-due.js';

/**
 * True when a dossier is late (or overdue) only on the system: the office's "Ngày trả kết
 * quả thực tế" is on or before the due date although the system's finish is after it, or
 * the system still shows it open past due. No legal definition exists; this follows the
 * research notes (law.md §5): 61% of "overdue" dossiers in Gia Lai, Sept 2025, were
 * sync or data-entry lags.
 * @example isLateOnlyOnSystem({ day: dayFromYmd({ y: 2024, m: 6, d: 12 }), sec: null },
 *   { day: dayFromYmd({ y: 2024, m: 6, d: 12 }), sec: 61200 }) // => true
 */
export function isLateOnlyOnSystem(actualResult: Stamp | null, due: Stamp, compareBy: RuleOptions['compareBy'] = 'datetime'): boolean {
  return actualResult !== null && !isAfterDue(actualResult, due, compareBy);
}
