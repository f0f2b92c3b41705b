import { writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import {
  buildDaysOffSheet,
  buildReports,
  headerWithAgency,
  DATA_SHEET_LABELS,
  ymdFromDay,
  type CheckResult,
  type SheetGrid,
  type SheetPlan,
  type Settings,
} from '../../../core/index.js';
import type { LoadedInput } from '../files/load-input.js';
import { applyDataPlan, applySheetPlan, safeSheetName } from './apply-plan.js';
import { basePackageParts } from './ooxml/base-package.js';
import { loadExcelJS } from './load-exceljs.js';
import { saveWithCharts } from './save-with-charts.js';
import { UnsupportedSheetError } from './ooxml/data-sheet.js';
import { patchPackage } from './ooxml/package.js';
import { UnsupportedStylesError } from './ooxml/styles.js';
import { readZip, UnsupportedZipError, writeZip } from './ooxml/zip.js';

/** The steps of writing, for a progress line ("Đang tô màu…"). */
export type WriteStep = 'load' | 'data' | 'reports' | 'save';

export interface WriteCheckOptions {
  /** Called at the start of each step. */
  onProgress?: (step: WriteStep) => void;
  /**
   * 'package' patches the .xlsx package (fast; every part the tool does not own is kept
   * byte for byte); 'exceljs' loads and rewrites the whole workbook with ExcelJS (the
   * fallback for packages the patcher does not handle). @default 'package'
   */
  engine?: 'package' | 'exceljs';
}

/** Days between the 1900 and 1904 date systems' serials of one date. */
const DATE_1904_OFFSET = 1462;

/**
 * Writes the checked workbook: the user's data sheet untouched plus status columns,
 * colors, legend, the report tabs and the editable "Ngày nghỉ" tab. An .xlsx input keeps
 * its own sheets, values and formatting; CSV and HTML become a first sheet holding the
 * grid exactly as read. Running again on the output replaces the tool's columns and
 * tabs instead of adding more.
 * @example await writeCheckWorkbook(input, 'Sổ theo dõi', checkSheet(grid, settings), settings, 'ket-qua.xlsx')
 */
export async function writeCheckWorkbook(
  input: LoadedInput,
  sheetName: string,
  result: CheckResult,
  settings: Settings,
  outPath: string,
  options: WriteCheckOptions = {},
): Promise<void> {
  const progress = options.onProgress ?? (() => {});
  progress('reports');
  const tabs = reportTabs(result, settings);
  if ((options.engine ?? 'package') === 'package') {
    try {
      progress('data');
      const parts = input.format === 'xlsx' ? readZip(input.bytes) : basePackageParts(gridOf(input, sheetName), dataSheetName(input, sheetName));
      const patched = patchPackage(parts, {
        dataSheetName: input.format === 'xlsx' ? sheetName : dataSheetName(input, sheetName),
        dataPlan: result.plan,
        tabs,
        legendTitle: DATA_SHEET_LABELS.legendTitle,
      });
      progress('save');
      await writeFile(outPath, writeZip(patched));
      return;
    } catch (error) {
      if (!(error instanceof UnsupportedZipError || error instanceof UnsupportedSheetError || error instanceof UnsupportedStylesError)) throw error;
      // A package shape the patcher does not know: ExcelJS reads and rewrites it whole.
    }
  }
  progress('load');
  const { workbook, sheet } = await openWorkbook(input, sheetName);
  progress('data');
  if (result.plan) {
    const is1904 = Boolean(workbook.properties?.date1904);
    applyDataPlan(sheet, is1904 ? shiftDates(result.plan, -DATE_1904_OFFSET) : result.plan);
  }
  for (const plan of tabs) applySheetPlan(workbook, plan);
  progress('save');
  await saveWithCharts(workbook, tabs, outPath);
}

/** The report tabs for the period, then the "Ngày nghỉ" tab of the years they cover. */
export function reportTabs(result: CheckResult, settings: Settings): SheetPlan[] {
  const reports = buildReports(result.dossiers, { ...settings, header: headerWithAgency(settings.header, result.agency) });
  if (reports.some((r) => r.kind === 'days-off')) return reports;
  return [...reports, buildDaysOffSheet(settings.calendar, yearsOf(settings))];
}

function yearsOf(settings: Settings): number[] {
  const first = Math.min(ymdFromDay(settings.period.from).y, ymdFromDay(settings.asOf).y);
  const last = Math.max(ymdFromDay(settings.period.to).y, ymdFromDay(settings.asOf).y);
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

function gridOf(input: LoadedInput, sheetName: string): SheetGrid {
  const grid = input.sheets.find((s) => s.sheetName === sheetName) ?? input.sheets[0];
  if (!grid) throw new RangeError(`writeCheckWorkbook: ${input.path} has no grid`);
  return grid;
}

/** The data sheet's name in a workbook made from a CSV or HTML grid. */
function dataSheetName(input: LoadedInput, sheetName: string): string {
  return safeSheetName(gridOf(input, sheetName).sheetName);
}

export async function openWorkbook(input: LoadedInput, sheetName: string): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = new (await loadExcelJS()).Workbook();
  if (input.format === 'xlsx') {
    // ExcelJS types its argument as a Buffer that extends ArrayBuffer; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(input.bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new RangeError(`writeCheckWorkbook: no sheet "${sheetName}" in ${input.path}`);
    return { workbook, sheet };
  }
  const grid = gridOf(input, sheetName);
  const sheet = workbook.addWorksheet(safeSheetName(grid.sheetName));
  writeGrid(sheet, grid);
  return { workbook, sheet };
}

/** The grid's values as read: strings stay strings (a formula-like text too), numbers numbers. */
function writeGrid(sheet: ExcelJS.Worksheet, grid: SheetGrid): void {
  const row0 = grid.origin?.row ?? 1;
  const col0 = grid.origin?.col ?? 1;
  const widths: number[] = [];
  grid.cells.forEach((line, r) => {
    const row = sheet.getRow(row0 + r);
    line.forEach((value, c) => {
      if (value === null || value === undefined || value === '') return;
      row.getCell(col0 + c).value = value;
      if (r < 200) widths[c] = Math.max(widths[c] ?? 8, Math.min(40, String(value).length + 2));
    });
  });
  widths.forEach((w, c) => {
    if (w !== undefined) sheet.getColumn(col0 + c).width = w;
  });
}

/** The plan with its date columns moved to another date system. */
function shiftDates(plan: NonNullable<CheckResult['plan']>, offset: number): NonNullable<CheckResult['plan']> {
  const dateCols = plan.numberFormats.map((f) => /y/i.test(f));
  return {
    ...plan,
    values: plan.values.map((line) => line.map((v, j) => (dateCols[j] && typeof v === 'number' ? v + offset : v))),
  };
}
