/**
 * docs/lich-nghi-moi.md, tried on core: when a decision is published before the data is
 * updated, an office types the days into the "Ngày nghỉ" tab as the guide says, and the
 * deadlines move. The case is the real open question of late 2026: the proposed swap of
 * Monday 23/11/2026 (Ngày Văn hóa Việt Nam on Tuesday 24/11) with Saturday 28/11, which
 * the data knows but does not apply.
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, buildCalendar, dayFromYmd, formatIsoDay, readDaysOffSheet, type PlanCell } from '../core/index.js';

const d = (y: number, m: number, day: number) => dayFromYmd({ y, m, d: day });
const RECEIVED = d(2026, 11, 19); // Thursday

/** The tab as a clerk leaves it: title, hint, heading, then typed rows (text dates, kinds as typed). */
function tab(rows: PlanCell[][]) {
  return { sheetName: 'Ngày nghỉ', cells: [['NGÀY NGHỈ, NGÀY LÀM VIỆC THÊM CỦA CƠ QUAN'], ['…'], ['Ngày', 'Loại', 'Ghi chú'], ...rows] };
}

function dueAfter(workingDays: number, rows: PlanCell[][]): string {
  const read = readDaysOffSheet(tab(rows));
  expect(read.problems).toEqual([]);
  const cal = buildCalendar({ extraDaysOff: read.extraDaysOff, extraWorkingDays: read.extraWorkingDays });
  return formatIsoDay(addWorkingDays(cal, RECEIVED, workingDays));
}

describe('a new decision typed into the "Ngày nghỉ" tab', () => {
  it('without it, 3 working days from Thu 19/11/2026 are Fri 20, Mon 23 and Wed 25 (24/11 is the new holiday)', () => {
    expect(dueAfter(3, [])).toBe('2026-11-25');
  });

  it('"Nghỉ thêm" on Mon 23/11 and "Làm việc thêm" on Sat 28/11 (the swap approved) move the due to Thu 26/11', () => {
    expect(dueAfter(3, [['23/11/2026', 'Nghỉ thêm', 'Hoán đổi theo văn bản …'], ['28/11/2026', 'Làm việc thêm', 'Làm bù cho 23/11']])).toBe('2026-11-26');
    // The make-up Saturday counts: 6 working days are 20, 25, 26, 27, Sat 28, Mon 30.
    expect(dueAfter(6, [['23/11/2026', 'Nghỉ thêm', ''], ['28/11/2026', 'Làm việc thêm', '']])).toBe('2026-11-30');
  });

  it('"Làm việc thêm" on a day the data has off makes it a working day (a projected day the decision does not grant)', () => {
    expect(dueAfter(3, [['24/11/2026', 'lam viec them', '']])).toBe('2026-11-24');
  });
});
