/**
 * Days off for years after the official table (days-off.ts), projected from the law and
 * the precedents of 2019–2026. Every row is `derived` and named "(dự kiến)": the Prime
 * Minister still picks the Tết days, the day next to 2/9 and any swaps each year, so a
 * projected year is a forecast (swaps and make-up Saturdays are never projected).
 *
 * Rules:
 * - Holidays: 1/1; Tết, 5 days; Giỗ Tổ 10/3 âm lịch; 30/4; 1/5; 2/9 + one adjacent day;
 *   24/11 Ngày Văn hóa Việt Nam from 2026 (BLLĐ 2019 Điều 112; NQ 28/2026/QH16).
 * - Tết split: 1 day before mùng 1 and 4 after when mùng 1 is a Tuesday (2019, 2022,
 *   2026: Monday–Friday off), otherwise 2 before and 3 after (2020, 2021, 2023, 2024,
 *   2025). This reproduces every notice of 2019–2026.
 * - 2/9 adjacent day: the side that joins the break to a weekend, as decided 2021–2026
 *   (see ADJACENT_TO_SEPT_2).
 * - A holiday on Saturday or Sunday gives a compensatory day on the next Monday–Friday
 *   that is not already off (BLLĐ 2019 Điều 111(3)).
 */
import { dayFromYmd, formatIsoDay, isoWeekday, ymdFromDay, type Day } from './day.js';
import type { DayOffRow } from './days-off.js';
import { hungKingsDay, lunarFromSolar, lunarNewYear } from './lunar.js';
import { PROJECTED_DAY_NAMES as N, PROJECTED_SOURCES as S } from '../labels.vi.js';

/** Years projectDaysOff accepts: Labour Code 2019 (two days for Quốc khánh) onward. */
export const PROJECTION_FIRST_YEAR = 2021;
export const PROJECTION_LAST_YEAR = 2100;

/** First year with 24/11 as a holiday (NQ 28/2026/QH16, as reported). */
const CULTURE_DAY_FIRST_YEAR = 2026;

/**
 * Which day next to 2/9 is off, by ISO weekday of 2/9: -1 the day before, +1 the day after.
 * Precedents: Mon 2024 → Tue; Tue 2025 → Mon; Wed 2026 → Tue; Thu 2021 → Fri;
 * Fri 2022 → Thu; Sat 2023 → Fri. Sunday (no precedent) → Monday, the only weekday
 * neighbour; choosing Saturday would give the same days off once compensated.
 */
const ADJACENT_TO_SEPT_2: Readonly<Record<number, -1 | 1>> = { 1: 1, 2: -1, 3: -1, 4: 1, 5: -1, 6: -1, 7: 1 };

/** Days of the Tết holiday before mùng 1, by ISO weekday of mùng 1 (see the header). */
function tetDaysBefore(tet: Day): 1 | 2 | 3 {
  return isoWeekday(tet) === 2 ? 1 : 2;
}

interface Holiday {
  day: Day;
  name: string;
  source: string;
}

/**
 * The user's choice for a projected year (CalendarOptions.undecided): `tet-YYYY` = '1+4' |
 * '2+3' | '3+2' (days before and after mùng 1); `quoc-khanh-YYYY` = 'truoc' | 'sau'.
 * Anything else keeps the precedent.
 */
export const PROJECTED_TET_SPLITS: Readonly<Record<string, 1 | 2 | 3>> = { '1+4': 1, '2+3': 2, '3+2': 3 };
export const PROJECTED_SEPT2_SIDES: Readonly<Record<string, -1 | 1>> = { truoc: -1, sau: 1 };

/** Lunar dates of a year, computed once for every split tried. */
interface YearDates {
  year: number;
  tet: Day;
  hungKings: Day;
}

function yearDates(year: number): YearDates {
  return { year, tet: dayFromYmd(lunarNewYear(year)), hungKings: dayFromYmd(hungKingsDay(year)) };
}

/** `named` false skips the names (and their lunar look-ups) when only the dates matter. */
function holidaysOf(dates: YearDates, before: 1 | 2 | 3, side: -1 | 1, named = true): Holiday[] {
  const { year, tet } = dates;
  const ymd = (m: number, d: number) => dayFromYmd({ y: year, m, d });
  const holidays: Holiday[] = [{ day: ymd(1, 1), name: N.newYear, source: S.fixed }];

  for (let offset = -before; offset < 5 - before; offset++) {
    const day = (tet + offset) as Day;
    const name = !named ? '' : offset < 0 ? N.tetBefore(lunarFromSolar(ymdFromDay(day)).day) : N.tetAfter(offset + 1);
    holidays.push({ day, name, source: S.tet });
  }

  holidays.push({ day: dates.hungKings, name: N.hungKings, source: S.hungKings });
  holidays.push({ day: ymd(4, 30), name: N.victory, source: S.fixed });
  holidays.push({ day: ymd(5, 1), name: N.labour, source: S.fixed });

  const sept2 = ymd(9, 2);
  holidays.push({ day: sept2, name: N.national, source: S.fixed });
  holidays.push({ day: (sept2 + side) as Day, name: side < 0 ? N.nationalBefore : N.nationalAfter, source: S.nationalAdjacent });

  if (year >= CULTURE_DAY_FIRST_YEAR) holidays.push({ day: ymd(11, 24), name: N.culture, source: S.culture });
  return holidays.sort((a, b) => a.day - b.day);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < PROJECTION_FIRST_YEAR || year > PROJECTION_LAST_YEAR) {
    throw new RangeError(`projectDaysOff: year must be an integer ${PROJECTION_FIRST_YEAR}–${PROJECTION_LAST_YEAR}, got ${year}`);
  }
}

/**
 * The Tết split and 2/9 side a projected year uses by precedent, as settings keys.
 * @example precedentChoices(2028) // => { tet: '2+3', sept2: 'truoc' }
 */
export function precedentChoices(year: number): { tet: string; sept2: string } {
  checkYear(year);
  const before = tetDaysBefore(dayFromYmd(lunarNewYear(year)));
  const side = ADJACENT_TO_SEPT_2[isoWeekday(dayFromYmd({ y: year, m: 9, d: 2 }))];
  return { tet: `${before}+${5 - before}`, sept2: side < 0 ? 'truoc' : 'sau' };
}

function chosenSplit(dates: YearDates, choices: Readonly<Record<string, string>>): { before: 1 | 2 | 3; side: -1 | 1 } {
  const before = PROJECTED_TET_SPLITS[choices[`tet-${dates.year}`] ?? ''] ?? tetDaysBefore(dates.tet);
  const side = PROJECTED_SEPT2_SIDES[choices[`quoc-khanh-${dates.year}`] ?? ''] ?? ADJACENT_TO_SEPT_2[isoWeekday(dayFromYmd({ y: dates.year, m: 9, d: 2 }))];
  return { before, side };
}

/**
 * Projected days off of one year: the holidays (weekend ones too, as the reason for
 * their nghỉ bù) and the compensatory days, each `derived`, named "… (dự kiến)".
 * `choices` picks another Tết split or 2/9 side for the year (see PROJECTED_TET_SPLITS).
 * Legal source: BLLĐ 2019 Điều 111(3), Điều 112; NQ 28/2026/QH16 (24/11).
 * @example projectDaysOff(2030).find((r) => r.date === '2030-02-05')
 * // => { date: '2030-02-05', kind: 'compensatory', name: 'Nghỉ bù Tết Nguyên đán (Mùng 1 Tết) (dự kiến)', … }
 */
export function projectDaysOff(year: number, choices: Readonly<Record<string, string>> = {}): DayOffRow[] {
  checkYear(year);
  const dates = yearDates(year);
  const { before, side } = chosenSplit(dates, choices);
  return rowsOf(holidaysOf(dates, before, side));
}

/**
 * Weekdays that another lawful Tết split or the other 2/9 side would make days off while
 * the projection leaves them working, YYYY-MM-DD, sorted: pending until the year's notice.
 * @example projectedAlternativeDays(2028) // => ['2028-01-31', '2028-09-05']
 */
export function projectedAlternativeDays(year: number, choices: Readonly<Record<string, string>> = {}): string[] {
  return projectYear(year, choices).alternatives;
}

/**
 * projectDaysOff and projectedAlternativeDays of one year, its lunar dates computed once
 * (buildCalendar runs this for every year to 2100).
 */
export function projectYear(year: number, choices: Readonly<Record<string, string>> = {}): { rows: DayOffRow[]; alternatives: string[] } {
  checkYear(year);
  const dates = yearDates(year);
  const { before, side } = chosenSplit(dates, choices);
  const rows = rowsOf(holidaysOf(dates, before, side));
  const chosen = new Set<number>(offWeekdays(holidaysOf(dates, before, side, false)));
  const other = new Set<number>();
  const add = (b: 1 | 2 | 3, s: -1 | 1) => {
    for (const d of offWeekdays(holidaysOf(dates, b, s, false))) if (!chosen.has(d)) other.add(d);
  };
  for (const b of [1, 2, 3] as const) if (b !== before) add(b, side);
  add(before, side === 1 ? -1 : 1);
  return { rows, alternatives: [...other].sort((a, b) => a - b).map((d) => formatIsoDay(d as Day)) };
}

/** The weekday days off the holidays give once compensated (the days of rowsOf, without rows). */
function offWeekdays(holidays: readonly Holiday[]): Day[] {
  const off = new Set<number>(holidays.map((h) => h.day));
  const out: Day[] = [];
  for (const holiday of holidays) {
    if (isoWeekday(holiday.day) <= 5) {
      out.push(holiday.day);
      continue;
    }
    let comp = holiday.day + 1;
    while (isoWeekday(comp as Day) > 5 || off.has(comp)) comp++;
    off.add(comp);
    out.push(comp as Day);
  }
  return out;
}

function rowsOf(holidays: readonly Holiday[]): DayOffRow[] {
  const off = new Set<number>(holidays.map((h) => h.day));
  const rows: DayOffRow[] = [];
  for (const holiday of holidays) {
    rows.push(row(holiday.day, 'holiday', holiday.name, holiday.source));
    if (isoWeekday(holiday.day) <= 5) continue;
    let comp = holiday.day + 1;
    while (isoWeekday(comp as Day) > 5 || off.has(comp)) comp++;
    off.add(comp);
    rows.push(row(comp as Day, 'compensatory', N.compensatory(holiday.name), S.compensatory));
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function row(day: Day, kind: DayOffRow['kind'], name: string, source: string): DayOffRow {
  return { date: formatIsoDay(day), kind, name: name + N.projectedMark, source, confidence: 'derived' };
}
