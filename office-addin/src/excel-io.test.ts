import { describe, expect, it } from 'vitest';
import { dayFromYmd, defaultSettings, STATUS_LABELS, TOOL_HEADINGS, type Settings } from '../../core/index.js';
import { FakeExcel, FakeWorkbook } from '../../test/fakes/excel-fake.js';
import { EXPORT_HEADINGS, EXPORT_HEADER_ROW, exportGrid } from '../../test/fakes/excel-export-grid.js';
import { cellsOf, snapshotWorkbook } from '../../test/fakes/excel-fake-snapshot.js';
import { runCheck, runReports, selectProblem } from './excel-io.js';
import { memoryDocumentStore } from './excel-host.js';
import { createWorkbookStore } from './workbook-store.js';

const AS_OF = dayFromYmd({ y: 2024, m: 6, d: 14 });
const FIVE_MB = 5_000_000;

function setup(rows: number, options: ConstructorParameters<typeof FakeExcel>[1] = {}) {
  const book = new FakeWorkbook(['Dữ liệu']);
  const grid = exportGrid(rows);
  book.fill('Dữ liệu', grid);
  const excel = new FakeExcel(book, options);
  const store = createWorkbookStore(memoryDocumentStore());
  const settings: Settings = defaultSettings(AS_OF);
  return { book, grid, excel, store, settings };
}

/** The user's block: every row of the export, every column it has. */
const userRect = (rows: number) => ({ row: 1, col: 1, rows: rows + EXPORT_HEADER_ROW, cols: EXPORT_HEADINGS.length });

describe('runCheck against the fake Excel', () => {
  it('takes the same 3 syncs for 10 and 100,000 rows (1 read + 2 writes), none over 5 MB', async () => {
    const counts: number[][] = [];
    for (const rows of [10, 100_000]) {
      const { excel, store, settings } = setup(rows);
      await runCheck(excel, store, settings);
      counts.push([excel.syncs.length]);
      for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThan(FIVE_MB);
    }
    expect(counts).toEqual([[3], [3]]);
  }, 120_000);

  it('writes core’s plan right of the data and leaves every user cell as it was', async () => {
    const { book, excel, store, settings } = setup(300);
    const sheet = book.getSheet('Dữ liệu');
    const before = cellsOf(sheet, userRect(300));
    const outcome = await runCheck(excel, store, settings);
    expect(cellsOf(sheet, userRect(300))).toEqual(before);
    const plan = outcome.result.plan!;
    // Columns N–P (14–16): the export ends in column M.
    expect(plan.firstCol).toBe(14);
    const written = cellsOf(sheet, { row: EXPORT_HEADER_ROW, col: 14, rows: 301, cols: 3 });
    expect(written.values[0]).toEqual([...TOOL_HEADINGS]);
    expect(written.values.slice(1)).toEqual(plan.values.map((line) => line.map((v) => v)));
    expect(written.formulas.flat().every((f) => f === null)).toBe(true);
  });

  it('colors through one conditional format per colored status over the tool block and the due column', async () => {
    const { book, excel, store, settings } = setup(50);
    const outcome = await runCheck(excel, store, settings);
    const cfs = book.getSheet('Dữ liệu').conditionalFormats;
    const overdue = cfs.filter((cf) => cf.fill === '#FFC7CE');
    // Ngày hẹn trả is column J (10); the status text is in column N.
    expect(overdue).toEqual([
      { type: 'Custom', ranges: [{ row: 4, col: 14, rows: 50, cols: 3 }], formula: `=$N4="${STATUS_LABELS.overdue}"`, fill: '#FFC7CE', fontColor: '#9C0006' },
      { type: 'Custom', ranges: [{ row: 4, col: 10, rows: 50, cols: 1 }], formula: `=$N4="${STATUS_LABELS.overdue}"`, fill: '#FFC7CE', fontColor: '#9C0006' },
    ]);
    expect(cfs.length).toBe(2 * outcome.result.plan!.fills.length);
  });

  it('leaves the workbook identical when run a second time (columns, formats, tabs)', async () => {
    const { book, excel, store, settings } = setup(400);
    const first = await runCheck(excel, store, settings);
    await runReports(excel, store, first, settings);
    const once = snapshotWorkbook(book);
    const second = await runCheck(excel, store, settings);
    await runReports(excel, store, second, settings);
    expect(snapshotWorkbook(book)).toEqual(once);
  });

  it('never writes a formula: text that starts with "=", "+" or "-" stays text on the report tabs', async () => {
    const { book, grid, excel, store, settings } = setup(20);
    // Applicant names that a spreadsheet would run or parse (column G, rows 4–6).
    const tricky = ['=HYPERLINK("http://x","y")', '+84 912 345 678', '-Nguyễn Văn An'];
    tricky.forEach((name, i) => (grid[EXPORT_HEADER_ROW + i][6] = name));
    book.fill('Dữ liệu', grid);
    const outcome = await runCheck(excel, store, settings);
    await runReports(excel, store, outcome, settings);
    for (const sheet of book.sheets) expect([sheet.name, sheet.formulas.size]).toEqual([sheet.name, 0]);
  });

  it('reads a sheet too big for one response in blocks on Excel on the web, no request or response over 5 MB', async () => {
    const { excel, store, settings } = setup(30_000, { limitResponses: true });
    const outcome = await runCheck(excel, store, settings);
    expect(outcome.result.read.dossiers.length).toBe(30_000);
    // The first read was refused (as Excel on the web does), then read again in blocks.
    expect(excel.syncs[0].refused).toBe('ResponsePayloadSizeLimitExceeded');
    const accepted = excel.syncs.filter((s) => !s.refused);
    for (const sync of accepted) {
      expect(sync.requestBytes).toBeLessThan(FIVE_MB);
      expect(sync.responseBytes).toBeLessThan(FIVE_MB);
    }
  }, 60_000);

  it('checks only the selected rows, with the tool columns still right of all the data', async () => {
    const { book, excel, store, settings } = setup(100);
    book.selection = { row: 3, col: 2, rows: 11, cols: 3 };
    const outcome = await runCheck(excel, store, settings);
    expect(outcome.selection).toEqual({ row: 3, col: 2, rows: 11, cols: 3 });
    expect(outcome.result.read.dossiers.length).toBe(10);
    expect(outcome.result.plan!.firstCol).toBe(14);
  });

  it('refuses to overwrite a value the user typed where the tool writes, and changes nothing', async () => {
    const { book, excel, store, settings } = setup(30);
    await runCheck(excel, store, settings);
    // Column Q is the gap between the tool's columns and its legend.
    book.getSheet('Dữ liệu').setValue(10, 17, 'ghi chú của tôi');
    const before = snapshotWorkbook(book);
    await expect(runCheck(excel, store, settings)).rejects.toMatchObject({ userMessage: expect.stringContaining('Q10') });
    expect(snapshotWorkbook(book)).toEqual(before);
  });

  it('uses the columns the user corrected for sheets with the same headings', async () => {
    const { excel, store, settings } = setup(20);
    const first = await runCheck(excel, store, settings);
    expect(first.result.read.mapping.find((m) => m.field === 'officer')?.letter).toBe('M');
    store.setMapping(first.signature, { officer: 'G' });
    const second = await runCheck(excel, store, settings);
    expect(second.result.read.mapping.find((m) => m.field === 'officer')).toMatchObject({ letter: 'G', source: 'user' });
  });

  it('selects the cell of a problem', async () => {
    const { book, excel } = setup(5);
    book.addSheet('Khác');
    book.activeSheet = 'Khác';
    await selectProblem(excel, 'Dữ liệu', { code: 'row.noDue', row: 7, columnLetter: 'J', severity: 'error' });
    expect([book.activeSheet, book.selection]).toEqual(['Dữ liệu', { row: 7, col: 10, rows: 1, cols: 1 }]);
  });
});
