/**
 * Pieces of the official look shared by the report tabs (document-format.md §6): print
 * setup, Mẫu 2.1 title block, bordered table headings, note lines, signature block.
 */
import type { Day } from '../calendar/day.js';
import { REPORT_LABELS } from '../labels.vi.js';
import type { CellStyle, PrintSetup } from '../plan/plan.js';
import type { ReportHeader } from '../settings.js';
import { formatDateLine, ptFromMm } from './format.js';
import { wrappedHeightPt } from './text-metrics.js';
import { putBlock, setRowHeight, skipRows, styleRange, writeRow, type SheetDraft } from './sheet-builder.js';

/** Invariant number formats (document-format.md §4.3). */
export const FORMATS = { count: '#,##0', rate: '0.00%', date: 'dd/mm/yyyy', score: '0.00', text: '@' } as const;

/** Column widths in points from millimetres. */
export function widthsPt(mm: readonly number[]): number[] {
  return mm.map(ptFromMm);
}

/**
 * A4, margins left 30, right 15, top 20, bottom 20, header 10, footer 8 mm, fit to
 * width, centred, page numbers except on page 1.
 * Legal source: NĐ 30/2020/NĐ-CP, Phụ lục I, Mục I (khổ giấy, định lề trang, số trang).
 */
export function printSetup(orientation: PrintSetup['orientation'], repeatRows?: { from: number; to: number }): PrintSetup {
  const print: PrintSetup = {
    paper: 'A4',
    orientation,
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 8 },
    fitToWidth: true,
    centerHorizontally: true,
    pageNumbers: true,
  };
  if (repeatRows !== undefined) print.repeatRows = repeatRows;
  return print;
}

/** Total width of the draft's columns in points. */
export function totalWidthPt(widths: readonly number[], from = 1, count = widths.length): number {
  let sum = 0;
  for (let i = from - 1; i < from - 1 + count; i++) sum += widths[i];
  return sum;
}

/** Height of text wrapped at word boundaries in a cell `widthPt` wide (text-metrics.ts). */
export function textHeightPt(text: string, widthPt: number, fontSize: number, bold = false): number {
  return wrappedHeightPt(text, widthPt, fontSize, bold);
}

const CENTER: CellStyle = { hAlign: 'center', vAlign: 'center', wrap: true };

/**
 * The Mẫu 2.1 title block of an appendix, merged across the sheet and centred:
 * "Phụ lục I" (14 bold), TITLE (14 bold), italic lines (period, "Kèm theo …"), a short rule.
 * Legal source: NĐ 30/2020/NĐ-CP, Phụ lục III, Mẫu 2.1; Phụ lục I, Mục III.1.
 */
export function writeAppendixTitle(
  d: SheetDraft,
  widths: readonly number[],
  block: { number?: string; title: string; lines: readonly string[] },
): void {
  const full = totalWidthPt(widths);
  if (block.number !== undefined) {
    putBlock(d, d.row, 1, 1, d.cols, block.number, { ...CENTER, bold: true, fontSize: 14 });
  }
  const titleRow = d.row;
  putBlock(d, titleRow, 1, 1, d.cols, block.title, { ...CENTER, bold: true, fontSize: 14 });
  setRowHeight(d, titleRow, textHeightPt(block.title, full, 14));
  for (const line of block.lines) {
    const row = d.row;
    putBlock(d, row, 1, 1, d.cols, line, { ...CENTER, italic: true, fontSize: 13 });
    setRowHeight(d, row, textHeightPt(line, full, 13));
  }
  const ruleRow = d.row;
  putBlock(d, ruleRow, 1, 1, d.cols, REPORT_LABELS.appendix.rule, { hAlign: 'center', vAlign: 'top', fontSize: 9 });
  setRowHeight(d, ruleRow, 10);
  skipRows(d, 1, 6);
}

/** A bordered, bold, centred heading row; returns its row. */
export function writeHeadingRow(d: SheetDraft, widths: readonly number[], headings: readonly string[], col = 1): number {
  const row = d.row;
  writeRow(d, row, headings, col);
  styleRange(d, row, col, 1, headings.length, { ...CENTER, bold: true, border: true });
  let height = 18;
  for (let i = 0; i < headings.length; i++) height = Math.max(height, textHeightPt(headings[i], widths[col - 1 + i] - 4, 12));
  setRowHeight(d, row, height);
  return row;
}

/** The column-code row "(1)" … "(n)", italic 11, bordered; returns its row. */
export function writeCodeRow(d: SheetDraft, count: number, col = 1): number {
  const row = d.row;
  const codes: string[] = [];
  for (let i = 1; i <= count; i++) codes.push(`(${i})`);
  writeRow(d, row, codes, col);
  styleRange(d, row, col, 1, count, { hAlign: 'center', italic: true, fontSize: 11, border: true });
  return row;
}

/** One line of text merged across columns [col, col + cols), wrapped, with an estimated height. */
export function writeLine(
  d: SheetDraft,
  widths: readonly number[],
  text: string,
  style: CellStyle = {},
  col = 1,
  cols = d.cols - col + 1,
): number {
  const row = d.row;
  putBlock(d, row, col, 1, cols, text, { hAlign: 'left', vAlign: 'top', wrap: true, ...style });
  setRowHeight(d, row, textHeightPt(text, totalWidthPt(widths, col, cols) - 4, style.fontSize ?? 12));
  return row;
}

/**
 * Date line and the two signers, as the statistical forms close (document-format.md §6.2):
 * date line (13 italic) over the right block; "NGƯỜI LẬP BIỂU" / "THỦ TRƯỞNG ĐƠN VỊ" (13 bold);
 * notes (13 italic); four blank rows for signature and seal; names (13 bold).
 * Legal source: NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II.4 (date line).
 */
export function writeSignatureBlock(
  d: SheetDraft,
  header: ReportHeader,
  signedOn: Day,
  left: { col: number; cols: number },
  right: { col: number; cols: number },
): void {
  const sig = REPORT_LABELS.signature;
  const both = (text: [string, string], style: CellStyle) => {
    const row = d.row;
    putBlock(d, row, left.col, 1, left.cols, text[0] || null, { hAlign: 'center', ...style });
    putBlock(d, row, right.col, 1, right.cols, text[1] || null, { hAlign: 'center', ...style });
    return row;
  };
  const dateRow = d.row;
  putBlock(d, dateRow, right.col, 1, right.cols, formatDateLine(header.place, signedOn), { hAlign: 'center', italic: true, fontSize: 13 });
  setRowHeight(d, dateRow, 17);
  setRowHeight(d, both([sig.preparer, sig.head], { bold: true, fontSize: 13 }), 17);
  setRowHeight(d, both([sig.preparerNote, sig.headNote], { italic: true, fontSize: 13 }), 17);
  // About 25 mm for the signature and the seal.
  skipRows(d, 4, 18);
  setRowHeight(d, both([header.preparer, header.head], { bold: true, fontSize: 13 }), 17);
}
