import { describe, expect, it } from 'vitest';
import { buildReports, dayFromYmd, defaultSettings, headerWithAgency, REPORT_LABELS, type Settings } from '../../core/index.js';
import { FakeExcel, FakeWorkbook } from '../../test/fakes/excel-fake.js';
import { exportGrid } from '../../test/fakes/excel-export-grid.js';
import { snapshotSheet } from '../../test/fakes/excel-fake-snapshot.js';
import { openDaysOffSheet, runCheck, runConsolidate, runReports } from './excel-io.js';
import { memoryDocumentStore } from './excel-host.js';
import { rangeAddress } from './a1.js';
import { PAGE_NUMBER_HEADER } from './excel-print.js';
import { UI } from './labels.vi.js';
import { createWorkbookStore } from './workbook-store.js';

const AS_OF = dayFromYmd({ y: 2024, m: 6, d: 14 });
const REPORT_NAMES = Object.values(REPORT_LABELS.sheetNames);

function setup(rows: number, apiVersion = '1.9') {
  const book = new FakeWorkbook(['Dữ liệu']);
  book.fill('Dữ liệu', exportGrid(rows));
  const excel = new FakeExcel(book, { apiVersion });
  const store = createWorkbookStore(memoryDocumentStore());
  const settings: Settings = defaultSettings(AS_OF);
  return { book, excel, store, settings };
}

describe('Tạo phụ lục against the fake Excel', () => {
  it('writes the seven report tabs with A4 print setup and the charts core planned', async () => {
    const { book, excel, store, settings } = setup(200);
    const check = await runCheck(excel, store, settings);
    const outcome = await runReports(excel, store, check, settings);
    expect(outcome).toEqual({ names: REPORT_NAMES, notes: [], declined: false });
    expect(book.sheets.map((s) => s.name)).toEqual(['Dữ liệu', ...REPORT_NAMES]);
    const form = book.getSheet('Biểu 06a');
    // document-format.md §6.1: A4 landscape, margins 30/15/20/20 mm, header 10, footer 8.
    expect(form.pageLayout).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      margins: { unit: 'Centimeters', left: 3, right: 1.5, top: 2, bottom: 2, header: 1, footer: 0.8 },
      printGridlines: false,
      firstPageNumber: 1,
      'headersFooters.state': 'FirstAndDefault',
      'headersFooters.firstPage.centerHeader': '',
      'headersFooters.defaultForAllPages.centerHeader': PAGE_NUMBER_HEADER,
    });
    const plans = buildReports(check.result.dossiers, { ...settings, calendar: check.settings.calendar, header: headerWithAgency(settings.header, check.result.agency) });
    // Core's pages, applied as planned: the scale, the print areas (form, then charts), the breaks, every row's height.
    for (const plan of plans) {
      const sheet = book.getSheet(plan.name);
      expect([plan.name, sheet.pageLayout.zoom]).toEqual([plan.name, { scale: plan.print.scalePercent }]);
      expect(sheet.pageLayout.printArea).toBe(plan.print.printAreas!.map(rangeAddress).join(', '));
      const breaks = plan.print.rowBreaks!.map((r) => `A${r + 1}`);
      expect([plan.name, sheet.pageLayout.horizontalPageBreaks ?? []]).toEqual([plan.name, breaks]);
      expect([...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0])).toEqual(plan.rowHeightsPt.map((h) => [h.row, h.heightPt]));
    }
    const planned = plans.flatMap((p) => p.charts.map((c) => [p.name, c.title, c.series.length]));
    const drawn = book.sheets.flatMap((s) => s.charts.map((c) => [s.name, c.title, c.series.length]));
    expect(drawn).toEqual(planned);
    expect(book.activeSheet).toBe('Biểu 06a');
  });

  it('adds the page breaks core planned on a long list, one before the row after each page', async () => {
    const { book, excel, store, settings } = setup(3000);
    const check = await runCheck(excel, store, settings);
    await runReports(excel, store, check, settings);
    const plans = buildReports(check.result.dossiers, { ...settings, calendar: check.settings.calendar, header: headerWithAgency(settings.header, check.result.agency) });
    const broken = plans.filter((p) => p.print.rowBreaks!.length > 0);
    expect(broken.length).toBeGreaterThan(0);
    for (const plan of broken) expect(book.getSheet(plan.name).pageLayout.horizontalPageBreaks).toEqual(plan.print.rowBreaks!.map((r) => `A${r + 1}`));
  });

  it('keeps every request under the 4 MB budget and syncs 1 + ⌈bytes ÷ 4 MB⌉ times', async () => {
    const { excel, store, settings } = setup(20_000);
    const check = await runCheck(excel, store, settings);
    excel.resetCounters();
    await runReports(excel, store, check, settings);
    const bytes = excel.syncs.reduce((n, s) => n + s.requestBytes, 0);
    for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThan(4 * 1024 * 1024 + 64 * 1024);
    expect(excel.syncs.length).toBeLessThanOrEqual(1 + Math.ceil(bytes / (3 * 1024 * 1024)));
  }, 60_000);

  it('never replaces a "Biểu 06a" tab it did not create: the form goes to "Biểu 06a (Đúng Hạn)", reused on the rerun', async () => {
    const { book, excel, store, settings } = setup(30);
    book.fill('Biểu 06a', [['Biểu của tôi', 42]]);
    const before = snapshotSheet(book.getSheet('Biểu 06a'));
    const check = await runCheck(excel, store, settings);
    const outcome = await runReports(excel, store, check, settings);
    expect(outcome.declined).toBe(false);
    expect(outcome.names[0]).toBe('Biểu 06a (Đúng Hạn)');
    expect(outcome.notes).toContain(UI.notes.freeName('Biểu 06a', 'Biểu 06a (Đúng Hạn)'));
    expect(snapshotSheet(book.getSheet('Biểu 06a'))).toEqual(before);
    await runReports(excel, store, check, settings);
    expect(book.sheets.filter((s) => s.name.startsWith('Biểu 06a')).map((s) => s.name).sort()).toEqual(['Biểu 06a', 'Biểu 06a (Đúng Hạn)']);
    expect(snapshotSheet(book.getSheet('Biểu 06a'))).toEqual(before);
  });

  it('on ExcelApi 1.6 still checks and writes the tabs, and says print setup was skipped', async () => {
    const { book, excel, store, settings } = setup(60, '1.6');
    const check = await runCheck(excel, store, settings);
    expect(check.result.plan).not.toBeNull();
    const outcome = await runReports(excel, store, check, settings);
    expect(outcome.notes[0]).toContain('ExcelApi 1.9');
    expect(book.getSheet('Biểu 06a').pageLayout).toEqual({});
  });
});

describe('Tổng hợp and the Ngày nghỉ sheet against the fake Excel', () => {
  it('consolidates two units’ exports into tabs without touching the inputs', async () => {
    const book = new FakeWorkbook(['Xã A', 'Xã B']);
    book.fill('Xã A', exportGrid(40, 1));
    book.fill('Xã B', exportGrid(60, 2));
    const inputs = book.sheets.map(snapshotSheet);
    const excel = new FakeExcel(book);
    const store = createWorkbookStore(memoryDocumentStore());
    const outcome = await runConsolidate(excel, store, defaultSettings(AS_OF), ['Xã A', 'Xã B']);
    expect(outcome.declined).toBe(false);
    expect(outcome.names.length).toBeGreaterThan(0);
    expect(book.sheets.slice(0, 2).map(snapshotSheet)).toEqual(inputs);
    expect(book.sheets.slice(2).map((s) => s.name)).toEqual(outcome.names);
    expect(store.ownedTabs()).toEqual(outcome.names);
  });

  it('creates "Ngày nghỉ" once and reads the office’s extra day off back on the next check', async () => {
    const { book, excel, store, settings } = setup(20);
    expect(await openDaysOffSheet(excel, settings)).toEqual({ created: true });
    const sheet = book.getSheet('Ngày nghỉ');
    // The office adds Mon 2024-06-10 as a day off (row 4, below the table heading).
    const monday = dayFromYmd({ y: 2024, m: 6, d: 10 });
    sheet.setValue(4, 1, monday);
    sheet.setValue(4, 2, 'Nghỉ thêm');
    expect(await openDaysOffSheet(excel, settings)).toEqual({ created: false });
    expect(sheet.value(4, 1)).toBe(monday);
    book.activeSheet = 'Dữ liệu';
    const check = await runCheck(excel, store, settings);
    expect(check.daysOff).toEqual({ extraDaysOff: [monday], extraWorkingDays: [], problems: [] });
    expect(check.settings.calendar.extraDaysOff).toEqual([monday]);
  });
});
