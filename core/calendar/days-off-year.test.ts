import { describe, expect, it } from 'vitest';
import { expectedYear, readTableRows } from '../../test/fixtures/holidays-table.js';
import { dayFromYmd, isoWeekday, parseIsoDay, type Day } from './day.js';
import { daysOffInYear, hasPendingDaysOff, hasProjectedDaysOff, pendingDaysOff, uncertainDaysBetween } from './days-off-year.js';
import { buildCalendar } from './working-days.js';

const day = (iso: string) => parseIsoDay(iso) as Day;
const cal = buildCalendar();

describe('daysOffInYear against holidays.md', () => {
  const rows = readTableRows();

  // Dates and kinds come from holidays.md; names and sources are days-off.ts's Vietnamese
  // (holidays.md writes some in English), checked below.
  it.each([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])(
    'gives the weekday days off and make-up Saturdays of %i, row by row',
    (year) => {
      const accepted = ['confirmed', 'reported', 'derived'];
      const expectedRows = rows
        .filter((r) => r.date.startsWith(`${year}-`) && accepted.includes(r.confidence))
        .filter((r) => r.kind !== 'make-up-working-saturday' && isoWeekday(day(r.date)) <= 5)
        .map((r) => ({ date: r.date, kind: r.kind, projected: false }));
      const result = daysOffInYear(cal, year);
      expect(result.daysOff.map((d) => ({ date: d.date, kind: d.kind, projected: d.projected }))).toEqual(expectedRows);
      expect(result.workingSaturdays).toEqual(expectedYear(year).workingSaturdays);
    },
  );

  it('gives 2027 as the table\'s derived days plus the projected 1+4 Tết days 10/02 and 11/02 (pending in holidays.md)', () => {
    const derived = expectedYear(2027, ['derived'], rows).daysOff;
    const pendingIn14 = rows.filter((r) => r.date.startsWith('2027-02') && r.confidence === 'pending' && /1\+4/.test(r.name));
    expect(pendingIn14.map((r) => r.date)).toEqual(['2027-02-10', '2027-02-11']);
    const result = daysOffInYear(cal, 2027);
    expect(result.daysOff.map((d) => d.date)).toEqual([...derived, '2027-02-10', '2027-02-11'].sort());
    expect(result.daysOff.filter((d) => d.projected).map((d) => d.date)).toEqual(['2027-02-10', '2027-02-11', '2027-09-03']);
    expect(result.daysOff.filter((d) => d.projected).every((d) => d.name.endsWith('(dự kiến)') && d.source.startsWith('Dự kiến'))).toBe(true);
    expect(result.workingSaturdays).toEqual([]);
  });

  it('names every day off in Vietnamese with dates as dd/mm/yyyy: no English word, no ISO date', () => {
    const english = /\b(?:or|under|only|if|split|PENDING|PROPOSED|likely|notice|verify|reported|decision|seen|precedent|draft|approval)\b/i;
    for (let year = 2019; year <= 2027; year++) {
      for (const d of daysOffInYear(cal, year).daysOff) {
        expect(d.name, d.date).not.toMatch(english);
        expect(d.source, d.date).not.toMatch(english);
        expect(d.name, d.date).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }
    }
    const withProposed = buildCalendar({ confidences: ['confirmed', 'reported', 'derived', 'proposed'] });
    expect(daysOffInYear(withProposed, 2026).daysOff.find((d) => d.date === '2026-11-23')?.name).toBe(
      'Đề xuất: nghỉ hoán đổi dịp Ngày Văn hóa (làm bù 28/11/2026)',
    );
  });

  it('applies the proposed 23/11 ↔ 28/11/2026 swap only when "proposed" is accepted', () => {
    expect(daysOffInYear(cal, 2026).daysOff.map((d) => d.date)).not.toContain('2026-11-23');
    const withProposed = buildCalendar({ confidences: ['confirmed', 'reported', 'derived', 'proposed'] });
    const result = daysOffInYear(withProposed, 2026);
    const expected = expectedYear(2026, ['confirmed', 'reported', 'derived', 'proposed']);
    expect({ daysOff: result.daysOff.map((d) => d.date), workingSaturdays: result.workingSaturdays }).toEqual(expected);
    expect(result.workingSaturdays).toEqual(['2026-01-10', '2026-08-22', '2026-11-28']);
  });

  it('applies another Tết 2027 split when the settings choose it, and the other 2/9 side', () => {
    const feb = (c: typeof cal) => daysOffInYear(c, 2027).daysOff.map((d) => d.date).filter((d) => d.startsWith('2027-02'));
    expect(feb(cal)).toEqual(['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']);
    expect(feb(buildCalendar({ undecided: { 'tet-2027': '2+3' } }))).toEqual(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10']);
    expect(feb(buildCalendar({ undecided: { 'tet-2027': '3+2' } }))).toEqual(['2027-02-03', '2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09']);
    expect(feb(buildCalendar({ undecided: { 'tet-2027': '10-ngay' } }))).toEqual([
      '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12',
    ]);
    // An unknown option falls back to the projection.
    expect(feb(buildCalendar({ undecided: { 'tet-2027': '4+1' } }))).toEqual(feb(cal));
    const sept = daysOffInYear(buildCalendar({ undecided: { 'quoc-khanh-2027': 'truoc' } }), 2027).daysOff.filter((d) => d.date.startsWith('2027-09'));
    expect(sept.map((d) => d.date)).toEqual(['2027-09-01', '2027-09-02']);
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

  it('finds the Tết 2027 days the 1+4 projection leaves working: 03/02, 04/02 (other splits) and 12/02 (10-day option)', () => {
    expect(hasPendingDaysOff(cal, ...feb2027)).toBe(true);
    expect(pendingDaysOff(cal, ...feb2027)).toEqual(['2027-02-03', '2027-02-04', '2027-02-12'].map(day));
    expect(pendingDaysOff(cal, day('2027-09-01'), day('2027-09-30'))).toEqual([day('2027-09-01')]);
  });

  it('flags the proposed 23/11 and 28/11/2026, and nothing in 2025', () => {
    expect(pendingDaysOff(cal, day('2026-11-01'), day('2026-11-30'))).toEqual([day('2026-11-23'), day('2026-11-28')]);
    expect(hasPendingDaysOff(cal, day('2025-01-01'), day('2025-12-31'))).toBe(false);
  });

  it('has nothing pending in 2026 once "proposed" is accepted', () => {
    const all = buildCalendar({ confidences: ['confirmed', 'reported', 'derived', 'proposed', 'pending'] });
    expect(hasPendingDaysOff(all, day('2026-01-01'), day('2026-12-31'))).toBe(false);
  });
});

describe('uncertainDaysBetween', () => {
  it('lists February 2027 by hand: 03, 04/02 pending; 10, 11/02 projected; 12/02 pending', () => {
    expect(uncertainDaysBetween(cal, day('2027-02-01'), day('2027-02-28'))).toEqual([
      { day: day('2027-02-03'), status: 'pending' },
      { day: day('2027-02-04'), status: 'pending' },
      { day: day('2027-02-10'), status: 'projected' },
      { day: day('2027-02-11'), status: 'projected' },
      { day: day('2027-02-12'), status: 'pending' },
    ]);
  });
  it('lists nothing in a decided year and the projected weekdays of 2028', () => {
    expect(uncertainDaysBetween(cal, day('2025-01-01'), day('2025-12-31'))).toEqual([]);
    // 2028: 1/1 Sat → bù Mon 03/01; Tết Wed 26/01, 2+3 by precedent → 24–28/01 projected; the 1+4
    // split would end on Sat 29/01 (mùng 4) → bù Mon 31/01, so 31/01 is pending.
    expect(uncertainDaysBetween(cal, day('2028-01-01'), day('2028-01-31')).map((u) => u.status)).toEqual([...Array(6).fill('projected'), 'pending']);
  });
});

describe('hasProjectedDaysOff', () => {
  it('is true for any window touching 2028 or later or a projected 2027 day, false for decided days', () => {
    expect(hasProjectedDaysOff(cal, day('2028-06-01'), day('2028-06-30'))).toBe(true);
    expect(hasProjectedDaysOff(cal, day('2027-12-01'), day('2028-01-05'))).toBe(true);
    expect(hasProjectedDaysOff(cal, day('2027-01-01'), day('2027-01-31'))).toBe(false);
    expect(hasProjectedDaysOff(cal, day('2027-02-01'), day('2027-02-28'))).toBe(true);
    expect(hasProjectedDaysOff(cal, day('2026-01-01'), day('2026-12-31'))).toBe(false);
    expect(hasProjectedDaysOff(buildCalendar({ projectBeyondData: false }), day('2030-01-01'), day('2030-12-31'))).toBe(false);
  });
});

describe('choices for projected years (2028 by hand)', () => {
  const jan = (c: ReturnType<typeof buildCalendar>) => daysOffInYear(c, 2028).daysOff.map((d) => d.date).filter((d) => d < '2028-02-01');
  it('applies the 1+4 Tết split when chosen: 25–28/01 and bù Mon 31/01, and 24/01 becomes pending', () => {
    const c = buildCalendar({ undecided: { 'tet-2028': '1+4' } });
    expect(jan(c)).toEqual(['2028-01-03', '2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-31']);
    expect(pendingDaysOff(c, day('2028-01-01'), day('2028-01-31'))).toEqual([day('2028-01-24')]);
  });
  it('2/9/2028 is a Saturday: Fri 01/09 + bù Mon 04/09 by precedent; "sau" gives Sun 03/09 → bù Mon 04 and Tue 05/09', () => {
    const sept = (c: ReturnType<typeof buildCalendar>) => daysOffInYear(c, 2028).daysOff.map((d) => d.date).filter((d) => d.startsWith('2028-09'));
    expect(sept(cal)).toEqual(['2028-09-01', '2028-09-04']);
    expect(pendingDaysOff(cal, day('2028-09-01'), day('2028-09-30'))).toEqual([day('2028-09-05')]);
    expect(sept(buildCalendar({ undecided: { 'quoc-khanh-2028': 'sau' } }))).toEqual(['2028-09-04', '2028-09-05']);
  });
});
