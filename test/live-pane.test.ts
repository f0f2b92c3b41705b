/**
 * "Xuất sổ tự tính" from the panes, checked by a spreadsheet: what the Excel adapter wrote
 * into the fake Excel and what the Apps Script server wrote into the Sheets fake (values,
 * formulas as typed, number formats, every tab) goes into an .xlsx without cached values,
 * LibreOffice headless recalculates it, and the statuses, dues, days late and Biểu 06a
 * counts equal core's. A typed finish date and a moved report date follow core too.
 * Needs LibreOffice (apt-get install -y libreoffice-calc-nogui); skipped without it, except in CI.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkSheet,
  COUNT_KEYS,
  dayFromYmd,
  defaultSettings,
  parseIsoDay,
  placeAll,
  REPORT_LABELS,
  STATUS_LABELS,
  type CheckResult,
  type InputCell,
  type Settings,
} from '../core/index.js';
import { runLive } from '../office-addin/src/excel-live.js';
import { memoryDocumentStore } from '../office-addin/src/excel-host.js';
import { createWorkbookStore } from '../office-addin/src/workbook-store.js';
import { FakeExcel, FakeWorkbook } from './fakes/excel-fake.js';
import { FakeSheet as ExcelSheet } from './fakes/excel-fake-model.js';
import { exportGrid, EXPORT_HEADER_ROW } from './fakes/excel-export-grid.js';
import { callEntry, ensureBundle, loadBundle } from './fakes/gas-bundle.js';
import { gasFake, type FakeSheet as GasSheet } from './fakes/gas-fake.js';
import { addSheet, golden, tiledCells } from './fakes/gas-sample.js';
import { haveSoffice, readRecalculated, recalcWithLibreOffice, SOFFICE_INSTALL, type RecalcValue } from './live-helpers.js';
import { tempDir } from './workbook-helpers.js';

const HAVE = haveSoffice();
if (!HAVE && process.env.CI === 'true') throw new Error(`test/live-pane: soffice (LibreOffice) is missing in CI. Install it with: ${SOFFICE_INSTALL}`);

type Cell = { value: InputCell | { formula: string }; format?: string };

interface Case {
  name: string;
  file: string;
  dataSheet: string;
  firstCol: number;
  expected: CheckResult;
  settings: Settings;
  recalculated?: Map<string, (row: number, col: number) => RecalcValue>;
}

const dir = tempDir();
const out = join(dir, 'recalculated');
const cases: Case[] = [];

/** A workbook of sheets given cell by cell, written without cached values, recalculated on open. */
async function writeXlsx(file: string, sheets: { name: string; cells: Map<string, Cell> }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, cells } of sheets) {
    const ws = workbook.addWorksheet(name);
    for (const [at, cell] of cells) {
      const [row, col] = at.split(',').map(Number);
      const target = ws.getRow(row).getCell(col);
      const v = cell.value;
      target.value = v !== null && typeof v === 'object' ? { formula: v.formula.replace(/^=/, '') } : (v as ExcelJS.CellValue);
      if (cell.format && cell.format !== 'General') target.numFmt = cell.format;
    }
  }
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  await workbook.xlsx.writeFile(file);
}

function excelCells(sheet: ExcelSheet): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  sheet.rows.forEach((line, r) => line?.forEach((v, c) => v !== undefined && cells.set(`${r + 1},${c + 1}`, { value: v, format: sheet.style(r + 1, c + 1).numberFormat as string | undefined })));
  for (const [key, formula] of sheet.formulas) {
    const row = Math.floor(key / 16_384);
    const col = (key % 16_384) + 1;
    cells.set(`${row},${col}`, { value: { formula }, format: sheet.style(row, col).numberFormat as string | undefined });
  }
  return cells;
}

function gasCells(sheet: GasSheet): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  sheet.values.forEach((line, r) =>
    line?.forEach((v, c) => {
      if (v === undefined || v === null || v === '') return;
      // A Date as the serial it shows in Hà Nội (UTC+7, no clock change).
      const value = v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).getTime() / 86_400_000 + 25_569 + 7 / 24 : (v as InputCell | { formula: string });
      cells.set(`${r + 1},${c + 1}`, { value, format: sheet.peekProp('numberFormat', r + 1, c + 1) as string | undefined });
    }),
  );
  return cells;
}

async function excelCase(name: string, rows: number, asOf = dayFromYmd({ y: 2024, m: 6, d: 14 }), edit?: (sheet: ExcelSheet) => void): Promise<void> {
  const book = new FakeWorkbook(['Dữ liệu']);
  book.fill('Dữ liệu', exportGrid(rows));
  const excel = new FakeExcel(book);
  const settings = defaultSettings(asOf);
  const store = createWorkbookStore(memoryDocumentStore());
  const outcome = await runLive(excel, store, settings);
  const sheet = book.getSheet('Dữ liệu');
  edit?.(sheet);
  const grid = { sheetName: 'Dữ liệu', cells: Array.from(sheet.rows, (line) => Array.from(line ?? [], (v) => v ?? null)).map((line) => line.slice(0, 13)) };
  const file = join(dir, `${name}.xlsx`);
  await writeXlsx(file, book.sheets.map((s) => ({ name: s.name, cells: excelCells(s) })));
  const expected = checkSheet(grid, settings);
  expect(outcome.liveRows).toBe(expected.dossiers.length);
  cases.push({ name, file, dataSheet: 'Dữ liệu', firstCol: expected.plan!.firstCol, expected, settings });
}

async function gasCase(name: string, cells: InputCell[][]): Promise<void> {
  const g = golden();
  const settings = defaultSettings(parseIsoDay(g.asOf)!);
  const fake = gasFake({ spreadsheetTimeZone: 'Asia/Ho_Chi_Minh' });
  addSheet(fake, g.grid.sheetName, cells, 'Asia/Ho_Chi_Minh');
  const context = loadBundle(fake);
  let step = callEntry<{ ok: boolean; value: { done: boolean; token: string | null } }>(context, 'rpcStartLive', { settings });
  while (step.ok && !step.value.done) step = callEntry(context, 'rpcContinueLive', step.value.token);
  if (!step.ok) throw new Error(JSON.stringify(step));
  const file = join(dir, `${name}.xlsx`);
  await writeXlsx(file, fake.ss.sheets.map((s) => ({ name: s.name, cells: gasCells(s) })));
  const expected = checkSheet({ sheetName: g.grid.sheetName, cells }, settings);
  cases.push({ name, file, dataSheet: g.grid.sheetName, firstCol: expected.plan!.firstCol, expected, settings });
}

/** Rows where the recalculated status, due (to the minute) or days late differ from core's. */
function mismatches(c: Case): string[] {
  const at = c.recalculated!.get(c.dataSheet)!;
  const plan = c.expected.plan!;
  const bad: string[] = [];
  for (const d of c.expected.dossiers) {
    const r = d.record.row;
    const status = at(r, c.firstCol);
    const due = at(r, c.firstCol + 1);
    const late = at(r, c.firstCol + 2);
    const wantDue = d.dueAt === null ? '' : String(Math.round((d.dueAt.day + (d.dueAt.sec ?? 0) / 86_400) * 1440));
    const gotDue = due === '' || due === null ? '' : String(Math.round(Number(due) * 1440));
    const wantLate = plan.values[r - plan.headerRow - 1][2];
    const gotLate = late === '' || late === null ? null : Number(late);
    if (status !== STATUS_LABELS[d.status] || gotDue !== wantDue || gotLate !== wantLate) bad.push(`${c.name} row ${r}: ${String(status)} / ${String(due)} / ${String(late)}, want ${STATUS_LABELS[d.status]} / ${wantDue} / ${wantLate}`);
  }
  return bad;
}

describe.skipIf(!HAVE)("the panes' live workbooks recalculated by LibreOffice", () => {
  beforeAll(async () => {
    ensureBundle();
    await excelCase('excel-300', 300);
    // A clerk types a finish date into every open row after the export (Thu 13/6/2024 10:00).
    await excelCase('excel-typed', 120, undefined, (sheet) => {
      for (let r = EXPORT_HEADER_ROW + 1; r <= EXPORT_HEADER_ROW + 120; r++) if (sheet.value(r, 11) === undefined) sheet.setValue(r, 11, dayFromYmd({ y: 2024, m: 6, d: 13 }) + 10 / 24);
    });
    await gasCase('sheets-golden', golden().grid.cells);
    await gasCase('sheets-tiled', tiledCells(200));
    recalcWithLibreOffice(cases.map((c) => c.file), out);
    for (const c of cases) c.recalculated = readRecalculated(out, c.file);
  }, 600_000);

  it('gives core status, due and days late on every dossier, from both adapters', () => {
    for (const c of cases) {
      expect(c.expected.dossiers.length, c.name).toBeGreaterThan(8);
      expect(mismatches(c), c.name).toEqual([]);
    }
    // The typed finish dates moved open rows to finished statuses, and the formulas followed them.
    const typed = cases.find((c) => c.name === 'excel-typed')!;
    const untyped = checkSheet({ sheetName: 'Dữ liệu', cells: exportGrid(120) }, typed.settings);
    const moved = typed.expected.dossiers.filter((d, i) => d.status !== untyped.dossiers[i].status);
    expect(moved.length).toBeGreaterThan(10);
    expect(new Set(moved.map((d) => d.status))).toContain('on_time');
  });

  it('Biểu 06a formulas equal core counts', () => {
    for (const c of cases) {
      const form = c.recalculated!.get(REPORT_LABELS.sheetNames.form06a)!;
      const { total } = placeAll(c.expected.dossiers, c.settings);
      let totalRow = 0;
      for (let row = 1; row < 200 && totalRow === 0; row++) if (form(row, 1) === REPORT_LABELS.total) totalRow = row;
      expect(COUNT_KEYS.map((_, k) => form(totalRow, 3 + k)), c.name).toEqual(COUNT_KEYS.map((k) => total.counts[k]));
    }
  });
});

it.skipIf(HAVE)(`the panes' live workbooks need LibreOffice: ${SOFFICE_INSTALL}`, () => {});
