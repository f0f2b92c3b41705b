import type ExcelJS from 'exceljs';
import { DATA_SHEET_LABELS, type CellRange, type DataSheetPlan, type StatusColor } from '../../../core/index.js';
import { argbFromHex, solidFill, StyleRewriter } from './excel-style.js';

/** Widths (characters) of the tool's columns and its legend. */
const TOOL_WIDTHS = [34, 17, 11];
const LEGEND_WIDTH = 48;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Applies a data-sheet plan to an ExcelJS worksheet: clears the block of a previous
 * run, resets the due cells it colored, writes the tool's headings and values right
 * of the data, colors the runs of each status and writes the legend. The user's cells
 * keep their values; only the due cells of colored rows get a fill and font color.
 */
export function applyDataPlan(sheet: ExcelJS.Worksheet, plan: DataSheetPlan): void {
  if (plan.clear) clearRange(sheet, plan.clear);
  if (plan.resetFormats) resetColors(sheet, plan.resetFormats);
  writeHeadings(sheet, plan);
  writeValues(sheet, plan);
  for (const entry of plan.fills) colorRanges(sheet, entry.color, entry.ranges);
  writeLegend(sheet, plan);
}

function clearRange(sheet: ExcelJS.Worksheet, range: CellRange): void {
  const empty = {};
  for (let r = range.row; r < range.row + range.rows; r++) {
    const row = sheet.getRow(r);
    for (let c = range.col; c < range.col + range.cols; c++) {
      const cell = row.getCell(c);
      cell.value = null;
      cell.style = empty;
    }
  }
}

function resetColors(sheet: ExcelJS.Worksheet, range: CellRange): void {
  const rewriter = new StyleRewriter((style) => {
    const next: Partial<ExcelJS.Style> = { ...style };
    delete next.fill;
    if (style.font?.color) {
      const font = { ...style.font };
      delete font.color;
      next.font = font;
    }
    return next;
  });
  forEachCell(sheet, range, (cell) => rewriter.apply(cell));
}

function writeHeadings(sheet: ExcelJS.Worksheet, plan: DataSheetPlan): void {
  const row = sheet.getRow(plan.headerRow);
  // The tool's headings look like the user's last heading when it has a style.
  const userStyle = plan.firstCol > 1 ? row.getCell(plan.firstCol - 1).style : undefined;
  const style: Partial<ExcelJS.Style> =
    userStyle && Object.keys(userStyle).length > 0
      ? { ...userStyle, alignment: { ...userStyle.alignment, wrapText: true } }
      : { font: { bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: BORDER };
  plan.headings.forEach((heading, i) => {
    const cell = row.getCell(plan.firstCol + i);
    cell.value = heading;
    cell.style = style;
    sheet.getColumn(plan.firstCol + i).width = TOOL_WIDTHS[i] ?? 14;
  });
}

function writeValues(sheet: ExcelJS.Worksheet, plan: DataSheetPlan): void {
  const styles = plan.numberFormats.map((numFmt): Partial<ExcelJS.Style> => ({ numFmt, border: BORDER }));
  const first = plan.headerRow + 1;
  for (let i = 0; i < plan.values.length; i++) {
    const line = plan.values[i];
    // Rows without a dossier (group, total, blank rows) stay empty, with no border.
    if (line.every((v) => v === null)) continue;
    const row = sheet.getRow(first + i);
    for (let j = 0; j < line.length; j++) {
      const cell = row.getCell(plan.firstCol + j);
      // A string is always written as text: ExcelJS makes formulas only from { formula }.
      cell.value = line[j];
      cell.style = styles[j] ?? {};
    }
  }
}

function colorRanges(sheet: ExcelJS.Worksheet, color: StatusColor, ranges: readonly CellRange[]): void {
  const fill = color.fill === null ? undefined : solidFill(color.fill);
  const fontColor = color.fontColor === null ? undefined : { argb: argbFromHex(color.fontColor) };
  const rewriter = new StyleRewriter((style) => {
    const next: Partial<ExcelJS.Style> = { ...style };
    if (fill) next.fill = fill;
    if (fontColor) next.font = { ...style.font, color: fontColor };
    return next;
  });
  // Tool cells were just written with one style per column, so the rewriter's cache
  // makes one new style object per column and status, not one per cell.
  for (const range of ranges) forEachCell(sheet, range, (cell) => rewriter.apply(cell));
}

/** The status legend right of the tool block (the live writer draws the same one). */
export function writeLegend(sheet: ExcelJS.Worksheet, plan: Pick<DataSheetPlan, 'legend'>): void {
  const { anchor, rows } = plan.legend;
  const title = sheet.getRow(anchor.row).getCell(anchor.col);
  title.value = DATA_SHEET_LABELS.legendTitle;
  title.style = { font: { bold: true }, border: BORDER };
  rows.forEach((color, i) => {
    const cell = sheet.getRow(anchor.row + 1 + i).getCell(anchor.col);
    cell.value = color.label;
    const style: Partial<ExcelJS.Style> = { border: BORDER };
    if (color.fill !== null) style.fill = solidFill(color.fill);
    if (color.fontColor !== null) style.font = { color: { argb: argbFromHex(color.fontColor) } };
    cell.style = style;
  });
  sheet.getColumn(anchor.col).width = LEGEND_WIDTH;
}

function forEachCell(sheet: ExcelJS.Worksheet, range: CellRange, fn: (cell: ExcelJS.Cell) => void): void {
  for (let r = range.row; r < range.row + range.rows; r++) {
    const row = sheet.getRow(r);
    for (let c = range.col; c < range.col + range.cols; c++) fn(row.getCell(c));
  }
}
