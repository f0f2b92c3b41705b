/**
 * The add-in's only clock read turns "now" into today's date in Vietnam (UTC+7, no
 * daylight saving), whatever zone the computer is set to.
 */
import type { Day } from '../../core/index.js';

const MS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
/** Day number of 1970-01-01. */
const UNIX_EPOCH_DAY = 25_569;

/**
 * The date in Vietnam at a moment given in milliseconds since 1970 (UTC).
 * @example dayInVietnam(Date.UTC(2024, 5, 13, 17, 30)) // => 45457 (14/6/2024, 00:30 in Hà Nội)
 */
export function dayInVietnam(epochMs: number): Day {
  return (Math.floor((epochMs + VIETNAM_OFFSET_MS) / MS_PER_DAY) + UNIX_EPOCH_DAY) as Day;
}

/** Today in Vietnam, from the computer's clock. */
export function todayInVietnam(): Day {
  return dayInVietnam(Date.now());
}
