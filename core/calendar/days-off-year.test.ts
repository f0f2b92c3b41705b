import { describe, expect, it } from 'vitest';
import { expectedYear, readTableRows } from '../../test/fixtures/holidays-table.js';
import { dayFromYmd, isoWeekday, parseIsoDay, type Day } from './day.js';
import { daysOffInYear, hasPendingDaysOff, hasProjectedDaysOff, pendingDaysOff } from './days-off-year.js';
import { buildCalendar } from './working-days.js';

const day = (iso: string) => parseIsoDay(iso) as Day;
const cal = buildCalendar();

describe('daysOffInYear against holidays.md', () => {
  const rows = readTableRows();

  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027])(
    'gives the weekday days off and make-up Saturdays of %i, row by row',
    (year) => {
      const accepted = ['confirmed', 'reported', 'derived'];
      const expectedRows = rows
        .filter((r) => r.date.startsWith(`${year}-`) && accepted.includes(r.confidence))
        .filter((r) => r.kind !== 'make-up-working-saturday' && isoWeekday(day(r.date)) <= 5)
        .map((r) => ({ date: r.date, name: r.name, kind: r.kind, source: r.source, projected: false }));
      expect(daysOffInYear(cal, year)).toEqual({ year, daysOff: expectedRows, workingSaturdays: expectedYear(year).workingSaturdays });
    },
  );

  it('applies the proposed 23/11 ↔ 28/11/2026 swap only when "proposed" is accepted', () => {
    expect(daysOffInYear(cal, 2026).daysOff.map((d) => d.date)).not.toContain('2026-11-23');
    const withProposed = buildCalendar({ confidences: ['confirmed', 'reported', 'derived', 'proposed'] });
    const result = daysOffInYear(withProposed, 2026);
    const expected = expectedYear(2026, ['confirmed', 'reported', 'derived', 'proposed']);
    expect({ daysOff: result.daysOff.map((d) => d.date), workingSaturdays: result.workingSaturdays }).toEqual(expected);
    expect(result.workingSaturdays).toEqual(['2026-01-10', '2026-08-22', '2026-11-28']);
  });

  it('leaves the pending Tết 2027 days (2027-02-10 etc.) out unless "pending" is accepted', () => {
    expect(daysOffInYear(cal, 2027).daysOff.map((d) => d.date)).not.toContain('2027-02-10');
    const withPending = buildCalendar({ confidences: ['confirmed', 'reported', 'derived', 'pending'] });
    const dates = daysOffInYear(withPending, 2027).daysOff.map((d) => d.date);
    expect(dates).toEqual(expectedYear(2027, ['confirmed', 'reported', 'derived', 'pending']).daysOff);
    expect(dates.filter((d) => d.startsWith('2027-02'))).toEqual([
      '2027-02-03', '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12',
    ]);
  });
});

describe('daysOffInYear beyond the table and with user overrides', () => {
  it('marks every 2028–2030 day off as projected and finds no make-up Saturday', () => {
    for (const year of [2028, 2029, 2030]) {
      const result = daysOffInYear(cal, year);
      expect(result.daysOff.length).toBe(12);
      expect(result.daysOff.every((d) => d.projected && d.name.endsWith('(dự kiến)'))).toBe(true);
      expect(result.workingSaturdays).toEqual([]);
    }
    expect(daysOffInYear(cal, 2030).daysOff.slice(1, 6).map((d) => d.date)).toEqual([
      '2030-01-31', '2030-02-01', '2030-02-04', '2030-02-05', '2030-02-06',
    ]);
  });

  it('has no projected days when projection is off: 2030 is then plain Monday–Friday', () => {
    const plain = buildCalendar({ projectBeyondData: false });
    expect(daysOffInYear(plain, 2030)).toEqual({ year: 2030, daysOff: [], workingSaturdays: [] });
  });

  it('lists an office day off, an office working Saturday, and drops a holiday the office works', () => {
    const custom = buildCalendar({
      extraDaysOff: [day('2025-03-07')],
      extraWorkingDays: [day('2025-03-08'), day('2025-09-01')],
    });
    const result = daysOffInYear(custom, 2025);
    expect(result.daysOff.find((d) => d.date === '2025-03-07')).toEqual({
      date: '2025-03-07', name: '', kind: 'user-day-off', source: '', projected: false,
    });
    expect(result.daysOff.map((d) => d.date)).not.toContain('2025-09-01');
    expect(result.workingSaturdays).toEqual(['2025-03-08', '2025-04-26']);
  });

  it('refuses a year outside the calendar', () => {
    expect(() => daysOffInYear(cal, 1999)).toThrow(RangeError);
    expect(() => daysOffInYear(cal, 2025.5)).toThrow(RangeError);
  });
});

describe('hasPendingDaysOff / pendingDaysOff', () => {
  const feb2027 = [dayFromYmd({ y: 2027, m: 2, d: 1 }), dayFromYmd({ y: 2027, m: 2, d: 28 })] as const;

  it('finds the five undecided Tết 2027 days in February 2027', () => {
    expect(hasPendingDaysOff(cal, ...feb2027)).toBe(true);
    expect(pendingDaysOff(cal, ...feb2027)).toEqual(
      ['2027-02-03', '2027-02-04', '2027-02-10', '2027-02-11', '2027-02-12'].map(day),
    );
  });

  it('flags the proposed 23/11 and 28/11/2026, and nothing in 2025', () => {
    expect(pendingDaysOff(cal, day('2026-11-01'), day('2026-11-30'))).toEqual([day('2026-11-23'), day('2026-11-28')]);
    expect(hasPendingDaysOff(cal, day('2025-01-01'), day('2025-12-31'))).toBe(false);
  });

  it('has nothing pending once "pending" and "proposed" are accepted', () => {
    const all = buildCalendar({ confidences: ['confirmed', 'reported', 'derived', 'proposed', 'pending'] });
    expect(hasPendingDaysOff(all, day('2026-01-01'), day('2027-12-31'))).toBe(false);
  });
});

describe('hasProjectedDaysOff', () => {
  it('is true for any window touching 2028 or later, false up to 2027', () => {
    expect(hasProjectedDaysOff(cal, day('2028-06-01'), day('2028-06-30'))).toBe(true);
    expect(hasProjectedDaysOff(cal, day('2027-12-01'), day('2028-01-05'))).toBe(true);
    expect(hasProjectedDaysOff(cal, day('2027-01-01'), day('2027-12-31'))).toBe(false);
    expect(hasProjectedDaysOff(buildCalendar({ projectBeyondData: false }), day('2030-01-01'), day('2030-12-31'))).toBe(false);
  });
});
