/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7 as in force since the
 * 1968 reform. Rules (Hồ Ngọc Đức, "Âm lịch Việt Nam"; research/holidays.md §4.1):
 * 1. a month starts on the local day that contains the new moon;
 * 2. the winter solstice falls in month 11;
 * 3. when 13 months run from one month 11 to the next, the first month after month 11
 *    that contains no major solar term (trung khí) is the leap month, numbered as the
 *    month before it.
 * Written from the astronomy in ./astronomy.ts; no code taken from other calendars.
 */
import { dayFromYmd, ymdFromDay, type Day, type Ymd } from './day.js';
import {
  SYNODIC_MONTH_DAYS,
  jdeOfSunLongitude,
  newMoonJde,
  utFromJde,
} from './astronomy.js';

/** A lunar date; `leap` marks the intercalary month (tháng nhuận). */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

export interface LunarOptions {
  /**
   * Hours east of Greenwich of the meridian the calendar is computed for. 8 gives the
   * Chinese calendar (useful to show where the two differ).
   * @default 7
   */
  utcOffsetHours?: number;
}

/** Lunar years the functions accept. */
export const LUNAR_FIRST_YEAR = 1901;
export const LUNAR_LAST_YEAR = 2100;

/** Julian Day Number of Day 0 (1899-12-30). */
const JDN_OF_DAY_ZERO = 2_415_019;
const NEW_MOON_EPOCH_JDE = 2451550.09766;

interface LunarMonth {
  month: number;
  leap: boolean;
  start: Day;
  /** First day of the next month. */
  end: Day;
}

/** The local calendar day that contains an instant given in UT. */
function localDay(jdUt: number, offsetHours: number): Day {
  return (Math.floor(jdUt + 0.5 + offsetHours / 24) - JDN_OF_DAY_ZERO) as Day;
}

function newMoonDay(k: number, offsetHours: number): Day {
  return localDay(utFromJde(newMoonJde(k)), offsetHours);
}

function jdeOfMidnight(day: Day): number {
  return day + JDN_OF_DAY_ZERO - 0.5;
}

/** Local day on which the Sun reaches `longitudeDeg`, searched near `nearDay`. */
function solarTermDay(longitudeDeg: number, nearDay: Day, offsetHours: number): Day {
  return localDay(utFromJde(jdeOfSunLongitude(longitudeDeg, jdeOfMidnight(nearDay))), offsetHours);
}

const month11Cache = new Map<string, number>();

/** Lunation number k of month 11 of `year`: the month whose days contain the December solstice. */
function month11Lunation(year: number, offsetHours: number): number {
  const key = `${year}@${offsetHours}`;
  const cached = month11Cache.get(key);
  if (cached !== undefined) return cached;
  const solstice = solarTermDay(270, dayFromYmd({ y: year, m: 12, d: 21 }), offsetHours);
  let k = Math.floor((jdeOfMidnight(solstice) - NEW_MOON_EPOCH_JDE) / SYNODIC_MONTH_DAYS);
  while (newMoonDay(k + 1, offsetHours) <= solstice) k++;
  while (newMoonDay(k, offsetHours) > solstice) k--;
  month11Cache.set(key, k);
  return k;
}

const monthCache = new Map<string, readonly LunarMonth[]>();

/**
 * The months from month 11 of year − 1 up to (not including) month 11 of year: 12 or 13
 * months; they hold the whole of lunar year `year` from month 1 on.
 */
function monthsUpToMonth11(year: number, offsetHours: number): readonly LunarMonth[] {
  const key = `${year}@${offsetHours}`;
  const cached = monthCache.get(key);
  if (cached) return cached;
  const k0 = month11Lunation(year - 1, offsetHours);
  const k1 = month11Lunation(year, offsetHours);
  const starts: Day[] = [];
  for (let k = k0; k <= k1; k++) starts.push(newMoonDay(k, offsetHours));
  const count = k1 - k0;
  let leapIndex = -1;
  if (count === 13) {
    // Major solar terms (longitudes 300°, 330°, …, 240°) falling between the two solstices.
    const termDays: Day[] = [];
    for (let i = 1; i < 12; i++) {
      const near = (dayFromYmd({ y: year - 1, m: 12, d: 21 }) + Math.round(i * 30.44)) as Day;
      termDays.push(solarTermDay((270 + 30 * i) % 360, near, offsetHours));
    }
    for (let i = 1; i < count; i++) {
      if (!termDays.some((d) => d >= starts[i] && d < starts[i + 1])) {
        leapIndex = i;
        break;
      }
    }
    if (leapIndex < 0) throw new RangeError(`lunar: no month without a major term in ${year}`);
  } else if (count !== 12) {
    throw new RangeError(`lunar: ${count} months between the solstices of ${year - 1} and ${year}`);
  }
  const months: LunarMonth[] = [];
  let number = 10;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (!leap) number = (number % 12) + 1;
    months.push({ month: number, leap, start: starts[i], end: starts[i + 1] });
  }
  monthCache.set(key, months);
  return months;
}

function checkYear(year: number, fn: string): void {
  if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) {
    throw new RangeError(`${fn}: year must be an integer ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR}, got ${year}`);
  }
}

/**
 * The solar date of a lunar date. Month 11 and 12 of year Y fall in December Y to
 * February Y + 1. Throws a RangeError for a month that does not exist (a leap month in a
 * year without it) or a day past the month's 29 or 30 days.
 * @example solarFromLunar({ year: 2025, month: 3, day: 10, leap: false }) // => { y: 2025, m: 4, d: 7 } (Giỗ Tổ)
 */
export function solarFromLunar(lunar: LunarDate, options: LunarOptions = {}): Ymd {
  const { year, month, day, leap } = lunar;
  checkYear(year, 'solarFromLunar');
  const offset = options.utcOffsetHours ?? 7;
  const months = monthsUpToMonth11(month >= 11 ? year + 1 : year, offset);
  // In the list for year + 1, months 11 and 12 before month 1 belong to `year`.
  const firstMonth1 = months.findIndex((m) => m.month === 1 && !m.leap);
  const candidates = month >= 11 ? months.slice(0, firstMonth1) : months.slice(firstMonth1);
  const found = candidates.find((m) => m.month === month && m.leap === leap);
  if (!found) throw new RangeError(`solarFromLunar: month ${month}${leap ? ' (leap)' : ''} does not exist in lunar year ${year}`);
  if (!Number.isInteger(day) || day < 1 || day > found.end - found.start) {
    throw new RangeError(`solarFromLunar: day must be 1–${found.end - found.start} in month ${month} of ${year}, got ${day}`);
  }
  return ymdFromDay(found.start + day - 1);
}

/**
 * The lunar date of a solar date.
 * @example lunarFromSolar({ y: 2026, m: 2, d: 16 }) // => { year: 2025, month: 12, day: 29, leap: false }
 */
export function lunarFromSolar(ymd: Ymd, options: LunarOptions = {}): LunarDate {
  const offset = options.utcOffsetHours ?? 7;
  const day = dayFromYmd(ymd);
  // The list for y + 1 starts at month 11 of y (late Nov–Dec of y).
  if (!Number.isInteger(ymd.y) || ymd.y < LUNAR_FIRST_YEAR || ymd.y > LUNAR_LAST_YEAR) {
    throw new RangeError(`lunarFromSolar: year must be an integer ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR}, got ${ymd.y}`);
  }
  for (const listYear of [ymd.y + 1, ymd.y]) {
    const months = monthsUpToMonth11(listYear, offset);
    const firstMonth1 = months.findIndex((m) => m.month === 1 && !m.leap);
    const index = months.findIndex((m) => day >= m.start && day < m.end);
    if (index >= 0) {
      const m = months[index];
      return { year: index < firstMonth1 ? listYear - 1 : listYear, month: m.month, day: day - m.start + 1, leap: m.leap };
    }
  }
  throw new RangeError(`lunarFromSolar: no lunar month found for ${ymd.y}-${ymd.m}-${ymd.d}`);
}

/**
 * Tết Nguyên đán: the first day of lunar year `year` (mùng 1 tháng Giêng), Vietnamese calendar.
 * @example lunarNewYear(2030) // => { y: 2030, m: 2, d: 2 } (China: 2030-02-03)
 */
export function lunarNewYear(year: number, options: LunarOptions = {}): Ymd {
  return solarFromLunar({ year, month: 1, day: 1, leap: false }, options);
}

/**
 * Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month (the regular month, also in a year
 * with a leap 3rd month such as 2031).
 * Legal source: BLLĐ 2019 Điều 112.1.
 * @example hungKingsDay(2025) // => { y: 2025, m: 4, d: 7 }
 */
export function hungKingsDay(year: number, options: LunarOptions = {}): Ymd {
  return solarFromLunar({ year, month: 3, day: 10, leap: false }, options);
}
