/**
 * `dunghan check --out --live`: the live workbook recalculated from scratch by LibreOffice
 * headless gives exactly core's statuses, due dates, days late and Biểu 06a counts, on the
 * samples and on generated exports (Tết 2024/2025, the 26/4 ↔ 2/5/2025 swap, make-up
 * Saturdays); typing a finish date or changing the report-date cell moves them as core would.
 * Needs LibreOffice (apt-get install -y libreoffice-calc-nogui); skipped without it, except in CI.
 * All workbooks are converted in one soffice call (2 shared cores).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCalendar,
  buildLivePlan,
  DAYS_OFF_SHEET_NAME,
  formatIsoDay,
  isoWeekday,
  isWorkingDay,
  checkSheet,
  LIVE_LABELS,
  COUNT_KEYS,
  dayFromYmd,
  defaultSettings,
  findLateOnSystemSheet,
  hasSeveralUnits,
  score766,
  tallyByLabel,
  placeAll,
  REPORT_LABELS,
  STATUS_LABELS,
  type CheckResult,
  type Day,
  type Settings,
  type SheetGrid,
} from '../core/index.js';
import { loadInput, type LoadedInput } from '../cli/src/files/load-input.js';
import { writeLiveWorkbook, type LiveWriteSummary } from '../cli/src/workbook/live/write-live.js';
import { GEN_COL, generateRows, haveSoffice, readRecalculated, recalcWithLibreOffice, SOFFICE_INSTALL, writeGeneratedCsv, writeGeneratedXlsx, type RecalcValue } from './live-helpers.js';
import { SAMPLES_AS_OF, tempDir } from './workbook-helpers.js';

const HAVE = haveSoffice();
if (!HAVE && process.env.CI === 'true') throw new Error(`test/live-workbook: soffice (LibreOffice) is missing in CI. Install it with: ${SOFFICE_INSTALL}`);

interface Case {
  name: string;
  /** The live workbook LibreOffice recalculates. */
  file: string;
  summary: LiveWriteSummary;
  /** What core says for the same data and settings. */
  expected: CheckResult;
  settings: Settings;
  /** Edited after writing: rows kept fixed are not expected to follow the edit. */
  edited?: boolean;
  /** Filled after the LibreOffice run. */
  recalculated?: Map<string, (row: number, col: number) => RecalcValue>;
}

const dir = tempDir();
const recalcDir = join(dir, 'recalculated');
const cases: Case[] = [];
const byName = (name: string) => cases.find((c) => c.name === name)!;

async function liveCase(name: string, path: string, settings: Settings): Promise<{ input: LoadedInput; grid: SheetGrid; result: CheckResult; summary: LiveWriteSummary; file: string }> {
  const input = await loadInput(path);
  const grid = input.sheets[0];
  const result = checkSheet(grid, settings, { lateOnSystem: findLateOnSystemSheet(input.sheets) });
  const file = join(dir, `${name}.xlsx`);
  const summary = await writeLiveWorkbook(input, grid.sheetName, result, settings, file);
  cases.push({ name, file, summary, expected: result, settings });
  return { input, grid, result, summary, file };
}

/** A copy of a grid with some cells replaced (what the clerk typed), for core's expectation. */
function editedGrid(grid: SheetGrid, edits: readonly { row: number; col: number; value: number }[]): SheetGrid {
  const cells = grid.cells.map((line) => [...line]);
  const r0 = grid.origin?.row ?? 1;
  const c0 = grid.origin?.col ?? 1;
  for (const e of edits) {
    const line = cells[e.row - r0];
    while (line.length < e.col - c0 + 1) line.push(null);
    line[e.col - c0] = e.value;
  }
  return { ...grid, cells };
}

async function editWorkbook(from: string, to: string, sheetName: string, edits: readonly { row: number; col: number; value: number; numFmt: string }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  const sheet = workbook.getWorksheet(sheetName)!;
  for (const e of edits) {
    const cell = sheet.getRow(e.row).getCell(e.col);
    cell.value = e.value;
    cell.numFmt = e.numFmt;
  }
  await workbook.xlsx.writeFile(to);
}

function sheetOf(c: Case, name: string): (row: number, col: number) => RecalcValue {
  const sheet = c.recalculated?.get(name);
  if (!sheet) throw new Error(`${c.name}: no recalculated sheet ${name}`);
  return sheet;
}

function statusColumn(c: Case): Map<number, { status: RecalcValue; due: RecalcValue; late: RecalcValue; note: RecalcValue }> {
  const at = sheetOf(c, c.summary.dataSheetName);
  const col = c.summary.firstCol;
  const out = new Map<number, { status: RecalcValue; due: RecalcValue; late: RecalcValue; note: RecalcValue }>();
  for (const d of c.expected.dossiers) {
    const r = d.record.row;
    out.set(r, { status: at(r, col), due: at(r, col + 1), late: at(r, col + 2), note: at(r, col + 3) });
  }
  return out;
}

/** Rows where LibreOffice's status, due (to the minute) or days late differ from core's. */
function mismatches(c: Case): string[] {
  const got = statusColumn(c);
  const bad: string[] = [];
  const plan = c.expected.plan!;
  for (const d of c.expected.dossiers) {
    const g = got.get(d.record.row)!;
    if (c.edited && g.note !== LIVE_LABELS.live) continue;
    const want = STATUS_LABELS[d.status];
    const wantDue = d.dueAt === null ? '' : String(Math.round((d.dueAt.day + (d.dueAt.sec ?? 0) / 86_400) * 1440));
    const gotDue = g.due === '' || g.due === null ? '' : String(Math.round(Number(g.due) * 1440));
    const wantLate = plan.values[d.record.row - plan.headerRow - 1][2];
    const gotLate = g.late === '' || g.late === null ? null : Number(g.late);
    if (g.status !== want || gotDue !== wantDue || gotLate !== wantLate) {
      bad.push(`${c.name} row ${d.record.row}: got ${g.status} / ${g.due} / ${g.late}, want ${want} / ${wantDue} / ${wantLate} (${g.note})`);
    }
  }
  return bad;
}

/** The first row whose cell in `col` holds the text. */
function rowHolding(at: (row: number, col: number) => RecalcValue, text: string, col = 1): number {
  for (let row = 1; row < 2000; row++) if (at(row, col) === text) return row;
  throw new Error(`no row holding ${text}`);
}

const liveCount = (c: Case) => [...statusColumn(c).values()].filter((v) => v.note === LIVE_LABELS.live).length;

const MAY_5 = dayFromYmd({ y: 2025, m: 5, d: 5 });
const FEB_3 = dayFromYmd({ y: 2025, m: 2, d: 3 });

describe.skipIf(!HAVE)('the live workbook recalculated by LibreOffice', () => {
  const edits: { name: string; overdueRows: number[] }[] = [];
  beforeAll(async () => {
    const settings = defaultSettings(SAMPLES_AS_OF);
    for (const [name, file] of [['xa', 'xa-dan-tu-excel.xlsx'], ['opencps', 'opencps-ho-so.csv'], ['thanhhoa', 'thanh-hoa-ho-so.xls']] as const) {
      await liveCase(name, join(import.meta.dirname, '..', 'samples', file), settings);
    }
    const genCsv = join(dir, 'input-gen-text.csv');
    writeGeneratedCsv(genCsv, generateRows(240, 1));
    const genXlsx = join(dir, 'input-gen-cells.xlsx');
    await writeGeneratedXlsx(genXlsx, generateRows(240, 2));
    const text = await liveCase('gen-text', genCsv, defaultSettings(MAY_5));
    const cells = await liveCase('gen-cells', genXlsx, defaultSettings(FEB_3));
    // The office's own days on "Ngày nghỉ": a Monday off and a Saturday worked.
    const office = defaultSettings(MAY_5);
    await liveCase('gen-text-office', genCsv, { ...office, calendar: { extraDaysOff: [dayFromYmd({ y: 2025, m: 4, d: 28 })], extraWorkingDays: [dayFromYmd({ y: 2025, m: 5, d: 10 })] } });

    // Typing finish dates into overdue rows: before, on and after the due day (never after the report date).
    for (const base of [text, cells]) {
      const name = `${cases.find((c) => c.file === base.file)!.name}-typed`;
      const asOf = base.result.dossiers.length > 0 ? cases.find((c) => c.file === base.file)!.settings.asOf : MAY_5;
      const livePlan = buildLivePlan(base.grid, base.result, cases.find((c) => c.file === base.file)!.settings, { dataSheetName: base.summary.dataSheetName })!;
      const isLive = (row: number) => livePlan.data.rows[row - livePlan.data.headerRow - 1][3] === LIVE_LABELS.live;
      const overdue = base.result.dossiers.filter((d) => d.status === "overdue" && isLive(d.record.row)).slice(0, 24);
      const typed = overdue.map((d, i) => {
        const dueDay = d.dueAt!.day;
        const day = Math.min([dueDay - 1, dueDay, dueDay + 2][i % 3], asOf);
        const sec = i % 2 === 0 ? null : 9 * 3600;
        return { row: d.record.row, col: GEN_COL.finished, value: day + (sec ?? 0) / 86_400, numFmt: 'dd/mm/yyyy hh:mm' };
      });
      const file = join(dir, `${name}.xlsx`);
      await editWorkbook(base.file, file, base.summary.dataSheetName, typed);
      const s = cases.find((c) => c.file === base.file)!.settings;
      const expected = checkSheet(editedGrid(base.grid, typed), s);
      cases.push({ name, file, summary: base.summary, expected, settings: s, edited: true });
      edits.push({ name, overdueRows: overdue.map((d) => d.record.row) });
    }
    // Moving the report-date cell back and forward.
    for (const [name, shift] of [['gen-cells-earlier', -9], ['gen-cells-later', 6], ['xa-later', 15]] as const) {
      const base = name.startsWith('xa') ? byName('xa') : cells;
      const baseCase = cases.find((c) => c.file === base.file)!;
      const asOf = (baseCase.settings.asOf + shift) as Day;
      const file = join(dir, `${name}.xlsx`);
      await editWorkbook(base.file, file, base.summary.dataSheetName, [{ ...base.summary.asOfCell, value: asOf, numFmt: 'dd/mm/yyyy' }]);
      const settings2 = { ...baseCase.settings, asOf };
      const input = name.startsWith('xa') ? await loadInput(join(import.meta.dirname, '..', 'samples', 'xa-dan-tu-excel.xlsx')) : null;
      const grid = input ? input.sheets[0] : cells.grid;
      cases.push({ name, file, summary: base.summary, expected: checkSheet(grid, settings2, { lateOnSystem: input ? findLateOnSystemSheet(input.sheets) : null }), settings: settings2, edited: true });
    }
    recalcWithLibreOffice(cases.map((c) => c.file), recalcDir);
    for (const c of cases) c.recalculated = readRecalculated(recalcDir, c.file);
  }, 600_000);

  it('gives core status, due and days late on every dossier of the samples', () => {
    for (const name of ['xa', 'opencps', 'thanhhoa']) {
      const c = byName(name);
      expect(mismatches(c)).toEqual([]);
      // Most rows are followed by formulas, not frozen.
      expect(liveCount(c)).toBeGreaterThan(c.expected.dossiers.length * 0.6);
    }
  });

  it('gives core status on generated exports across Tết, the 2025 swap and make-up Saturdays', () => {
    for (const name of ['gen-text', 'gen-cells', 'gen-text-office']) {
      const c = byName(name);
      expect(mismatches(c)).toEqual([]);
      expect(liveCount(c)).toBeGreaterThan(150);
      // Every status the generator aims at occurs, so each branch of the formula was exercised.
      const statuses = new Set(c.expected.dossiers.map((d) => d.status));
      for (const s of ['early', 'on_time', 'late', 'late_on_system', 'overdue', 'pending', 'awaiting_citizen', 'withdrawn', 'rejected', 'not_received', 'invalid'] as const) expect(statuses).toContain(s);
      // The rules of issue 9 are followed by formulas, not frozen: a wrong system due measured against the lawful one,
      // impossible dates, and an open dossier the office already returned.
      const live = new Set([...statusColumn(c)].filter(([, v]) => v.note === LIVE_LABELS.live).map(([row]) => row));
      const liveWhere = (p: (d: CheckResult['dossiers'][number]) => boolean) => c.expected.dossiers.some((d) => live.has(d.record.row) && p(d));
      expect(liveWhere((d) => d.dueSource === 'lawful'), name).toBe(true);
      expect(liveWhere((d) => d.reason === 'row.dueBeforeReceived'), name).toBe(true);
      expect(liveWhere((d) => d.status === 'not_received'), name).toBe(true);
      expect(liveWhere((d) => d.record.finished === null && d.record.actualResult !== null && (d.status === 'late' || d.status === 'late_on_system')), name).toBe(true);
    }
    // Dues counted over the make-up Saturday 26/4/2025 and across Tết exist among the live rows.
    const gen = byName('gen-cells');
    expect(gen.expected.dossiers.some((d) => d.dueSource === 'computed')).toBe(true);
  });

  it('turns a typed finish date in an overdue row into early, on time or late as core does', () => {
    // Both exports together (the cell-typed one has few overdue rows on its report date).
    const after = new Set<string>();
    for (const { name, overdueRows } of edits) {
      const c = byName(name);
      expect(mismatches(c)).toEqual([]);
      for (const row of overdueRows) after.add(c.expected.dossiers.find((d) => d.record.row === row)!.status);
    }
    expect([...after].some((s) => s === 'early' || s === 'on_time')).toBe(true);
    expect(after.has('late') || after.has('late_on_system')).toBe(true);
    expect(after.has('overdue')).toBe(false);
  });

  it('moves due-soon and overdue with the report-date cell as core does', () => {
    for (const name of ['gen-cells-earlier', 'gen-cells-later', 'xa-later']) {
      const c = byName(name);
      expect(mismatches(c)).toEqual([]);
    }
    const base = byName('gen-cells').expected.counts;
    const later = byName('gen-cells-later').expected.counts;
    expect(later.overdue).toBeGreaterThan(base.overdue);
    // Due-soon rows exist and differ between report dates, so the window moved with the cell.
    const soon = (name: string) => byName(name).expected.dossiers.filter((d) => d.status === 'due_soon').map((d) => d.record.row).join();
    expect([soon('gen-cells'), soon('gen-cells-earlier'), soon('gen-cells-later')].filter((s) => s !== '').length).toBeGreaterThanOrEqual(2);
    expect(new Set([soon('gen-cells'), soon('gen-cells-earlier'), soon('gen-cells-later')]).size).toBe(3);
  });

  it('the working-day table on "Ngày nghỉ" agrees with core calendar every day, make-up Saturdays and office days included', () => {
    for (const name of ['xa', 'gen-text', 'gen-text-office']) {
      const c = byName(name);
      const cal = buildCalendar(c.settings.calendar);
      const table = sheetOf(c, DAYS_OFF_SHEET_NAME);
      const first = dayFromYmd({ y: c.summary.years[0], m: 1, d: 1 });
      const last = dayFromYmd({ y: c.summary.years[c.summary.years.length - 1], m: 12, d: 31 });
      const wrong: string[] = [];
      let makeUp = 0;
      for (let day = first; day <= last; day++) {
        const row = 5 + (day - first);
        const want = isWorkingDay(cal, day as Day) ? 1 : 0;
        if (table(row, 11) !== day || table(row, 12) !== want) wrong.push(`${formatIsoDay(day as Day)}: ${String(table(row, 12))}`);
        if (want === 1 && isoWeekday(day as Day) > 5) makeUp++;
      }
      expect(wrong, name).toEqual([]);
      expect(makeUp, name).toBeGreaterThan(0);
    }
  });

  it('Biểu 06a and the 766 score formulas equal core counts after recalculation', () => {
    for (const c of cases) {
      const form = sheetOf(c, REPORT_LABELS.sheetNames.form06a);
      const { total: tally } = placeAll(c.expected.dossiers, c.settings);
      const totalRow = rowHolding(form, REPORT_LABELS.total);
      expect(COUNT_KEYS.map((_, k) => form(totalRow, 3 + k)), c.name).toEqual(COUNT_KEYS.map((k) => tally.counts[k]));
      // Each group row equals core's tally of that group.
      const byUnit = hasSeveralUnits(c.expected.dossiers);
      const placed = placeAll(c.expected.dossiers, c.settings).placed;
      for (const group of tallyByLabel(placed, (p) => (byUnit ? p.unit : p.field))) {
        const row = rowHolding(form, group.label, 2);
        expect(COUNT_KEYS.map((_, k) => form(row, 3 + k)), `${c.name} ${group.label}`).toEqual(COUNT_KEYS.map((k) => group.tally.counts[k]));
      }
      const score = sheetOf(c, REPORT_LABELS.sheetNames.score766);
      const scoreRow = rowHolding(score, REPORT_LABELS.total);
      const s = score766(tally);
      expect([score(scoreRow, 3), score(scoreRow, 4), score(scoreRow, 5), score(scoreRow, 6)], c.name).toEqual([s.total, s.good, s.lateOnSystem, s.bad]);
      expect(Number(score(scoreRow, 8)), c.name).toBeCloseTo(s.scoreSystem ?? NaN, 9);
    }
  });
});

it.skipIf(HAVE)(`live workbook recalculation needs LibreOffice: ${SOFFICE_INSTALL}`, () => {});
