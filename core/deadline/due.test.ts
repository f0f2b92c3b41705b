import { describe, expect, it } from 'vitest';
import { dayFromYmd, type Stamp } from '../calendar/day.js';
import { buildCalendar } from '../calendar/working-days.js';
import { computeDue, computeDueAt, type DueResult } from './due.js';
import { parsePeriod, type Period } from './period.js';
import { DEFAULT_RULES } from './rule-presets.js';

const cal = buildCalendar();
const D = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });
const at = (y: number, m: number, d: number, h: number | null, min = 0): Stamp => ({
  day: D(y, m, d),
  sec: h === null ? null : h * 3600 + min * 60,
});
const FIVE_PM = 17 * 3600;

/** The due of a period as exports write it. */
function due(received: Stamp, text: string): Stamp {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new Error(`test period unreadable: ${text}`);
  return computeDue(received, parsed.value, cal, DEFAULT_RULES).dueAt;
}

describe('computeDue: working days', () => {
  it('does not count a Saturday receipt: Sat 2025-03-01 09:00 + 1 working day is Mon 2025-03-03 17:00', () => {
    const period: Period = { unit: 'workingDays', amount: 1 };
    const expected: DueResult = {
      received: at(2025, 3, 1, 9),
      period,
      dueAt: at(2025, 3, 3, 17),
      legal: 'blds-147-2',
      steps: [
        { kind: 'receiptDayNotCounted', received: D(2025, 3, 1), firstCounted: D(2025, 3, 3) },
        { kind: 'receivedOnDayOff', received: D(2025, 3, 1), firstCounted: D(2025, 3, 3) },
        { kind: 'countWorkingDays', amount: 1, from: D(2025, 3, 3), to: D(2025, 3, 3), daysOff: [], makeUpSaturdays: [] },
        { kind: 'dueAtEndOfWorkingDay', sec: FIVE_PM },
      ],
    };
    expect(computeDue(at(2025, 3, 1, 9), period, cal, DEFAULT_RULES)).toEqual(expected);
  });

  it('starts the day after a holiday receipt: Tue 2024-09-03 (Quốc khánh) + "03 ngày làm việc" is Fri 2024-09-06', () => {
    expect(due(at(2024, 9, 3, 10), '03 ngày làm việc')).toEqual(at(2024, 9, 6, 17));
  });

  it('skips Tết 2025: Fri 2025-01-24 + "05 ngày làm việc" is Fri 2025-02-07, naming the five days off', () => {
    const result = computeDue(at(2025, 1, 24, null), { unit: 'workingDays', amount: 5 }, cal, DEFAULT_RULES);
    expect(result.dueAt).toEqual(at(2025, 2, 7, 17));
    expect(result.steps[1]).toEqual({
      kind: 'countWorkingDays',
      amount: 5,
      from: D(2025, 2, 3),
      to: D(2025, 2, 7),
      daysOff: [
        { day: D(2025, 1, 27), name: 'Tết Nguyên đán (28 tháng Chạp)' },
        { day: D(2025, 1, 28), name: 'Tết Nguyên đán (29 tháng Chạp, cuối năm)' },
        { day: D(2025, 1, 29), name: 'Tết Nguyên đán (Mùng 1 Tết)' },
        { day: D(2025, 1, 30), name: 'Tết Nguyên đán (Mùng 2 Tết)' },
        { day: D(2025, 1, 31), name: 'Tết Nguyên đán (Mùng 3 Tết)' },
      ],
      makeUpSaturdays: [],
    });
  });

  it('counts the make-up Saturday 2025-04-26: Fri 2025-04-25 + 5 working days is Tue 2025-05-06', () => {
    // Sat 26/4 (1), Mon 28/4 (2), Tue 29/4 (3), 30/4–2/5 off, Mon 5/5 (4), Tue 6/5 (5).
    const result = computeDue(at(2025, 4, 25, 8), { unit: 'workingDays', amount: 5 }, cal, DEFAULT_RULES);
    expect(result.dueAt).toEqual(at(2025, 5, 6, 17));
    expect(result.steps[1]).toEqual({
      kind: 'countWorkingDays',
      amount: 5,
      from: D(2025, 4, 26),
      to: D(2025, 5, 6),
      daysOff: [
        { day: D(2025, 4, 30), name: 'Ngày Chiến thắng' },
        { day: D(2025, 5, 1), name: 'Ngày Quốc tế Lao động' },
        { day: D(2025, 5, 2), name: 'Nghỉ hoán đổi dịp 30/4-1/5 (làm bù 26/04/2025)' },
      ],
      makeUpSaturdays: [{ day: D(2025, 4, 26), name: 'Làm bù cho 02/05/2025' }],
    });
  });

  it('does not count a 17:30 receipt day either: Mon 2024-06-03 17:30 + "05 ngày làm việc" is Mon 2024-06-10', () => {
    expect(due(at(2024, 6, 3, 17, 30), '05 ngày làm việc')).toEqual(at(2024, 6, 10, 17));
  });

  it('ends at the configured close: 16:30 with windows 07:00–11:30, 13:00–16:30', () => {
    const hours = { windows: [{ startSec: 7 * 3600, endSec: 11.5 * 3600 }, { startSec: 13 * 3600, endSec: 16.5 * 3600 }] };
    expect(computeDueAt(at(2024, 6, 3, 9), { unit: 'workingDays', amount: 1 }, cal, DEFAULT_RULES, hours)).toEqual(
      at(2024, 6, 4, 16, 30),
    );
  });

  it('rejects a fractional number of working days (a programmer error: parsePeriod gives hours)', () => {
    expect(() => computeDue(at(2024, 6, 3, 9), { unit: 'workingDays', amount: 1.5 }, cal, DEFAULT_RULES)).toThrow(RangeError);
  });
});

describe('computeDue: calendar days', () => {
  it('"5 ngày" from Mon 2024-06-03 ends Sat 2024-06-08, a day off, so the due is Mon 2024-06-10 (BLDS 148.5)', () => {
    const period: Period = { unit: 'calendarDays', amount: 5 };
    expect(computeDue(at(2024, 6, 3, 9), period, cal, DEFAULT_RULES)).toEqual({
      received: at(2024, 6, 3, 9),
      period,
      dueAt: at(2024, 6, 10, 17),
      legal: 'blds-148-5',
      steps: [
        { kind: 'countCalendarDays', amount: 5, from: D(2024, 6, 4), to: D(2024, 6, 8) },
        { kind: 'lastDayOffMoved', lastDay: D(2024, 6, 8), movedTo: D(2024, 6, 10) },
        { kind: 'dueAtEndOfWorkingDay', sec: FIVE_PM },
      ],
    });
  });
  it('reads "5 ngày" as calendar days: from Tue 2024-06-04 due Mon 2024-06-10, where "5 ngày làm việc" is Tue 2024-06-11', () => {
    // Tue 2024-06-04 + 5 calendar days = Sun 2024-06-09 → Mon 2024-06-10; + 5 working days would be Tue 2024-06-11.
    expect(due(at(2024, 6, 4, 9), '5 ngày')).toEqual(at(2024, 6, 10, 17));
    expect(due(at(2024, 6, 4, 9), '5 ngày làm việc')).toEqual(at(2024, 6, 11, 17));
  });
  it('"03 ngày" from Tue 2024-06-04 is Fri 2024-06-07 (weekends inside the period count)', () => {
    expect(due(at(2024, 6, 4, 9), '03 ngày')).toEqual(at(2024, 6, 7, 17));
  });
  it('"10 ngày" from Fri 2025-01-17 ends on Mon 2025-01-27 (Tết), so the due is Mon 2025-02-03', () => {
    expect(due(at(2025, 1, 17, 9), '10 ngày')).toEqual(at(2025, 2, 3, 17));
  });
  it('"3 ngày" from Wed 2025-04-23 ends on the make-up Saturday 2025-04-26, a working day: due that Saturday', () => {
    expect(due(at(2025, 4, 23, 9), '3 ngày')).toEqual(at(2025, 4, 26, 17));
  });
});

describe('computeDue: working hours', () => {
  it('"8 giờ làm việc" from Mon 2024-06-03 09:00 is Tue 2024-06-04 09:00', () => {
    expect(due(at(2024, 6, 3, 9), '8 giờ làm việc')).toEqual(at(2024, 6, 4, 9));
  });
  it('reads "4 giờ" as working hours: from Mon 2024-06-03 16:00 due Tue 2024-06-04 10:00', () => {
    expect(due(at(2024, 6, 3, 16), '4 giờ')).toEqual(at(2024, 6, 4, 10));
  });
  it('"4 giờ" from Mon 2024-06-03 16:00 is Tue 2024-06-04 10:00, the start already inside working hours', () => {
    const period: Period = { unit: 'workingHours', amount: 4 };
    expect(computeDue(at(2024, 6, 3, 16), period, cal, DEFAULT_RULES)).toEqual({
      received: at(2024, 6, 3, 16),
      period,
      dueAt: at(2024, 6, 4, 10),
      legal: 'blds-147-1',
      steps: [{ kind: 'countWorkingHours', amount: 4, from: at(2024, 6, 3, 16), to: at(2024, 6, 4, 10) }],
    });
  });
  it('"4 giờ" from Sat 2024-06-08 10:00 starts Mon 2024-06-10 07:00 and ends 11:00', () => {
    const period: Period = { unit: 'workingHours', amount: 4 };
    expect(computeDue(at(2024, 6, 8, 10), period, cal, DEFAULT_RULES).steps).toEqual([
      { kind: 'countWorkingHours', amount: 4, from: at(2024, 6, 10, 7), to: at(2024, 6, 10, 11) },
      { kind: 'startMovedToOpening', received: at(2024, 6, 8, 10), start: at(2024, 6, 10, 7) },
    ]);
  });
  it('"4 giờ" from Sat 2024-06-08 10:00 with the Saturday counter ends Mon 2024-06-10 09:30 (1.5 h Sat, 2.5 h Mon)', () => {
    const period: Period = { unit: 'workingHours', amount: 4 };
    expect(computeDueAt(at(2024, 6, 8, 10), period, cal, DEFAULT_RULES, { saturdayMorning: true })).toEqual(
      at(2024, 6, 10, 9, 30),
    );
  });
});

describe('computeDue: same day (cut-off 15:00)', () => {
  it('"Trong ngày" received Mon 2024-06-03 14:59 is due that day at 17:00', () => {
    expect(due(at(2024, 6, 3, 14, 59), 'Trong ngày')).toEqual(at(2024, 6, 3, 17));
  });
  it('"Trong ngày" received Mon 2024-06-03 15:01 is due Tue 2024-06-04 17:00', () => {
    const period: Period = { unit: 'sameDay', amount: 0 };
    expect(computeDue(at(2024, 6, 3, 15, 1), period, cal, DEFAULT_RULES)).toEqual({
      received: at(2024, 6, 3, 15, 1),
      period,
      dueAt: at(2024, 6, 4, 17),
      legal: 'nd61-18-2',
      steps: [
        { kind: 'sameDayAfterCutoff', cutoffSec: 15 * 3600, movedTo: D(2024, 6, 4) },
        { kind: 'dueAtEndOfWorkingDay', sec: FIVE_PM },
      ],
    });
  });
  it('"Ngay trong ngày" received exactly at 15:00 is not "sau 15 giờ": due the same day, Mon 2024-06-03 17:00', () => {
    // NĐ 118/2025 Điều 18.2 as amended by NĐ 309/2026: only a receipt after 15:00 moves on.
    expect(due(at(2024, 6, 3, 15), 'Ngay trong ngày')).toEqual(at(2024, 6, 3, 17));
  });
  it('received 15:00:01 is after 15:00: due the next working day, Tue 2024-06-04 17:00', () => {
    expect(due({ day: D(2024, 6, 3), sec: 15 * 3600 + 1 }, 'Trong ngày')).toEqual(at(2024, 6, 4, 17));
  });
  it('"Trả ngay" received Fri 2025-01-24 15:30 goes past Tết to Mon 2025-02-03', () => {
    expect(due(at(2025, 1, 24, 15, 30), 'Trả ngay')).toEqual(at(2025, 2, 3, 17));
  });
  it('"Trong ngày" received on Sat 2025-03-01 is due Mon 2025-03-03', () => {
    expect(due(at(2025, 3, 1, 9), 'Trong ngày')).toEqual(at(2025, 3, 3, 17));
  });
  it('a receipt without time counts as before the cut-off', () => {
    expect(due(at(2024, 6, 3, null), 'Trong ngày')).toEqual(at(2024, 6, 3, 17));
  });
  it('with the Saturday counter, Sat 2024-06-08 10:00 is due 11:30 that Saturday; 11:45 goes to Mon 2024-06-10', () => {
    const period: Period = { unit: 'sameDay', amount: 0 };
    const sat = { saturdayMorning: true };
    expect(computeDueAt(at(2024, 6, 8, 10), period, cal, DEFAULT_RULES, sat)).toEqual(at(2024, 6, 8, 11, 30));
    expect(computeDueAt(at(2024, 6, 8, 11, 45), period, cal, DEFAULT_RULES, sat)).toEqual(at(2024, 6, 10, 17));
  });
  it('follows a configured cut-off: 16:00 lets a 15:30 receipt be due the same day', () => {
    const rules = { ...DEFAULT_RULES, sameDayCutoffSec: 16 * 3600 };
    expect(computeDueAt(at(2024, 6, 3, 15, 30), { unit: 'sameDay', amount: 0 }, cal, rules)).toEqual(at(2024, 6, 3, 17));
  });
});
