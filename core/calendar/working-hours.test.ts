import { describe, expect, it } from 'vitest';
import { dayFromYmd, type Stamp } from './day.js';
import { addWorkingHours, countWorkingSeconds, endOfWorkingDay, isSaturdayCounterOpen } from './working-hours.js';
import { buildCalendar } from './working-days.js';

const cal = buildCalendar();
const at = (y: number, m: number, d: number, h: number | null, min = 0): Stamp => ({
  day: dayFromYmd({ y, m, d }),
  sec: h === null ? null : h * 3600 + min * 60,
});

describe('addWorkingHours', () => {
  it('carries over the evening: Mon 2024-06-03 16:00 + 4 h is Tue 2024-06-04 10:00 (1 h Mon, 3 h Tue from 07:00)', () => {
    expect(addWorkingHours(cal, at(2024, 6, 3, 16), 4)).toEqual(at(2024, 6, 4, 10));
  });
  it('skips the lunch break: Mon 2024-06-03 10:00 + 3 h is 15:00 (1.5 h to 11:30, 1.5 h from 13:30)', () => {
    expect(addWorkingHours(cal, at(2024, 6, 3, 10), 3)).toEqual(at(2024, 6, 3, 15));
  });
  it('counts a full working day as 8 h: Mon 2024-06-03 09:00 + 8 h is Tue 09:00', () => {
    expect(addWorkingHours(cal, at(2024, 6, 3, 9), 8)).toEqual(at(2024, 6, 4, 9));
  });
  it('ends at the close when the hours fill the window: Mon 2024-06-03 13:30 + 3.5 h is 17:00 the same day', () => {
    expect(addWorkingHours(cal, at(2024, 6, 3, 13, 30), 3.5)).toEqual(at(2024, 6, 3, 17));
  });
  it('ends at 11:30, not 13:30, when the morning is used exactly: Mon 2024-06-03 11:00 + 0.5 h', () => {
    expect(addWorkingHours(cal, at(2024, 6, 3, 11), 0.5)).toEqual(at(2024, 6, 3, 11, 30));
  });
  it('starts at opening for a stamp before 07:00, and at the next opening after 17:00', () => {
    expect(addWorkingHours(cal, at(2024, 6, 3, 6), 1)).toEqual(at(2024, 6, 3, 8));
    expect(addWorkingHours(cal, at(2024, 6, 3, 18), 1)).toEqual(at(2024, 6, 4, 8));
  });
  it('starts a stamp without time at the beginning of its day: Mon 2024-06-03 + 2 h is 09:00', () => {
    expect(addWorkingHours(cal, at(2024, 6, 3, null), 2)).toEqual(at(2024, 6, 3, 9));
  });
  it('skips the weekend: Fri 2024-06-07 16:00 + 4 h is Mon 2024-06-10 10:00', () => {
    expect(addWorkingHours(cal, at(2024, 6, 7, 16), 4)).toEqual(at(2024, 6, 10, 10));
  });
  it('skips Quốc khánh 2025: Fri 2025-08-29 16:00 + 4 h is Wed 2025-09-03 10:00', () => {
    expect(addWorkingHours(cal, at(2025, 8, 29, 16), 4)).toEqual(at(2025, 9, 3, 10));
  });
  it('gives the make-up Saturday 2025-04-26 full hours: Fri 2025-04-25 16:00 + 4 h is Sat 10:00', () => {
    expect(addWorkingHours(cal, at(2025, 4, 25, 16), 4)).toEqual(at(2025, 4, 26, 10));
  });
  it('rejects negative hours', () => {
    expect(() => addWorkingHours(cal, at(2024, 6, 3, 9), -1)).toThrow(RangeError);
  });
  it('uses configured windows: 08:00–12:00 and 13:00–17:00, Mon 2024-06-03 11:00 + 2 h is 14:00', () => {
    const windows = [
      { startSec: 8 * 3600, endSec: 12 * 3600 },
      { startSec: 13 * 3600, endSec: 17 * 3600 },
    ];
    expect(addWorkingHours(cal, at(2024, 6, 3, 11), 2, { windows })).toEqual(at(2024, 6, 3, 14));
  });
});

describe('Saturday-morning counter', () => {
  const sat = { saturdayMorning: true };
  it('counts Sat 2024-06-08 07:00–11:30: Fri 2024-06-07 16:00 + 4 h is Sat 10:00', () => {
    expect(addWorkingHours(cal, at(2024, 6, 7, 16), 4, sat)).toEqual(at(2024, 6, 8, 10));
  });
  it('runs out at 11:30 on Saturday and goes on Monday: Sat 2024-06-08 11:00 + 1 h is Mon 2024-06-10 07:30', () => {
    expect(addWorkingHours(cal, at(2024, 6, 8, 11), 1, sat)).toEqual(at(2024, 6, 10, 7, 30));
  });
  it('is closed on Sat 2025-08-30 (next to the 2/9 holidays): Fri 2025-08-29 16:00 + 4 h is Wed 2025-09-03 10:00', () => {
    expect(isSaturdayCounterOpen(cal, dayFromYmd({ y: 2025, m: 8, d: 30 }), sat)).toBe(false);
    expect(addWorkingHours(cal, at(2025, 8, 29, 16), 4, sat)).toEqual(at(2025, 9, 3, 10));
  });
  it('never opens on Sunday and is off unless asked', () => {
    expect(isSaturdayCounterOpen(cal, dayFromYmd({ y: 2024, m: 6, d: 9 }), sat)).toBe(false);
    expect(isSaturdayCounterOpen(cal, dayFromYmd({ y: 2024, m: 6, d: 8 }))).toBe(false);
    expect(isSaturdayCounterOpen(cal, dayFromYmd({ y: 2024, m: 6, d: 8 }), sat)).toBe(true);
  });
});

describe('countWorkingSeconds', () => {
  it('counts Wed 2024-06-05 10:00 to Fri 2024-06-07 10:00 as 16 h (5 + 8 + 3)', () => {
    expect(countWorkingSeconds(cal, at(2024, 6, 5, 10), at(2024, 6, 7, 10))).toBe(16 * 3600);
  });
  it('is 0 when the end is not after the start', () => {
    expect(countWorkingSeconds(cal, at(2024, 6, 7, 10), at(2024, 6, 5, 10))).toBe(0);
  });
  it('counts nothing over Tết: Fri 2025-01-24 17:00 to Mon 2025-02-03 07:00', () => {
    expect(countWorkingSeconds(cal, at(2025, 1, 24, 17), at(2025, 2, 3, 7))).toBe(0);
  });
});

describe('endOfWorkingDay', () => {
  it('is 17:00 by default and the close of the last window otherwise', () => {
    expect(endOfWorkingDay()).toBe(17 * 3600);
    expect(endOfWorkingDay({ windows: [{ startSec: 7 * 3600, endSec: 16.5 * 3600 }] })).toBe(16.5 * 3600);
  });
});
