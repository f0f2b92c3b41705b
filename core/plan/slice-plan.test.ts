import { describe, expect, it } from 'vitest';
import type { SheetPlan } from './plan.js';
import { slicePlan } from './slice-plan.js';

const rows = 40;
const plan: SheetPlan = {
  name: 'Tổng hợp PL II',
  kind: 'appendix-2',
  cells: Array.from({ length: rows }, (_, r) => [`Hồ sơ ${r + 1}`, r, r % 3 === 0 ? null : 'Trễ hạn']),
  columnWidthsPt: [120, 40, 80],
  rowHeightsPt: [{ row: 1, heightPt: 30 }, { row: 25, heightPt: 18, auto: true }],
  merges: [{ row: 1, col: 1, rows: 1, cols: 3 }, { row: 19, col: 1, rows: 3, cols: 1 }],
  styles: [
    { range: { row: 1, col: 1, rows: rows, cols: 3 }, style: { border: true } },
    { range: { row: 10, col: 2, rows: 12, cols: 1 }, style: { bold: true } },
    { range: { row: rows + 2, col: 1, rows: 1, cols: 1 }, style: { italic: true } },
  ],
  print: { paper: 'A4', orientation: 'landscape', marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } },
  charts: [],
  freeze: { rows: 1, cols: 0 },
} as unknown as SheetPlan;

/** Every cell's styles in order, from whole-tab styles. */
function stylesByCell(styles: SheetPlan['styles']): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const { range, style } of styles)
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let c = range.col; c < range.col + range.cols; c++) out.set(`${r}:${c}`, [...(out.get(`${r}:${c}`) ?? []), style]);
  return out;
}

describe('slicePlan', () => {
  it('cuts 40 rows into parts whose cells, styles, merges and heights add up to the plan', () => {
    const parts = slicePlan(plan, 200);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i));
    expect(parts.flatMap((p) => p.plan.cells)).toEqual(plan.cells);
    expect(parts.map((p) => p.firstRow)).toEqual(parts.map((_, i) => 1 + parts.slice(0, i).reduce((n, q) => n + q.plan.cells.length, 0)));
    expect(stylesByCell(parts.flatMap((p) => p.plan.styles))).toEqual(stylesByCell(plan.styles));
    expect(parts.flatMap((p) => p.plan.merges)).toEqual(plan.merges);
    expect(parts.flatMap((p) => p.plan.rowHeightsPt)).toEqual(plan.rowHeightsPt);
    expect(parts.map((p) => [p.plan.columnWidthsPt.length, p.plan.freeze !== undefined])).toEqual(parts.map((_, i) => (i === 0 ? [3, true] : [0, false])));
  });

  it('keeps a plan under the size whole, as one part', () => {
    expect(slicePlan(plan, 1_000_000)).toEqual([{ plan, firstRow: 1, part: 0, parts: 1 }]);
  });
});
