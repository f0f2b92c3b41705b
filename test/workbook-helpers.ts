/** Shared helpers of the workbook tests: run a check to a file and read workbooks back. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkSheet, dayFromYmd, defaultSettings, findLateOnSystemSheet, type CheckResult, type Settings } from '../core/index.js';
import { loadInput, type LoadedInput } from '../cli/src/files/load-input.js';
import { writeCheckWorkbook } from '../cli/src/workbook/write-check.js';

/** The report date the samples were built for (samples/README.md). */
export const SAMPLES_AS_OF = dayFromYmd({ y: 2025, m: 6, d: 30 });

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dunghan-workbook-'));
}

export interface CheckRunResult {
  input: LoadedInput;
  sheetName: string;
  result: CheckResult;
  settings: Settings;
}

/** What `dunghan check <path> --as-of 2025-06-30 --out <out>` does, in process. */
export async function checkToFile(
  path: string,
  out: string,
  settings: Settings = defaultSettings(SAMPLES_AS_OF),
  engine: 'package' | 'exceljs' = 'package',
): Promise<CheckRunResult> {
  const input = await loadInput(path);
  const grid = input.sheets[0];
  const result = checkSheet(grid, settings, { lateOnSystem: findLateOnSystemSheet(input.sheets) });
  await writeCheckWorkbook(input, grid.sheetName, result, settings, out, { engine });
  return { input, sheetName: grid.sheetName, result, settings };
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every non-empty cell of a sheet as address → value (dates as ISO text, rich text as its runs). */
export function cellValues(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const values = new Map<string, unknown>();
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      values.set(cell.address, v instanceof Date ? v.toISOString() : v);
    });
  });
  return values;
}

/** Addresses of formula cells in a workbook, "Sheet!A1". */
export function formulaCells(workbook: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) found.push(`${sheet.name}!${cell.address}`);
      });
    });
  }
  return found;
}

/** The ARGB of a cell's solid fill, or null. */
export function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill && fill.type === 'pattern' && fill.pattern === 'solid' ? (fill.fgColor?.argb ?? null) : null;
}
