import { describe, expect, it } from 'vitest';
import { checkSheet } from '../check.js';
import { dayFromYmd } from '../calendar/day.js';
import { DAYS_OFF_SHEET_NAME } from '../plan/days-off-sheet.js';
import { defaultSettings } from '../settings-defaults.js';
import type { InputCell, SheetGrid } from '../import/read-result.js';
import { buildLivePlan, type LivePlan } from './build-live-plan.js';
import { isFormulaCell } from './live-cell.js';

const asOf = dayFromYmd({ y: 2024, m: 6, d: 14 });
const JUN_3 = dayFromYmd({ y: 2024, m: 6, d: 3 });
const settings = defaultSettings(asOf);

/** Four dossiers received Mon 03/6/2024 08:00, due Fri 07/6 17:00; the first is finished on Thu 06/6. */
function grid(): SheetGrid {
  const at = (day: number, hours: number) => day + hours / 24;
  return {
    sheetName: 'Hồ sơ',
    cells: [
      ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Trạng thái'],
      ...[0, 1, 2, 3].map((i) => [`H-${i + 1}`, at(JUN_3, 8), at(JUN_3 + 4, 17), i === 0 ? at(JUN_3 + 3, 10) : null, i === 0 ? 'Đã trả kết quả' : 'Đang xử lý']),
    ],
  };
}

/** The grid as a spreadsheet holds it after the live plan was written (formulas shown as their text). */
function written(g: SheetGrid, plan: LivePlan): { grid: SheetGrid; cells: [number, number][] } {
  const cells = g.cells.map((line) => [...line]);
  const put: [number, number][] = [];
  const set = (row: number, col: number, value: InputCell) => {
    while (cells.length < row) cells.push([]);
    const line = cells[row - 1];
    while (line.length < col) line.push(null);
    line[col - 1] = value;
    put.push([row, col]);
  };
  const d = plan.data;
  d.columns.forEach((c, j) => set(d.headerRow, d.firstCol + j, c.heading));
  d.rows.forEach((line, i) => line.forEach((v, j) => set(d.headerRow + 1 + i, d.firstCol + j, isFormulaCell(v) ? 'x' : v)));
  [{ label: 'Chú thích' }, ...d.legend.rows].forEach((r, i) => set(d.legend.anchor.row + i, d.legend.anchor.col, r.label));
  for (const p of d.settings) set(p.row, p.col, isFormulaCell(p.value) ? 45000 : p.value);
  return { grid: { ...g, cells }, cells: put };
}

describe('buildLivePlan', () => {
  it('a check after a live run clears every cell the live run wrote, its settings cells included', () => {
    const g = grid();
    const plan = buildLivePlan(g, checkSheet(g, settings), settings, { dataSheetName: 'Hồ sơ' })!;
    const after = written(g, plan);
    const clear = checkSheet(after.grid, settings).plan!.clear!;
    const outside = after.cells.filter(([r, c]) => r < clear.row || r >= clear.row + clear.rows || c < clear.col || c >= clear.col + clear.cols);
    expect(outside).toEqual([]);
    // And a live run over it clears the same block.
    const again = buildLivePlan(after.grid, checkSheet(after.grid, settings), settings, { dataSheetName: 'Hồ sơ' })!;
    expect(again.data.clear).toEqual(clear);
  });

  it('keeps the rows and notes the office typed on "Ngày nghỉ", and counts its day off', () => {
    const g = grid();
    const tue = dayFromYmd({ y: 2024, m: 6, d: 4 });
    const tab: SheetGrid = {
      sheetName: DAYS_OFF_SHEET_NAME,
      cells: [['NGÀY NGHỈ'], [''], ['Ngày', 'Loại', 'Ghi chú'], [tue, 'Nghỉ thêm', 'Họp tổng kết'], [null, null, 'ghi chú riêng'], ['32/13/2024', 'Nghỉ thêm', null]],
    };
    const office = { ...settings, calendar: { extraDaysOff: [tue], extraWorkingDays: [] } };
    const plan = buildLivePlan(g, checkSheet(g, office), office, { dataSheetName: 'Hồ sơ', previous: { daysOff: tab, keptTitle: '' } })!;
    const sheet = plan.sheets.find((s) => s.name === DAYS_OFF_SHEET_NAME)!;
    expect(sheet.cells.slice(3, 6).map((line) => line.slice(0, 3))).toEqual([
      [tue, 'Nghỉ thêm', 'Họp tổng kết'],
      [null, null, 'ghi chú riêng'],
      ['32/13/2024', 'Nghỉ thêm', null],
    ]);
    expect(plan.data.liveRows).toBe(4);
  });

  it('says why fixed rows keep their values, most rows first', () => {
    const g = grid();
    g.cells[0].push('Thời hạn giải quyết');
    g.cells.slice(1).forEach((line, i) => line.push(i < 2 ? '8 giờ làm việc' : '5 ngày làm việc'));
    g.cells.slice(1).forEach((line) => (line[2] = null));
    const plan = buildLivePlan(g, checkSheet(g, settings), settings, { dataSheetName: 'Hồ sơ' })!;
    expect(plan.data.fixedReasons).toEqual([{ reason: 'thời hạn tính theo giờ', rows: 2 }]);
    expect([plan.data.liveRows, plan.data.fixedRows]).toEqual([2, 2]);
  });
});
