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
function tetDaysBefore(tet: Day): 1 | 2 {
  return isoWeekday(tet) === 2 ? 1 : 2;
}

interface Holiday {
  day: Day;
  name: string;
  source: string;
}

function holidaysOf(year: number): Holiday[] {
  const ymd = (m: number, d: number) => dayFromYmd({ y: year, m, d });
  const holidays: Holiday[] = [{ day: ymd(1, 1), name: N.newYear, source: S.fixed }];

  const tet = dayFromYmd(lunarNewYear(year));
  const before = tetDaysBefore(tet);
  for (let offset = -before; offset < 5 - before; offset++) {
    const day = (tet + offset) as Day;
    const name = offset < 0 ? N.tetBefore(lunarFromSolar(ymdFromDay(day)).day) : N.tetAfter(offset + 1);
    holidays.push({ day, name, source: S.tet });
  }

  holidays.push({ day: dayFromYmd(hungKingsDay(year)), name: N.hungKings, source: S.hungKings });
  holidays.push({ day: ymd(4, 30), name: N.victory, source: S.fixed });
  holidays.push({ day: ymd(5, 1), name: N.labour, source: S.fixed });

  const sept2 = ymd(9, 2);
  const side = ADJACENT_TO_SEPT_2[isoWeekday(sept2)];
  holidays.push({ day: sept2, name: N.national, source: S.fixed });
  holidays.push({ day: (sept2 + side) as Day, name: side < 0 ? N.nationalBefore : N.nationalAfter, source: S.nationalAdjacent });

  if (year >= CULTURE_DAY_FIRST_YEAR) holidays.push({ day: ymd(11, 24), name: N.culture, source: S.culture });
  return holidays.sort((a, b) => a.day - b.day);
}

/**
 * Projected days off of one year: the holidays (weekend ones too, as the reason for
 * their nghỉ bù) and the compensatory days, each `derived`, named "… (dự kiến)".
 * Legal source: BLLĐ 2019 Điều 111(3), Điều 112; NQ 28/2026/QH16 (24/11).
 * @example projectDaysOff(2030).find((r) => r.date === '2030-02-05')
 * // => { date: '2030-02-05', kind: 'compensatory', name: 'Nghỉ bù Tết Nguyên đán (Mùng 1 Tết) (dự kiến)', … }
 */
export function projectDaysOff(year: number): DayOffRow[] {
  if (!Number.isInteger(year) || year < PROJECTION_FIRST_YEAR || year > PROJECTION_LAST_YEAR) {
    throw new RangeError(`projectDaysOff: year must be an integer ${PROJECTION_FIRST_YEAR}–${PROJECTION_LAST_YEAR}, got ${year}`);
  }
  const holidays = holidaysOf(year);
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
