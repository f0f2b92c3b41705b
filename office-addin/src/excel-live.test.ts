import { describe, expect, it } from 'vitest';
import {
  blockWrites,
  buildLivePlan,
  checkSheet,
  dayFromYmd,
  defaultSettings,
  hostInput,
  isFormulaCell,
  LIVE_LABELS,
  liveDataBlock,
  TOOL_HEADINGS,
  type LivePlan,
  type Settings,
} from '../../core/index.js';
import { FakeExcel, FakeWorkbook } from '../../test/fakes/excel-fake.js';
import { FakeSheet } from '../../test/fakes/excel-fake-model.js';
import { EXPORT_HEADINGS, EXPORT_HEADER_ROW, exportGrid } from '../../test/fakes/excel-export-grid.js';
import { cellsOf, snapshotSheet, snapshotWorkbook } from '../../test/fakes/excel-fake-snapshot.js';
import { runCheck } from './excel-io.js';
import { memoryDocumentStore } from './excel-host.js';
import { runLive } from './excel-live.js';
import { excelBridge } from './taskpane/excel-bridge.js';
import { UI } from './labels.vi.js';
import { createWorkbookStore } from './workbook-store.js';

const AS_OF = dayFromYmd({ y: 2024, m: 6, d: 14 });
const FIVE_MB = 5_000_000;
const DATA = 'Dữ liệu';

function setup(rows: number, options: ConstructorParameters<typeof FakeExcel>[1] = {}, edit?: (grid: ReturnType<typeof exportGrid>) => void) {
  const book = new FakeWorkbook([DATA]);
  const grid = exportGrid(rows);
  edit?.(grid);
  book.fill(DATA, grid);
  const excel = new FakeExcel(book, options);
  const store = createWorkbookStore(memoryDocumentStore());
  const settings: Settings = defaultSettings(AS_OF);
  return { book, grid, excel, store, settings };
}

/** What core plans for the same grid, as the adapter should have written it. */
function expectedPlan(grid: ReturnType<typeof exportGrid>, settings: Settings): LivePlan {
  const sheetGrid = { sheetName: DATA, cells: grid };
  return buildLivePlan(sheetGrid, checkSheet(sheetGrid, settings), settings, { dataSheetName: DATA })!;
}

/** The cell as Excel holds it: its formula (A1, with "="), else its value ('' when empty). */
function cellInput(sheet: FakeSheet, row: number, col: number): string | number | boolean {
  return sheet.formulas.get(FakeSheet.key(row, col)) ?? sheet.value(row, col) ?? '';
}

const userRect = (rows: number) => ({ row: 1, col: 1, rows: rows + EXPORT_HEADER_ROW, cols: EXPORT_HEADINGS.length });

describe('runLive against the fake Excel', () => {
  it("writes core's live block cell for cell: formulas where the plan has formulas, values elsewhere, in cells that are not text", async () => {
    const { book, grid, excel, store, settings } = setup(120);
    const outcome = await runLive(excel, store, settings);
    const plan = expectedPlan(grid, settings);
    const sheet = book.getSheet(DATA);
    const block = liveDataBlock(plan.data, 0, plan.data.rows.length);
    const got: unknown[][] = [];
    const want: unknown[][] = [];
    block.cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        const row = block.row + i;
        const col = block.col + j;
        got.push([row, col, cellInput(sheet, row, col), sheet.style(row, col).numberFormat ?? 'General']);
        want.push([row, col, hostInput(cell), block.formats[i][j]]);
      }),
    );
    expect(got).toEqual(want);
    // Formulas never sit in a text cell (Excel would keep them as text).
    for (const [key, formula] of sheet.formulas) expect([formula, sheet.styles.get(key)?.numberFormat]).not.toEqual([formula, '@']);
    expect(plan.data.rows.flat().filter(isFormulaCell).length).toBeGreaterThan(120 * 10);
    expect(outcome).toMatchObject({ sheetName: DATA, liveRows: plan.data.liveRows, fixedRows: plan.data.fixedRows, years: [2024, 2025], notes: [] });
    // The settings cells: the report date, the period and the two formulas over them.
    for (const patch of plan.data.settings) expect(cellInput(sheet, patch.row, patch.col), `${patch.row},${patch.col}`).toEqual(hostInput(patch.value));
    expect(outcome.asOfCell).toBe(`AL${plan.data.asOfCell.row}`);
  });

  it("never changes a user cell, and formula-like text of the export stays text", async () => {
    const tricky = ['=HYPERLINK("http://x","y")', '+84 912 345 678', '-Nguyễn Văn An'];
    const { book, excel, store, settings } = setup(30, {}, (grid) => tricky.forEach((name, i) => (grid[EXPORT_HEADER_ROW + i][6] = name)));
    const sheet = book.getSheet(DATA);
    const before = cellsOf(sheet, userRect(30));
    await runLive(excel, store, settings);
    expect(cellsOf(sheet, userRect(30))).toEqual(before);
    expect(tricky.map((_, i) => sheet.value(EXPORT_HEADER_ROW + 1 + i, 7))).toEqual(tricky);
    // No formula left of the tool's first column (N).
    expect([...sheet.formulas.keys()].filter((k) => (k % 16_384) + 1 < 14)).toEqual([]);
  });

  it('hides the helper columns, colors by rules on the status text and writes the tabs with their COUNTIFS', async () => {
    const { book, excel, store, settings } = setup(60);
    const outcome = await runLive(excel, store, settings);
    const sheet = book.getSheet(DATA);
    // N–Q visible (status, due, days late, note), R–AI hidden helpers.
    expect([...sheet.hiddenColumns]).toEqual(Array.from({ length: 18 }, (_, i) => 18 + i));
    const overdue = sheet.conditionalFormats.filter((cf) => cf.fill === '#FFC7CE');
    expect(overdue.map((cf) => [cf.formula, cf.ranges])).toEqual([
      ['=$N4="Quá hạn (đang giải quyết)"', [{ row: 4, col: 14, rows: 60, cols: 4 }]],
      ['=$N4="Quá hạn (đang giải quyết)"', [{ row: 4, col: 10, rows: 60, cols: 1 }]],
    ]);
    expect(outcome.tabs).toContain('Biểu 06a');
    expect(outcome.tabs[outcome.tabs.length - 1]).toBe('Ngày nghỉ');
    expect(outcome.liveTabs).toEqual(['Biểu 06a', 'Chỉ số 766']);
    const form = book.getSheet('Biểu 06a');
    expect([...form.formulas.values()].filter((f) => f.includes(`COUNTIFS('${DATA}'!`)).length).toBeGreaterThan(20);
    const days = book.getSheet('Ngày nghỉ');
    expect([...days.formulas.values()].filter((f) => f.startsWith('=IF(COUNTIFS(')).length).toBe(731);
    expect(book.activeSheet).toBe(DATA);
    // Recalculated even in a workbook left in manual calculation.
    expect(excel.calls).toContain('Application.calculate');
  });

  it('takes the same syncs for 200 and 2,000 rows, none over 5 MB', async () => {
    const counts: number[] = [];
    for (const rows of [200, 2_000]) {
      const { excel, store, settings } = setup(rows);
      await runLive(excel, store, settings);
      counts.push(excel.syncs.length);
      for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThan(FIVE_MB);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(5);
  }, 60_000);

  it('a second run leaves the workbook as the first left it', async () => {
    const { book, excel, store, settings } = setup(80);
    await runLive(excel, store, settings);
    const once = snapshotWorkbook(book);
    await runLive(excel, store, settings);
    expect(snapshotWorkbook(book)).toEqual(once);
  });

  it('a check after the live run replaces its columns as on a sheet never made live, and a live run after a check replaces the check', async () => {
    const plain = setup(50);
    await runCheck(plain.excel, plain.store, plain.settings);
    const checked = snapshotSheet(plain.book.getSheet(DATA));

    const { book, excel, store, settings } = setup(50);
    await runLive(excel, store, settings);
    const live = snapshotSheet(book.getSheet(DATA));
    await runCheck(excel, store, settings);
    // Excel keeps a cleared column's width: columns the check does not size (its gap Q, those right of its legend R) keep the live widths, empty.
    const checkedPart = (s: ReturnType<typeof snapshotSheet>) => ({ ...s, columnWidths: s.columnWidths.filter(([col]) => col <= 16 || col === 18) });
    expect(checkedPart(snapshotSheet(book.getSheet(DATA)))).toEqual(checkedPart(checked));
    await runLive(excel, store, settings);
    // The check's legend column (R) is a hidden helper again: its width does not show.
    const shown = (s: ReturnType<typeof snapshotSheet>) => ({ ...s, columnWidths: s.columnWidths.filter(([col]) => !s.hiddenColumns.includes(col)) });
    expect(shown(snapshotSheet(book.getSheet(DATA)))).toEqual(shown(live));
  });

  it('a typed finish date is read back on the next run, and the user cell keeps it', async () => {
    const { book, excel, store, settings } = setup(40);
    const outcome = await runLive(excel, store, settings);
    const sheet = book.getSheet(DATA);
    // The clerk types a finish date into an open row's "Ngày kết thúc xử lý" (column K).
    const open = Array.from({ length: 40 }, (_, i) => EXPORT_HEADER_ROW + 1 + i).find((r) => sheet.value(r, 11) === undefined)!;
    sheet.setValue(open, 11, AS_OF - 1 + 10 / 24);
    const again = await runLive(excel, store, settings);
    expect(again.liveRows).toBe(outcome.liveRows);
    expect(sheet.value(open, 11)).toBe(AS_OF - 1 + 10 / 24);
    expect(sheet.formulas.get(FakeSheet.key(open, 21))).toBe(`=IF(ISNUMBER(K${open}),K${open},"")`);
  });

  it('refuses to write over a value the user typed in the settings area, and changes nothing', async () => {
    const { book, excel, store, settings } = setup(20);
    const outcome = await runLive(excel, store, settings);
    const sheet = book.getSheet(DATA);
    // Column AJ is the gap between the live block (N–AI) and its legend (AK).
    sheet.setValue(10, 36, 'ghi chú của tôi');
    const before = snapshotWorkbook(book);
    await expect(runLive(excel, store, settings)).rejects.toMatchObject({ userMessage: expect.stringContaining('AJ10') });
    expect(snapshotWorkbook(book)).toEqual(before);
    expect(outcome.liveRows).toBeGreaterThan(0);
  });
});

describe('runLive on older Excel', () => {
  it('ExcelApi 1.1 (Office 2016): formulas all written, no conditional format, helpers left visible, and the pane says both', async () => {
    const { book, grid, excel, store, settings } = setup(30, { apiVersion: '1.1' });
    const outcome = await runLive(excel, store, settings);
    const sheet = book.getSheet(DATA);
    const plan = expectedPlan(grid, settings);
    const formulas = plan.data.rows.flat().filter(isFormulaCell).length + plan.data.settings.filter((p) => isFormulaCell(p.value)).length;
    expect(sheet.formulas.size).toBe(formulas);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.hiddenColumns.size).toBe(0);
    expect(outcome.notes.slice(0, 2)).toEqual([UI.notes.liveNotHidden('R–AI'), UI.notes.liveNoColors]);
  });

  it('ExcelApi 1.5: helpers hidden, no conditional format, and a note that the colors are not live', async () => {
    const { book, excel, store, settings } = setup(30, { apiVersion: '1.5' });
    const outcome = await runLive(excel, store, settings);
    const sheet = book.getSheet(DATA);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.hiddenColumns.size).toBe(18);
    expect(outcome.notes[0]).toBe(UI.notes.liveNoColors);
    // The block is still written in few requests: formulas need only ExcelApi 1.1.
    expect(excel.syncs.length).toBeLessThanOrEqual(5);
  });
});

it('the tool headings of a live run are the three of a check, then the note and the helpers', async () => {
  const { book, excel, store, settings } = setup(5);
  await runLive(excel, store, settings);
  const sheet = book.getSheet(DATA);
  const headings = Array.from({ length: 22 }, (_, j) => sheet.value(EXPORT_HEADER_ROW, 14 + j));
  expect(headings.slice(0, 4)).toEqual([...TOOL_HEADINGS, LIVE_LABELS.noteHeading]);
  expect(blockWrites({ row: 1, col: 1, cells: [], formats: [] })).toEqual([]);
});

it('the pane: a check after the live export says the live tabs still count the replaced columns; the export says what it did', async () => {
  const { excel, store, settings } = setup(20);
  const bridge = excelBridge(excel, store, () => AS_OF, (day) => defaultSettings(day));
  const hooks = { progress: () => undefined, ask: async () => true };
  const live = await bridge.live(null, settings, hooks);
  expect(live).toMatchObject({ sheetName: DATA, liveTabs: ['Biểu 06a', 'Chỉ số 766'], notes: [] });
  const first = await bridge.check(null, settings, hooks);
  expect(first.notes).toContain(UI.notes.liveReplaced);
  const second = await bridge.check(null, settings, hooks);
  expect(second.notes).not.toContain(UI.notes.liveReplaced);
});

it('follows the tool\'s "Ngày nghỉ" tab the office renamed: the data formulas point at its new name', async () => {
  const { book, excel, store, settings } = setup(10);
  await runLive(excel, store, settings);
  book.renameSheet('Ngày nghỉ', 'Lịch nghỉ của xã');
  const again = await runLive(excel, store, settings);
  expect(again.tabs[again.tabs.length - 1]).toBe('Lịch nghỉ của xã');
  const formulas = [...book.getSheet(DATA).formulas.values()].join('\n');
  expect(formulas).toContain("'Lịch nghỉ của xã'!");
  expect(formulas).not.toContain("'Ngày nghỉ'!");
  expect(book.sheet('Ngày nghỉ')).toBeUndefined();
});

it('keeps the rows and notes the office typed on its own "Ngày nghỉ" tab and makes it the tool\'s, with no second one', async () => {
  const { book, excel, store, settings } = setup(10);
  const tue = dayFromYmd({ y: 2024, m: 6, d: 11 });
  book.fill('Ngày nghỉ', [['NGÀY NGHỈ CỦA XÃ'], [], ['Ngày', 'Loại', 'Ghi chú'], [tue, 'Nghỉ thêm', 'Nghỉ bù ngày hội của xã']]);
  const outcome = await runLive(excel, store, settings);
  expect(book.sheets.filter((s) => s.name.startsWith('Ngày nghỉ')).map((s) => s.name)).toEqual(['Ngày nghỉ']);
  const tab = book.getSheet('Ngày nghỉ');
  expect([tab.value(4, 1), tab.value(4, 2), tab.value(4, 3)]).toEqual([tue, 'Nghỉ thêm', 'Nghỉ bù ngày hội của xã']);
  expect(Object.values(store.toolTabMarks())).toContain('Ngày nghỉ');
  expect(outcome.tabs[outcome.tabs.length - 1]).toBe('Ngày nghỉ');
});
