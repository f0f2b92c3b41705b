/**
 * Issue 9, reading rules on rows shaped like real exports, each in at least two styles
 * (OpenCPS CSV text dates, Thanh Hóa HTML with a 2-row header and group rows, a clerk's
 * Excel sheet with serials, Google Sheets' rendering of real dates). Expected values are
 * worked out by hand from the rows and BLDS 2015 Điều 147–148.
 */
import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatIsoStamp } from '../calendar/day.js';
import { checkSheet } from '../check.js';
import { parsePeriod } from '../deadline/period.js';
import { defaultSettings } from '../settings-defaults.js';
import { chooseDossierSheet } from './choose-sheet.js';
import { readExport } from './read-export.js';
import type { InputCell, SheetGrid } from './read-result.js';

const serial = (y: number, m: number, d: number, h = 0, min = 0) => dayFromYmd({ y, m, d }) + (h * 60 + min) / 1440;
const iso = (stamp: { day: number; sec: number | null } | null) => (stamp ? formatIsoStamp(stamp as never) : null);
const settings = defaultSettings(dayFromYmd({ y: 2024, m: 3, d: 29 }));

const OPENCPS_HEADER = ['Mã hồ sơ', 'Chủ hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày hoàn thành', 'Trạng thái'];
const openCpsList: SheetGrid = {
  sheetName: 'DS hồ sơ',
  cells: [
    ['THỐNG KÊ HỒ SƠ'],
    OPENCPS_HEADER,
    ['VTH.240301.00012', 'Trương Văn Lâm', '01/03/2024 09:24:43', '15/03/2024 09:24:00', '14/03/2024 15:30:00', 'Đã trả kết quả'],
    ['VTH.240304.00031', 'Lý Thị Mai', '04/03/2024 14:10:00', '05/03/2024 14:10:00', '05/03/2024 10:00:00', 'Đã trả kết quả'],
    ['VTH.240305.00007', 'Cao Văn Nam', '05/03/2024 07:30:00', '11/03/2024 07:30:00', '', 'Đang xử lý'],
  ],
};

describe('the right sheet of a workbook', () => {
  // A summary tab first (per-field counts, no dossier code or date column), the list, a notes tab.
  const summary: SheetGrid = {
    sheetName: 'Tổng hợp',
    cells: [['STT', 'Lĩnh vực', 'Tổng số hồ sơ', 'Đúng hạn', 'Quá hạn'], [1, 'Hộ tịch', 120, 118, 2], [2, 'Đất đai', 40, 35, 5]],
  };
  const notes: SheetGrid = { sheetName: 'Ghi chú', cells: [['Số liệu trích xuất ngày 29/03/2024']] };

  it('OpenCPS CSV list behind a summary tab: reads "DS hồ sơ" (3 dossier rows, the others 0)', () => {
    const choice = chooseDossierSheet([summary, openCpsList, notes]);
    expect(choice.index).toBe(1);
    // "Tổng số hồ sơ" reads as a code heading, but 120 and 40 are counts, not codes.
    expect(choice.reason).toBe('only');
    expect(choice.sheets.map((s) => [s.sheetName, s.hasHeader, s.dossierRows])).toEqual([
      ['Tổng hợp', true, 0], ['DS hồ sơ', true, 3], ['Ghi chú', false, 0],
    ]);
  });

  it('Thanh Hóa HTML tables: the list with more dossier rows wins over a short appendix with the same header', () => {
    const header = [
      ['STT', 'Đơn vị tiếp nhận', 'Mã hồ sơ', 'Ngày, tháng, năm', '', ''],
      ['', '', '', 'Ngày nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý'],
    ];
    const row = (n: number) => [String(n), 'UBND xã Quảng Phú', `000.20.31.H56-24030${n}-000${n}`, `0${n}/03/2024 08:00:00`, `1${n}/03/2024 08:00:00`, ''];
    const short: SheetGrid = { sheetName: 'Phụ lục I', cells: [...header, ['UBND XÃ QUẢNG PHÚ'], row(1)] };
    const full: SheetGrid = { sheetName: 'Danh sách', cells: [...header, ['UBND XÃ QUẢNG PHÚ'], row(1), row(2), row(3)] };
    const choice = chooseDossierSheet([short, full]);
    expect([choice.index, choice.reason, choice.sheets.map((s) => s.dossierRows)]).toEqual([1, 'mostDossiers', [1, 3]]);
  });

  it('prefers a visible sheet on a tie, skips excluded tabs, and says "only" when one sheet has a header', () => {
    const copy = { ...openCpsList, sheetName: 'Bản sao' };
    expect(chooseDossierSheet([copy, openCpsList], { hidden: ['Bản sao'] }).index).toBe(1);
    expect(chooseDossierSheet([openCpsList, copy], { exclude: (n) => n === 'DS hồ sơ' }).index).toBe(1);
    expect(chooseDossierSheet([summary, openCpsList]).reason).toBe('only');
    expect(chooseDossierSheet([notes])).toMatchObject({ index: null, reason: 'none' });
  });
});

describe('a note row never ends the table', () => {
  const note = 'Ghi chú: hồ sơ VTH.240304.00031 trình Chủ tịch UBND xã ký';

  it('OpenCPS CSV: the note between dossiers is skipped as a note, the rows after it are read', () => {
    const cells = [...openCpsList.cells.slice(0, 3), [note], ...openCpsList.cells.slice(3), [], ['NGƯỜI LẬP BIỂU'], ['(Ký, họ tên)']];
    const read = readExport({ sheetName: 'DS', cells });
    expect(read.dossiers.map((d) => d.code)).toEqual(['VTH.240301.00012', 'VTH.240304.00031', 'VTH.240305.00007']);
    expect(read.skipped).toEqual([
      { row: 4, reason: 'note', text: note }, { row: 7, reason: 'blank' }, { row: 8, reason: 'footer' }, { row: 9, reason: 'footer' },
    ]);
    expect(read.rowsIn).toBe(7);
  });

  it('Thanh Hóa HTML: a note in the first column is not a group (unit) row, the unit stays the group above', () => {
    const read = readExport({
      sheetName: 'Phụ lục II',
      cells: [
        ['STT', 'Mã hồ sơ', 'Ngày, tháng, năm', '', '', 'Đơn vị/ cá nhân giải quyết'],
        ['', '', 'Ngày nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', ''],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
        ['UBND XÃ QUẢNG PHÚ'],
        ['1', '000.20.31.H56-240301-0042', '01/03/2024 09:30:00', '11/03/2024 09:30:00', '', 'Công chức Tư pháp - Hộ tịch'],
        ['Lưu ý: hồ sơ sau đây chờ Chủ tịch UBND xã ký'],
        ['2', '000.20.31.H56-240304-0007', '04/03/2024 07:45:10', '05/03/2024 07:45:10', '06/03/2024 16:20:00', 'Công chức Tư pháp - Hộ tịch'],
        ['Tổng cộng: 2 hồ sơ'],
        [null, null, 'Thanh Hóa, ngày 15 tháng 3 năm 2024'],
        ['NGƯỜI LẬP BIỂU', null, 'THỦ TRƯỞNG ĐƠN VỊ'],
      ],
    });
    expect(read.dossiers.map((d) => [d.code, d.group])).toEqual([
      ['000.20.31.H56-240301-0042', 'UBND XÃ QUẢNG PHÚ'],
      ['000.20.31.H56-240304-0007', 'UBND XÃ QUẢNG PHÚ'],
    ]);
    expect(read.skipped.map((s) => [s.row, s.reason])).toEqual([[3, 'index'], [4, 'group'], [6, 'note'], [8, 'total'], [9, 'footer'], [10, 'footer']]);
  });

  it('Excel sheet: a row after a signature-like line that looks like a dossier (code, serial dates) is read, not dropped', () => {
    const read = readExport({
      sheetName: 'Sổ theo dõi',
      cells: [
        ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
        [1, 'H56.12-240305-0001', serial(2024, 3, 5, 8, 30), serial(2024, 3, 12, 8, 30), serial(2024, 3, 11, 16)],
        ['Người kiểm tra: Lê Văn Hùng'],
        [2, 'H56.12-240306-0002', serial(2024, 3, 6, 9), serial(2024, 3, 13, 9), null],
        ['Người kiểm tra: Lê Văn Hùng'],
      ],
    });
    expect(read.dossiers.map((d) => d.row)).toEqual([2, 4]);
    expect(read.skipped).toEqual([{ row: 3, reason: 'note', text: 'Người kiểm tra: Lê Văn Hùng' }, { row: 5, reason: 'footer' }]);
  });
});

describe('"Thời hạn giải quyết" holding dates is the due column', () => {
  const expectDue = (grid: SheetGrid, letter: string) => {
    const result = checkSheet(grid, settings);
    expect(result.read.mapping.find((m) => m.field === 'due')).toMatchObject({ letter, heading: 'Thời hạn giải quyết' });
    expect(result.read.mapping.find((m) => m.field === 'period')).toBeUndefined();
    expect(result.problems.filter((p) => p.code === 'period.unreadable' || p.code === 'row.noDue')).toEqual([]);
    return result.dossiers.map((d) => [d.record.code, iso(d.dueAt), d.status, d.workingDaysLate]);
  };

  it('OpenCPS CSV text dates: due 15/03 09:24, finished 18/03 15:30 is late by Mon 18/03 = 1', () => {
    const grid: SheetGrid = {
      sheetName: 'Sheet1',
      cells: [
        ['Mã hồ sơ', 'Ngày tiếp nhận', 'Thời hạn giải quyết', 'Ngày hoàn thành', 'Trạng thái'],
        ['VTH.240301.00012', '01/03/2024 09:24:43', '15/03/2024 09:24:00', '18/03/2024 15:30:00', 'Đã trả kết quả'],
        ['VTH.240304.00031', '04/03/2024 14:10:00', '05/03/2024 14:10:00', '05/03/2024 10:00:00', 'Đã trả kết quả'],
      ],
    };
    expect(expectDue(grid, 'C')).toEqual([
      ['VTH.240301.00012', '2024-03-15T09:24', 'late', 1],
      ['VTH.240304.00031', '2024-03-05T14:10', 'on_time', 0],
    ]);
  });

  it('Excel serials: due Fri 22/03/2024, still open on Fri 29/03 is overdue by 25–29/03 = 5', () => {
    const grid: SheetGrid = {
      sheetName: 'Sổ theo dõi',
      cells: [
        ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Thời hạn giải quyết', 'Ngày có kết quả'],
        [1, 'H56.12-240315-0002', serial(2024, 3, 15, 10), serial(2024, 3, 22, 10), null],
        [2, 'H56.12-240318-0003', serial(2024, 3, 18), serial(2024, 3, 25), serial(2024, 3, 21)],
      ],
    };
    expect(expectDue(grid, 'D')).toEqual([
      ['H56.12-240315-0002', '2024-03-22T10:00', 'overdue', 5],
      ['H56.12-240318-0003', '2024-03-25', 'early', 0],
    ]);
  });

  it('still reads "Thời hạn giải quyết" holding "05 ngày làm việc" as the period', () => {
    const read = readExport({ sheetName: 'S', cells: [['Mã hồ sơ', 'Ngày tiếp nhận', 'Thời hạn giải quyết'], ['VTH.240301.00012', '01/03/2024', '05 ngày làm việc']] });
    expect(read.mapping.find((m) => m.field === 'period')?.letter).toBe('C');
  });
});

describe('month-first repair only on evidence', () => {
  // The receipt column mixes real dates and text. "07/03/2024 09:00" left as text has day ≤ 12:
  // an en-US paste would have turned it into a date, so the real dates were typed as such.
  const cellsWith = (real: (y: number, m: number, d: number, h: number) => InputCell): InputCell[][] => [
    ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả'],
    [1, 'H56.12-240503-0001', real(2024, 5, 3, 8), '10/05/2024 08:00'],
    [2, 'H56.12-240315-0002', '15/03/2024 10:00', '22/03/2024 10:00'],
    [3, 'H56.12-240307-0003', '07/03/2024 09:00', '14/03/2024 09:00'],
  ];

  it.each([
    ['Excel serials', (y: number, m: number, d: number, h: number) => serial(y, m, d, h)],
    ['Google Sheets dates', (y: number, m: number, d: number, h: number) => `${y}-0${m}-0${d} 0${h}:00:00`],
  ])('%s: a text date with day ≤ 12 disproves a paste; 03/05/2024 stays 3 May, no date.monthFirst', (_style, real) => {
    const read = readExport({ sheetName: 'Dán', cells: cellsWith(real) });
    expect(read.dossiers.map((d) => iso(d.received))).toEqual(['2024-05-03T08:00', '2024-03-15T10:00', '2024-03-07T09:00']);
    expect(read.problems.filter((p) => p.code === 'date.monthFirst')).toEqual([]);
  });

  it.each([
    ['Excel serials', (y: number, m: number, d: number, h: number) => serial(y, m, d, h)],
    ['Google Sheets dates', (y: number, m: number, d: number, h: number) => `${y}-0${m}-0${d} 0${h}:00:00`],
  ])('%s: with only day > 12 left as text, the paste is proved and 3 May is 5 March again', (_style, real) => {
    const read = readExport({ sheetName: 'Dán', cells: cellsWith(real).slice(0, 3) });
    expect(read.dossiers.map((d) => iso(d.received))).toEqual(['2024-03-05T08:00', '2024-03-15T10:00']);
    expect(read.problems.filter((p) => p.code === 'date.monthFirst').map((p) => p.row)).toEqual([2]);
  });
});

describe('period texts as procedure lists write them', () => {
  it.each([
    ['05 ngày làm việc đối với hồ sơ hợp lệ', { unit: 'workingDays', amount: 5 }],
    ['03 ngày làm việc/hồ sơ', { unit: 'workingDays', amount: 3 }],
    ['03 ngày làm việc / 01 hồ sơ', { unit: 'workingDays', amount: 3 }],
    ['10 ngày làm việc kể từ ngày nhận đủ hồ sơ theo quy định', { unit: 'workingDays', amount: 10 }],
    ['15 ngày làm việc trong trường hợp phải xác minh', { unit: 'workingDays', amount: 15 }],
    ['01 tháng', { unit: 'months', amount: 1 }],
    ['03 tháng kể từ ngày nhận đủ hồ sơ hợp lệ', { unit: 'months', amount: 3 }],
    ['Ngay sau khi nhận đủ hồ sơ', { unit: 'sameDay', amount: 0 }],
    ['Ngay sau khi nhận đủ hồ sơ hợp lệ', { unit: 'sameDay', amount: 0 }],
    ['Giải quyết ngay khi nhận hồ sơ', { unit: 'sameDay', amount: 0 }],
  ])('reads %j', (text, value) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value });
  });

  // By hand (2024–2025 calendar, no day off in the windows except weekends):
  // - Mon 04/03/2024 + "05 ngày làm việc đối với hồ sơ hợp lệ" → Mon 11/03/2024 17:00;
  // - Thu 07/03/2024 + "03 ngày làm việc/hồ sơ" → Fri 08, Mon 11, Tue 12/03/2024 17:00;
  // - Wed 31/01/2024 + "01 tháng" → 29/02/2024 (no 31/02; leap year), a Thursday, 17:00;
  // - Wed 15/01/2025 + "01 tháng" → Sat 15/02/2025, a day off → Mon 17/02/2025 17:00 (Điều 148.5);
  // - Tue 05/03/2024 09:00 + "Ngay sau khi nhận đủ hồ sơ" → the same day 17:00; at 15:30 → Wed 06/03;
  // - "Theo quy định" is unreadable: invalid, and the problem quotes the text.
  const rows: [string, [number, number, number, number, number], string][] = [
    ['000.41.27.H99-240304-0001', [2024, 3, 4, 8, 0], '05 ngày làm việc đối với hồ sơ hợp lệ'],
    ['000.41.27.H99-240307-0002', [2024, 3, 7, 8, 0], '03 ngày làm việc/hồ sơ'],
    ['000.41.27.H99-240131-0003', [2024, 1, 31, 8, 0], '01 tháng'],
    ['000.41.27.H99-250115-0004', [2025, 1, 15, 8, 0], '01 tháng'],
    ['000.41.27.H99-240305-0005', [2024, 3, 5, 9, 0], 'Ngay sau khi nhận đủ hồ sơ'],
    ['000.41.27.H99-240305-0006', [2024, 3, 5, 15, 30], 'Ngay sau khi nhận đủ hồ sơ'],
    ['000.41.27.H99-240305-0007', [2024, 3, 5, 9, 0], 'Theo quy định'],
  ];
  const expected = [
    '2024-03-11T17:00', '2024-03-12T17:00', '2024-02-29T17:00', '2025-02-17T17:00', '2024-03-05T17:00', '2024-03-06T17:00', null,
  ];
  const pad = (n: number) => String(n).padStart(2, '0');
  const styles: [string, SheetGrid][] = [
    ['OpenCPS CSV', {
      sheetName: 'Sheet1',
      cells: [
        ['Mã hồ sơ', 'Ngày tiếp nhận', 'Thời hạn giải quyết', 'Trạng thái'],
        ...rows.map(([code, [y, m, d, h, min], period]) => [code, `${pad(d)}/${pad(m)}/${y} ${pad(h)}:${pad(min)}:00`, period, 'Đang xử lý']),
      ],
    }],
    ['Excel serials', {
      sheetName: 'Sổ theo dõi',
      cells: [
        ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Thời hạn giải quyết'],
        ...rows.map(([code, [y, m, d, h, min], period], i) => [i + 1, code, serial(y, m, d, h, min), period]),
      ],
    }],
  ];

  it.each(styles)('%s: computes each due by hand and quotes the unreadable text', (_style, grid) => {
    const result = checkSheet(grid, defaultSettings(dayFromYmd({ y: 2024, m: 1, d: 2 })));
    expect(result.dossiers.map((d) => iso(d.dueAt))).toEqual(expected);
    const last = result.dossiers[6];
    expect([last.status, last.reason]).toEqual(['invalid', 'period.unreadable']);
    expect(result.problems.find((p) => p.code === 'period.unreadable')).toMatchObject({ row: last.record.row, value: 'Theo quy định', severity: 'error' });
  });
});
