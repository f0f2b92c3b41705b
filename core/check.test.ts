import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './calendar/day.js';
import { checkSheet, findLateOnSystemSheet } from './check.js';
import type { InputCell, SheetGrid } from './import/read-result.js';
import { STATUS_COLORS, STATUS_LABELS, TOOL_HEADINGS } from './labels.vi.js';
import type { DataSheetPlan, StatusColor } from './plan/plan.js';
import { defaultSettings } from './settings-defaults.js';

const AS_OF = dayFromYmd({ y: 2025, m: 6, d: 30 }); // Monday
const settings = defaultSettings(AS_OF);
const HOUR = 1 / 24;

/**
 * A commune's list: a title row, the header on row 2, data in A–G ("Ngày hẹn trả" in E).
 * Dates in 2025 (README of samples/ explains the same dossiers):
 * - row 3 due Thu 23/01 08:30, finished Tue 04/02: late by 24/01, 03/02, 04/02 = 3 working
 *   days (Tết 27–31/01 off);
 * - row 4 due Wed 05/02 09:15, finished Tue 04/02: early;
 * - row 5 due Thu 19/06 09:00, still open on Mon 30/06: overdue by 20, 23–27, 30/06 = 7;
 * - row 6 due Mon 03/02 14:00, finished 13:45 the same day: on time;
 * - row 7 due "31/02/2025", a day that does not exist: invalid (date.impossible);
 * - row 8 due Sat 26/04 10:00 (make-up working day), finished Mon 28/04: late by 1;
 * - row 9 no due date and no period: invalid (row.noDue).
 */
const CELLS: InputCell[][] = [
  ['DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT'],
  ['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái'],
  [1, '000.41.27.H99-250116-0053', 'Đăng ký khai sinh', '16/01/2025 08:30', '23/01/2025 08:30', '04/02/2025 09:00', 'Đã trả kết quả'],
  [2, '000.41.27.H99-250122-0051', 'Đăng ký kết hôn', '22/01/2025 09:15', '05/02/2025 09:15', '04/02/2025 10:20', 'Đã trả kết quả'],
  [3, '000.41.27.H99-250610-0057', 'Đăng ký thường trú', '10/06/2025 09:00', '19/06/2025 09:00', null, 'Đang xử lý'],
  [4, '000.41.27.H99-250124-0052', 'Chứng thực bản sao', '24/01/2025 14:00', '03/02/2025 14:00', '03/02/2025 13:45', 'Đã trả kết quả'],
  [5, '000.41.27.H99-250214-0064', 'Đăng ký khai tử', '14/02/2025 09:30', '31/02/2025', null, 'Đang xử lý'],
  [6, '000.41.27.H99-250424-0054', 'Cấp bản sao trích lục', '24/04/2025 10:00', '26/04/2025 10:00', '28/04/2025 09:30', 'Đã trả kết quả'],
  [7, '000.41.27.H99-250602-0070', 'Đăng ký giám hộ', '02/06/2025 08:00', null, null, 'Đang xử lý'],
];
const grid: SheetGrid = { sheetName: 'Sổ theo dõi', cells: CELLS };

const color = (status: 'overdue' | 'late' | 'late_on_system' | 'invalid'): StatusColor => ({
  status,
  label: STATUS_LABELS[status],
  fill: STATUS_COLORS[status].fill,
  fontColor: STATUS_COLORS[status].fontColor,
});

/** What a host does with the plan, on a copy of the grid: headings, values, legend labels. */
function applyToGrid(cells: InputCell[][], plan: DataSheetPlan): InputCell[][] {
  const out = cells.map((row) => [...row]);
  const put = (row: number, col: number, value: InputCell) => {
    while (out.length < row) out.push([]);
    const line = out[row - 1];
    while (line.length < col) line.push(null);
    line[col - 1] = value;
  };
  plan.headings.forEach((h, i) => put(plan.headerRow, plan.firstCol + i, h));
  plan.values.forEach((line, r) => line.forEach((v, c) => put(plan.headerRow + 1 + r, plan.firstCol + c, v)));
  put(plan.legend.anchor.row, plan.legend.anchor.col, 'Chú giải (Đúng Hạn)');
  plan.legend.rows.forEach((row, i) => put(plan.legend.anchor.row + 1 + i, plan.legend.anchor.col, row.label));
  return out;
}

describe('checkSheet', () => {
  it('classifies a small commune list as of Mon 2025-06-30 and plans columns H–J, one run per status block', () => {
    const result = checkSheet(grid, settings);
    expect(result.dossiers.map((d) => d.status)).toEqual(['late', 'early', 'overdue', 'on_time', 'invalid', 'late', 'invalid']);
    const plan = result.plan!;
    expect({ ...plan, legend: plan.legend.anchor }).toEqual({
      headerRow: 2,
      firstCol: 8,
      headings: [...TOOL_HEADINGS],
      values: [
        ['Trễ hạn', 45680 + 8.5 * HOUR, 3],
        ['Trước hạn', 45693 + 9.25 * HOUR, null],
        ['Quá hạn (đang giải quyết)', 45827 + 9 * HOUR, 7],
        ['Đúng hạn', 45691 + 14 * HOUR, null],
        ['Thiếu hoặc sai dữ liệu', null, null],
        ['Trễ hạn', 45773 + 10 * HOUR, 1],
        ['Thiếu hoặc sai dữ liệu', null, null],
      ],
      numberFormats: ['@', 'dd/mm/yyyy hh:mm', '0'],
      clear: null,
      resetFormats: null,
      fills: [
        { color: color('overdue'), ranges: [{ row: 5, col: 8, rows: 1, cols: 3 }, { row: 5, col: 5, rows: 1, cols: 1 }] },
        {
          color: color('late'),
          ranges: [
            { row: 3, col: 8, rows: 1, cols: 3 },
            { row: 8, col: 8, rows: 1, cols: 3 },
            { row: 3, col: 5, rows: 1, cols: 1 },
            { row: 8, col: 5, rows: 1, cols: 1 },
          ],
        },
        {
          color: color('invalid'),
          ranges: [
            { row: 7, col: 8, rows: 1, cols: 3 },
            { row: 9, col: 8, rows: 1, cols: 3 },
            { row: 7, col: 5, rows: 1, cols: 1 },
            { row: 9, col: 5, rows: 1, cols: 1 },
          ],
        },
      ],
      statusRules: {
        statusCol: 8,
        firstRow: 3,
        rows: 7,
        ranges: [{ row: 3, col: 8, rows: 7, cols: 3 }, { row: 3, col: 5, rows: 7, cols: 1 }],
        rules: [
          { color: color('overdue'), formula: '=$H3="Quá hạn (đang giải quyết)"' },
          { color: color('late'), formula: '=$H3="Trễ hạn"' },
          { color: color('invalid'), formula: '=$H3="Thiếu hoặc sai dữ liệu"' },
        ],
      },
      legend: { row: 2, col: 12 },
      lastRow: 9,
    });
  });

  it('lists every invalid dossier once: 31/02/2025 by the reader, the missing due of row 9 by its reason', () => {
    const rowProblems = checkSheet(grid, settings).problems.filter((p) => p.row > 0);
    expect(rowProblems).toEqual([
      { code: 'date.impossible', row: 7, column: 'Ngày hẹn trả', columnLetter: 'E', value: '31/02/2025', severity: 'error' },
      { code: 'row.noDue', row: 9, column: 'Ngày hẹn trả', columnLetter: 'E', severity: 'error' },
    ]);
  });

  it('counts every status, 0 for the absent ones', () => {
    expect(checkSheet(grid, settings).counts).toEqual({
      early: 1, on_time: 1, late: 2, late_on_system: 0, pending: 0, due_soon: 0, overdue: 1,
      awaiting_citizen: 0, withdrawn: 0, stopped: 0, rejected: 0, not_received: 0, invalid: 2,
    });
  });

  it('puts the tool columns back at H–J on a second run over its own output, clearing the old block and its legend', () => {
    const first = checkSheet(grid, settings);
    const again = checkSheet({ ...grid, cells: applyToGrid(CELLS, first.plan!) }, settings);
    expect(again.read.toolColumns).toEqual([8, 9, 10]);
    expect(again.counts).toEqual(first.counts);
    const { clear, resetFormats, ...rest } = again.plan!;
    // The legend (title on row 2 + 13 statuses) runs to row 15, past the data.
    expect(clear).toEqual({ row: 2, col: 8, rows: 14, cols: 5 });
    expect(resetFormats).toEqual({ row: 3, col: 5, rows: 7, cols: 1 });
    // Rows holding only the old legend are not data: the second plan equals the first.
    const { clear: _c, resetFormats: _r, ...firstRest } = first.plan!;
    expect(rest).toEqual(firstRest);
    expect(again.read.rowsIn).toBe(first.read.rowsIn);
  });

  it('takes actual result dates from the "Trễ trên hệ thống" tab: row 3, handed over Wed 22/01 before its due 23/01, is late only on the system', () => {
    const tab: SheetGrid = {
      sheetName: 'Trễ trên hệ thống',
      cells: [
        ['DANH SÁCH HỒ SƠ TRỄ HẠN, QUÁ HẠN TRÊN HỆ THỐNG'],
        ['STT', 'Mã hồ sơ', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Ngày trả kết quả thực tế'],
        [1, '000.41.27.H99-250116-0053', '23/01/2025', '04/02/2025', '22/01/2025'],
        [2, '000.41.27.H99-250424-0054', '26/04/2025', '28/04/2025', null],
      ],
    };
    expect(findLateOnSystemSheet([grid, tab])).toBe(tab);
    const result = checkSheet(grid, settings, { lateOnSystem: tab });
    expect(result.dossiers.map((d) => d.status)).toEqual(['late_on_system', 'early', 'overdue', 'on_time', 'invalid', 'late', 'invalid']);
    expect(result.dossiers[0].record.actualResult).toEqual({ day: dayFromYmd({ y: 2025, m: 1, d: 22 }), sec: null });
  });
});
