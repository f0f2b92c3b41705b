import { describe, expect, it } from 'vitest';
import { dayFromYmd, type Stamp } from '../calendar/day.js';
import type { ClassifiedDossier } from '../classify/classified.js';
import type { Status } from '../classify/status.js';
import type { ReadResult } from '../import/read-result.js';
import { buildDataPlan } from './build-data-plan.js';
import type { StatusColor } from './plan.js';
import { recordOf } from '../../test/fixtures/record.js';

const HEADINGS = ['Tình trạng (Đúng Hạn)', 'Hạn xử lý (Đúng Hạn)', 'Số ngày trễ (Đúng Hạn)'];

const record = (row: number) => recordOf(row, { code: `000.00.21.H33-240610-${String(row).padStart(4, '0')}` });

function dossier(row: number, status: Status, dueAt: Stamp | null, workingDaysLate = 0): ClassifiedDossier {
  return { record: record(row), status, dueAt, dueSource: dueAt ? 'column' : null, workingDaysLate, reason: status === 'invalid' ? 'row.noDue' : null };
}

/** Header on row 3 (title above), data A–H, "Ngày hẹn trả" in F, a group row 4, dossiers 5–10. */
function readResult(overrides: Partial<ReadResult> = {}): ReadResult {
  return {
    sheetName: 'Danh sách',
    headerRows: [3],
    mapping: [{ field: 'due', col: 6, letter: 'F', heading: 'Ngày hẹn trả', confidence: 1, source: 'detected' }],
    toolColumns: [],
    lastDataCol: 8,
    lastRow: 10,
    dossiers: [],
    skipped: [{ row: 4, reason: 'group', text: 'Bộ phận một cửa' }],
    problems: [],
    rowsIn: 7,
    ...overrides,
  };
}

// 12/6/2024 17:00 is serial 45455 + 17/24; 14/6/2024 is 45457.
const due12 = { day: dayFromYmd({ y: 2024, m: 6, d: 12 }), sec: 17 * 3600 };
const due14 = { day: dayFromYmd({ y: 2024, m: 6, d: 14 }), sec: null };
const dossiers = [
  dossier(5, 'late', due12, 1),
  dossier(6, 'late', due12, 2),
  dossier(7, 'on_time', due14),
  dossier(8, 'overdue', due12, 3),
  dossier(9, 'invalid', null),
  dossier(10, 'pending', due14),
];

const legend = (onTimeGreen: boolean): StatusColor[] => [
  { status: 'overdue', label: 'Quá hạn (đang giải quyết)', fill: '#FFC7CE', fontColor: '#9C0006' },
  { status: 'late', label: 'Trễ hạn', fill: '#F8CBAD', fontColor: '#843C0C' },
  { status: 'late_on_system', label: 'Trễ trên hệ thống (thực tế đúng hạn)', fill: '#E4DFEC', fontColor: '#5B2C6F' },
  { status: 'due_soon', label: 'Sắp đến hạn', fill: '#FFEB9C', fontColor: '#9C5700' },
  { status: 'awaiting_citizen', label: 'Chờ công dân bổ sung / thực hiện nghĩa vụ tài chính', fill: '#DDEBF7', fontColor: '#1F4E78' },
  { status: 'pending', label: 'Trong hạn', fill: null, fontColor: null },
  { status: 'early', label: 'Trước hạn', fill: onTimeGreen ? '#C6EFCE' : null, fontColor: onTimeGreen ? '#006100' : null },
  { status: 'on_time', label: 'Đúng hạn', fill: onTimeGreen ? '#C6EFCE' : null, fontColor: onTimeGreen ? '#006100' : null },
  { status: 'withdrawn', label: 'Rút hồ sơ', fill: '#EDEDED', fontColor: '#595959' },
  { status: 'stopped', label: 'Dừng, từ chối giải quyết', fill: '#EDEDED', fontColor: '#595959' },
  { status: 'rejected', label: 'Không tiếp nhận', fill: '#EDEDED', fontColor: '#595959' },
  { status: 'not_received', label: 'Chưa tiếp nhận', fill: null, fontColor: '#7F7F7F' },
  { status: 'invalid', label: 'Thiếu hoặc sai dữ liệu', fill: null, fontColor: '#C00000' },
];

describe('buildDataPlan', () => {
  it('puts the three tool columns right of the data (I–K after A–H) with one run per block of same-status rows', () => {
    expect(buildDataPlan(readResult(), dossiers, { colorFinishedOnTime: false })).toEqual({
      headerRow: 3,
      firstCol: 9,
      headings: HEADINGS,
      values: [
        [null, null, null],
        ['Trễ hạn', 45455 + 17 / 24, 1],
        ['Trễ hạn', 45455 + 17 / 24, 2],
        ['Đúng hạn', 45457, null],
        ['Quá hạn (đang giải quyết)', 45455 + 17 / 24, 3],
        ['Thiếu hoặc sai dữ liệu', null, null],
        ['Trong hạn', 45457, null],
      ],
      numberFormats: ['@', 'dd/mm/yyyy hh:mm', '0'],
      clear: null,
      resetFormats: null,
      fills: [
        {
          color: legend(false)[0],
          ranges: [{ row: 8, col: 9, rows: 1, cols: 3 }, { row: 8, col: 6, rows: 1, cols: 1 }],
        },
        {
          color: legend(false)[1],
          ranges: [{ row: 5, col: 9, rows: 2, cols: 3 }, { row: 5, col: 6, rows: 2, cols: 1 }],
        },
        {
          color: legend(false)[12],
          ranges: [{ row: 9, col: 9, rows: 1, cols: 3 }, { row: 9, col: 6, rows: 1, cols: 1 }],
        },
      ],
      statusRules: {
        statusCol: 9,
        firstRow: 4,
        rows: 7,
        ranges: [{ row: 4, col: 9, rows: 7, cols: 3 }, { row: 4, col: 6, rows: 7, cols: 1 }],
        rules: [
          { color: legend(false)[0], formula: '=$I4="Quá hạn (đang giải quyết)"' },
          { color: legend(false)[1], formula: '=$I4="Trễ hạn"' },
          { color: legend(false)[12], formula: '=$I4="Thiếu hoặc sai dữ liệu"' },
        ],
      },
      legend: { anchor: { row: 3, col: 13 }, rows: legend(false) },
      lastRow: 10,
    });
  });

  it('colors early and on-time rows green only when the user asks', () => {
    const plan = buildDataPlan(readResult(), dossiers, { colorFinishedOnTime: true });
    expect(plan?.fills.map((f) => f.color.status)).toEqual(['overdue', 'late', 'on_time', 'invalid']);
    expect(plan?.fills[2].ranges).toEqual([{ row: 7, col: 9, rows: 1, cols: 3 }, { row: 7, col: 6, rows: 1, cols: 1 }]);
    expect(plan?.legend.rows).toEqual(legend(true));
  });

  it('uses a date-only format when no due date has a time', () => {
    const dateOnly = dossiers.map((d) => (d.dueAt ? { ...d, dueAt: due14 } : d));
    expect(buildDataPlan(readResult(), dateOnly, { colorFinishedOnTime: false })?.numberFormats).toEqual(['@', 'dd/mm/yyyy', '0']);
  });

  it('re-uses the columns of a previous run (I–K) and clears them with the legend, even when the reader counts the legend as data', () => {
    const plan = buildDataPlan(readResult({ toolColumns: [9, 10, 11], lastDataCol: 13 }), dossiers, { colorFinishedOnTime: false });
    expect(plan && { firstCol: plan.firstCol, clear: plan.clear, resetFormats: plan.resetFormats, legend: plan.legend.anchor }).toEqual({
      firstCol: 9,
      // Rows 3–16: the legend (title + 13 statuses) runs past the last data row 10.
      clear: { row: 3, col: 9, rows: 14, cols: 5 },
      resetFormats: { row: 4, col: 6, rows: 7, cols: 1 },
      legend: { row: 3, col: 13 },
    });
  });

  it('colors only the tool cells when no due column was mapped (due computed from the period)', () => {
    const plan = buildDataPlan(readResult({ mapping: [] }), dossiers.slice(0, 2), { colorFinishedOnTime: false });
    expect(plan?.fills).toEqual([{ color: legend(false)[1], ranges: [{ row: 5, col: 9, rows: 2, cols: 3 }] }]);
    expect(plan?.statusRules?.ranges).toEqual([{ row: 4, col: 9, rows: 7, cols: 3 }]);
  });

  it('plans nothing when no header was found', () => {
    expect(buildDataPlan(readResult({ headerRows: [] }), [], { colorFinishedOnTime: false })).toBeNull();
  });

  it('has no status rules when no row is colored', () => {
    const plan = buildDataPlan(readResult(), [dossier(5, 'pending', due14)], { colorFinishedOnTime: false });
    expect([plan?.fills, plan?.statusRules]).toEqual([[], null]);
  });
});
