/**
 * The user's work is never lost in Excel (issue 13), on the stricter fake: the header is
 * found above selected rows, several areas get a sentence, RangeExceedsLimit is read in
 * blocks, a run with only ExcelApi 1.1 (Office 2016) checks and writes the tabs, the
 * user's own conditional formats and fills survive reruns, tool tabs are refused as data,
 * and typed dates and notes on "Trễ trên hệ thống" survive "Tạo phụ lục".
 */
import { describe, expect, it } from 'vitest';
import { dayFromYmd, defaultSettings, LATE_ON_SYSTEM_SHEET_NAME, REPORT_LABELS, type Settings } from '../../core/index.js';
import { FakeExcel, FakeWorkbook } from '../../test/fakes/excel-fake.js';
import { EXPORT_HEADER_ROW, exportGrid } from '../../test/fakes/excel-export-grid.js';
import { snapshotSheet } from '../../test/fakes/excel-fake-snapshot.js';
import { runCheck, runReports } from './excel-io.js';
import { memoryDocumentStore } from './excel-host.js';
import { UI } from './labels.vi.js';
import { createWorkbookStore } from './workbook-store.js';

const AS_OF = dayFromYmd({ y: 2024, m: 6, d: 14 });
const REPORT_NAMES = Object.values(REPORT_LABELS.sheetNames);

function setup(rows: number, options: ConstructorParameters<typeof FakeExcel>[1] = {}) {
  const book = new FakeWorkbook(['Dữ liệu']);
  book.fill('Dữ liệu', exportGrid(rows));
  const excel = new FakeExcel(book, options);
  const store = createWorkbookStore(memoryDocumentStore());
  const settings: Settings = defaultSettings(AS_OF);
  return { book, excel, store, settings };
}

describe('Chỉ kiểm tra vùng chọn', () => {
  it('rows 20–29 selected: the header above is found and exactly those rows are checked, with their sheet rows', async () => {
    const { book, excel, store, settings } = setup(60);
    book.selection = { row: 20, col: 3, rows: 10, cols: 2 };
    const outcome = await runCheck(excel, store, settings);
    expect(outcome.result.read.headerRows).toEqual([EXPORT_HEADER_ROW]);
    expect(outcome.result.read.dossiers.map((d) => d.row)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    expect(outcome.result.plan!.firstCol).toBe(14);
  });

  it('a selection of several areas gets a sentence, and nothing is written', async () => {
    const { book, excel, store, settings } = setup(30);
    book.selectionAreas = [{ row: 5, col: 1, rows: 2, cols: 2 }, { row: 12, col: 1, rows: 3, cols: 2 }];
    const before = snapshotSheet(book.getSheet('Dữ liệu'));
    await expect(runCheck(excel, store, settings)).rejects.toMatchObject({ userMessage: UI.errors.multiArea });
    expect(snapshotSheet(book.getSheet('Dữ liệu'))).toEqual(before);
    // The same on Office 2016 (no getSelectedRanges): Excel's own refusal is recognized.
    const old = new FakeExcel(book, { apiVersion: '1.1' });
    await expect(runCheck(old, store, settings)).rejects.toMatchObject({ userMessage: UI.errors.multiArea });
  });
});

describe('large ranges', () => {
  it('a used range over the cell limit (RangeExceedsLimit) is read in blocks and checked whole', async () => {
    // Excel's limit is 5 million cells; the fake is told 1,000 so 200 rows × 13 columns pass it.
    const { excel, store, settings } = setup(200, { rangeCellLimit: 1_000 });
    const whole = setup(200);
    const outcome = await runCheck(excel, store, settings);
    expect(excel.calls.filter((c) => c === 'Range.load').length).toBeGreaterThan(3);
    expect(outcome.result.dossiers.length).toBe(200);
    expect(outcome.result.counts).toEqual((await runCheck(whole.excel, whole.store, whole.settings)).result.counts);
  });

  it('the fake refuses a load over the limit as Excel does', async () => {
    const { excel } = setup(200, { rangeCellLimit: 1_000 });
    await expect(excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Dữ liệu').getUsedRange();
      used.load('values');
      await context.sync();
    })).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });
});

describe('Office 2016: only ExcelApi 1.1', () => {
  it('checks, colors on the tool columns, and writes every report tab with notes for what it skipped', async () => {
    const { book, excel, store, settings } = setup(50, { apiVersion: '1.1' });
    const check = await runCheck(excel, store, settings);
    expect(check.conditional).toBe(false);
    const data = book.getSheet('Dữ liệu');
    expect(data.conditionalFormats).toEqual([]);
    const tabs = await runReports(excel, store, check, settings);
    expect(tabs.names).toEqual(REPORT_NAMES);
    expect(tabs.notes).toEqual(expect.arrayContaining([UI.notes.printSkipped, UI.notes.layoutSkipped]));
    expect(book.getSheet('Biểu 06a').merges).toEqual([]);
    // A second run works the same (nothing above 1.1 was called, or the fake would have thrown).
    const again = await runCheck(excel, store, settings);
    expect(again.result.counts).toEqual(check.result.counts);
  });
});

describe('the user formatting survives reruns', () => {
  it("the user's own conditional format and fill on the due column stay; only the tool's rules are replaced", async () => {
    const { book, excel, store, settings } = setup(30);
    const data = book.getSheet('Dữ liệu');
    // Column J (10) is "Ngày hẹn trả": the user colors it and adds their own rule.
    for (let r = 4; r <= 33; r++) data.setStyle(r, 10, data.pool.with(data.pool.with(data.style(r, 10), 'fill.color', '#DDEBF7'), 'font.bold', true));
    data.conditionalFormats.push({ type: 'Custom', ranges: [{ row: 4, col: 10, rows: 30, cols: 1 }], formula: '=$J4>45500', fill: '#00FF00', fontColor: null });
    await runCheck(excel, store, settings);
    const toolRules = data.conditionalFormats.length - 1;
    expect(toolRules).toBeGreaterThan(0);
    await runCheck(excel, store, settings);
    await runCheck(excel, store, settings);
    expect(data.conditionalFormats.filter((cf) => cf.formula === '=$J4>45500')).toHaveLength(1);
    expect(data.conditionalFormats.length).toBe(toolRules + 1);
    for (let r = 4; r <= 33; r++) expect([data.style(r, 10)['fill.color'], data.style(r, 10)['font.bold']]).toEqual(['#DDEBF7', true]);
  });
});

describe('tool tabs are never read as data', () => {
  it('on Biểu 06a the check goes back to the data sheet; a named tool tab is refused with its sentence', async () => {
    const { book, excel, store, settings } = setup(30);
    const check = await runCheck(excel, store, settings);
    await runReports(excel, store, check, settings);
    expect(book.activeSheet).toBe('Biểu 06a');
    const form = snapshotSheet(book.getSheet('Biểu 06a'));
    const again = await runCheck(excel, store, settings);
    expect(again.sheetName).toBe('Dữ liệu');
    await expect(runCheck(excel, store, settings, { sheetName: 'Biểu 06a' })).rejects.toMatchObject({ userMessage: UI.errors.toolTab('Biểu 06a', 'Dữ liệu') });
    expect(snapshotSheet(book.getSheet('Biểu 06a'))).toEqual(form);
  });

  it('a renamed tool tab is still the tool’s; a user tab renamed to the tool name is never written', async () => {
    const { book, excel, store, settings } = setup(30);
    const check = await runCheck(excel, store, settings);
    await runReports(excel, store, check, settings);
    book.renameSheet('Cán bộ', 'Cán bộ tháng 6');
    book.fill('Ghi chép', [['sổ tay']]);
    book.renameSheet('Ghi chép', 'Cán bộ');
    const mine = snapshotSheet(book.getSheet('Cán bộ'));
    const out = await runReports(excel, store, check, settings);
    expect(out.names).toContain('Cán bộ tháng 6');
    expect(snapshotSheet(book.getSheet('Cán bộ'))).toEqual(mine);
  });
});

describe('typed actual dates and notes on "Trễ trên hệ thống"', () => {
  it('are read back by Kiểm tra hạn and kept through Tạo phụ lục', async () => {
    const { book, excel, store, settings } = setup(80);
    const check = await runCheck(excel, store, settings);
    await runReports(excel, store, check, settings);
    const tab = book.getSheet(LATE_ON_SYSTEM_SHEET_NAME);
    const headingRow = tab.rows.findIndex((l) => l?.includes(REPORT_LABELS.lateOnSystem.actualResult)) + 1;
    const heading = tab.rows[headingRow - 1];
    const [codeCol, actualCol, noteCol] = [REPORT_LABELS.appendix.code, REPORT_LABELS.lateOnSystem.actualResult, REPORT_LABELS.lateOnSystem.note].map((h) => heading.indexOf(h) + 1);
    const row = headingRow + 1;
    const code = tab.value(row, codeCol);
    expect(typeof code).toBe('string');
    const due = tab.value(row, actualCol - 3) as number;
    tab.setValue(row, actualCol, due);
    tab.setValue(row, noteCol, 'Đã trả bản giấy');
    const after = await runCheck(excel, store, settings);
    expect(after.result.counts.late_on_system).toBeGreaterThan(check.result.counts.late_on_system);
    await runReports(excel, store, after, settings);
    const fresh = book.getSheet(LATE_ON_SYSTEM_SHEET_NAME);
    const at = fresh.rows.findIndex((l) => l?.[codeCol - 1] === code) + 1;
    expect([fresh.value(at, actualCol), fresh.value(at, noteCol)]).toEqual([due, 'Đã trả bản giấy']);
  });
});

describe('no half-written workbook', () => {
  it('a write Excel refuses as too large is done again, whole, in smaller requests: the same sheet as without a limit', async () => {
    const big = setup(20_000);
    const tight = setup(20_000, { payloadLimitBytes: 400_000 });
    const a = await runCheck(big.excel, big.store, big.settings);
    const b = await runCheck(tight.excel, tight.store, tight.settings);
    expect(tight.excel.syncs.some((s) => s.refused === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(tight.excel.syncs.filter((s) => s.refused === undefined).every((s) => s.requestBytes <= 400_000)).toBe(true);
    expect(b.result.counts).toEqual(a.result.counts);
    expect(snapshotSheet(tight.book.getSheet('Dữ liệu'))).toEqual(snapshotSheet(big.book.getSheet('Dữ liệu')));
  }, 300_000);
});
