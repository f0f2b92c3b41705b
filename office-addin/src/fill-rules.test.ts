import { describe, expect, it } from 'vitest';
import { STATUS_LABELS, statusRulesFor, type DataSheetPlan, type StatusColor } from '../../core/index.js';
import { fillRulesFor } from './fill-rules.js';

const OVERDUE: StatusColor = { status: 'overdue', label: STATUS_LABELS.overdue, fill: '#FFC7CE', fontColor: '#9C0006' };
const LATE: StatusColor = { status: 'late', label: STATUS_LABELS.late, fill: '#F8CBAD', fontColor: '#843C0C' };

/** Header in row 3, tool block N–P (14–16), due column J (10), rows 4–7. */
function plan(statuses: (string | null)[], fills: DataSheetPlan['fills'], statusRules: DataSheetPlan['statusRules']): DataSheetPlan {
  return {
    headerRow: 3,
    firstCol: 14,
    headings: ['Tình trạng (Đúng Hạn)', 'Hạn xử lý (Đúng Hạn)', 'Số ngày trễ (Đúng Hạn)'],
    values: statuses.map((s) => [s, 45_450, null]),
    numberFormats: ['@', 'dd/mm/yyyy', '0'],
    clear: null,
    fills,
    statusRules,
    legend: { anchor: { row: 3, col: 18 }, rows: [] },
    lastRow: 3 + statuses.length,
  };
}

describe('fillRulesFor', () => {
  it("gives each of core's status rules its own copy of the ranges, keyed on column N", () => {
    const rules = statusRulesFor({ firstRow: 4, rows: 4, firstCol: 14, toolCols: 3, statusCol: 14, dueCol: 10, colors: [OVERDUE, LATE] });
    const p = plan([STATUS_LABELS.overdue, STATUS_LABELS.on_time, STATUS_LABELS.late, STATUS_LABELS.overdue], [
      { color: OVERDUE, ranges: [{ row: 4, col: 14, rows: 1, cols: 3 }, { row: 7, col: 14, rows: 1, cols: 3 }] },
      { color: LATE, ranges: [{ row: 6, col: 14, rows: 1, cols: 3 }] },
    ], rules);
    const block = { row: 4, col: 14, rows: 4, cols: 3 };
    const due = { row: 4, col: 10, rows: 4, cols: 1 };
    expect(fillRulesFor(p)).toEqual({
      statusCol: 14,
      rules: [
        { color: OVERDUE, formula: '=$N4="Quá hạn (đang giải quyết)"', ranges: [block, due] },
        { color: LATE, formula: '=$N4="Trễ hạn"', ranges: [block, due] },
      ],
    });
  });

  it('returns null when the plan has fills but no status rules (then fills are applied directly)', () => {
    const p = plan([STATUS_LABELS.late, STATUS_LABELS.late], [{ color: LATE, ranges: [{ row: 4, col: 14, rows: 1, cols: 3 }] }], null);
    expect(fillRulesFor(p)).toBeNull();
  });

  it('has nothing to do without fills', () => {
    expect(fillRulesFor(plan([STATUS_LABELS.pending], [], null))).toEqual({ statusCol: 0, rules: [] });
  });
});
