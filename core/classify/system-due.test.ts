import { describe, expect, it } from 'vitest';
import { dayFromYmd, type Stamp } from '../calendar/day.js';
import { buildCalendar } from '../calendar/working-days.js';
import { checkSystemDue, dueMovedOffDayOff } from './system-due.js';

const cal = buildCalendar();
const D = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });
const at = (y: number, m: number, d: number, h: number | null, min = 0): Stamp => ({ day: D(y, m, d), sec: h === null ? null : h * 3600 + min * 60 });

describe('dueMovedOffDayOff (BLDS 2015 Điều 148.5)', () => {
  it('moves a due on Quốc khánh Wed 02/09/2026 past Tue 01/09 and 02/09 off to the end of Thu 03/09', () => {
    expect(dueMovedOffDayOff(at(2026, 9, 2, 17), cal)).toEqual(at(2026, 9, 3, 17));
  });
  it('moves a due on Sun 01/02/2026 to Mon 02/02 17:00, keeps a working-day due, and keeps a Saturday when the counter opens', () => {
    expect(dueMovedOffDayOff(at(2026, 2, 1, null), cal)).toEqual(at(2026, 2, 2, 17));
    expect(dueMovedOffDayOff(at(2026, 2, 2, 9), cal)).toBeNull();
    expect(dueMovedOffDayOff(at(2026, 2, 7, 10), cal, { saturdayMorning: true })).toBeNull();
  });
});

describe('checkSystemDue', () => {
  it('compares days for day-based periods: a due at the receipt time 09:15 on the lawful day is no difference', () => {
    expect(checkSystemDue(at(2026, 11, 26, 9, 15), at(2026, 11, 26, 17), 'workingDays', cal)).toBeNull();
  });
  it('compares the minute for hour-based periods: 8 working hours from Mon 23/11/2026 09:00 end Wed 25/11 09:00 (Tue 24/11 off)', () => {
    // A vendor without 24/11 puts the due at Tue 24/11 09:00, a day off and earlier than the law.
    expect(checkSystemDue(at(2026, 11, 24, 9), at(2026, 11, 25, 9), 'workingHours', cal)).toEqual({
      systemDue: at(2026, 11, 24, 9), lawfulDue: at(2026, 11, 25, 9), counted: true, onDayOff: true, direction: 'earlier',
    });
    expect(checkSystemDue(at(2026, 11, 25, 10), at(2026, 11, 25, 9), 'workingHours', cal)?.direction).toBe('later');
  });
  it('without a lawful due, only a system due on a day off is a difference', () => {
    expect(checkSystemDue(at(2026, 11, 24, 17), null, null, cal)).toMatchObject({ lawfulDue: at(2026, 11, 25, 17), counted: false, direction: 'earlier' });
    expect(checkSystemDue(at(2026, 11, 25, 17), null, null, cal)).toBeNull();
  });
});
