/**
 * The live workbook as written (no spreadsheet needed): every formula uses only Excel 2010
 * functions, the user's cells keep their values (formula-like text stays text), helper
 * columns are hidden, no cached values are written and a full recalculation is asked for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSheet, defaultSettings, EXCEL_2010_FUNCTIONS, findLateOnSystemSheet, functionsIn, isFormulaLike, LIVE_LABELS, type SheetGrid } from '../core/index.js';
import { loadInput, type LoadedInput } from '../cli/src/files/load-input.js';
import { writeLiveWorkbook, type LiveWriteSummary } from '../cli/src/workbook/live/write-live.js';
import { runCheck } from '../cli/src/commands/check.js';
import { CLI_MESSAGES } from '../cli/src/messages.vi.js';
import { generateRows, writeGeneratedCsv } from './live-helpers.js';
import { readWorkbook, SAMPLES_AS_OF, tempDir } from './workbook-helpers.js';

interface Written {
  input: LoadedInput;
  grid: SheetGrid;
  summary: LiveWriteSummary;
  workbook: ExcelJS.Workbook;
}

const dir = tempDir();
const written = new Map<string, Written>();

async function write(name: string, path: string): Promise<void> {
  const input = await loadInput(path);
  const grid = input.sheets[0];
  const settings = defaultSettings(SAMPLES_AS_OF);
  const result = checkSheet(grid, settings, { lateOnSystem: findLateOnSystemSheet(input.sheets) });
  const out = join(dir, `${name}.xlsx`);
  const summary = await writeLiveWorkbook(input, grid.sheetName, result, settings, out);
  written.set(name, { input, grid, summary, workbook: await readWorkbook(out) });
}

/** Every formula the tool wrote: cells (the user's own columns left out) and conditional-format rules. */
function allFormulas(w: Written): { where: string; formula: string; hasResult: boolean }[] {
  const workbook = w.workbook;
  const found: { where: string; formula: string; hasResult: boolean }[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const usersOwn = sheet.name === w.summary.dataSheetName && Number(cell.col) < w.summary.firstCol;
        if (cell.type === ExcelJS.ValueType.Formula && !usersOwn) {
          const v = cell.value as ExcelJS.CellFormulaValue;
          found.push({ where: `${sheet.name}!${cell.address}`, formula: v.formula, hasResult: v.result !== undefined });
        }
      });
    });
    // ExcelJS reads conditional formats back but does not type the property.
    const formats = (sheet as unknown as { conditionalFormattings?: { ref: string; rules: unknown[] }[] }).conditionalFormattings ?? [];
    for (const cf of formats) {
      for (const rule of cf.rules) for (const f of (rule as { formulae?: string[] }).formulae ?? []) found.push({ where: `${sheet.name} CF ${cf.ref}`, formula: f, hasResult: false });
    }
  }
  return found;
}

describe('the live workbook as written', () => {
  beforeAll(async () => {
    await write('xa', join(import.meta.dirname, '..', 'samples', 'xa-dan-tu-excel.xlsx'));
    await write('opencps', join(import.meta.dirname, '..', 'samples', 'opencps-ho-so.csv'));
    const csv = join(dir, 'input-gen.csv');
    writeGeneratedCsv(csv, generateRows(120, 3));
    await write('gen', csv);
  }, 120_000);

  it('uses no function outside the Excel 2010 list', () => {
    for (const [name, w] of written) {
      const formulas = allFormulas(w);
      expect(formulas.length, name).toBeGreaterThan(1000);
      const outside = formulas.flatMap((f) => functionsIn(f.formula).filter((fn) => !EXCEL_2010_FUNCTIONS.has(fn)).map((fn) => `${f.where}: ${fn}`));
      expect(outside, name).toEqual([]);
      // Conditional formats key on the status text.
      expect(formulas.some((f) => f.where.includes(' CF ') && f.formula.includes(LIVE_LABELS.live) === false && /^\$[A-Z]+\d+="/.test(f.formula)), name).toBe(true);
    }
  });

  it('the scan finds functions Excel 2010 lacks, and ignores words inside text and sheet names', () => {
    expect(functionsIn('IFS(A1=1,XLOOKUP(1,B:B,C:C))')).toEqual(['IFS', 'XLOOKUP']);
    expect(functionsIn(`IF(A1="MAXIFS(",COUNTIF('TEXTJOIN(x'!A:A,1),0)`)).toEqual(['IF', 'COUNTIF']);
    expect(EXCEL_2010_FUNCTIONS.has('IFS')).toBe(false);
  });

  it('writes formulas without cached values and asks for a full recalculation on open', () => {
    for (const [name, w] of written) {
      expect(allFormulas(w).filter((f) => f.hasResult).map((f) => f.where), name).toEqual([]);
      const xml = strFromU8(unzipSync(readFileSync(join(dir, `${name}.xlsx`)))['xl/workbook.xml']);
      expect(/<calcPr[^>]*fullCalcOnLoad="1"/.test(xml), name).toBe(true);
    }
  });

  it("keeps the user's cells as they were, formula-like text as text", () => {
    for (const [name, w] of written) {
      const sheet = w.workbook.getWorksheet(w.summary.dataSheetName)!;
      const r0 = w.grid.origin?.row ?? 1;
      const c0 = w.grid.origin?.col ?? 1;
      let formulaLike = 0;
      const changed: string[] = [];
      w.grid.cells.forEach((line, i) => {
        line.forEach((value, j) => {
          if (value === null || value === undefined || value === '') return;
          const cell = sheet.getRow(r0 + i).getCell(c0 + j);
          if (typeof value === 'string' && isFormulaLike(value) && value.startsWith('=')) {
            formulaLike++;
            if (cell.type !== ExcelJS.ValueType.String || cell.value !== value) changed.push(`${cell.address}: ${String(cell.value)}`);
            return;
          }
          if (cell.type === ExcelJS.ValueType.Formula && w.input.format !== 'xlsx') changed.push(`${cell.address} became a formula`);
          const got = cell.value instanceof Date ? cell.value.getTime() / 86_400_000 + 25_569 : cell.value;
          if (typeof value === 'number' ? Math.abs((got as number) - value) > 1e-6 : typeof got === 'string' && got !== value) changed.push(`${cell.address}: ${String(got)} ≠ ${value}`);
        });
      });
      expect(changed, name).toEqual([]);
      if (name === 'xa') expect(formulaLike).toBeGreaterThan(0);
    }
  });

  it('hides the helper columns and keeps the four tool columns visible', () => {
    const w = written.get('xa')!;
    const sheet = w.workbook.getWorksheet(w.summary.dataSheetName)!;
    const first = w.summary.firstCol;
    expect([0, 1, 2, 3].map((i) => sheet.getColumn(first + i).hidden)).toEqual([false, false, false, false]);
    expect(Array.from({ length: 17 }, (_, i) => sheet.getColumn(first + 4 + i).hidden).every(Boolean)).toBe(true);
  });

  it('reads its own columns back as tool columns on a re-run, never as data', async () => {
    const w = written.get('xa')!;
    const again = await loadInput(join(dir, 'xa.xlsx'));
    const grid = again.sheets.find((g) => g.sheetName === w.summary.dataSheetName)!;
    const settings = defaultSettings(SAMPLES_AS_OF);
    const rerun = checkSheet(grid, settings, { lateOnSystem: findLateOnSystemSheet(again.sheets) });
    const first = w.summary.firstCol;
    expect(rerun.read.toolColumns).toEqual(Array.from({ length: 4 + Object.keys(LIVE_LABELS.helpers).length }, (_, i) => first + i));
    expect(rerun.read.mapping.filter((m) => m.col >= first)).toEqual([]);
    const before = checkSheet(w.grid, settings, { lateOnSystem: findLateOnSystemSheet(w.input.sheets) });
    expect(rerun.dossiers.map((d) => d.status)).toEqual(before.dossiers.map((d) => d.status));
  });
});

it('dunghan check --out FILE --live writes the live workbook and says how many rows follow formulas', async () => {
  const out = join(tempDir(), 'so-tu-tinh.xlsx');
  const lines: string[] = [];
  const code = await runCheck(['samples/opencps-ho-so.csv', '--as-of', '2025-06-30', '--out', out, '--live'], {
    stdout: (text) => lines.push(text),
    progress: null,
    today: () => SAMPLES_AS_OF,
  });
  expect(code).toBe(0);
  expect(lines[lines.length - 1]).toBe(CLI_MESSAGES.check.liveWritten(out, '301', '0'));
  const workbook = await readWorkbook(out);
  expect(workbook.getWorksheet('Biểu 06a')).toBeDefined();
});
