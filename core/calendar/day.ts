/**
 * Calendar values without time zones.
 *
 * A `Day` is the number of days since 1899-12-30, so an Excel/LibreOffice cell
 * value (1900 date system, from 1900-03-01 on) *is* a Day; its fraction is the time.
 * Pure integer arithmetic: results never depend on TZ.
 */
export type Day = number & { readonly __brand: 'Day' };

/** A calendar date; `m` is 1–12 everywhere. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Office civil time: a day and the seconds after midnight, or null when the source had no time. */
export interface Stamp {
  day: Day;
  sec: number | null;
}

/** Day number of 1970-01-01. */
const UNIX_EPOCH_DAY = 25_569;

/**
 * The Day of a calendar date.
 * @example dayFromYmd({ y: 2025, m: 1, d: 1 }) // => 45658
 */
export function dayFromYmd({ y, m, d }: Ymd): Day {
  // Days-from-civil (proleptic Gregorian), integer arithmetic only: no Date, no zone.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146_097 + doe - 719_468 + UNIX_EPOCH_DAY) as Day;
}

/** The calendar date of a Day (its integer part). */
export function ymdFromDay(day: Day | number): Ymd {
  const z = Math.floor(day) - UNIX_EPOCH_DAY + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** True when y-m-d names a real calendar date (31/02 does not). */
export function isValidYmd({ y, m, d }: Ymd): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const back = ymdFromDay(dayFromYmd({ y, m, d }));
  return back.y === y && back.m === m && back.d === d;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Day): number {
  return ((((Math.floor(day) + 5) % 7) + 7) % 7) + 1;
}

/** `YYYY-MM-DD`. */
export function formatIsoDay(day: Day): string {
  const { y, m, d } = ymdFromDay(day);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** `dd/mm/yyyy`, as Vietnamese text writes a date. @example formatDmy(dayFromYmd({ y: 2027, m: 2, d: 5 })) // => "05/02/2027" */
export function formatDmy(day: Day): string {
  const { y, m, d } = ymdFromDay(day);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` (the CLI's JSON form). */
export function formatIsoStamp(stamp: Stamp): string {
  if (stamp.sec === null) return formatIsoDay(stamp.day);
  return `${formatIsoDay(stamp.day)}T${formatHm(stamp.sec)}`;
}

/** `HH:mm` from seconds after midnight. */
export function formatHm(sec: number): string {
  const minutes = Math.floor(sec / 60);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** Parses strict `YYYY-MM-DD`; null when it is not a real date. */
export function parseIsoDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const ymd = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isValidYmd(ymd) ? dayFromYmd(ymd) : null;
}

/** Compares two stamps; a stamp without time sorts at the end of its day (BLDS 2015 Điều 148.6). */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.day !== b.day) return a.day - b.day;
  return (a.sec ?? SECONDS_PER_DAY) - (b.sec ?? SECONDS_PER_DAY);
}

export const SECONDS_PER_DAY = 86_400;

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
