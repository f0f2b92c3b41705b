/// <reference types="google-apps-script" />
/**
 * Reading a sheet and applying core's data-sheet plan, in a constant number of
 * Spreadsheet service calls whatever the number of rows: one getValues to read; to
 * write, one clear, one conditional-format swap, a few calls for headings and legend,
 * and per block of rows one setNumberFormats + one setValues.
 */
import type { DataSheetPlan, SheetGrid } from '../../core/index.js';
import { DATA_SHEET_LABELS, type CellRange } from '../../core/index.js';
import { a1FromRange } from './a1.js';
import { fillRules, isToolFormula, type FillRule } from './fill-rules.js';
import { sizeRuns } from './tab-layout.js';
import { valueBlock } from './text-block.js';
import { dateTextFormatter, gridFromValues, gridWithSerials } from './to-grid.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Widths of the tool's three columns and of its legend, in pixels (as the Excel host's). */
export const TOOL_WIDTHS_PX = [240, 125, 85];
export const LEGEND_WIDTH_PX = 340;
export const TOOL_BORDER_COLOR = '#BFBFBF';

/**
 * Reads a whole sheet with one getValues; date cells become text in the spreadsheet's zone.
 * @example readGrid(sheet, 'Asia/Ho_Chi_Minh').cells[1][8] // => "2025-01-25 08:30:00"
 */
export function readGrid(sheet: Sheet, spreadsheetTimeZone: string): SheetGrid {
  return readGrids(sheet, spreadsheetTimeZone).grid;
}

/** readGrid, and from the same getValues the grid with dates as serials (the live workbook's view, gridWithSerials). */
export function readGrids(sheet: Sheet, spreadsheetTimeZone: string): { grid: SheetGrid; serials: () => SheetGrid } {
  const values = sheet.getDataRange().getValues();
  const format = dateTextFormatter(Utilities, spreadsheetTimeZone);
  return { grid: gridFromValues(sheet.getName(), values, format), serials: () => gridWithSerials(sheet.getName(), values, format) };
}

/** A plan range as a Sheets range. */
export function rangeOf(sheet: Sheet, r: CellRange): Range {
  return sheet.getRange(r.row, r.col, r.rows, r.cols);
}

/** Grows the sheet so rows × cols fit (getRange beyond the grid throws in Sheets). */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/**
 * Everything of the plan but the rows' values: clears the previous block, swaps the
 * tool's color rules, writes headings and legend. Run once per "Kiểm tra hạn".
 * `plan.resetFormats` is not needed here: the due cells are colored by the tool's
 * conditional-format rules, never by direct fills, so swapping the rules is the reset
 * and the user's own formatting of the due column is never touched.
 */
export function applyDataFrame(sheet: Sheet, plan: DataSheetPlan): void {
  const width = plan.headings.length;
  const legendRows = plan.legend.rows.length + 1;
  const clearBottom = plan.clear ? plan.clear.row + plan.clear.rows - 1 : 0;
  const clearRight = plan.clear ? plan.clear.col + plan.clear.cols - 1 : 0;
  ensureSize(
    sheet,
    Math.max(plan.lastRow, plan.legend.anchor.row + legendRows - 1, clearBottom),
    Math.max(plan.firstCol + width - 1, plan.legend.anchor.col, clearRight),
  );
  if (plan.clear) clearOldBlock(sheet, plan.clear);
  replaceFillRules(sheet, fillRules(plan));

  const headings = sheet.getRange(plan.headerRow, plan.firstCol, 1, width);
  headings.setValues([plan.headings]);
  headings.setFontWeight('bold').setWrap(true).setHorizontalAlignment('center').setVerticalAlignment('middle');
  sheet
    .getRange(plan.headerRow, plan.firstCol, plan.lastRow - plan.headerRow + 1, width)
    .setBorder(true, true, true, true, true, true, TOOL_BORDER_COLOR, SpreadsheetApp.BorderStyle.SOLID);
  writeLegend(sheet, plan);

  const widths = TOOL_WIDTHS_PX.slice(0, width).map((px, i) => ({ index: plan.firstCol + i, pt: (px * 3) / 4 }));
  widths.push({ index: plan.legend.anchor.col, pt: (LEGEND_WIDTH_PX * 3) / 4 });
  for (const run of sizeRuns(widths)) sheet.setColumnWidths(run.start, run.count, run.px);
}

/** Writes plan.values[from, to) with their number formats: two calls whatever the size. */
export function applyDataRows(sheet: Sheet, plan: DataSheetPlan, from: number, to: number): void {
  if (to <= from) return;
  const width = plan.headings.length;
  const block = valueBlock(plan.values, from, to, width, plan.numberFormats);
  const range = sheet.getRange(plan.headerRow + 1 + from, plan.firstCol, to - from, width);
  // Formats first: a string written into a "@" cell stays text (text-block.ts).
  range.setNumberFormats(block.formats);
  range.setValues(block.values);
}

/** The previous run's block cleared, its columns shown again (a live run hid its helper columns there). */
export function clearOldBlock(sheet: Sheet, clear: CellRange): void {
  rangeOf(sheet, clear).clear();
  sheet.showColumns(clear.col, clear.cols);
}

/**
 * Replaces the tool's conditional-format rules with `specs` and keeps everyone else's.
 * The tool's rules go first so its colors show on the due cells the user also formats.
 */
export function replaceFillRules(sheet: Sheet, specs: readonly FillRule[]): void {
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isToolRule(rule));
  const allRanges = specs.flatMap((s) => s.ranges);
  const ranges = allRanges.length === 0 ? [] : sheet.getRangeList(allRanges.map(a1FromRange)).getRanges();
  let next = 0;
  const built = specs.map((spec) => {
    const mine = ranges.slice(next, next + spec.ranges.length);
    next += spec.ranges.length;
    let builder = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(spec.formula).setRanges(mine);
    if (spec.fill !== null) builder = builder.setBackground(spec.fill);
    if (spec.fontColor !== null) builder = builder.setFontColor(spec.fontColor);
    return builder.build();
  });
  sheet.setConditionalFormatRules([...built, ...kept]);
}

function isToolRule(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (condition === null || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA) return false;
  const [formula] = condition.getCriteriaValues();
  return typeof formula === 'string' && isToolFormula(formula);
}

/** The legend: its title, then one cell per status in its own colors (the tool's cells). */
export function writeLegend(sheet: Sheet, plan: Pick<DataSheetPlan, 'legend'>): void {
  const { anchor, rows } = plan.legend;
  const range = sheet.getRange(anchor.row, anchor.col, rows.length + 1, 1);
  range.setNumberFormat('@');
  range.setValues([[DATA_SHEET_LABELS.legendTitle], ...rows.map((r) => [r.label])]);
  range.setBackgrounds([[null], ...rows.map((r) => [r.fill])] as string[][]);
  range.setFontColors([[null], ...rows.map((r) => [r.fontColor])] as string[][]);
  range.setFontWeights([['bold' as const], ...rows.map(() => ['normal' as const])]);
  range.setBorder(true, true, true, true, true, true, TOOL_BORDER_COLOR, SpreadsheetApp.BorderStyle.SOLID);
}
