/**
 * The classification rules of issue 9 on hand-written rows (test/fixtures/vendor-rows.ts),
 * each in three export styles. Every expected answer is worked out from the law and the
 * official calendar in the comments, not from the code's output.
 */
import { describe, expect, it } from 'vitest';
import {
  buildReports,
  checkSheet,
  check06aIdentities,
  dayFromYmd,
  defaultSettings,
  tally06a,
  type CheckResult,
  type ClassifiedDossier,
  type Settings,
  type Stamp,
} from '../core/index.js';
import { VENDOR_STYLES } from './fixtures/vendor-rows.js';

const D = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });
const at = (y: number, m: number, d: number, h: number, min = 0): Stamp => ({ day: D(y, m, d), sec: h * 3600 + min * 60 });

/** Report date Mon 30/11/2026; period 15/11–30/11/2026. */
const ASOF = D(2026, 11, 30);
const SETTINGS: Settings = { ...defaultSettings(ASOF), period: { preset: 'custom', from: D(2026, 11, 15), to: D(2026, 11, 30) } };

describe.each(VENDOR_STYLES)('issue 9 rules on the $style export', ({ grid, code }) => {
  const result: CheckResult = checkSheet(grid(), SETTINGS);
  const byCode = (c: string): ClassifiedDossier => {
    const found = result.dossiers.find((d) => d.record.code === code(c));
    if (!found) throw new Error(`no dossier ${c}`);
    return found;
  };
  const problemsOf = (c: string) => result.problems.filter((p) => p.row === byCode(c).record.row).map((p) => p.code);
  const outcome = (c: string) => {
    const d = byCode(c);
    return { status: d.status, reason: d.reason, days: d.workingDaysLate };
  };

  it('reads every row as a dossier', () => {
    expect(result.dossiers).toHaveLength(28);
  });

  it('status words from every vendor: Dừng, Ngừng xử lý, Tạm dừng, Không đủ điều kiện giải quyết stop; Công dân rút, Hủy hồ sơ, Trả lại hồ sơ withdraw', () => {
    expect(['S17', 'S18', 'S19', 'S22'].map((c) => byCode(c).status)).toEqual(['stopped', 'stopped', 'stopped', 'stopped']);
    expect(['S20', 'S21', 'S23'].map((c) => byCode(c).status)).toEqual(['withdrawn', 'withdrawn', 'withdrawn']);
    for (const c of ['S17', 'S18', 'S19', 'S20', 'S21', 'S22', 'S23']) expect(problemsOf(c)).toEqual([]);
  });

  it('an unknown word is a warning naming it and how the row was treated: "Lưu kho", finished Wed 18/11 before the due Thu 19/11 → early', () => {
    expect(byCode('S24').status).toBe('early');
    const warning = result.problems.find((p) => p.row === byCode('S24').record.row && p.code === 'status.unknown');
    expect(warning).toMatchObject({ severity: 'warning', value: 'Lưu kho', detail: 'xét theo các cột ngày: Trước hạn' });
  });

  it('not_received: "Mới đăng ký" and "Chờ tiếp nhận" have no deadline, are no problem and stay out of Biểu 06a', () => {
    for (const c of ['S06', 'S07']) {
      expect(byCode(c)).toMatchObject({ status: 'not_received', dueAt: null, reason: null, workingDaysLate: 0 });
      expect(problemsOf(c)).toEqual([]);
    }
  });

  it('resolved without any finish date ("Đã xử lý xong", "Chờ trả kết quả", due Thu 19/11 past): invalid with its own reason, never overdue', () => {
    for (const c of ['S08', 'S09']) {
      expect(outcome(c)).toEqual({ status: 'invalid', reason: 'row.resolvedNoFinish', days: 0 });
      expect(problemsOf(c)).toContain('row.resolvedNoFinish');
      expect(problemsOf(c)).not.toContain('status.contradictsDates');
    }
  });

  it('the actual return date is the real finish: open on the system, returned Mon 23/11 after the due Thu 19/11 → late by 2 (Fri 20, Mon 23)', () => {
    expect(outcome('S10')).toEqual({ status: 'late', reason: null, days: 2 });
  });

  it('impossible rows: due, finish or return before the receipt Wed 18/11 → invalid with the reason', () => {
    expect(outcome('S11')).toEqual({ status: 'invalid', reason: 'row.dueBeforeReceived', days: 0 });
    expect(outcome('S12')).toEqual({ status: 'invalid', reason: 'row.finishBeforeReceived', days: 0 });
    expect(outcome('S13')).toEqual({ status: 'invalid', reason: 'row.returnBeforeReceived', days: 0 });
    expect(problemsOf('S11')).toContain('row.dueBeforeReceived');
    expect(problemsOf('S12')).toContain('row.finishBeforeReceived');
    expect(problemsOf('S13')).toContain('row.returnBeforeReceived');
  });

  it('same-day cut-off: received at exactly 15:00 is not "sau 15 giờ", so the due is that day 17:00', () => {
    // S16 has no system due: computed from "Trong ngày" → Wed 25/11 17:00; finished 16:45 → on time.
    expect(byCode('S16')).toMatchObject({ status: 'on_time', dueAt: at(2026, 11, 25, 17), dueSource: 'computed' });
    // S14: the system agrees (Wed 25/11 17:00), not listed.
    expect(byCode('S14').status).toBe('on_time');
    expect(result.systemDues.map((r) => r.record.code)).not.toContain(code('S14'));
    // S15: the system moved it to Thu 26/11, later than the law: listed, still measured by the system's due.
    expect(byCode('S15')).toMatchObject({ status: 'on_time', dueAt: at(2026, 11, 26, 17), dueSource: 'column' });
  });

  it('a system due earlier than the lawful one (no 24/11 in the vendor calendar): finished Thu 26/11 within the lawful due → late_on_system, "hạn trên hệ thống sai"', () => {
    // System Wed 25/11, lawful Thu 26/11 17:00; the system shows 1 working day late (Thu 26).
    expect(byCode('S01')).toMatchObject({ status: 'late_on_system', reason: 'due.systemWrong', dueAt: at(2026, 11, 26, 17), dueSource: 'lawful', workingDaysLate: 1 });
    // Finished Fri 27/11: late by law too, by 1 working day (Fri 27) after the lawful due.
    expect(byCode('S02')).toMatchObject({ status: 'late', reason: null, dueAt: at(2026, 11, 26, 17), workingDaysLate: 1 });
  });

  it('a system due on an official day off ends at the end of the next working day (BLDS 148.5): Sat 06/06/2026 → Mon 08/06', () => {
    // S03 with "05 ngày làm việc" from Mon 01/06 (lawful Mon 08/06), S04 without a period.
    for (const c of ['S03', 'S04']) {
      expect(byCode(c)).toMatchObject({ status: 'late_on_system', reason: 'due.systemWrong', dueAt: at(2026, 6, 8, 17), workingDaysLate: 1 });
    }
  });

  it('lists every dossier whose system due differs from the lawful one, with both dates, and warns on its row', () => {
    const list = result.systemDues.map(({ record, check }) => [record.code, check.systemDue, check.lawfulDue, check.direction, check.onDayOff, check.counted]);
    expect(list).toEqual([
      [code('S01'), at(2026, 11, 25, 17), at(2026, 11, 26, 17), 'earlier', false, true],
      [code('S02'), at(2026, 11, 25, 17), at(2026, 11, 26, 17), 'earlier', false, true],
      [code('S03'), at(2026, 6, 6, 17), at(2026, 6, 8, 17), 'earlier', true, true],
      [code('S04'), at(2026, 6, 6, 17), at(2026, 6, 8, 17), 'earlier', true, false],
      // Lawful Sat 26/04/2025 17:00 (make-up working day), system Mon 28/04 10:00.
      [code('S05'), at(2025, 4, 28, 10), at(2025, 4, 26, 17), 'later', false, true],
      [code('S15'), at(2026, 11, 26, 17), at(2026, 11, 25, 17), 'later', false, true],
    ]);
    const warned = result.problems.filter((p) => p.code === 'due.systemDiffers');
    expect(warned.map((p) => [p.row, p.severity])).toEqual(result.systemDues.map((r) => [r.record.row, 'warning']));
    expect(warned[0]).toMatchObject({ column: expect.any(String), value: 'trên hệ thống 25/11/2026 17:00, theo quy định 26/11/2026 17:00' });
    // The system later than the law keeps its own due: S05 finished Mon 28/04 09:30 is on time.
    expect(byCode('S05').status).toBe('on_time');
  });

  it('Biểu 06a: online channels (DVCTT, Ki-ốt) in column (4), not_received and invalid rows outside, identities hold', () => {
    // Counted, received 15–30/11: S01, S02, S10, S14, S15, S16, S24–S28 = 11; online: S25, S26.
    // Resolved: early S24–S27 (4); on time S01 (late only on the system), S14, S15, S16 (4); late S02, S10, S28 (3).
    const tally = tally06a(result.dossiers, { period: SETTINGS.period, asOf: ASOF, rules: SETTINGS.rules });
    expect(tally.counts).toEqual({
      received: 11, online: 2, directOrPostal: 9, carriedOver: 0, resolved: 11, early: 4, onTime: 4, late: 3,
      inProgress: 0, withinDeadline: 0, overdue: 0,
    });
    expect(tally.lateOnSystem).toBe(1);
    // Invalid: S08, S09, S11, S12, S13; stopped: S17, S18, S19, S22; withdrawn: S20, S21, S23.
    expect(tally.excluded).toEqual({ rejected: 0, stopped: 4, invalid: 5, withdrawn: 3, awaiting_citizen: 0 });
    expect(check06aIdentities(tally.counts)).toEqual([]);
  });

  it('never puts a resolved dossier without a date in Phụ lục II, and writes the "Kiểm tra hạn trên hệ thống" tab', () => {
    const tabs = buildReports(result.dossiers, SETTINGS);
    const cellsText = (name: string) => JSON.stringify(tabs.find((t) => t.name === name)?.cells);
    expect(cellsText('Phụ lục II')).not.toContain(code('S08'));
    expect(cellsText('Phụ lục II')).not.toContain(code('S09'));
    const audit = tabs.find((t) => t.name === 'Kiểm tra hạn trên hệ thống');
    expect(audit?.kind).toBe('system-due-audit');
    const rows = (audit?.cells ?? []).filter((row) => typeof row[1] === 'string' && VENDOR_CODES.has(stripped(row[1] as string)));
    // Code, system due day, lawful due day, working days apart, finding.
    expect(rows.map((row) => [stripped(row[1] as string), row[5], row[6], row[7], row[8]])).toEqual([
      ['S01', D(2026, 11, 25), D(2026, 11, 26), -1, 'Hệ thống hẹn sớm hơn quy định (hạn trên hệ thống sai)'],
      ['S02', D(2026, 11, 25), D(2026, 11, 26), -1, 'Hệ thống hẹn sớm hơn quy định (hạn trên hệ thống sai)'],
      ['S03', D(2026, 6, 6), D(2026, 6, 8), -1, 'Hệ thống hẹn sớm hơn quy định (hạn trên hệ thống sai); Ngày hẹn trả rơi vào ngày nghỉ'],
      ['S04', D(2026, 6, 6), D(2026, 6, 8), -1, 'Hệ thống hẹn sớm hơn quy định (hạn trên hệ thống sai); Ngày hẹn trả rơi vào ngày nghỉ'],
      ['S05', D(2025, 4, 28), D(2025, 4, 26), 1, 'Hệ thống hẹn muộn hơn quy định (cần kiểm tra)'],
      ['S15', D(2026, 11, 26), D(2026, 11, 25), 1, 'Hệ thống hẹn muộn hơn quy định (cần kiểm tra)'],
    ]);
  });

  it('compares by day when asked (BLDS 148.6): finished Thu 19/11 17:30, due 17:00 that day → late by 0 by date-time, on time by day', () => {
    expect(outcome('S28')).toEqual({ status: 'late', reason: null, days: 0 });
    const byDay = checkSheet(grid(), { ...SETTINGS, rules: { ...SETTINGS.rules, compareBy: 'day' } });
    expect(byDay.dossiers.find((d) => d.record.code === code('S28'))?.status).toBe('on_time');
  });
});

const VENDOR_CODES = new Set(Array.from({ length: 28 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`));
/** The Sxx part of a code in any style. */
function stripped(text: string): string {
  const m = /S\d\d$/.exec(text);
  return m ? m[0] : text;
}
