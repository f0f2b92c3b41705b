import { describe, expect, it } from 'vitest';
import { dayFromYmd, type Stamp } from '../calendar/day.js';
import { buildCalendar } from '../calendar/working-days.js';
import { DEFAULT_RULES } from '../deadline/rule-presets.js';
import type { DossierRecord } from '../import/dossier.js';
import { classifyDossier, classifyDossiers, countStatuses, type ClassifyContext } from './classify.js';

const calendar = buildCalendar();
const D = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });
const at = (y: number, m: number, d: number, h: number | null, min = 0): Stamp => ({
  day: D(y, m, d),
  sec: h === null ? null : h * 3600 + min * 60,
});

/** Report date Fri 2024-06-14. */
const ctx: ClassifyContext = { asOf: D(2024, 6, 14), calendar, rules: DEFAULT_RULES };

/** A birth-registration copy received Mon 2024-06-03 09:00, due Mon 2024-06-10 17:00 (5 working days). */
const BASE: DossierRecord = {
  row: 7,
  code: '000.00.23.H40-240603-0001',
  procedure: 'Cấp bản sao trích lục hộ tịch',
  field: 'Hộ tịch',
  unit: 'UBND xã Đắk Hà',
  officer: 'Nguyễn Thị Lan',
  applicant: 'Trần Văn Minh',
  channel: 'direct',
  submitted: at(2024, 6, 3, 8, 45),
  received: at(2024, 6, 3, 9),
  receivedFromCode: false,
  due: at(2024, 6, 10, 17),
  extendedDue: null,
  finished: null,
  returned: null,
  actualResult: null,
  statusCode: 4,
  statusText: 'Đang xử lý',
  period: '05 ngày làm việc',
  remarks: null,
};
const rec = (changes: Partial<DossierRecord>): DossierRecord => ({ ...BASE, ...changes });

describe('classifyDossier: finished dossiers', () => {
  it('early: finished Fri 2024-06-07 10:00, due Mon 2024-06-10 17:00', () => {
    const record = rec({ statusCode: 10, statusText: 'Đã trả kết quả', finished: at(2024, 6, 7, 10), returned: at(2024, 6, 7, 14) });
    expect(classifyDossier(record, ctx)).toEqual({
      record,
      status: 'early',
      dueAt: at(2024, 6, 10, 17),
      dueSource: 'column',
      workingDaysLate: 0,
      reason: null,
    });
  });
  it('on_time: finished on the due day, Mon 2024-06-10 16:00', () => {
    expect(classifyDossier(rec({ statusCode: 9, finished: at(2024, 6, 10, 16) }), ctx).status).toBe('on_time');
  });
  it('on_time: a finish date without time on the due day gets the benefit of the doubt', () => {
    expect(classifyDossier(rec({ statusCode: 9, finished: at(2024, 6, 10, null) }), ctx).status).toBe('on_time');
  });
  it('late by 2 working days: finished Wed 2024-06-12 09:00 (Tue 11 and Wed 12 after the due Mon 10)', () => {
    const record = rec({ statusCode: 10, finished: at(2024, 6, 12, 9) });
    expect(classifyDossier(record, ctx)).toEqual({
      record,
      status: 'late',
      dueAt: at(2024, 6, 10, 17),
      dueSource: 'column',
      workingDaysLate: 2,
      reason: null,
    });
  });
  it('late by 0 working days: finished Mon 2024-06-10 17:30, after the 17:00 due the same day', () => {
    const result = classifyDossier(rec({ statusCode: 9, finished: at(2024, 6, 10, 17, 30) }), ctx);
    expect([result.status, result.workingDaysLate]).toEqual(['late', 0]);
  });
  it('uses the return date when there is no finish date: status 10 returned Tue 2024-06-11 is late by 1', () => {
    const result = classifyDossier(rec({ statusCode: 10, returned: at(2024, 6, 11, 8) }), ctx);
    expect([result.status, result.workingDaysLate]).toEqual(['late', 1]);
  });
  it('counts a finish after the report date as not yet happened: finished Tue 2024-06-18, as of Fri 2024-06-14 overdue by 4', () => {
    const result = classifyDossier(rec({ statusCode: 10, finished: at(2024, 6, 18, 9) }), ctx);
    expect([result.status, result.workingDaysLate]).toEqual(['overdue', 4]);
  });
  it('follows the dates over a contradicting status: "Đang xử lý" (4) with a finish Fri 2024-06-07 is early', () => {
    expect(classifyDossier(rec({ statusCode: 4, finished: at(2024, 6, 7, 10) }), ctx).status).toBe('early');
  });
});

describe('classifyDossier: late on the system only', () => {
  it('finished Wed 2024-06-12 on the system, actual result Mon 2024-06-10: late_on_system, keeping the 2 system days', () => {
    const record = rec({ statusCode: 10, finished: at(2024, 6, 12, 9), actualResult: at(2024, 6, 10, null) });
    expect(classifyDossier(record, ctx)).toEqual({
      record,
      status: 'late_on_system',
      dueAt: at(2024, 6, 10, 17),
      dueSource: 'column',
      workingDaysLate: 2,
      reason: null,
    });
  });
  it('stays late when the actual result is late too (Tue 2024-06-11)', () => {
    const record = rec({ statusCode: 10, finished: at(2024, 6, 12, 9), actualResult: at(2024, 6, 11, null) });
    expect(classifyDossier(record, ctx).status).toBe('late');
  });
  it('open past due on the system with an actual result Fri 2024-06-07: late_on_system, 4 working days (11–14/6)', () => {
    const result = classifyDossier(rec({ actualResult: at(2024, 6, 7, null) }), ctx);
    expect([result.status, result.workingDaysLate]).toEqual(['late_on_system', 4]);
  });
});

describe('classifyDossier: open dossiers', () => {
  it('overdue: still "Đang xử lý" on Fri 2024-06-14, due Mon 2024-06-10: 4 working days', () => {
    const record = rec({});
    expect(classifyDossier(record, ctx)).toEqual({
      record,
      status: 'overdue',
      dueAt: at(2024, 6, 10, 17),
      dueSource: 'column',
      workingDaysLate: 4,
      reason: null,
    });
  });
  it('due_soon on the report day and the next working day (Fri 14 and Mon 17/6); pending from Tue 2024-06-18', () => {
    expect(classifyDossier(rec({ due: at(2024, 6, 14, 17) }), ctx).status).toBe('due_soon');
    expect(classifyDossier(rec({ due: at(2024, 6, 17, 17) }), ctx).status).toBe('due_soon');
    expect(classifyDossier(rec({ due: at(2024, 6, 18, 17) }), ctx).status).toBe('pending');
  });
  it('due_soon spans Quốc khánh 2025 on Fri 2025-08-29: due up to Wed 2025-09-03 is soon, Thu 2025-09-04 is pending', () => {
    const friday: ClassifyContext = { ...ctx, asOf: D(2025, 8, 29) };
    const status = (due: Stamp) => classifyDossier(rec({ due }), friday).status;
    expect([status(at(2025, 8, 28, 17)), status(at(2025, 8, 29, 17)), status(at(2025, 9, 3, 17)), status(at(2025, 9, 4, 17))]).toEqual([
      'overdue',
      'due_soon',
      'due_soon',
      'pending',
    ]);
  });
  it('a wider window: dueSoonWorkingDays 3 on Fri 2024-06-14 reaches Wed 2024-06-19', () => {
    const wide: ClassifyContext = { ...ctx, rules: { ...DEFAULT_RULES, dueSoonWorkingDays: 3 } };
    expect(classifyDossier(rec({ due: at(2024, 6, 19, 17) }), wide).status).toBe('due_soon');
    expect(classifyDossier(rec({ due: at(2024, 6, 20, 17) }), wide).status).toBe('pending');
  });
  it('awaiting_citizen: "Yêu cầu bổ sung giấy tờ" (5) past due, and code 6 without a due at all', () => {
    expect(classifyDossier(rec({ statusCode: 5 }), ctx).status).toBe('awaiting_citizen');
    const noDue = classifyDossier(rec({ statusCode: 6, due: null, period: null }), ctx);
    expect([noDue.status, noDue.reason]).toEqual(['awaiting_citizen', null]);
  });
  it('a finish date wins over code 5: finished Fri 2024-06-07 is early', () => {
    expect(classifyDossier(rec({ statusCode: 5, finished: at(2024, 6, 7, 10) }), ctx).status).toBe('early');
  });
});

describe('classifyDossier: withdrawn, stopped, rejected', () => {
  it.each([
    [3, 'rejected'],
    [7, 'withdrawn'],
    [8, 'stopped'],
  ] as const)('code %i is %s whatever the dates say', (statusCode, status) => {
    const record = rec({ statusCode, finished: at(2024, 6, 12, 9), due: null, period: null });
    expect(classifyDossier(record, ctx)).toEqual({ record, status, dueAt: null, dueSource: null, workingDaysLate: 0, reason: null });
  });
});

describe('classifyDossier: where the due comes from', () => {
  it('computes it from "Thời hạn giải quyết" when there is no due column: 05 ngày làm việc from Mon 2024-06-03 is Mon 2024-06-10 17:00', () => {
    const record = rec({ due: null, finished: at(2024, 6, 10, 16), statusCode: 9 });
    expect(classifyDossier(record, ctx)).toEqual({
      record,
      status: 'on_time',
      dueAt: at(2024, 6, 10, 17),
      dueSource: 'computed',
      workingDaysLate: 0,
      reason: null,
    });
  });
  it('measures against the original due by default and the re-appointed one when asked', () => {
    const record = rec({ statusCode: 10, extendedDue: at(2024, 6, 14, 17), finished: at(2024, 6, 12, 9) });
    expect(classifyDossier(record, ctx)).toMatchObject({ status: 'late', dueSource: 'column', workingDaysLate: 2 });
    const extended: ClassifyContext = { ...ctx, rules: { ...DEFAULT_RULES, measureAgainst: 'extended' } };
    expect(classifyDossier(record, extended)).toEqual({
      record,
      status: 'early',
      dueAt: at(2024, 6, 14, 17),
      dueSource: 'extended',
      workingDaysLate: 0,
      reason: null,
    });
  });
  it('falls back to the extended due when that is the only one', () => {
    const record = rec({ due: null, period: null, extendedDue: at(2024, 6, 17, 17) });
    expect(classifyDossier(record, ctx)).toMatchObject({ status: 'due_soon', dueSource: 'extended' });
  });
  it.each([
    [{ due: null, period: null }, 'row.noDue'],
    [{ due: null, received: null }, 'row.noReceived'],
    [{ due: null, period: 'theo quy định' }, 'period.unreadable'],
    [{ due: at(2101, 1, 3, 17) }, 'date.outOfRange'],
  ] as const)('is invalid when no due can be had: %j → %s', (changes, reason) => {
    const record = rec(changes);
    const result = classifyDossier(record, ctx);
    expect([result.status, result.reason, result.workingDaysLate]).toEqual(['invalid', reason, 0]);
  });
});

describe('workingDaysLate across holidays', () => {
  it('due Fri 2025-01-24, finished Tue 2025-02-04: 2 working days late (Tết 27–31/1 not counted)', () => {
    const record = rec({ due: at(2025, 1, 24, 17), statusCode: 10, finished: at(2025, 2, 4, 9) });
    expect(classifyDossier(record, { ...ctx, asOf: D(2025, 2, 28) }).workingDaysLate).toBe(2);
  });
  it('due Fri 2025-01-24, still open on Wed 2025-02-05: overdue by 3 working days', () => {
    const result = classifyDossier(rec({ due: at(2025, 1, 24, 17) }), { ...ctx, asOf: D(2025, 2, 5) });
    expect([result.status, result.workingDaysLate]).toEqual(['overdue', 3]);
  });
  it('due Tue 2025-04-29, finished Mon 2025-05-05: 1 working day late (30/4–2/5 off, then the weekend)', () => {
    // After the due: Wed 30/4, Thu 1/5, Fri 2/5 off; Sat 3/5, Sun 4/5 weekend; Mon 5/5 counts → 1.
    const record = rec({ due: at(2025, 4, 29, 17), statusCode: 10, finished: at(2025, 5, 5, 9) });
    expect(classifyDossier(record, { ...ctx, asOf: D(2025, 5, 30) }).workingDaysLate).toBe(1);
  });
});

describe('classifyDossiers / countStatuses', () => {
  it('classifies a list like one by one and counts every status', () => {
    const records = [
      rec({ row: 7 }),
      rec({ row: 8, statusCode: 10, finished: at(2024, 6, 7, 10) }),
      rec({ row: 9, statusCode: 10, finished: at(2024, 6, 12, 9) }),
      rec({ row: 10, statusCode: 7 }),
      rec({ row: 11, due: null, period: null }),
    ];
    const list = classifyDossiers(records, ctx);
    expect(list).toEqual(records.map((r) => classifyDossier(r, ctx)));
    expect(countStatuses(list)).toEqual({
      early: 1,
      on_time: 0,
      late: 1,
      late_on_system: 0,
      pending: 0,
      due_soon: 0,
      overdue: 1,
      awaiting_citizen: 0,
      withdrawn: 1,
      stopped: 0,
      rejected: 0,
      not_received: 0,
      invalid: 1,
    });
  });
  it('refuses a report date outside the calendar (a programmer error)', () => {
    expect(() => classifyDossiers([], { ...ctx, asOf: D(2101, 1, 1) })).toThrow(RangeError);
  });
});

describe('classifyDossier: issue 9 rules on single records', () => {
  it('code 1 "Mới đăng ký" with no dates is not_received; with a finish date the dates win (early)', () => {
    const fresh = classifyDossier(rec({ statusCode: 1, statusText: 'Mới đăng ký', received: null, due: null }), ctx);
    expect(fresh).toMatchObject({ status: 'not_received', dueAt: null, dueSource: null, reason: null, workingDaysLate: 0 });
    expect(classifyDossier(rec({ statusCode: 1, finished: at(2024, 6, 7, 10) }), ctx).status).toBe('early');
  });

  it('the actual return date is the real finish of an open dossier: handed over Fri 07/06 before the due Mon 10/06, as of Thu 13/06 → late_on_system; as of Fri 07/06 → early', () => {
    const record = rec({ actualResult: at(2024, 6, 7, null) });
    expect(classifyDossier(record, { ...ctx, asOf: D(2024, 6, 13) }).status).toBe('late_on_system');
    expect(classifyDossier(record, { ...ctx, asOf: D(2024, 6, 7) }).status).toBe('early');
    // An actual date after asOf had not happened yet: as of Thu 06/06 the due Mon 10/06 is past the
    // one-working-day window (Fri 07/06), so still pending.
    expect(classifyDossier(record, { ...ctx, asOf: D(2024, 6, 6) }).status).toBe('pending');
  });

  it('finished Fri 14/06 on the system but handed over Tue 11/06, both after the due Mon 10/06: late by 1 working day, to the handover', () => {
    const record = rec({ statusCode: 10, finished: at(2024, 6, 14, 9), actualResult: at(2024, 6, 11, null) });
    expect(classifyDossier(record, ctx)).toMatchObject({ status: 'late', workingDaysLate: 1 });
  });

  it('a re-appointed due on Sat 15/06/2024 ends at the end of Mon 17/06 (BLDS 148.5): finished Mon 17/06 10:00 is late only on the system', () => {
    const extended: ClassifyContext = { ...ctx, asOf: D(2024, 6, 28), rules: { ...DEFAULT_RULES, measureAgainst: 'extended' } };
    const record = rec({ statusCode: 10, extendedDue: at(2024, 6, 15, 17), finished: at(2024, 6, 17, 10) });
    expect(classifyDossier(record, extended)).toMatchObject({
      status: 'late_on_system', reason: 'due.systemWrong', dueAt: at(2024, 6, 17, 17), dueSource: 'lawful', workingDaysLate: 1,
    });
  });

  it('compareBy "day" also decides late on the system: actual result Mon 10/06 18:00 after the due 17:00 that day', () => {
    const record = rec({ statusCode: 10, finished: at(2024, 6, 12, 9), actualResult: at(2024, 6, 10, 18) });
    expect(classifyDossier(record, ctx).status).toBe('late');
    const byDay: ClassifyContext = { ...ctx, rules: { ...DEFAULT_RULES, compareBy: 'day' } };
    expect(classifyDossier(record, byDay).status).toBe('late_on_system');
  });

  it('"Đã trả kết quả" with a finish after the report date is still open as of that date, not invalid', () => {
    expect(classifyDossier(rec({ statusCode: 10, finished: at(2024, 6, 18, 9) }), ctx).status).toBe('overdue');
    expect(classifyDossier(rec({ statusCode: 10 }), ctx)).toMatchObject({ status: 'invalid', reason: 'row.resolvedNoFinish' });
  });

  it('an actual return date before the receipt is impossible', () => {
    expect(classifyDossier(rec({ actualResult: at(2024, 5, 31, null) }), ctx)).toMatchObject({ status: 'invalid', reason: 'row.actualBeforeReceived' });
  });
});
