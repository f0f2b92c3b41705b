import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATUS_COLORS, STATUS_LABELS, TOOL_HEADINGS } from '../core/index.js';
import { readFileSync } from 'node:fs';
import { reportTabs } from '../cli/src/workbook/write-check.js';
import { partText, readZip } from '../cli/src/workbook/ooxml/zip.js';
import { checkToFile, cellValues, fillOf, formulaCells, readWorkbook, tempDir, type CheckRunResult } from './workbook-helpers.js';

const XLSX = 'samples/xa-dan-tu-excel.xlsx';
const CSV = 'samples/opencps-ho-so.csv';
const REPORT_TABS = ['Biểu 06a', 'Phụ lục I', 'Phụ lục II', 'Trễ trên hệ thống', 'Cán bộ', 'Chỉ số 766', 'Sắp đến hạn', 'Kiểm tra hạn trên hệ thống', 'Ngày nghỉ'];
const argb = (hex: string) => `FF${hex.slice(1)}`;

describe.each(['package', 'exceljs'] as const)('writeCheckWorkbook (%s) on the commune workbook (.xlsx)', (engine) => {
  const dir = tempDir();
  const out1 = join(dir, 'ket-qua.xlsx');
  const out2 = join(dir, 'ket-qua-2.xlsx');
  let run1: CheckRunResult;
  let run2: CheckRunResult;
  let original: ExcelJS.Workbook;
  let written: ExcelJS.Workbook;
  let rewritten: ExcelJS.Workbook;

  beforeAll(async () => {
    run1 = await checkToFile(XLSX, out1, undefined, engine);
    run2 = await checkToFile(out1, out2, undefined, engine);
    [original, written, rewritten] = await Promise.all([readWorkbook(XLSX), readWorkbook(out1), readWorkbook(out2)]);
  });

  it('keeps the user sheet first, then the report tabs and "Ngày nghỉ"', () => {
    expect(written.worksheets.map((s) => s.name)).toEqual(['Sổ theo dõi', ...REPORT_TABS]);
  });

  it('leaves every cell of the user sheet as it was, value and style, except the fill and font color of colored due cells', () => {
    const before = original.getWorksheet('Sổ theo dõi')!;
    const after = written.getWorksheet('Sổ theo dõi')!;
    const plan = run1.result.plan!;
    const afterValues = cellValues(after);
    const beforeValues = cellValues(before);
    for (const [address, value] of beforeValues) expect([address, afterValues.get(address)]).toEqual([address, value]);
    // Nothing new inside the user's columns A–N.
    const added = [...afterValues.keys()].filter((a) => !beforeValues.has(a) && Number(after.getCell(a).col) < plan.firstCol);
    expect(added).toEqual([]);
    // Styles: untouched everywhere but the due column J.
    const changed: string[] = [];
    before.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (Number(cell.col) === 10) return;
        if (JSON.stringify(cell.style) !== JSON.stringify(after.getCell(cell.address).style)) changed.push(cell.address);
      });
    });
    expect(changed).toEqual([]);
  });

  it('writes the three tool headings right of the data (O–Q) and the status of each dossier', () => {
    const sheet = written.getWorksheet('Sổ theo dõi')!;
    const plan = run1.result.plan!;
    expect(plan.firstCol).toBe(15);
    expect([15, 16, 17].map((c) => sheet.getRow(3).getCell(c).value)).toEqual([...TOOL_HEADINGS]);
    for (const d of run1.result.dossiers) {
      expect([d.record.row, sheet.getRow(d.record.row).getCell(15).value]).toEqual([d.record.row, STATUS_LABELS[d.status]]);
    }
  });

  it('fills the status cells and the due cell of every colored row with its status color, and leaves pending rows plain', () => {
    const sheet = written.getWorksheet('Sổ theo dõi')!;
    const wrong: string[] = [];
    for (const d of run1.result.dossiers) {
      const colors = STATUS_COLORS[d.status];
      const expected = colors.fill === null || colors.optionalFill ? null : argb(colors.fill);
      for (const col of [10, 15, 16, 17]) {
        const cell = sheet.getRow(d.record.row).getCell(col);
        const isDueCell = col === 10;
        // A due cell keeps whatever fill the user gave it when the row is not colored.
        if (isDueCell && expected === null) continue;
        if (fillOf(cell) !== expected) wrong.push(`${cell.address} ${d.status} ${fillOf(cell)}`);
      }
    }
    expect(wrong).toEqual([]);
    const overdue = run1.result.dossiers.find((d) => d.status === 'overdue')!;
    expect(sheet.getRow(overdue.record.row).getCell(15).font?.color?.argb).toBe('FF9C0006');
  });

  it('keeps formula-looking text as text: the applicant "=HYPERLINK(…)" of N15, and writes no formula of its own', () => {
    const sheet = written.getWorksheet('Sổ theo dõi')!;
    const n15 = run1.result.dossiers.find((d) => d.record.code === '000.41.27.H99-250303-0065')!;
    const cell = sheet.getRow(n15.record.row).getCell(5);
    expect([cell.type, String(cell.value).startsWith('=HYPERLINK(')]).toEqual([ExcelJS.ValueType.String, true]);
    // The only formula is the user's own COUNTA on the "Tổng cộng" row.
    expect(formulaCells(written)).toEqual(formulaCells(original));
  });

  it('prints the report tabs in Times New Roman on A4 at the planned scale, page numbers from 1 on each tab, shown from page 2', () => {
    const tab = written.getWorksheet('Biểu 06a')!;
    const plan = reportTabs(run1.result, run1.settings)[0];
    expect({
      paperSize: tab.pageSetup.paperSize,
      orientation: tab.pageSetup.orientation,
      fitToPage: tab.pageSetup.fitToPage,
      scale: tab.pageSetup.scale,
      firstPageNumber: tab.pageSetup.firstPageNumber,
      horizontalCentered: tab.pageSetup.horizontalCentered,
      printTitlesRow: tab.pageSetup.printTitlesRow,
      leftInches: tab.pageSetup.margins?.left,
      headerFooter: tab.headerFooter,
      font: tab.getCell('A1').font?.name,
      heights: plan.rowHeightsPt.map((h) => [h.row, tab.getRow(h.row).height]),
    }).toEqual({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      scale: plan.print.scalePercent,
      firstPageNumber: 1,
      horizontalCentered: true,
      printTitlesRow: '8:11',
      leftInches: 30 / 25.4,
      headerFooter: { differentFirst: true, oddHeader: '&C&"Times New Roman,Regular"&13&P' },
      font: 'Times New Roman',
      heights: plan.rowHeightsPt.map((h) => [h.row, h.heightPt]),
    });
    expect(plan.print.scalePercent).toBeGreaterThanOrEqual(50);
  });

  it('draws the charts as DrawingML parts beside the tables, and writes no "cannot draw" note', async () => {
    const tab = written.getWorksheet('Biểu 06a')!;
    expect([...cellValues(tab).values()].filter((v) => typeof v === 'string' && v.startsWith('Biểu đồ "'))).toEqual([]);
    const parts = readZip(new Uint8Array(readFileSync(out1)));
    const charts = parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p.name)).map((p) => partText(p));
    const titles = charts.map((x) => /<a:t>([^<]*)<\/a:t>/.exec(x)![1]);
    expect(titles).toEqual(['Kết quả giải quyết theo đơn vị', 'Tỷ lệ giải quyết đúng hạn theo đơn vị', 'Điểm tiến độ 766: theo hệ thống và thực tế']);
  });

  it('replaces its own columns and tabs on a second run over its output: same sheets, same columns, same values', () => {
    expect(run2.result.read.toolColumns).toEqual([15, 16, 17]);
    expect(run2.result.counts).toEqual(run1.result.counts);
    expect(rewritten.worksheets.map((s) => s.name)).toEqual(written.worksheets.map((s) => s.name));
    const first = written.getWorksheet('Sổ theo dõi')!;
    const second = rewritten.getWorksheet('Sổ theo dõi')!;
    expect(second.columnCount).toBe(first.columnCount);
    expect(cellValues(second)).toEqual(cellValues(first));
    for (const name of REPORT_TABS) expect([name, cellValues(rewritten.getWorksheet(name)!)]).toEqual([name, cellValues(written.getWorksheet(name)!)]);
  });
});

describe.each(['package', 'exceljs'] as const)('writeCheckWorkbook (%s) on a CSV export', (engine) => {
  const dir = tempDir();
  const out = join(dir, 'opencps.xlsx');
  let run: CheckRunResult;
  let written: ExcelJS.Workbook;

  beforeAll(async () => {
    run = await checkToFile(CSV, out, undefined, engine);
    written = await readWorkbook(out);
  });

  it('writes the grid as read into the first sheet: strings stay strings, no formula anywhere', () => {
    const sheet = written.worksheets[0];
    const grid = run.input.sheets[0];
    const mismatches: string[] = [];
    grid.cells.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null || value === undefined || value === '') return;
        const cell = sheet.getRow(r + 1).getCell(c + 1);
        if (cell.value !== value) mismatches.push(`${cell.address}: ${JSON.stringify(value)} → ${JSON.stringify(cell.value)}`);
      }),
    );
    expect(mismatches).toEqual([]);
    expect(formulaCells(written)).toEqual([]);
    expect(written.worksheets.map((s) => s.name)).toEqual(['opencps-ho-so', ...REPORT_TABS]);
  });
});
