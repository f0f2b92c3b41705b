import { describe, expect, it } from 'vitest';
import type { SheetPlan } from '../../core/index.js';
import { contiguousBlock } from './excel-charts.js';
import { groupAddresses, strayStrings } from './excel-data-plan.js';
import { paintedFormats, planWidth } from './excel-sheet-plan.js';

const print: SheetPlan['print'] = {
  paper: 'A4',
  orientation: 'landscape',
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 8 },
  fitToWidth: true,
  centerHorizontally: true,
  pageNumbers: true,
};

describe('paintedFormats', () => {
  it('paints style formats in order and makes every string cell text', () => {
    const plan: SheetPlan = {
      name: 'Phụ lục I',
      kind: 'appendix-1',
      cells: [
        ['STT', 'Mã hồ sơ', 'Ngày hẹn trả'],
        [1, '000.00.23.H39-240601-0001', 45_450],
        [2, '1.234', null],
      ],
      columnWidthsPt: [30, 120],
      rowHeightsPt: [],
      merges: [],
      styles: [
        { range: { row: 2, col: 3, rows: 2, cols: 1 }, style: { numberFormat: 'dd/mm/yyyy' } },
        { range: { row: 2, col: 1, rows: 2, cols: 3 }, style: { bold: true } },
        { range: { row: 3, col: 3, rows: 1, cols: 1 }, style: { numberFormat: 'd/m/yyyy' } },
      ],
      print,
      charts: [],
    };
    expect(planWidth(plan)).toBe(3);
    expect(paintedFormats(plan, 3)).toEqual([
      ['@', '@', '@'],
      ['General', '@', 'dd/mm/yyyy'],
      ['General', '@', 'd/m/yyyy'],
    ]);
  });
});

describe('contiguousBlock', () => {
  const spec = (categories: { row: number; col: number; rows: number; cols: number }, series: typeof categories[]) => ({
    kind: 'bar' as const,
    title: 'Tỷ lệ đúng hạn',
    categories,
    series,
    seriesNames: series.map(() => 'Tỷ lệ'),
    anchor: { row: 20, col: 2 },
    widthPt: 480,
    heightPt: 200,
  });

  it('joins categories in B with series in C–D into B12:D16', () => {
    const s = spec({ row: 12, col: 2, rows: 5, cols: 1 }, [{ row: 12, col: 3, rows: 5, cols: 1 }, { row: 12, col: 4, rows: 5, cols: 1 }]);
    expect(contiguousBlock(s)).toEqual({ row: 12, col: 2, rows: 5, cols: 3 });
  });

  it('gives null for series in H–J far from the categories in B', () => {
    const s = spec({ row: 12, col: 2, rows: 3, cols: 1 }, [8, 9, 10].map((col) => ({ row: 12, col, rows: 3, cols: 1 })));
    expect(contiguousBlock(s)).toBeNull();
  });
});

describe('data plan helpers', () => {
  it('groups addresses under the 8,192-character limit of getRanges', () => {
    const addresses = Array.from({ length: 2000 }, (_, i) => `N${i + 4}:P${i + 4}`);
    const groups = groupAddresses(addresses);
    expect(groups.every((g) => g.length <= 8000)).toBe(true);
    expect(groups.join(',').split(',')).toEqual(addresses);
  });

  it('finds strings in a number column (to be written as text)', () => {
    const plan = {
      headerRow: 3,
      firstCol: 14,
      headings: ['a', 'b', 'c'],
      values: [['Trễ hạn', 45_450, 2], ['Trễ hạn', '?', null]],
      numberFormats: ['@', 'dd/mm/yyyy', '0'],
      clear: null,
      fills: [],
      statusRules: null,
      legend: { anchor: { row: 3, col: 18 }, rows: [] },
      lastRow: 5,
    };
    expect(strayStrings(plan)).toEqual([{ row: 5, col: 15, rows: 1, cols: 1 }]);
  });
});
