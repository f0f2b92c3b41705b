import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatIsoDay, parseIsoDay, type Day } from './day.js';
import { addWorkingDays, buildCalendar, countWorkingDays, isWorkingDay, nextWorkingDayFrom } from './working-days.js';

const cal = buildCalendar();
const day = (iso: string) => parseIsoDay(iso) as Day;
const add = (iso: string, n: number, c = cal) => formatIsoDay(addWorkingDays(c, day(iso), n));
const count = (from: string, to: string, c = cal) => countWorkingDays(c, day(from), day(to));

// Every expected value below was worked out by hand from the table in holidays.md §3.
describe('addWorkingDays (Excel WORKDAY)', () => {
  it('skips Tết 2025: Fri 2025-01-24 + 1 is Mon 2025-02-03', () => {
    expect(add('2025-01-24', 1)).toBe('2025-02-03');
  });
  it('skips Tết 2024 (8–14/2 with nghỉ bù): Wed 2024-02-07 + 1 is Thu 2024-02-15', () => {
    expect(add('2024-02-07', 1)).toBe('2024-02-15');
  });
  it('counts the make-up Saturday: Fri 2025-04-25 + 1 is Sat 2025-04-26', () => {
    expect(add('2025-04-25', 1)).toBe('2025-04-26');
  });
  it('skips 30/4, 1/5 and the swapped Fri 2/5/2025: Tue 2025-04-29 + 1 is Mon 2025-05-05', () => {
    expect(add('2025-04-29', 1)).toBe('2025-05-05');
  });
  it('skips the swapped Mon 31/8 and 1–2/9/2026: Fri 2026-08-28 + 1 is Thu 2026-09-03', () => {
    expect(add('2026-08-28', 1)).toBe('2026-09-03');
  });
  it('counts the make-up Sat 2026-08-22: Fri 2026-08-21 + 1 is Sat 2026-08-22', () => {
    expect(add('2026-08-21', 1)).toBe('2026-08-22');
  });
  it('skips 24/11/2026 (reported): Mon 2026-11-23 + 1 is Wed 2026-11-25', () => {
    expect(add('2026-11-23', 1)).toBe('2026-11-25');
  });
  it('applies the proposed 23/11 ↔ 28/11/2026 swap only on request', () => {
    const withProposed = buildCalendar({ confidences: ['confirmed', 'reported', 'derived', 'proposed'] });
    expect(add('2026-11-20', 1)).toBe('2026-11-23');
    expect(add('2026-11-20', 1, withProposed)).toBe('2026-11-25');
    expect(add('2026-11-27', 1)).toBe('2026-11-30');
    expect(add('2026-11-27', 1, withProposed)).toBe('2026-11-28');
  });
  it('starts counting the next day from a Saturday: Sat 2025-03-01 + 1 is Mon 2025-03-03', () => {
    expect(add('2025-03-01', 1)).toBe('2025-03-03');
  });
  it('returns the day itself for n = 0, even a holiday: 2025-01-01 + 0 is 2025-01-01', () => {
    expect(add('2025-01-01', 0)).toBe('2025-01-01');
  });
  it('counts backwards: Mon 2025-02-03 − 1 is Fri 2025-01-24', () => {
    expect(add('2025-02-03', -1)).toBe('2025-01-24');
  });
  it('crosses New Year 2026 with the swap: Wed 2025-12-31 + 1 is Mon 2026-01-05, + 6 is the make-up Sat 2026-01-10', () => {
    expect(add('2025-12-31', 1)).toBe('2026-01-05');
    expect(add('2025-12-31', 5)).toBe('2026-01-09');
    expect(add('2025-12-31', 6)).toBe('2026-01-10');
  });
  it('applies the projected 1+4 Tết 2027 split by default: Thu 2027-02-04 + 1 is Fri 12/02, Wed 03/02 + 1 is Thu 04/02', () => {
    // Off: Fri 05/02 (29 Chạp), Sat 06–Sun 07 (mùng 1–2), Mon 08 (mùng 3), Tue 09 (mùng 4), Wed 10 and Thu 11 (nghỉ bù).
    expect(add('2027-02-03', 1)).toBe('2027-02-04');
    expect(add('2027-02-04', 1)).toBe('2027-02-12');
    // 2+3: off Thu 04/02 … Wed 10/02, so Wed 03/02 + 1 is Thu 11/02.
    expect(add('2027-02-03', 1, buildCalendar({ undecided: { 'tet-2027': '2+3' } }))).toBe('2027-02-11');
  });
  it('rejects a fractional n', () => {
    expect(() => addWorkingDays(cal, day('2025-01-02'), 1.5)).toThrow(RangeError);
  });
});

describe('countWorkingDays (Excel NETWORKDAYS)', () => {
  it('gives 17 working days in January 2025 (23 weekdays − 1/1 − Tết 27–31/1)', () => {
    expect(count('2025-01-01', '2025-01-31')).toBe(17);
  });
  it('gives 5 from Mon 2024-02-05 to Fri 2024-02-16 (Tết 8–14/2 off)', () => {
    expect(count('2024-02-05', '2024-02-16')).toBe(5);
  });
  it('gives 8 from Mon 2025-04-21 to Sun 2025-05-04: 7 weekdays and the make-up Sat 26/4', () => {
    // Weekdays 21–25/4 (5) + Sat 26/4 + Mon–Tue 28–29/4 (2); 30/4, 1/5, 2/5 off.
    expect(count('2025-04-21', '2025-05-04')).toBe(8);
  });
  it('is negative when the end is before the start', () => {
    expect(count('2025-01-31', '2025-01-01')).toBe(-17);
  });
  it('gives 250 working days in 2025 (261 weekdays − 12 days off + 1 make-up Saturday)', () => {
    expect(count('2025-01-01', '2025-12-31')).toBe(250);
  });
});

describe('isWorkingDay / nextWorkingDayFrom', () => {
  it('is false on the Tết eve Mon 2026-02-16 and true on the make-up Sat 2026-01-10', () => {
    expect(isWorkingDay(cal, day('2026-02-16'))).toBe(false);
    expect(isWorkingDay(cal, day('2026-01-10'))).toBe(true);
    expect(isWorkingDay(cal, day('2026-01-17'))).toBe(false);
  });
  it('moves Sat 2025-01-25 to Mon 2025-02-03 and keeps Mon 2025-02-03', () => {
    expect(formatIsoDay(nextWorkingDayFrom(cal, day('2025-01-25')))).toBe('2025-02-03');
    expect(formatIsoDay(nextWorkingDayFrom(cal, day('2025-02-03')))).toBe('2025-02-03');
  });
  it('throws outside 2000–2100', () => {
    expect(() => isWorkingDay(cal, day('1999-12-31'))).toThrow(RangeError);
  });
});

describe('WORKDAY / NETWORKDAYS properties (2000–2098)', () => {
  const first = dayFromYmd({ y: 2000, m: 1, d: 1 });
  const last = dayFromYmd({ y: 2098, m: 12, d: 31 });
  const anyDay = fc.integer({ min: first, max: last }).map((d) => d as Day);

  it('counts back what it adds: NETWORKDAYS(day + 1, WORKDAY(day, n)) = n for n in 1..400', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 400 }), (d, n) => {
        expect(countWorkingDays(cal, (d + 1) as Day, addWorkingDays(cal, d, n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns the day itself for n = 0', () => {
    fc.assert(fc.property(anyDay, (d) => addWorkingDays(cal, d, 0) === d));
  });

  it('is strictly increasing in n and lands on a working day for n > 0', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 399 }), (d, n) => {
        const a = addWorkingDays(cal, d, n);
        const b = addWorkingDays(cal, d, n + 1);
        expect(b).toBeGreaterThan(a);
        expect(isWorkingDay(cal, b)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('undoes a forward step with a backward one from a working day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const start = nextWorkingDayFrom(cal, d);
        expect(addWorkingDays(cal, addWorkingDays(cal, start, n), -n)).toBe(start);
      }),
      { numRuns: 1000 },
    );
  });
});
