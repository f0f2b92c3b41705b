import { describe, expect, it } from 'vitest';
import { buildCalendar, dayFromYmd, defaultSettings, FIELDS, isWorkingDay, periodFromPreset, SETTINGS_LABELS, UNDECIDED_DAYS_LABELS, type Status } from '../core/index.js';
import type { PaneProblem, SheetView } from '../pane/model.js';
import { calendarControls, headerControls, ruleControls, secondsFromHm } from '../pane/settings-form.js';
import { calendarWeeks, countBars, formatDayField, listProblems, mappingSummary, nextPage, parseDayField, periodLine, problemText, PROBLEM_PAGE } from '../pane/state.js';

const day = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });

function view(found: string[]): SheetView {
  return {
    sheetName: 'Hồ sơ',
    headerRow: 1,
    rows: 9,
    columns: [],
    fields: FIELDS.map((field, i) => (found.includes(field) ? { field, letter: String.fromCharCode(65 + i), heading: field, source: 'detected' as const } : { field, letter: null, heading: null, source: null })),
  };
}

const problem = (code: PaneProblem['code'], row: number, extra: Partial<PaneProblem> = {}): PaneProblem => ({ code, row, severity: 'warning', sheetName: 'Hồ sơ', ...extra });

describe('first screen', () => {
  it('summarises the columns and opens in amber only for a field that changes the statuses', () => {
    expect(mappingSummary(view(['code', 'received', 'due', 'finished', 'actualResult', 'status', 'unit']))).toEqual({ found: 7, missing: [] });
    // No officer column only loses a report list: still one line.
    expect(mappingSummary(view(['code', 'received', 'due', 'finished', 'actualResult', 'status'])).missing).toEqual([]);
    expect(mappingSummary(view(['code', 'received', 'due', 'finished', 'status', 'officer']))).toEqual({ found: 6, missing: ['actualResult'] });
    expect(mappingSummary(view([])).missing).toEqual(['received', 'due', 'finished', 'actualResult', 'status']);
  });

  it('names the period in one line, day first', () => {
    const s = defaultSettings(day(2024, 6, 14));
    expect(periodLine(s)).toBe('Tháng 6 năm 2024 (15/5 – 14/6)');
    expect(periodLine({ ...s, period: periodFromPreset('quarter', day(2024, 5, 2)) })).toBe('Quý II năm 2024 (01/4 – 30/6)');
    expect(periodLine({ ...s, period: periodFromPreset('custom', s.asOf, { from: day(2024, 6, 3), to: day(2024, 6, 20) }) })).toBe('Từ ngày 03/6/2024 đến ngày 20/6/2024');
  });
});

describe('date fields', () => {
  it('read and show day first, never month first, and refuse days that do not exist', () => {
    expect(parseDayField('05/06/2024')).toBe(day(2024, 6, 5));
    expect(parseDayField('5/6/2024')).toBe(day(2024, 6, 5));
    expect(parseDayField('13/06/2024')).toBe(day(2024, 6, 13));
    expect(parseDayField('31/02/2024')).toBeNull();
    expect(parseDayField('06/15/2024')).toBeNull();
    expect(parseDayField('hôm qua')).toBeNull();
    expect(formatDayField(day(2024, 6, 5))).toBe('05/06/2024');
    expect(parseDayField(formatDayField(day(2025, 12, 31)))).toBe(day(2025, 12, 31));
  });

  it('lays a month out Monday first', () => {
    // 1/6/2024 is a Saturday; June has 30 days.
    const weeks = calendarWeeks({ y: 2024, m: 6 });
    expect(weeks[0]).toEqual([null, null, null, null, null, day(2024, 6, 1), day(2024, 6, 2)]);
    expect(weeks.length).toBe(5);
    expect(weeks[4]).toEqual([24, 25, 26, 27, 28, 29, 30].map((d) => day(2024, 6, d)));
    expect(weeks.flat().filter((d) => d !== null).length).toBe(30);
    expect(calendarWeeks({ y: 2024, m: 2 }).flat().filter((d) => d !== null).length).toBe(29);
  });
});

describe('results', () => {
  it('draws a bar per status present, in the order and colors of UX.md, scaled to the largest', () => {
    const counts = { overdue: 2, late: 4, late_on_system: 0, due_soon: 1, awaiting_citizen: 0, pending: 0, early: 0, on_time: 8, withdrawn: 0, stopped: 0, rejected: 0, invalid: 1 } as Record<Status, number>;
    const bars = countBars(counts);
    expect(bars.map((b) => [b.status, b.count, b.percent])).toEqual([
      ['overdue', 2, 25],
      ['late', 4, 50],
      ['due_soon', 1, 13],
      ['on_time', 8, 100],
      ['invalid', 1, 13],
    ]);
    expect(bars[0]).toMatchObject({ label: 'Quá hạn (đang giải quyết)', fill: '#FFC7CE', border: '#9C0006' });
    // "Thiếu hoặc sai dữ liệu" has no fill on the sheet: a pale bar with its red text color as border.
    expect(bars[4]).toMatchObject({ fill: '#F2F2F2', border: '#C00000' });
  });

  it('puts projected-holiday and system-due problems in their own lists, the rest in "Vấn đề cần xem"', () => {
    const items = [
      problem('date.unreadable', 4),
      problem('calendar.projected', 0),
      problem('row.noDue', 9),
      problem('calendar.pendingDaysOff', 0),
      problem('calendar.undecidedDays', 12),
    ];
    const listed = listProblems(items, String);
    expect(listed.lists.map((l) => [l.id, l.title, l.items.length])).toEqual([['projected', 'Ngày nghỉ dự kiến, chưa có quyết định (3)', 3]]);
    expect(listed.rest.map((p) => p.code)).toEqual(['date.unreadable', 'row.noDue']);
    // core's warning for a system due that differs from the lawful one lands in its list.
    const audit = listProblems([problem('due.systemDiffers', 7)], String);
    expect(audit.lists.map((l) => l.title)).toEqual(['Hạn trên hệ thống sai (1)']);
  });

  it('pages the problems by 50 and says where each one is', () => {
    expect(PROBLEM_PAGE).toBe(50);
    expect(nextPage(50, 180)).toBe(100);
    expect(nextPage(150, 180)).toBe(180);
    expect(problemText(problem('row.noDue', 12, { columnLetter: 'K', column: 'Ngày hẹn trả' })).where).toBe('Dòng 12, cột K');
    expect(problemText(problem('sheet.noHeader', 0)).where).toBe('Cả trang');
    expect(problemText(problem('date.unreadable', 5, { value: '31/02/2024', column: 'Ngày tiếp nhận' })).what).toContain('Gặp: "31/02/2024"');
  });
});

describe('settings form', () => {
  const s = defaultSettings(day(2024, 6, 14));

  it('shows every rule option that has a label in core, with the control its type asks for', () => {
    const controls = ruleControls(s);
    expect(controls.map((c) => [c.id, c.kind])).toEqual([
      ['rule-supplementation', 'radio'],
      ['rule-sameDayCutoffSec', 'time'],
      ['rule-dueSoonWorkingDays', 'number'],
      ['rule-measureAgainst', 'radio'],
      ['rule-withdrawnCountAsOnTime', 'checkbox'],
      ['rule-awaitingCountAsWithinDeadline', 'checkbox'],
      ['rule-compareBy', 'radio'],
      ['rule-saturdayMorning', 'checkbox'],
      ['rule-colorFinishedOnTime', 'checkbox'],
    ]);
    const supp = controls[0];
    expect(supp.kind === 'radio' && supp.options.map((o) => o.value)).toEqual(['restart', 'pause']);
    expect(supp.kind === 'radio' && supp.set(s, 'pause').rules.supplementation).toBe('pause');
    const cutoff = controls[1];
    expect(cutoff.kind === 'time' && cutoff.value).toBe('15:00');
    expect(cutoff.kind === 'time' && cutoff.set(s, secondsFromHm('14:30')!).rules.sameDayCutoffSec).toBe(52200);
    const compare = controls[6];
    expect(compare.kind === 'radio' && compare.options.map((o) => o.value)).toEqual(['datetime', 'day']);
    expect(compare.kind === 'radio' && compare.set(s, 'day').rules.compareBy).toBe('day');
    const sat = controls[7];
    expect(sat.kind === 'checkbox' && sat.set(s, true).hours.saturdayMorning).toBe(true);
    expect(secondsFromHm('24:00')).toBeNull();
  });

  it('offers the undecided Tết 2027 split, marks the projection, and the choice moves the days off', () => {
    const at2026 = defaultSettings(day(2026, 12, 3));
    const controls = calendarControls(at2026);
    const tet = controls.find((c) => c.id === 'calendar-tet-2027')!;
    expect(tet.kind).toBe('radio');
    if (tet.kind !== 'radio') return;
    expect(tet.value).toBe('1+4');
    expect(tet.options.map((o) => o.value)).toEqual(expect.arrayContaining(['1+4', '2+3', '3+2']));
    expect(tet.options.find((o) => o.value === '1+4')!.label).toBe(UNDECIDED_DAYS_LABELS.projectedOption(tet.options.find((o) => o.value === '1+4')!.label.replace(/ \(dự kiến, mặc định\)$/, '')));
    const chosen = tet.set(at2026, '2+3');
    expect(chosen.calendar.undecided).toEqual({ 'tet-2027': '2+3' });
    expect(calendarControls(chosen).find((c) => c.id === 'calendar-tet-2027')!.value).toBe('2+3');
    // Thursday 04/02/2027 (28 Chạp) is off under 2+3 only; Thursday 11/02/2027 under 1+4 only.
    const feb4 = day(2027, 2, 4);
    const feb11 = day(2027, 2, 11);
    expect([isWorkingDay(buildCalendar(at2026.calendar), feb4), isWorkingDay(buildCalendar(at2026.calendar), feb11)]).toEqual([true, false]);
    expect([isWorkingDay(buildCalendar(chosen.calendar), feb4), isWorkingDay(buildCalendar(chosen.calendar), feb11)]).toEqual([false, true]);
    // A report in 2028 also offers that projected year's split and 2/9 side.
    expect(calendarControls(defaultSettings(day(2028, 3, 1))).map((c) => c.id)).toEqual(expect.arrayContaining(['calendar-tet-2028', 'calendar-quoc-khanh-2028']));
  });

  it('shows one text box per report-header field labelled in core', () => {
    const controls = headerControls({ ...s, header: { ...s.header, place: 'Kon Tum' } });
    expect(controls.map((c) => [c.id, c.label, c.value])).toEqual([
      ['header-reportingUnit', SETTINGS_LABELS.header.reportingUnit, ''],
      ['header-receivingUnit', SETTINGS_LABELS.header.receivingUnit, ''],
      ['header-place', SETTINGS_LABELS.header.place, 'Kon Tum'],
      ['header-preparer', SETTINGS_LABELS.header.preparer, ''],
      ['header-head', SETTINGS_LABELS.header.head, ''],
      ['header-formTitle', SETTINGS_LABELS.header.formTitle, ''],
      ['header-formCode', SETTINGS_LABELS.header.formCode, ''],
      ['header-formBasis', SETTINGS_LABELS.header.formBasis, ''],
    ]);
    const unit = controls[0];
    expect(unit.kind === 'text' && unit.set(s, 'UBND xã Đắk Hà').header.reportingUnit).toBe('UBND xã Đắk Hà');
  });
});
