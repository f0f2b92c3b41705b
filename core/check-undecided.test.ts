/**
 * Issue 9: undecided days off (Tết 2027, the day next to 2/9/2027) are projected, and every
 * dossier whose due or lateness was counted over such a day gets a warning naming it.
 * Expected dates are worked out by hand from holidays.md (addendum: every five-day split
 * gives five weekday days off; 1+4 = 05–11/02/2027) and BLDS 2015 Điều 147:
 * - 1+4 (default): Fri 05, Mon 08, Tue 09, Wed 10, Thu 11/02/2027 off; 03, 04, 12/02 working
 *   but pending (other splits, the 10-day option).
 * - 2/9/2027 is a Thursday; the adjacent day is projected as Fri 03/09 (2021 precedent);
 *   Wed 01/09 is pending.
 * Each situation is written in three export styles: the OpenCPS CSV list (text
 * dd/MM/yyyy HH:mm:ss), the Thanh Hóa HTML list (2-row header, index row, group rows) and a
 * clerk's Excel sheet (date serials).
 */
import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatIsoStamp } from './calendar/day.js';
import { checkSheet } from './check.js';
import type { InputCell, SheetGrid } from './import/read-result.js';
import { PROBLEM_MESSAGES } from './labels.vi.js';
import { defaultSettings } from './settings-defaults.js';
import type { Settings } from './settings.js';

const AS_OF = dayFromYmd({ y: 2027, m: 2, d: 22 }); // Monday
const AS_OF_SEPT = dayFromYmd({ y: 2027, m: 9, d: 30 });

/** One dossier, as every style carries it. */
interface Row {
  code: string;
  received: [number, number, number, number, number];
  due: [number, number, number, number, number] | null;
  finished: [number, number, number, number, number] | null;
  status: string;
  period: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const text = ([y, m, d, h, min]: number[]) => `${pad(d)}/${pad(m)}/${y} ${pad(h)}:${pad(min)}:00`;
const serial = ([y, m, d, h, min]: number[]) => dayFromYmd({ y, m, d }) + (h * 60 + min) / 1440;

function openCps(rows: Row[]): SheetGrid {
  return {
    sheetName: 'Sheet1',
    cells: [
      ['THỐNG KÊ HỒ SƠ'],
      ['Mã hồ sơ', 'Chủ hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày hoàn thành', 'Trạng thái', 'Trực tuyến', 'Thời hạn giải quyết'],
      ...rows.map((r) => [r.code, 'Nguyễn Văn An', text(r.received), r.due ? text(r.due) : '', r.finished ? text(r.finished) : '', r.status, 'false', r.period]),
    ],
  };
}

function thanhHoa(rows: Row[]): SheetGrid {
  return {
    sheetName: 'Phụ lục II',
    cells: [
      ['UBND TỈNH THANH HÓA', null, null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['DANH SÁCH HỒ SƠ'],
      ['STT', 'Đơn vị tiếp nhận', 'Mã hồ sơ', 'Trạng thái', 'Thời hạn giải quyết', 'Ngày, tháng, năm', '', ''],
      ['', '', '', '', '', 'Ngày nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      ['UBND XÃ QUẢNG PHÚ', '', '', '', '', '', '', ''],
      ...rows.map((r, i) => [String(i + 1), 'UBND xã Quảng Phú', r.code, r.status, r.period, text(r.received), r.due ? text(r.due) : '', r.finished ? text(r.finished) : '']),
      ['Tổng cộng: ' + rows.length + ' hồ sơ'],
      [null, null, null, null, null, 'Thanh Hóa, ngày 25 tháng 2 năm 2027'],
      ['NGƯỜI LẬP BIỂU', null, null, null, null, 'THỦ TRƯỞNG ĐƠN VỊ'],
    ],
  };
}

function excel(rows: Row[]): SheetGrid {
  const cells: InputCell[][] = [
    ['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Ngày tiếp nhận', 'Thời hạn giải quyết', 'Ngày hẹn trả', 'Ngày có kết quả', 'Tình trạng'],
    ...rows.map((r, i) => [i + 1, r.code, 'Đăng ký khai sinh', serial(r.received), r.period, r.due ? serial(r.due) : null, r.finished ? serial(r.finished) : null, r.status]),
  ];
  return { sheetName: 'Sổ theo dõi', cells };
}

const STYLES = [
  ['OpenCPS CSV', openCps],
  ['Thanh Hóa HTML', thanhHoa],
  ['Excel (serials)', excel],
] as const;

/** February 2027, by hand. */
const TET_ROWS: Row[] = [
  // Received Tue 02/02 09:00, 5 working days, no system due: counted Wed 03 (1), Thu 04 (2),
  // Fri 12 (3), Mon 15 (4), Tue 16 (5) → due Tue 16/02/2027 17:00. Finished Mon 15/02: early.
  // (With 3 Tết weekdays only, as before issue 9, the due was Fri 12/02 and this was late.)
  { code: 'H56.27-270202-0001', received: [2027, 2, 2, 9, 0], due: null, finished: [2027, 2, 15, 10, 0], status: 'Đã trả kết quả', period: '05 ngày làm việc' },
  // System due Thu 04/02 17:00, finished Fri 12/02 09:00: late by the working days 05–12/02:
  // only Fri 12/02 → 1 (10, 11/02 projected off, 12/02 pending).
  { code: 'H56.27-270201-0002', received: [2027, 2, 1, 8, 0], due: [2027, 2, 4, 17, 0], finished: [2027, 2, 12, 9, 0], status: 'Đã trả kết quả', period: '03 ngày làm việc' },
  // System due Wed 03/02 17:00, open on Mon 22/02: overdue by 04, 12, 15–19, 22/02 = 8.
  { code: 'H56.27-270129-0003', received: [2027, 1, 29, 8, 0], due: [2027, 2, 3, 17, 0], finished: null, status: 'Đang xử lý', period: '03 ngày làm việc' },
  // March only: nothing undecided in between, no warning.
  { code: 'H56.27-270301-0004', received: [2027, 3, 1, 8, 0], due: null, finished: [2027, 3, 3, 9, 0], status: 'Đã trả kết quả', period: '03 ngày làm việc' },
  // System due Thu 04/02, finished on time on 04/02: the system's due needs no calendar, no warning.
  { code: 'H56.27-270201-0005', received: [2027, 2, 1, 8, 0], due: [2027, 2, 4, 17, 0], finished: [2027, 2, 4, 16, 0], status: 'Đã trả kết quả', period: '03 ngày làm việc' },
];

describe.each(STYLES)('Tết 2027 projected (1+4) in the %s style', (_style, make) => {
  const result = checkSheet(make(TET_ROWS), defaultSettings(AS_OF));
  const byCode = (code: string) => result.dossiers.find((d) => d.record.code === code)!;
  const warning = (code: string) => result.problems.find((p) => p.code === 'calendar.undecidedDays' && p.row === byCode(code).record.row);

  it('computes the due over the projected days: 02/02 + 5 working days is Tue 16/02/2027 17:00, finished 15/02 is early', () => {
    expect(formatIsoStamp(byCode('H56.27-270202-0001').dueAt!)).toBe('2027-02-16T17:00');
    expect(byCode('H56.27-270202-0001').status).toBe('early');
  });

  it('counts lateness over the projected days: due 04/02, finished 12/02 is 1 working day late; open since 03/02 is 8 on 22/02', () => {
    expect([byCode('H56.27-270201-0002').status, byCode('H56.27-270201-0002').workingDaysLate]).toEqual(['late', 1]);
    expect([byCode('H56.27-270129-0003').status, byCode('H56.27-270129-0003').workingDaysLate]).toEqual(['overdue', 8]);
  });

  it('warns on each dependent dossier, naming the days dd/mm/yyyy, and on no other', () => {
    expect(warning('H56.27-270202-0001')).toMatchObject({
      severity: 'warning',
      value: '10/02/2027, 11/02/2027 (dự kiến là ngày nghỉ); 03/02/2027, 04/02/2027, 12/02/2027 (đang tính là ngày làm việc)',
    });
    expect(warning('H56.27-270201-0002')?.value).toBe('10/02/2027, 11/02/2027 (dự kiến là ngày nghỉ); 12/02/2027 (đang tính là ngày làm việc)');
    expect(warning('H56.27-270129-0003')?.value).toBe('10/02/2027, 11/02/2027 (dự kiến là ngày nghỉ); 04/02/2027, 12/02/2027 (đang tính là ngày làm việc)');
    expect(warning('H56.27-270301-0004')).toBeUndefined();
    expect(warning('H56.27-270201-0005')).toBeUndefined();
    expect(PROBLEM_MESSAGES['calendar.undecidedDays']).toMatch(/chưa có quyết định/);
  });

  it('summarises the days and the rows in the check result', () => {
    const rows = ['H56.27-270129-0003', 'H56.27-270201-0002', 'H56.27-270202-0001'].map((c) => byCode(c).record.row).sort((a, b) => a - b);
    expect([...result.undecided.rows].sort((a, b) => a - b)).toEqual(rows);
    expect(result.undecided.days.map((u) => [formatIsoStamp({ day: u.day, sec: null }), u.status, u.dossiers])).toEqual([
      ['2027-02-03', 'pending', 1],
      ['2027-02-04', 'pending', 2],
      ['2027-02-10', 'projected', 3],
      ['2027-02-11', 'projected', 3],
      ['2027-02-12', 'pending', 3],
    ]);
  });
});

describe.each(STYLES)('another split chosen in the settings, %s style', (_style, make) => {
  it('2+3 (04–10/02 off): the system due 04/02 falls on a day off, so it ends on Thu 11/02 (BLDS 148.5); finished Fri 12/02 is 1 day late', () => {
    const settings = { ...defaultSettings(AS_OF), calendar: { undecided: { 'tet-2027': '2+3' } } };
    const d = checkSheet(make(TET_ROWS), settings).dossiers.find((x) => x.record.code === 'H56.27-270201-0002')!;
    expect([d.status, d.workingDaysLate]).toEqual(['late', 1]);
  });
  it('10-day option (05–14/02 off): 02/02 + 5 working days is Wed 17/02/2027', () => {
    const settings = { ...defaultSettings(AS_OF), calendar: { undecided: { 'tet-2027': '10-ngay' } } };
    const d = checkSheet(make(TET_ROWS), settings).dossiers.find((x) => x.record.code === 'H56.27-270202-0001')!;
    expect(formatIsoStamp(d.dueAt!)).toBe('2027-02-17T17:00');
  });
});

describe.each(STYLES)('the day next to 2/9/2027, %s style', (_style, make) => {
  // Received Tue 31/08 08:00, 3 working days: Wed 01/09 (1), [Thu 02 holiday, Fri 03 projected],
  // Mon 06 (2), Tue 07 (3) → due Tue 07/09/2027 17:00.
  const rows: Row[] = [
    { code: 'H56.27-270831-0010', received: [2027, 8, 31, 8, 0], due: null, finished: [2027, 9, 7, 15, 0], status: 'Đã trả kết quả', period: '03 ngày làm việc' },
  ];
  it('projects Fri 03/09 off and warns with 03/09 (projected) and 01/09 (pending)', () => {
    const result = checkSheet(make(rows), defaultSettings(AS_OF_SEPT));
    const d = result.dossiers[0];
    expect([formatIsoStamp(d.dueAt!), d.status]).toEqual(['2027-09-07T17:00', 'on_time']);
    expect(result.problems.find((p) => p.code === 'calendar.undecidedDays')?.value).toBe(
      '03/09/2027 (dự kiến là ngày nghỉ); 01/09/2027 (đang tính là ngày làm việc)',
    );
  });
  it('with the day before chosen (Wed 01/09 off): 31/08 + 3 is still Tue 07/09, 31/08 + 1 moves from Wed 01/09 to Fri 03/09', () => {
    const one: Row = { ...rows[0], code: 'H56.27-270831-0011', period: '01 ngày làm việc', finished: null, status: 'Đang xử lý' };
    const chosen: Settings = { ...defaultSettings(AS_OF_SEPT), calendar: { undecided: { 'quoc-khanh-2027': 'truoc' } } };
    const dues = (settings: Settings) => checkSheet(make([rows[0], one]), settings).dossiers.map((d) => formatIsoStamp(d.dueAt!));
    expect(dues(defaultSettings(AS_OF_SEPT))).toEqual(['2027-09-07T17:00', '2027-09-01T17:00']);
    expect(dues(chosen)).toEqual(['2027-09-07T17:00', '2027-09-03T17:00']);
  });
});
