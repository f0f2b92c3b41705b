import { describe, expect, it } from 'vitest';
import { columnLetter, dayFromYmd, defaultSettings } from '../index.js';
import { checkSheet } from '../check.js';
import { buildLivePlan } from './build-live-plan.js';
import { isFormulaCell, type CellPatch } from './live-cell.js';
import { blockWrites, cellsOfWrites, hostInput, liveCellFormat, liveDataBlock, patchBlocks, styleFormatAt } from './live-writes.js';
import { a1FromR1C1 } from './r1c1.js';
import { retargetSheet } from './retarget.js';

const asOf = dayFromYmd({ y: 2024, m: 6, d: 14 });
const at = (day: number, hours: number) => day + hours / 24;
const JUN_3 = dayFromYmd({ y: 2024, m: 6, d: 3 });

/** An export of `n` rows: received Mon 03/6/2024, due Fri 07/6 17:00, every third row finished. */
function grid(n: number) {
  const cells: (string | number | null)[][] = [['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Trạng thái']];
  for (let i = 0; i < n; i++) cells.push([`H-${i + 1}`, at(JUN_3, 8), at(JUN_3 + 4, 17), i % 3 === 0 ? at(JUN_3 + 3, 10) : null, i % 3 === 0 ? 'Đã trả kết quả' : 'Đang xử lý']);
  return { sheetName: 'Hồ sơ', cells };
}

function livePlan(n: number) {
  const settings = defaultSettings(asOf);
  const g = grid(n);
  return buildLivePlan(g, checkSheet(g, settings), settings, { dataSheetName: 'Hồ sơ' })!;
}

describe('liveCellFormat', () => {
  it('puts strings in text cells and formulas never in one', () => {
    expect([liveCellFormat('Tự tính', '0'), liveCellFormat({ formula: 'A1' }, '@'), liveCellFormat({ formula: 'A1' }, 'dd/mm/yyyy'), liveCellFormat(3, undefined), liveCellFormat(null, '@')]).toEqual([
      '@',
      'General',
      'dd/mm/yyyy',
      'General',
      '@',
    ]);
  });
});

describe('blockWrites', () => {
  it('sets every cell of the block exactly as the plan says, formulas in A1 once turned back', () => {
    const plan = livePlan(30);
    const block = liveDataBlock(plan.data, 0, plan.data.rows.length);
    const cells = cellsOfWrites(blockWrites(block), a1FromR1C1);
    const wanted = new Map<string, unknown>();
    block.cells.forEach((line, i) => line.forEach((cell, j) => wanted.set(`${columnLetter(block.col + j)}${block.row + i}`, { input: hostInput(cell), format: block.formats[i][j] })));
    expect(new Map([...cells].sort())).toEqual(new Map([...wanted].sort()));
  });

  it('writes 200 and 2,000 rows that follow formulas in the same number of writes, each a few kilobytes', () => {
    const count = (n: number) => {
      const plan = livePlan(n);
      const writes = blockWrites(liveDataBlock(plan.data, 0, plan.data.rows.length));
      return { writes: writes.length, kinds: writes.map((w) => w.kind).join(','), biggest: Math.max(...writes.map((w) => w.bytes)) < 8_000 || writes.filter((w) => w.kind === 'grid').length };
    };
    const small = count(200);
    expect(count(2_000)).toEqual(small);
  });

  it('writes a column whose cells all differ as one grid with its neighbours, never by runs', () => {
    const block = { row: 2, col: 1, cells: [[1, 'a'], [2, 'b'], [3, 'c']], formats: [['0', '@'], ['0', '@'], ['0', '@']] };
    expect(blockWrites(block).map((w) => [w.kind, w.range])).toEqual([['grid', { row: 2, col: 1, rows: 3, cols: 2 }]]);
  });
});

describe('patchBlocks', () => {
  it('makes rectangles of a patched table and touches no other cell', () => {
    const patches: CellPatch[] = [
      { row: 1, col: 11, value: 'LỊCH' },
      { row: 4, col: 11, value: 45290 },
      { row: 4, col: 13, value: 0 },
      ...Array.from({ length: 40 }, (_, i) => i + 5).flatMap((row) => [
        { row, col: 11, value: 45286 + row },
        { row, col: 12, value: { formula: `IF(K${row}>0,1,0)` } },
        { row, col: 13, value: { formula: `M${row - 1}+L${row}` } },
      ]),
    ];
    const blocks = patchBlocks(patches);
    expect(blocks.map((b) => [b.row, b.col, b.cells.length, b.cells[0].length])).toEqual([
      [1, 11, 1, 1],
      [4, 11, 1, 1],
      [4, 13, 1, 1],
      [5, 11, 40, 3],
    ]);
    // The formula columns of the table are one run each.
    expect(blockWrites(blocks[3]).map((w) => (w.kind === 'fill' ? `fill ${w.range.rows} ${w.r1c1}` : `grid ${w.range.cols}`))).toEqual(['grid 1', 'fill 40 =IF(R[0]C[-1]>0,1,0)', 'fill 40 =R[-1]C[0]+R[0]C[-1]']);
  });

  it("gives a formula patch its style's number format, not the text format of the value it replaces", () => {
    const plan = livePlan(10);
    const form = plan.sheets.find((s) => s.kind === 'form-06a')!;
    const cells = plan.patches.find((p) => p.sheet === form.name)!.cells;
    const formats = patchBlocks(cells, styleFormatAt(form)).flatMap((b) => b.formats.flat());
    expect(formats).not.toContain('@'.repeat(2));
    const formulas = patchBlocks(cells, styleFormatAt(form)).flatMap((b) => b.cells.flatMap((line, i) => line.map((c, j) => (isFormulaCell(c) ? b.formats[i][j] : null)))).filter((f) => f !== null);
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas).not.toContain('@');
  });
});

describe('retargetSheet', () => {
  it('points every formula at the renamed tab and nothing else', () => {
    const plan = livePlan(5);
    const moved = retargetSheet(plan, 'Ngày nghỉ', 'Lịch nghỉ (Đúng Hạn)');
    const text = JSON.stringify(moved);
    expect(text).not.toContain("'Ngày nghỉ'!");
    expect(text).toContain("'Lịch nghỉ (Đúng Hạn)'!");
    expect(JSON.stringify(plan)).toContain("'Ngày nghỉ'!");
  });
});
