/**
 * `dunghan check --out FILE --live`: writes the live workbook ("sổ tự tính") with
 * ExcelJS from core's LivePlan. Formulas are written without cached values and the
 * workbook asks for a full recalculation on open, so every spreadsheet computes them.
 */
import type ExcelJS from 'exceljs';
import {
  buildLivePlan,
  columnLetter,
  isFormulaCell,
  type CellPatch,
  type CellRange,
  type CheckResult,
  type LiveCell,
  type LiveDataPlan,
  type LivePlan,
  type Settings,
} from '../../../../core/index.js';
import type { LoadedInput } from '../../files/load-input.js';
import { UsageError } from '../../usage-error.js';
import { CLI_MESSAGES } from '../../messages.vi.js';
import { writeLegend } from '../apply-data-plan.js';
import { applySheetPlan } from '../apply-sheet-plan.js';
import { argbFromHex, solidFill } from '../excel-style.js';
import { openWorkbook } from '../write-check.js';

/** Widths (characters) of the tool's four columns, the legend and the settings value. */
const TOOL_WIDTHS = [34, 17, 11, 30];
const LEGEND_WIDTH = 48;
const VALUE_WIDTH = 14;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** What was written, for the summary line and tests. */
export interface LiveWriteSummary {
  liveRows: number;
  fixedRows: number;
  years: number[];
  /** The data sheet's name, the tool's first column and the report-date cell. */
  dataSheetName: string;
  firstCol: number;
  asOfCell: { row: number; col: number };
}

/**
 * Writes the live workbook for a checked sheet. An .xlsx input keeps its sheets; CSV and
 * HTML become a first sheet holding the grid as read.
 * @example await writeLiveWorkbook(input, 'Sheet1', result, settings, 'so-tu-tinh.xlsx')
 */
export async function writeLiveWorkbook(
  input: LoadedInput,
  sheetName: string,
  result: CheckResult,
  settings: Settings,
  outPath: string,
): Promise<LiveWriteSummary> {
  const { workbook, sheet } = await openWorkbook(input, sheetName);
  if (workbook.properties?.date1904) throw new UsageError(CLI_MESSAGES.check.live1904);
  const grid = input.sheets.find((s) => s.sheetName === sheetName) ?? input.sheets[0];
  const plan = buildLivePlan(grid, result, settings, { dataSheetName: sheet.name });
  if (plan === null) throw new UsageError(CLI_MESSAGES.check.noHeader(input.path, sheetName));
  applyLivePlan(workbook, sheet, plan);
  await workbook.xlsx.writeFile(outPath);
  const { liveRows, fixedRows, firstCol, asOfCell } = plan.data;
  return { liveRows, fixedRows, years: plan.years, dataSheetName: sheet.name, firstCol, asOfCell };
}

/** Applies a LivePlan to an ExcelJS workbook (the order LivePlan documents). */
export function applyLivePlan(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, plan: LivePlan): void {
  applyLiveData(sheet, plan.data);
  for (const tab of plan.sheets) applySheetPlan(workbook, tab);
  for (const { sheet: name, cells } of plan.patches) {
    const tab = workbook.getWorksheet(name);
    if (tab) for (const patch of cells) setPatch(tab, patch);
  }
  // No cached values are written: Excel recalculates everything when the file opens.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

function liveValue(cell: LiveCell): ExcelJS.CellValue {
  // A string is always literal text: ExcelJS makes formulas only from { formula }.
  return isFormulaCell(cell) ? { formula: cell.formula } : cell;
}

function setPatch(sheet: ExcelJS.Worksheet, patch: CellPatch): void {
  const cell = sheet.getRow(patch.row).getCell(patch.col);
  cell.value = liveValue(patch.value);
  if (patch.numberFormat) cell.numFmt = patch.numberFormat;
}

function applyLiveData(sheet: ExcelJS.Worksheet, data: LiveDataPlan): void {
  if (data.clear) clearRange(sheet, data.clear);
  if (data.resetFormats) {
    forEachCell(sheet, data.resetFormats, (cell) => {
      const style = { ...cell.style };
      delete style.fill;
      if (style.font?.color) style.font = { ...style.font, color: undefined };
      cell.style = style;
    });
  }
  const header = sheet.getRow(data.headerRow);
  data.columns.forEach((column, i) => {
    const col = data.firstCol + i;
    const cell = header.getCell(col);
    cell.value = column.heading;
    cell.style = { font: { bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: BORDER };
    const sheetColumn = sheet.getColumn(col);
    sheetColumn.width = TOOL_WIDTHS[i] ?? 14;
    if (column.hidden) sheetColumn.hidden = true;
  });
  const styles = data.columns.map((c): Partial<ExcelJS.Style> => ({ numFmt: c.numberFormat, border: BORDER }));
  data.rows.forEach((line, i) => {
    if (line.every((v) => v === null)) return;
    const row = sheet.getRow(data.headerRow + 1 + i);
    line.forEach((value, j) => {
      const cell = row.getCell(data.firstCol + j);
      cell.value = liveValue(value);
      cell.style = styles[j];
    });
  });
  writeStatusRules(sheet, data);
  writeLegend(sheet, data);
  const { anchor } = data.legend;
  // Wider than the plain legend: the settings labels sit under it.
  sheet.getColumn(anchor.col).width = LEGEND_WIDTH;
  sheet.getColumn(anchor.col + 1).width = VALUE_WIDTH;
  for (const patch of data.settings) setPatch(sheet, patch);
  const asOf = sheet.getRow(data.asOfCell.row).getCell(data.asOfCell.col);
  asOf.style = { ...asOf.style, font: { bold: true }, border: BORDER, fill: solidFill('#FFF2CC') };
}

/** One conditional format per colored status, keyed on the status formula's text. */
function writeStatusRules(sheet: ExcelJS.Worksheet, data: LiveDataPlan): void {
  const status = data.statusRules;
  if (!status) return;
  const ref = status.ranges.map(a1Range).join(' ');
  sheet.addConditionalFormatting({
    ref,
    rules: status.rules.map((rule, i) => {
      const style: Partial<ExcelJS.Style> = {};
      if (rule.color.fill !== null) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argbFromHex(rule.color.fill) } };
      if (rule.color.fontColor !== null) style.font = { color: { argb: argbFromHex(rule.color.fontColor) } };
      return { type: 'expression', priority: i + 1, formulae: [rule.formula.replace(/^=/, '')], style };
    }),
  });
}

function a1Range(r: CellRange): string {
  return `${columnLetter(r.col)}${r.row}:${columnLetter(r.col + r.cols - 1)}${r.row + r.rows - 1}`;
}

function clearRange(sheet: ExcelJS.Worksheet, range: CellRange): void {
  forEachCell(sheet, range, (cell) => {
    cell.value = null;
    cell.style = {};
  });
}

function forEachCell(sheet: ExcelJS.Worksheet, range: CellRange, fn: (cell: ExcelJS.Cell) => void): void {
  for (let r = range.row; r < range.row + range.rows; r++) {
    const row = sheet.getRow(r);
    for (let c = range.col; c < range.col + range.cols; c++) fn(row.getCell(c));
  }
}
