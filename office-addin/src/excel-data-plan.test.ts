import { describe, expect, it } from 'vitest';
import { STATUS_LABELS, TOOL_HEADINGS, type DataSheetPlan } from '../../core/index.js';
import { FakeExcel, FakeWorkbook } from '../../test/fakes/excel-fake.js';
import { snapshotSheet } from '../../test/fakes/excel-fake-snapshot.js';
import { createBatch } from './excel-batch.js';
import { applyDataPlan } from './excel-data-plan.js';

const LATE = { status: 'late' as const, label: STATUS_LABELS.late, fill: '#F8CBAD', fontColor: '#843C0C' };

/** Data A–C, header row 1, due in column B; the tool in D–F, legend in H. */
function plan(values: DataSheetPlan['values'], fills: DataSheetPlan['fills']): DataSheetPlan {
  return {
    headerRow: 1,
    firstCol: 4,
    headings: [...TOOL_HEADINGS],
    values,
    numberFormats: ['@', 'dd/mm/yyyy', '0'],
    clear: null,
    fills,
    statusRules: null,
    legend: { anchor: { row: 1, col: 8 }, rows: [LATE] },
    lastRow: 1 + values.length,
  };
}

async function apply(p: DataSheetPlan, apiVersion = '1.9') {
  const book = new FakeWorkbook(['Dữ liệu']);
  book.fill('Dữ liệu', [['Mã hồ sơ', 'Ngày hẹn trả', 'Trạng thái'], ['H39-0001', 45_450, 'Đã trả'], ['H39-0002', 45_451, 'Đã trả']]);
  const excel = new FakeExcel(book, { apiVersion });
  const result = await excel.run(async (context) =>
    applyDataPlan(createBatch(context), context.workbook.worksheets.getItem('Dữ liệu'), p, { supports: (v) => excel.supports(v), previousFormatRanges: [] }),
  );
  return { book, excel, sheet: book.getSheet('Dữ liệu'), result };
}

describe('applyDataPlan', () => {
  it('colors the tool’s planned cells directly when the fills do not follow the status text (RangeAreas on ExcelApi 1.9), never the user’s due cell', async () => {
    // Row 2 is filled as late although its status cell says "Trong hạn": no rule can express that.
    const p = plan([[STATUS_LABELS.pending, 45_450, null], [STATUS_LABELS.late, 45_451, 1]], [
      { color: LATE, ranges: [{ row: 2, col: 4, rows: 1, cols: 3 }, { row: 2, col: 2, rows: 1, cols: 1 }] },
    ]);
    for (const version of ['1.9', '1.6']) {
      const { sheet, result, excel } = await apply(p, version);
      expect(result).toEqual({ formatRanges: [], conditional: false });
      expect(sheet.conditionalFormats).toEqual([]);
      // Only the tool's own cells are painted; the user's due cell (column B) keeps its format.
      expect([2, 4, 5, 6].map((c) => sheet.style(2, c)['fill.color'])).toEqual([undefined, '#F8CBAD', '#F8CBAD', '#F8CBAD']);
      expect(sheet.style(3, 4)['fill.color']).toBeUndefined();
      expect(excel.calls.includes('Worksheet.getRanges')).toBe(version === '1.9');
    }
  });

  it('still takes two requests with no data row below the header', async () => {
    const { excel, sheet } = await apply(plan([], []));
    expect(excel.syncs.length).toBe(2);
    expect([sheet.value(1, 4), sheet.value(1, 8), sheet.value(2, 8)]).toEqual([TOOL_HEADINGS[0], 'Chú giải (Đúng Hạn)', STATUS_LABELS.late]);
  });

  it('writes the headings and legend as text and leaves columns A–C alone', async () => {
    const { sheet } = await apply(plan([[STATUS_LABELS.late, 45_450, 3], [null, null, null]], []));
    expect(snapshotSheet(sheet).values.map((line) => line.slice(0, 6))).toEqual([
      ['Mã hồ sơ', 'Ngày hẹn trả', 'Trạng thái', ...TOOL_HEADINGS],
      ['H39-0001', 45_450, 'Đã trả', STATUS_LABELS.late, 45_450, 3],
      ['H39-0002', 45_451, 'Đã trả'],
    ]);
    expect([sheet.style(1, 4).numberFormat, sheet.style(2, 5).numberFormat, sheet.style(2, 8).numberFormat]).toEqual(['@', 'dd/mm/yyyy', '@']);
  });
});
