import { describe, expect, it } from 'vitest';
import type { ChartSpec, SheetPlan } from '../plan/plan.js';
import { printSetup } from './layout.js';
import { paginate, printableSizePt, withCharts } from './paginate.js';
import { createDraft, finishSheet, setCell, setRowHeight } from './sheet-builder.js';

/** A list tab: a heading row, then `rows` body rows of `heightPt` each, 9 columns of 60 pt. */
function listTab(rows: number, heightPt: number, orientation: 'landscape' | 'portrait' = 'landscape'): SheetPlan {
  const d = createDraft(9);
  setCell(d, 1, 1, 'Tiêu đề');
  for (let r = 2; r <= rows + 1; r++) {
    setCell(d, r, 1, r - 1);
    setRowHeight(d, r, heightPt);
  }
  return finishSheet(d, { name: 'Danh sách', kind: 'appendix-1', columnWidthsPt: new Array<number>(9).fill(60), print: printSetup(orientation, { from: 1, to: 1 }) });
}

const chart = (heightPt: number): ChartSpec => ({
  kind: 'bar',
  title: 'Biểu đồ',
  categories: { row: 2, col: 2, rows: 5, cols: 1 },
  series: [{ row: 2, col: 3, rows: 5, cols: 1 }],
  seriesNames: ['Tỷ lệ'],
  anchor: { row: 2, col: 11 },
  widthPt: 400,
  heightPt,
});

describe('paginate', () => {
  it('breaks a long list between rows and never lets a page break cut a chart beside it', () => {
    const paged = paginate(listTab(120, 30), { body: { from: 2, to: 121 } });
    const breaks = paged.print.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(3);
    // Charts added after pagination (the ranking, 766 and officers tabs), one of them almost a page tall.
    const pageRows = breaks[1] - breaks[0];
    const withTwo = withCharts(paged, [chart(300), chart(pageRows * 30 * 0.8), chart(5000)], 2);
    const areas = withTwo.print.printAreas!.slice(1);
    expect(areas).toHaveLength(3);
    // A chart taller than a page is shortened to one page under the repeated heading row.
    const page = (printableSizePt(paged).height * 0.97) / ((paged.print.scalePercent ?? 100) / 100);
    expect(withTwo.charts[2].heightPt).toBeLessThan(page);
    expect(withTwo.charts[2].heightPt).toBeGreaterThan(page - 60);
    for (const area of areas) {
      const crossing = breaks.filter((b) => b >= area.row && b < area.row + area.rows - 2);
      expect(crossing, JSON.stringify(area)).toEqual([]);
    }
    // The second chart did not fit under the first before the next break: it moved below it.
    expect(withTwo.charts[1].anchor.row).toBeGreaterThan(withTwo.charts[0].anchor.row);
    expect(breaks).toContain(withTwo.charts[1].anchor.row - 1);
  });

  it('prints a one-page form in portrait when that makes it larger, and keeps landscape when it does not', () => {
    // Tall: 40 rows of 15 pt plus the heading fit one portrait page at a larger scale.
    const tall = paginate(listTab(40, 15), { body: { from: 2, to: 41 }, onePage: true });
    expect(tall.print.orientation).toBe('portrait');
    expect(tall.print.rowBreaks).toEqual([]);
    // Short: landscape is already at full size.
    const short = paginate(listTab(5, 15), { body: { from: 2, to: 6 }, onePage: true });
    expect([short.print.orientation, short.print.scalePercent]).toEqual(['landscape', 100]);
    // The portrait page is the taller one (A4: 297 mm against 210 mm).
    expect(printableSizePt(tall).height).toBeGreaterThan(printableSizePt(short).height);
  });
});
