/**
 * Plain, comparable pictures of a fake workbook: whole-workbook snapshots for "a second
 * run changes nothing", and the user's cells for "user values are untouched".
 */
import { FakeSheet, type FakeValue, type FakeWorkbook, type Rect, type Style } from './excel-fake-model.js';

export interface SheetSnapshot {
  name: string;
  values: (FakeValue | null)[][];
  formulas: [number, string][];
  styles: [number, Style][];
  merges: Rect[];
  conditionalFormats: FakeSheet['conditionalFormats'];
  charts: FakeSheet['charts'];
  pageLayout: Record<string, unknown>;
  columnWidths: [number, number | 'autofit'][];
  hiddenColumns: number[];
  rowHeights: [number, number][];
  freeze: FakeSheet['freeze'];
  tabColor: string | null;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheet: string;
  settings: [string, unknown][];
}

const byKey = <T>(entries: Iterable<[number, T]>) => [...entries].sort((a, b) => a[0] - b[0]);

export function snapshotSheet(sheet: FakeSheet): SheetSnapshot {
  const values = sheet.rows.map((line) => (line ? Array.from(line, (v) => v ?? null) : []));
  while (values.length > 0 && values[values.length - 1].every((v) => v === null)) values.pop();
  return {
    name: sheet.name,
    values: values.map((line) => {
      const out = [...line];
      while (out.length > 0 && out[out.length - 1] === null) out.pop();
      return out;
    }),
    formulas: byKey(sheet.formulas),
    styles: byKey(sheet.styles),
    merges: [...sheet.merges].sort((a, b) => a.row - b.row || a.col - b.col),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({ ...cf, ranges: [...cf.ranges].sort((a, b) => a.row - b.row || a.col - b.col) })),
    charts: sheet.charts,
    pageLayout: sheet.pageLayout,
    columnWidths: byKey(sheet.columnWidths),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    rowHeights: byKey(sheet.rowHeights),
    freeze: sheet.freeze,
    tabColor: sheet.tabColor,
  };
}

export function snapshotWorkbook(book: FakeWorkbook): WorkbookSnapshot {
  return {
    sheets: book.sheets.map(snapshotSheet),
    activeSheet: book.activeSheet,
    settings: [...book.settings.entries()].sort((a, b) => a[0].localeCompare(b[0])),
  };
}

/** The values and formulas of a block of cells (the user's data). */
export function cellsOf(sheet: FakeSheet, rect: Rect): { values: (FakeValue | null)[][]; formulas: (string | null)[][] } {
  const rows = Array.from({ length: rect.rows }, (_, i) => rect.row + i);
  const cols = Array.from({ length: rect.cols }, (_, j) => rect.col + j);
  return {
    values: rows.map((r) => cols.map((c) => sheet.value(r, c) ?? null)),
    formulas: rows.map((r) => cols.map((c) => sheet.formulas.get(FakeSheet.key(r, c)) ?? null)),
  };
}
