import { describe, expect, it } from 'vitest';
import { DATA_SHEET_LABELS, STATUS_LABELS, TOOL_HEADINGS, type DataSheetPlan, type SheetGrid } from '../../core/index.js';
import { firstUserCellInToolArea } from './tool-area.js';

// Data A–C with the header in row 1; the tool goes in D–F, its legend in H.
const plan: DataSheetPlan = {
  headerRow: 1,
  firstCol: 4,
  headings: [...TOOL_HEADINGS],
  values: [[STATUS_LABELS.late, 45_450, 2]],
  numberFormats: ['@', 'dd/mm/yyyy', '0'],
  clear: { row: 1, col: 4, rows: 14, cols: 5 },
  fills: [],
  statusRules: null,
  legend: { anchor: { row: 1, col: 8 }, rows: [{ status: 'late', label: STATUS_LABELS.late, fill: '#F8CBAD', fontColor: '#843C0C' }] },
  lastRow: 2,
};

const grid = (cells: SheetGrid['cells']): SheetGrid => ({ sheetName: 'Dữ liệu', cells });

describe('firstUserCellInToolArea', () => {
  it('accepts the tool’s own columns and legend words from a previous run', () => {
    const previous = grid([
      ['Mã hồ sơ', 'Ngày hẹn trả', 'Trạng thái', ...TOOL_HEADINGS, '', DATA_SHEET_LABELS.legendTitle],
      ['H39-0001', 45_450, 'Đã trả', STATUS_LABELS.late, 45_450, 2, '', STATUS_LABELS.late],
    ]);
    expect(firstUserCellInToolArea(previous, plan, [4, 5, 6])).toBeNull();
  });

  it('finds a note the user typed in the gap column G', () => {
    const typed = grid([['Mã hồ sơ', 'Ngày hẹn trả', 'Trạng thái'], ['H39-0001', 45_450, 'Đã trả', '', '', '', 'xem lại']]);
    expect(firstUserCellInToolArea(typed, plan, [])).toEqual({ row: 2, col: 7 });
  });

  it('counts cell positions from the grid origin', () => {
    const shifted: SheetGrid = { sheetName: 'Dữ liệu', cells: [['', '', '', 'của tôi']], origin: { row: 1, col: 2 } };
    expect(firstUserCellInToolArea(shifted, plan, [])).toEqual({ row: 1, col: 5 });
  });
});
