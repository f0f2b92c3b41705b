/// <reference types="office-js" />
/**
 * Writes one tool-owned tab from core's SheetPlan: number formats then values (row
 * chunks within the request budget), styles in order, merges, widths, heights, freeze,
 * tab color, print setup (ExcelApi 1.9) and charts. The caller deletes the old tab and
 * adds the new one in the same request sequence.
 */
import type { CellStyle, SheetPlan, StyledRange } from '../../core/index.js';
import { columnsAddress, rangeAddress, rowsAddress } from './a1.js';
import { jsonBytes, REQUEST_BUDGET_BYTES, splitRowsByBytes } from './chunk.js';
import type { Batch } from './excel-batch.js';
import { excelRow, GENERAL_FORMAT, queueChunk, textSafeFormats } from './excel-cells.js';
import { queueChart, type ChartSkip } from './excel-charts.js';
import { queuePrintSetup } from './excel-print.js';

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
/** Chunks of one tab stay well under a request so formats and values of a chunk fit together. */
const CHUNK_BYTES = Math.floor(REQUEST_BUDGET_BYTES / 3);

export interface SheetApplyResult {
  printSkipped: boolean;
  /** Merges, column widths and row heights left out (ExcelApi < 1.2). */
  layoutSkipped: boolean;
  /** Frozen header rows left out (ExcelApi < 1.7). */
  freezeSkipped: boolean;
  chartsSkipped: ChartSkip[];
}

/** Width of a plan's grid: its widest row or its column widths, whichever is wider. */
export function planWidth(plan: SheetPlan): number {
  return plan.cells.reduce((w, line) => Math.max(w, line.length), plan.columnWidthsPt.length);
}

/**
 * The number format of every cell: "General", then each style's format painted in
 * order (later wins), then "@" for strings (plan strings are literal text).
 */
export function paintedFormats(plan: SheetPlan, width: number): string[][] {
  const rows = plan.cells.length;
  const painted: string[][] = Array.from({ length: rows }, () => new Array<string>(width).fill(GENERAL_FORMAT));
  for (const { range, style } of plan.styles) {
    if (style.numberFormat === undefined) continue;
    for (let r = range.row; r < Math.min(range.row + range.rows, rows + 1); r++) {
      for (let c = range.col; c < Math.min(range.col + range.cols, width + 1); c++) painted[r - 1][c - 1] = style.numberFormat;
    }
  }
  return textSafeFormats(plan.cells, (r, c) => painted[r][c], width);
}

export async function applySheetPlan(batch: Batch, sheet: Excel.Worksheet, plan: SheetPlan, supports: (v: string) => boolean): Promise<SheetApplyResult> {
  const width = planWidth(plan);
  if (plan.cells.length > 0 && width > 0) {
    const values = splitRowsByBytes(plan.cells.map((line) => excelRow(line, width)), CHUNK_BYTES);
    const formats = paintedFormats(plan, width);
    const at = { row: 1, col: 1, cols: width };
    for (const chunk of values) {
      const rows = formats.slice(chunk.start, chunk.start + chunk.rows.length);
      await queueChunk(batch, sheet, at, chunk, { start: chunk.start, rows, bytes: jsonBytes(rows) });
    }
  }
  // Styles beyond the grid (e.g. a date format on rows to be filled in) still get their number format.
  const indents = supports('1.9');
  for (const styled of plan.styles) await queueStyle(batch, sheet, indents ? styled : withoutIndent(styled), plan.cells.length, width);
  // Office 2016 (ExcelApi 1.1) has no merge, width or height: the values are all there without them.
  const layout = supports('1.2');
  const layoutSkipped = !layout && (plan.merges.length > 0 || plan.columnWidthsPt.length > 0 || plan.rowHeightsPt.length > 0);
  for (const merge of layout ? plan.merges : []) {
    if (merge.rows * merge.cols < 2) continue;
    await batch.charge();
    sheet.getRange(rangeAddress(merge)).merge(false);
  }
  for (let i = 0; layout && i < plan.columnWidthsPt.length; i++) {
    await batch.charge();
    sheet.getRange(columnsAddress(i + 1)).format.columnWidth = plan.columnWidthsPt[i];
  }
  // Core stores every row's height: consecutive rows of one height are one range (ExcelApi 1.2).
  for (const run of layout ? heightRuns(plan.rowHeightsPt) : []) {
    await batch.charge();
    sheet.getRange(rowsAddress(run.from, run.to)).format.rowHeight = run.heightPt;
  }
  if (supports('1.7')) {
    if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
      await batch.charge();
      const { rows, cols } = plan.freeze;
      if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(rangeAddress({ row: 1, col: 1, rows, cols }));
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else sheet.freezePanes.freezeColumns(cols);
    }
    if (plan.tabColor) {
      await batch.charge();
      sheet.tabColor = plan.tabColor;
    }
  }
  const freezeSkipped = !supports('1.7') && plan.freeze !== undefined && (plan.freeze.rows > 0 || plan.freeze.cols > 0);
  const printSkipped = !supports('1.9');
  if (!printSkipped) await queuePrintSetup(batch, sheet, plan.print);
  const chartsSkipped: ChartSkip[] = [];
  for (const spec of plan.charts) {
    const skip = await queueChart(batch, sheet, spec, supports);
    if (skip) chartsSkipped.push(skip);
  }
  return { printSkipped, layoutSkipped, freezeSkipped, chartsSkipped };
}

function withoutIndent(styled: StyledRange): StyledRange {
  if (styled.style.indent === undefined) return styled;
  const { indent: _indent, ...style } = styled.style;
  return { range: styled.range, style };
}

async function queueStyle(batch: Batch, sheet: Excel.Worksheet, { range, style }: StyledRange, gridRows: number, gridCols: number): Promise<void> {
  const props = Object.keys(style).length;
  if (props === 0) return;
  await batch.charge(120 * props);
  const target = sheet.getRange(rangeAddress(range));
  const format = target.format;
  applyFont(format.font, style);
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.hAlign !== undefined) format.horizontalAlignment = ALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = VALIGN[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined) format.indentLevel = style.indent;
  if (style.border) {
    for (const edge of EDGES) {
      if ((edge === 'InsideHorizontal' && range.rows < 2) || (edge === 'InsideVertical' && range.cols < 2)) continue;
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#000000';
    }
  }
  // Inside the grid the painted formats already hold it; outside, set it here.
  const outside = range.row + range.rows - 1 > gridRows || range.col + range.cols - 1 > gridCols;
  if (style.numberFormat !== undefined && outside) target.numberFormat = [[style.numberFormat]];
}

function applyFont(font: Excel.RangeFont, style: CellStyle): void {
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontColor !== undefined) font.color = style.fontColor;
}

/**
 * Row heights as runs of consecutive rows with the same height.
 * @example heightRuns([{ row: 1, heightPt: 15 }, { row: 2, heightPt: 15 }, { row: 4, heightPt: 30 }]) // => [{ from: 1, to: 2, heightPt: 15 }, { from: 4, to: 4, heightPt: 30 }]
 */
export function heightRuns(heights: readonly { row: number; heightPt: number }[]): { from: number; to: number; heightPt: number }[] {
  const runs: { from: number; to: number; heightPt: number }[] = [];
  for (const { row, heightPt } of [...heights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.to === row - 1 && last.heightPt === heightPt) last.to = row;
    else runs.push({ from: row, to: row, heightPt });
  }
  return runs;
}
