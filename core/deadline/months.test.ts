import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/working-days.js';
import { dayFromYmd, formatIsoDay, formatIsoStamp } from '../calendar/day.js';
import { computeDue } from './due.js';
import { explainDue } from './explain.js';
import { DEFAULT_RULES } from './rule-presets.js';
import { addMonths, monthsDue } from './months.js';

const cal = buildCalendar();
const D = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });

describe('addMonths (BLDS 2015 Điều 148.3: the corresponding day of the last month)', () => {
  it.each([
    [[2025, 3, 15], 1, '2025-04-15'],
    [[2025, 1, 31], 1, '2025-02-28'], // no 31/02: the last day of February
    [[2024, 1, 31], 1, '2024-02-29'], // leap year
    [[2025, 8, 31], 1, '2025-09-30'],
    [[2025, 11, 30], 3, '2026-02-28'], // across the year
    [[2025, 12, 15], 1, '2026-01-15'],
    [[2025, 5, 10], 12, '2026-05-10'],
  ] as const)('%j + %i months is %s', ([y, m, d], n, expected) => {
    expect(formatIsoDay(addMonths(D(y, m, d), n))).toBe(expected);
  });
  it('refuses 0 and fractions', () => {
    expect(() => addMonths(D(2025, 1, 1), 0)).toThrow(RangeError);
    expect(() => addMonths(D(2025, 1, 1), 1.5)).toThrow(RangeError);
  });
});

describe('months periods in computeDue', () => {
  it('moves a last day off to the next working day (Điều 148.5): 15/01/2025 + 1 month = Sat 15/02 → Mon 17/02/2025', () => {
    expect(monthsDue({ day: D(2025, 1, 15), sec: null }, 1, cal)).toEqual({ lastDay: D(2025, 2, 15), due: D(2025, 2, 17) });
  });
  it('gives a corresponding day that falls in Tết 2025 the next working day: 29/12/2024 + 1 month = Wed 29/01/2025 → Mon 03/02/2025', () => {
    const result = computeDue({ day: D(2024, 12, 29), sec: 9 * 3600 }, { unit: 'months', amount: 1 }, cal, DEFAULT_RULES);
    expect(formatIsoStamp(result.dueAt)).toBe('2025-02-03T17:00');
    expect(result.legal).toBe('blds-148-3');
    expect(result.steps.map((s) => s.kind)).toEqual(['countMonths', 'lastDayOffMoved', 'dueAtEndOfWorkingDay']);
  });
  it('explains the count in Vietnamese with its legal source', () => {
    const result = computeDue({ day: D(2025, 3, 14), sec: 9 * 3600 }, { unit: 'months', amount: 1 }, cal, DEFAULT_RULES);
    expect(explainDue(result).headline).toBe(
      'Hạn trả: 17:00 thứ Hai 14/04/2025 — 1 tháng, không tính ngày tiếp nhận; kết thúc vào ngày tương ứng của tháng cuối cùng, thứ Hai 14/04/2025 (tháng không có ngày tương ứng thì là ngày cuối tháng) (BLDS 2015 Điều 148 khoản 3)',
    );
  });
});
