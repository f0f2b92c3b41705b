import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DataSheetPlan, SheetPlan } from '../../../core/index.js';
import { applyDataPlan, applySheetPlan } from './apply-plan.js';
import { widthFromPoints } from './excel-style.js';

function tab(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: 'Phụ lục I',
    kind: 'appendix-1',
    cells: [
      ['Phụ lục I', null, null],
      ['STT', 'Mã hồ sơ', 'Chủ hồ sơ'],
      [1, '000.41.27.H99-250303-0065', '=HYPERLINK("http://x","Nguyễn Văn A")'],
    ],
    columnWidthsPt: [28.3, 113.4, 170.1],
    rowHeightsPt: [{ row: 1, heightPt: 20 }],
    merges: [{ row: 1, col: 1, rows: 1, cols: 3 }],
    styles: [
      { range: { row: 1, col: 1, rows: 3, cols: 3 }, style: { fontSize: 12 } },
      { range: { row: 2, col: 1, rows: 2, cols: 3 }, style: { border: true, bold: true } },
      { range: { row: 3, col: 1, rows: 1, cols: 3 }, style: { bold: false, hAlign: 'center', vAlign: 'center', numberFormat: '@' } },
    ],
    print: {
      paper: 'A4',
      orientation: 'landscape',
      marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 8 },
      repeatRows: { from: 2, to: 2 },
      fitToWidth: true,
      centerHorizontally: true,
      pageNumbers: true,
    },
    charts: [],
    freeze: { rows: 2, cols: 0 },
    ...overrides,
  };
}

describe('widthFromPoints', () => {
  it('turns 10 mm (28.3 pt) into 4.68 characters of Calibri 11: (28.3 / 0.75 − 5) / 7', () => {
    expect([widthFromPoints(28.3), widthFromPoints(170.1)]).toEqual([4.68, 31.69]);
  });
});

describe('applySheetPlan', () => {
  it('writes values, merges, widths, heights, later styles winning, print setup and frozen headings', () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = applySheetPlan(workbook, tab());
    const c3 = sheet.getCell('C3');
    expect({
      formulaText: [c3.type, c3.value],
      merged: sheet.getCell('C1').isMerged,
      widths: [1, 2, 3].map((c) => sheet.getColumn(c).width),
      height: sheet.getRow(1).height,
      c3Style: { font: c3.font, alignment: c3.alignment, numFmt: c3.numFmt, border: Boolean(c3.border?.top) },
      print: [sheet.pageSetup.paperSize, sheet.pageSetup.printTitlesRow, sheet.pageSetup.margins?.right],
      views: sheet.views,
    }).toEqual({
      formulaText: [ExcelJS.ValueType.String, '=HYPERLINK("http://x","Nguyễn Văn A")'],
      merged: true,
      widths: [4.68, 20.89, 31.69],
      height: 20,
      c3Style: { font: { name: 'Times New Roman', size: 12, bold: false }, alignment: { horizontal: 'center', vertical: 'middle' }, numFmt: '@', border: true },
      print: [9, '2:2', 15 / 25.4],
      views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }],
    });
  });

  it('replaces a tab of the same name instead of adding a second one', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Dữ liệu');
    applySheetPlan(workbook, tab());
    applySheetPlan(workbook, tab({ cells: [['Phụ lục I (lần 2)']], merges: [], styles: [] }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Dữ liệu', 'Phụ lục I']);
    expect(workbook.getWorksheet('Phụ lục I')!.getCell('A1').value).toBe('Phụ lục I (lần 2)');
  });

  it('writes no note where a chart goes (the chart parts are added to the saved package), and applies the planned pages', () => {
    const chart = { kind: 'bar' as const, title: 'Tỷ lệ đúng hạn', categories: { row: 3, col: 2, rows: 1, cols: 1 }, series: [], seriesNames: [], anchor: { row: 5, col: 2 }, widthPt: 400, heightPt: 200 };
    const base = tab({ charts: [chart] });
    const sheet = applySheetPlan(
      new ExcelJS.Workbook(),
      { ...base, print: { ...base.print, scalePercent: 80, rowBreaks: [2], printAreas: [{ row: 1, col: 1, rows: 3, cols: 3 }, { row: 5, col: 5, rows: 14, cols: 9 }] } },
    );
    expect(sheet.getCell('B5').value).toBeNull();
    expect([sheet.pageSetup.fitToPage, sheet.pageSetup.scale, sheet.pageSetup.firstPageNumber]).toEqual([false, 80, 1]);
    expect((sheet as unknown as { rowBreaks: { id: number }[] }).rowBreaks.map((b) => b.id)).toEqual([2]);
  });
});

describe('applyDataPlan', () => {
  const plan = (overrides: Partial<DataSheetPlan> = {}): DataSheetPlan => ({
    headerRow: 1,
    firstCol: 3,
    headings: ['Tình trạng (Đúng Hạn)', 'Hạn xử lý (Đúng Hạn)', 'Số ngày trễ (Đúng Hạn)'],
    values: [['Trễ hạn', 45680, 3], ['Trong hạn', 45700, null], ['Trễ hạn', 45681, 1]],
    numberFormats: ['@', 'dd/mm/yyyy', '0'],
    clear: null,
    fills: [
      {
        color: { status: 'late', label: 'Trễ hạn', fill: '#F8CBAD', fontColor: '#843C0C' },
        ranges: [{ row: 2, col: 3, rows: 1, cols: 3 }, { row: 4, col: 3, rows: 1, cols: 3 }, { row: 2, col: 2, rows: 1, cols: 1 }, { row: 4, col: 2, rows: 1, cols: 1 }],
      },
    ],
    statusRules: null,
    legend: { anchor: { row: 1, col: 7 }, rows: [{ status: 'late', label: 'Trễ hạn', fill: '#F8CBAD', fontColor: '#843C0C' }] },
    lastRow: 4,
    ...overrides,
  });

  /** A user sheet whose due cells B2–B4 share ONE style object, as ExcelJS loads them. */
  function userSheet(): ExcelJS.Worksheet {
    const sheet = new ExcelJS.Workbook().addWorksheet('DS');
    sheet.addRows([['Mã hồ sơ', 'Ngày hẹn trả'], ['H-1', 45680], ['H-2', 45700], ['H-3', 45681]]);
    const shared: Partial<ExcelJS.Style> = { numFmt: 'dd/mm/yyyy', font: { bold: true } };
    for (const r of [2, 3, 4]) sheet.getCell(`B${r}`).style = shared;
    return sheet;
  }

  it('colors B2 and B4 without touching B3, although the three shared one style object', () => {
    const sheet = userSheet();
    applyDataPlan(sheet, plan());
    const fill = (a: string) => (sheet.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
    expect(['B2', 'B3', 'B4', 'C2', 'E4', 'C3'].map(fill)).toEqual(['FFF8CBAD', null, 'FFF8CBAD', 'FFF8CBAD', 'FFF8CBAD', null]);
    expect([sheet.getCell('B2').font, sheet.getCell('B3').font]).toEqual([{ bold: true, color: { argb: 'FF843C0C' } }, { bold: true }]);
    expect(['C1', 'D2', 'E2', 'G1', 'G2'].map((a) => sheet.getCell(a).value)).toEqual([
      'Tình trạng (Đúng Hạn)', 45680, 3, 'Chú giải (Đúng Hạn)', 'Trễ hạn',
    ]);
  });

  it('on a re-run clears the old block and the old due colors first', () => {
    const sheet = userSheet();
    applyDataPlan(sheet, plan());
    applyDataPlan(sheet, plan({
      values: [['Đúng hạn', 45680, null], ['Trong hạn', 45700, null], ['Đúng hạn', 45681, null]],
      clear: { row: 1, col: 3, rows: 4, cols: 5 },
      resetFormats: { row: 2, col: 2, rows: 3, cols: 1 },
      fills: [],
    }));
    const fill = (a: string) => (sheet.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
    expect([['B2', 'B4', 'C2', 'E4'].map(fill), sheet.getCell('E2').value, sheet.getCell('B2').font]).toEqual([[null, null, null, null], null, { bold: true }]);
  });
});
