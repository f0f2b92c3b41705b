import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '../labels.vi.js';
import type { CellRange, StatusColor } from './plan.js';
import { formulaText, statusRulesFor } from './status-rules.js';

const OVERDUE: StatusColor = { status: 'overdue', label: STATUS_LABELS.overdue, fill: '#FFC7CE', fontColor: '#9C0006' };
const LATE: StatusColor = { status: 'late', label: STATUS_LABELS.late, fill: '#F8CBAD', fontColor: '#843C0C' };

/** Header in row 3, tool block N–P (14–16), due column J (10), rows 4–7. */
const base = { firstRow: 4, rows: 4, firstCol: 14, toolCols: 3, statusCol: 14, dueCol: 10 as number | null };

describe('statusRulesFor', () => {
  it('gives one rule per colored status over the tool rows and the due column, keyed on column N', () => {
    const block: CellRange = { row: 4, col: 14, rows: 4, cols: 3 };
    const due: CellRange = { row: 4, col: 10, rows: 4, cols: 1 };
    expect(statusRulesFor({ ...base, colors: [OVERDUE, LATE] })).toEqual({
      statusCol: 14,
      firstRow: 4,
      rows: 4,
      ranges: [block, due],
      rules: [
        { color: OVERDUE, formula: '=$N4="Quá hạn (đang giải quyết)"' },
        { color: LATE, formula: '=$N4="Trễ hạn"' },
      ],
    });
  });

  it('covers only the tool block when there is no due column', () => {
    expect(statusRulesFor({ ...base, dueCol: null, colors: [LATE] })?.ranges).toEqual([{ row: 4, col: 14, rows: 4, cols: 3 }]);
  });

  it('uses letters past Z for the status column', () => {
    expect(statusRulesFor({ ...base, firstCol: 28, statusCol: 28, colors: [LATE] })?.rules[0].formula).toBe('=$AB4="Trễ hạn"');
  });

  it('is null when nothing is colored or there is no data row', () => {
    expect([statusRulesFor({ ...base, colors: [] }), statusRulesFor({ ...base, rows: 0, colors: [LATE] })]).toEqual([null, null]);
  });

  it('is null when the due column lies inside the tool block (hosts then apply the fills directly)', () => {
    expect(statusRulesFor({ ...base, dueCol: 15, colors: [LATE] })).toBeNull();
  });
});

describe('formulaText', () => {
  it('doubles quotes inside a label', () => {
    expect(formulaText('Dừng "tạm"')).toBe('"Dừng ""tạm"""');
  });
});
