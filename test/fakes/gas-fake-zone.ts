/**
 * Time-zone arithmetic for the Apps Script fake, with Intl (real zone rules, DST
 * included): Utilities.formatDate, and the instant a spreadsheet cell holds for a wall
 * time shown in the spreadsheet's zone.
 */

const partsCache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone. */
export function wallFields(ms: number, timeZone: string): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), h: Number(parts.hour) % 24, mi: Number(parts.minute), s: Number(parts.second) };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Utilities.formatDate for the SimpleDateFormat letters the add-on uses: yyyy MM dd HH mm ss.
 * Anything else throws, so a change of pattern shows up in the tests.
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!/^[yMdHms\-: ]+$/.test(pattern)) throw new Error(`fake formatDate: unsupported pattern ${pattern}`);
  const f = wallFields(date.getTime(), timeZone);
  return pattern
    .replace('yyyy', pad(f.y, 4))
    .replace('MM', pad(f.m))
    .replace('dd', pad(f.d))
    .replace('HH', pad(f.h))
    .replace('mm', pad(f.mi))
    .replace('ss', pad(f.s));
}

/** Offset (ms) of the zone from UTC at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const f = wallFields(ms, timeZone);
  return Date.UTC(f.y, f.m - 1, f.d, f.h, f.mi, f.s) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant that shows as the given wall time in the zone (what Sheets hands a script
 * for a date cell of a spreadsheet in that zone).
 * @example zonedInstant({ y: 2025, m: 1, d: 25, h: 8, mi: 30 }, 'Asia/Ho_Chi_Minh').toISOString() // => "2025-01-25T01:30:00.000Z"
 */
export function zonedInstant(wall: { y: number; m: number; d: number; h?: number; mi?: number; s?: number }, timeZone: string): Date {
  const guess = Date.UTC(wall.y, wall.m - 1, wall.d, wall.h ?? 0, wall.mi ?? 0, wall.s ?? 0);
  let ms = guess - offsetAt(guess, timeZone);
  ms = guess - offsetAt(ms, timeZone);
  return new Date(ms);
}
