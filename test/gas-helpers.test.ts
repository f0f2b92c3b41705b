/** The Sheets adapter's pure helpers (apps-script/src), without the Apps Script fake. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { statusRulesFor, type DataSheetPlan, type SheetPlan, type StatusColor } from '../core/index.js';
import { a1FromRange, columnFromLetter, columnLetter } from '../apps-script/src/a1.js';
import { chunkRowsFor, decodeToken, encodeToken, MIN_CHUNK_ROWS, planFingerprint, trimmedPlan, type CheckToken } from '../apps-script/src/chunks.js';
import { ALWAYS_FORMULA, fillRules, isToolFormula } from '../apps-script/src/fill-rules.js';
import { styleGroups } from '../apps-script/src/style-groups.js';
import { chartBuild, mergeOps, sizeRuns } from '../apps-script/src/tab-layout.js';
import { valueBlock } from '../apps-script/src/text-block.js';
import { gridFromValues } from '../apps-script/src/to-grid.js';

const LATE: StatusColor = { status: 'late', label: 'Trễ hạn', fill: '#F8CBAD', fontColor: '#843C0C' };
const OVERDUE: StatusColor = { status: 'overdue', label: 'Quá hạn (đang giải quyết)', fill: '#FFC7CE', fontColor: '#9C0006' };

/** A data plan: header in row 1, tool block from column N (14), due in K (11). */
function dataPlan(labels: (string | null)[], fills: DataSheetPlan['fills'], statusRules: DataSheetPlan['statusRules'] = null): DataSheetPlan {
  return {
    headerRow: 1,
    firstCol: 14,
    headings: ['Tình trạng (Đúng Hạn)', 'Hạn xử lý (Đúng Hạn)', 'Số ngày trễ (Đúng Hạn)'],
    values: labels.map((l) => [l, l === null ? null : 45450.5, null]),
    numberFormats: ['@', 'dd/mm/yyyy hh:mm', '0'],
    clear: null,
    fills,
    statusRules,
    legend: { anchor: { row: 1, col: 18 }, rows: [] },
    lastRow: labels.length + 1,
  };
}

describe('a1', () => {
  it('names columns as Sheets does: 1 A, 26 Z, 27 AA, 28 AB, 702 ZZ, 703 AAA', () => {
    expect([1, 26, 27, 28, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(['A', 'ab', 'ZZ', '1', ''].map(columnFromLetter)).toEqual([1, 28, 702, null, null]);
    expect([a1FromRange({ row: 2, col: 2, rows: 9, cols: 3 }), a1FromRange({ row: 5, col: 11, rows: 1, cols: 1 })]).toEqual(['B2:D10', 'K5']);
  });
});

describe('gridFromValues', () => {
  it('turns empty strings into null, keeps numbers, text and booleans, formats Dates (also from another realm)', () => {
    const foreign = runInNewContext('new Date(Date.UTC(2024, 5, 7, 10, 0, 0))') as Date;
    const grid = gridFromValues('Hồ sơ', [['', 3, 'H-1', true, foreign]], (d) => `T${d.getTime()}`);
    expect(grid).toEqual({ sheetName: 'Hồ sơ', cells: [[null, 3, 'H-1', true, `T${Date.UTC(2024, 5, 7, 10)}`]], origin: { row: 1, col: 1 }, dateSystem: '1900' });
  });
});

describe('valueBlock', () => {
  it('gives every string the "@" format so Sheets keeps "=1+1" and "0123" as text; null clears', () => {
    const block = valueBlock([['=1+1', 45450.5, 2], ['0123', null, null]], 0, 2, 3, ['@', 'dd/mm/yyyy', '0']);
    expect(block).toEqual({
      values: [['=1+1', 45450.5, 2], ['0123', '', '']],
      formats: [['@', 'dd/mm/yyyy', '0'], ['@', 'dd/mm/yyyy', '0']],
    });
  });
});

describe('fillRules', () => {
  it("makes one rule per status over whole columns from core's status rules, testing the status cell", () => {
    const statusRules = statusRulesFor({ firstRow: 2, rows: 3, firstCol: 14, toolCols: 3, statusCol: 14, dueCol: 11, colors: [LATE] });
    const plan = dataPlan(['Trễ hạn', 'Trong hạn', 'Trễ hạn'], [
      {
        color: LATE,
        ranges: [
          { row: 2, col: 14, rows: 1, cols: 3 },
          { row: 4, col: 14, rows: 1, cols: 3 },
          { row: 2, col: 11, rows: 1, cols: 1 },
          { row: 4, col: 11, rows: 1, cols: 1 },
        ],
      },
    ], statusRules);
    expect(fillRules(plan)).toEqual([
      {
        formula: '=$N2="Trễ hạn"',
        fill: '#F8CBAD',
        fontColor: '#843C0C',
        ranges: [
          { row: 2, col: 14, rows: 3, cols: 3 },
          { row: 2, col: 11, rows: 3, cols: 1 },
        ],
      },
    ]);
  });

  it("falls back to core's exact runs when the plan has no status rules", () => {
    const runs = [{ row: 2, col: 14, rows: 1, cols: 3 }];
    const plan = dataPlan(['Quá hạn (đang giải quyết)', 'Quá hạn (đang giải quyết)'], [{ color: OVERDUE, ranges: runs }]);
    expect(fillRules(plan)).toEqual([{ formula: ALWAYS_FORMULA, fill: '#FFC7CE', fontColor: '#9C0006', ranges: runs }]);
  });

  it("recognises the tool's formulas only", () => {
    expect(['=$N2="Trễ hạn"', ALWAYS_FORMULA, '=$N2="Đã xong"', '=$K2<TODAY()', '=N2="Trễ hạn"'].map(isToolFormula)).toEqual([true, true, false, false, false]);
  });
});

describe('chunks', () => {
  it('drops trailing empty rows (the legend below short data) and keeps inner ones', () => {
    const plan = dataPlan(['Trễ hạn', null, 'Trễ hạn', null, null], []);
    const trimmed = trimmedPlan(plan);
    expect([trimmed.values.length, trimmed.lastRow]).toEqual([3, 4]);
  });

  it('shortens the status rules with the trimmed rows, so the rules cover exactly the rows written', () => {
    const statusRules = statusRulesFor({ firstRow: 2, rows: 5, firstCol: 14, toolCols: 3, statusCol: 14, dueCol: 11, colors: [LATE] });
    const trimmed = trimmedPlan(dataPlan(['Trễ hạn', null, 'Trễ hạn', null, null], [], statusRules));
    expect(trimmed.statusRules?.ranges).toEqual([
      { row: 2, col: 14, rows: 3, cols: 3 },
      { row: 2, col: 11, rows: 3, cols: 1 },
    ]);
    expect(trimmed.statusRules?.rows).toBe(3);
  });

  it('the fingerprint changes with any written value and ignores trailing empty rows once trimmed', () => {
    const a = dataPlan(['Trễ hạn', 'Trong hạn'], []);
    const b = dataPlan(['Trễ hạn', 'Trễ hạn'], []);
    const c = dataPlan(['Trễ hạn', 'Trong hạn', null], []);
    expect([planFingerprint(a) === planFingerprint(b), planFingerprint(a) === planFingerprint(trimmedPlan(c))]).toEqual([false, true]);
  });

  it('sizes a block by the time left: 240 s budget, 40 s spent, 2 ms a row → 100,000 rows', () => {
    expect([
      chunkRowsFor({ elapsedMs: 40_000, msPerRow: 2, fixed: null, left: 500_000 }),
      chunkRowsFor({ elapsedMs: 40_000, msPerRow: 2, fixed: null, left: 5_000 }),
      chunkRowsFor({ elapsedMs: 239_000, msPerRow: 50, fixed: null, left: 500_000 }),
      chunkRowsFor({ elapsedMs: 0, msPerRow: null, fixed: 3, left: 10 }),
    ]).toEqual([100_000, 5_000, MIN_CHUNK_ROWS, 3]);
  });

  it('a token survives the round trip; anything else is refused', () => {
    const token: CheckToken = { v: 1, sheetId: 3, sheetName: 'Hồ sơ', next: 1000, total: 5000, fingerprint: 'abc', msPerRow: 1.5, chunkRows: null, restarts: 0 };
    expect([decodeToken(encodeToken(token)), decodeToken('{"v":2}'), decodeToken('nope'), decodeToken(42)]).toEqual([token, null, null, null]);
  });
});

describe('styleGroups', () => {
  it('merges styles in order, then groups cells per value into stacked row runs', () => {
    const plan: SheetPlan = {
      name: 'Biểu',
      kind: 'form-06a',
      cells: [['STT', 'Đơn vị', 'Tổng'], ['1', 'UBND xã A', 5], ['2', 'UBND xã B', 7]],
      columnWidthsPt: [],
      rowHeightsPt: [],
      merges: [],
      styles: [
        { range: { row: 1, col: 1, rows: 3, cols: 3 }, style: { fontSize: 12, border: true } },
        { range: { row: 1, col: 1, rows: 1, cols: 3 }, style: { bold: true, hAlign: 'center' } },
        { range: { row: 2, col: 3, rows: 2, cols: 1 }, style: { numberFormat: '#,##0' } },
      ],
      print: { paper: 'A4', orientation: 'portrait', marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 8 }, fitToWidth: true, centerHorizontally: true, pageNumbers: true },
      charts: [],
    };
    const byProp = Object.fromEntries(styleGroups(plan).map((g) => [`${g.prop}=${String(g.value)}`, [...g.a1].sort()]));
    expect(byProp).toEqual({
      'fontFamily=Times New Roman': ['A1:C3'],
      'fontSize=12': ['A1:C3'],
      'fontWeight=bold': ['A1:C1'],
      'horizontalAlignment=center': ['A1:C1'],
      'numberFormat=@': ['A1:C1', 'A2:B3'],
      'numberFormat=#,##0': ['C2:C3'],
      'border=true': ['A1:C3'],
    });
  });
});

describe('tab layout', () => {
  it('one-row merges repeated down a list become one mergeAcross; lone ones stay merges', () => {
    expect(
      mergeOps([
        { row: 5, col: 2, rows: 1, cols: 3 },
        { row: 6, col: 2, rows: 1, cols: 3 },
        { row: 7, col: 2, rows: 1, cols: 3 },
        { row: 1, col: 1, rows: 1, cols: 9 },
        { row: 2, col: 1, rows: 3, cols: 1 },
        { row: 2, col: 2, rows: 3, cols: 1 },
        { row: 10, col: 1, rows: 2, cols: 2 },
        { row: 12, col: 1, rows: 1, cols: 1 },
      ]),
    ).toEqual([
      { kind: 'merge', range: { row: 10, col: 1, rows: 2, cols: 2 } },
      { kind: 'across', range: { row: 5, col: 2, rows: 3, cols: 3 } },
      { kind: 'merge', range: { row: 1, col: 1, rows: 1, cols: 9 } },
      { kind: 'vertical', range: { row: 2, col: 1, rows: 3, cols: 2 } },
    ]);
  });

  it('equal neighbouring widths become one call; points become pixels (4/3)', () => {
    expect(sizeRuns([{ index: 1, pt: 30 }, { index: 2, pt: 30 }, { index: 3, pt: 60 }, { index: 5, pt: 60 }])).toEqual([
      { start: 1, count: 2, px: 40 },
      { start: 3, count: 1, px: 80 },
      { start: 5, count: 1, px: 80 },
    ]);
  });

  it('a stacked column chart along a row of categories is a transposed column chart with series names', () => {
    const build = chartBuild({
      kind: 'stackedColumn',
      title: 'Kết quả giải quyết',
      categories: { row: 12, col: 3, rows: 1, cols: 4 },
      series: [{ row: 13, col: 3, rows: 1, cols: 4 }],
      seriesNames: ['Trước hạn'],
      anchor: { row: 20, col: 2 },
      widthPt: 480,
      heightPt: 240,
    });
    expect(build).toEqual({
      type: 'column',
      stacked: true,
      ranges: [{ row: 12, col: 3, rows: 1, cols: 4 }, { row: 13, col: 3, rows: 1, cols: 4 }],
      transpose: true,
      title: 'Kết quả giải quyết',
      widthPx: 640,
      heightPx: 320,
      series: { 0: { labelInLegend: 'Trước hạn' } },
      anchor: { row: 20, col: 2 },
    });
  });
});
