/**
 * A small cursor-based writer that collects cells, merges, styles and row heights of
 * one report tab, then turns them into a plain-JSON SheetPlan. Internal to core/report.
 */
import type { CellRange, CellStyle, ChartSpec, PlanCell, PrintSetup, SheetKind, SheetPlan, StyledRange } from '../plan/plan.js';

/** The font of every report tab (NĐ 30/2020 Phụ lục I: Times New Roman, black). */
export const REPORT_FONT = 'Times New Roman';
export const BASE_FONT_SIZE = 12;

export interface SheetDraft {
  readonly cols: number;
  cells: PlanCell[][];
  merges: CellRange[];
  styles: StyledRange[];
  rowHeights: Map<number, number>;
  /** The next free row, 1-based. */
  row: number;
  /** Highest row touched, 1-based. */
  lastRow: number;
}

export function createDraft(cols: number): SheetDraft {
  if (!Number.isInteger(cols) || cols < 1) throw new RangeError(`createDraft: cols must be an integer >= 1, got ${cols}`);
  return { cols, cells: [], merges: [], styles: [], rowHeights: new Map(), row: 1, lastRow: 0 };
}

function touch(d: SheetDraft, row: number, col: number, rows = 1, cols = 1): void {
  if (!Number.isInteger(row) || row < 1 || !Number.isInteger(col) || col < 1 || col + cols - 1 > d.cols || rows < 1 || cols < 1) {
    throw new RangeError(`sheet draft: range R${row}C${col} ${rows}x${cols} is outside ${d.cols} columns`);
  }
  const last = row + rows - 1;
  if (last > d.lastRow) d.lastRow = last;
  if (last >= d.row) d.row = last + 1;
}

/** The full-width row, created filled with null on first use. */
function lineOf(d: SheetDraft, row: number): PlanCell[] {
  return d.cells[row - 1] ?? (d.cells[row - 1] = new Array<PlanCell>(d.cols).fill(null));
}

/** Writes one value. */
export function setCell(d: SheetDraft, row: number, col: number, value: PlanCell): void {
  touch(d, row, col);
  lineOf(d, row)[col - 1] = value;
}

/** Writes values left to right from `col`. */
export function writeRow(d: SheetDraft, row: number, values: readonly PlanCell[], col = 1): void {
  touch(d, row, col, 1, values.length);
  const line = lineOf(d, row);
  for (let i = 0; i < values.length; i++) line[col - 1 + i] = values[i];
}

export function styleRange(d: SheetDraft, row: number, col: number, rows: number, cols: number, style: CellStyle): void {
  touch(d, row, col, rows, cols);
  d.styles.push({ range: { row, col, rows, cols }, style });
}

/** Writes text in the top-left cell of a block, merges the block when it spans more than one cell, and styles it. */
export function putBlock(d: SheetDraft, row: number, col: number, rows: number, cols: number, value: PlanCell, style: CellStyle): void {
  setCell(d, row, col, value);
  if (rows > 1 || cols > 1) d.merges.push({ row, col, rows, cols });
  styleRange(d, row, col, rows, cols, style);
}

export function setRowHeight(d: SheetDraft, row: number, heightPt: number): void {
  touch(d, row, 1);
  d.rowHeights.set(row, Math.round(heightPt * 10) / 10);
}

/** Leaves `count` empty rows (optionally of a given height) and returns the next free row. */
export function skipRows(d: SheetDraft, count: number, heightPt?: number): number {
  for (let i = 0; i < count; i++) {
    const row = d.row;
    touch(d, row, 1);
    if (heightPt !== undefined) d.rowHeights.set(row, heightPt);
  }
  return d.row;
}

export interface SheetMeta {
  name: string;
  kind: SheetKind;
  columnWidthsPt: number[];
  print: PrintSetup;
  charts?: ChartSpec[];
  freeze?: { rows: number; cols: number };
}

/**
 * The finished tab: a rectangular grid (rows padded with null), the base font over the
 * whole area first so later styles win, and row heights in row order.
 */
export function finishSheet(d: SheetDraft, meta: SheetMeta): SheetPlan {
  if (meta.columnWidthsPt.length !== d.cols) {
    throw new RangeError(`finishSheet ${meta.name}: ${meta.columnWidthsPt.length} widths for ${d.cols} columns`);
  }
  const rows = Math.max(d.lastRow, 1);
  // Rows are full width from their first write; only untouched rows are made here.
  const cells: PlanCell[][] = new Array<PlanCell[]>(rows);
  for (let r = 0; r < rows; r++) cells[r] = d.cells[r] ?? new Array<PlanCell>(d.cols).fill(null);
  const base: StyledRange = {
    range: { row: 1, col: 1, rows, cols: d.cols },
    style: { fontName: REPORT_FONT, fontSize: BASE_FONT_SIZE, fontColor: '#000000', vAlign: 'center' },
  };
  const plan: SheetPlan = {
    name: meta.name,
    kind: meta.kind,
    cells,
    columnWidthsPt: meta.columnWidthsPt,
    rowHeightsPt: [...d.rowHeights.entries()].sort((a, b) => a[0] - b[0]).map(([row, heightPt]) => ({ row, heightPt })),
    merges: d.merges,
    styles: [base, ...d.styles],
    print: meta.print,
    charts: meta.charts ?? [],
  };
  if (meta.freeze !== undefined) plan.freeze = meta.freeze;
  return plan;
}
