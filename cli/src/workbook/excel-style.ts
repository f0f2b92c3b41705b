/**
 * Conversions from the plan's host-neutral formats to ExcelJS. ExcelJS shares one
 * style object among the cells of a loaded workbook that had the same style, so a
 * cell's style is always replaced by a new object, never changed in place.
 */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../../core/index.js';

export const REPORT_FONT = 'Times New Roman';

/** '#RRGGBB' → ExcelJS ARGB ('FFRRGGBB'). */
export function argbFromHex(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/**
 * Column width in points → ExcelJS width (characters of the workbook's Normal font).
 * Excel stores widths as characters of the maximum digit width of the Normal font: for
 * Calibri 11 (ExcelJS's default) a digit is 7 px, and a width w shows as 7w + 5 px at
 * 96 dpi, i.e. (7w + 5) × 0.75 pt. So w = (pt / 0.75 − 5) / 7 ≈ (pt − 3.75) / 5.25.
 * Workbooks with another Normal font drift by a few per cent; the print setup fits
 * the table to the page width anyway (document-format.md §6).
 * @example widthFromPoints(28.3) // => 4.68 (10 mm, the STT column)
 */
export function widthFromPoints(pt: number): number {
  return Math.max(0, Math.round(((pt / 0.75 - 5) / 7) * 100) / 100);
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const ALL_THIN: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function solidFill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argbFromHex(hex) }, bgColor: { argb: argbFromHex(hex) } };
}

/** The ExcelJS style of a plan CellStyle; absent properties stay absent. */
export function excelStyleFrom(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontColor !== undefined) font.color = { argb: argbFromHex(style.fontColor) };
  if (Object.keys(font).length > 0) out.font = font;
  if (style.fill !== undefined) out.fill = solidFill(style.fill);
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign !== undefined) alignment.horizontal = style.hAlign;
  if (style.vAlign !== undefined) alignment.vertical = style.vAlign === 'center' ? 'middle' : style.vAlign;
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.indent !== undefined) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.border) out.border = ALL_THIN;
  if (style.numberFormat !== undefined) out.numFmt = style.numberFormat;
  return out;
}

/**
 * Replaces cell styles through a cache, so cells that shared a style before still
 * share one after (fewer style objects, and ExcelJS dedups styles by identity on write).
 */
export class StyleRewriter {
  private readonly cache = new WeakMap<object, Partial<ExcelJS.Style>>();
  private readonly empty: Partial<ExcelJS.Style> = {};

  constructor(private readonly change: (style: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>) {}

  apply(cell: ExcelJS.Cell): void {
    const old = (cell.style as Partial<ExcelJS.Style> | undefined) ?? this.empty;
    let next = this.cache.get(old);
    if (!next) this.cache.set(old, (next = this.change(old)));
    cell.style = next;
  }
}
