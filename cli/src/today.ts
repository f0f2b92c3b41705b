import type { Day } from '../../core/index.js';

const MS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
/** Day number of 1970-01-01 (Excel serial). */
const UNIX_EPOCH_DAY = 25_569;

/**
 * Today's date in Vietnam (UTC+7, no daylight saving): the ONE place the CLI reads the
 * clock, for the default --as-of. Core never does; it takes this Day as an argument.
 * @example todayInVietnam(Date.UTC(2025, 5, 29, 18, 0)) // => 2025-06-30 (01:00 in Hà Nội)
 */
export function todayInVietnam(nowMs: number = Date.now()): Day {
  return (Math.floor((nowMs + VIETNAM_OFFSET_MS) / MS_PER_DAY) + UNIX_EPOCH_DAY) as Day;
}
