/**
 * A tool-owned tab (SheetPlan) as worksheet XML: values (strings inline, so they are text
 * even when they look like a formula), one format per distinct style, merges, widths,
 * heights, frozen panes and the print setup of NĐ 30/2020 (document-format.md §6.1).
 */
import type { CellStyle, PrintSetup, SheetPlan } from '../../../../core/index.js';
import { widthFromPoints } from '../excel-style.js';
import type { StylesPatch } from './styles.js';
import { argb } from './styles.js';
import { colLetters, escapeXml } from './xml.js';
import { xmlText, type XmlBytes } from './xml-bytes.js';

const MM_PER_INCH = 25.4;
export const REPORT_FONT = 'Times New Roman';
/** Page number top centre, Times New Roman 13, none on page 1. */
const PAGE_NUMBER_HEADER = `&C&"${REPORT_FONT},Regular"&13&P`;

/** Worksheet XML of a tab; its charts are added as drawing parts afterwards (add-charts.ts). */
export function tabSheetXml(plan: SheetPlan, styles: StylesPatch): string {
  return xmlText((out) => writeTabSheetXml(plan, styles, out));
}

/** The same XML as tabSheetXml, written into `out` (a list of 300,000 dossiers is never one string). */
export function writeTabSheetXml(plan: SheetPlan, styles: StylesPatch, out: XmlBytes): void {
  // A dense grid (tabs are at most a few dozen columns wide): each cell keeps the list of
  // style entries covering it; the merged style (later entries win) and its format are
  // worked out once per distinct list.
  let width = plan.columnWidthsPt.length;
  let height = plan.cells.length;
  for (const line of plan.cells) width = Math.max(width, line.length);
  for (const { range } of plan.styles) {
    width = Math.max(width, range.col + range.cols - 1);
    height = Math.max(height, range.row + range.rows - 1);
  }
  for (const h of plan.rowHeightsPt) height = Math.max(height, h.row);
  // Each cell holds the id of its list of style entries (an Int32Array, not a string per
  // cell: a list tab of 200,000 rows has millions of cells); ids are made as lists grow.
  const keys = new Int32Array(width * height);
  const keyText: string[] = [''];
  const next = new Map<string, number>();
  plan.styles.forEach(({ range }, i) => {
    for (let r = range.row - 1; r < range.row - 1 + range.rows; r++) {
      for (let c = range.col - 1; c < range.col - 1 + range.cols; c++) {
        const at = r * width + c;
        const step = `${keys[at]}>${i}`;
        let id = next.get(step);
        if (id === undefined) {
          id = keyText.length;
          keyText.push(`${keyText[keys[at]]},${i}`);
          next.set(step, id);
        }
        keys[at] = id;
      }
    }
  });

  const xfCache = new Map<string, number>();
  const xfOf = (styleKey: string) => {
    let xf = xfCache.get(styleKey);
    if (xf === undefined) {
      let style: CellStyle = { fontName: REPORT_FONT };
      for (const i of styleKey.split(',').slice(1)) style = { ...style, ...plan.styles[Number(i)].style };
      xfCache.set(styleKey, (xf = styles.xfFor(style)));
    }
    return xf;
  };
  const heights = new Map(plan.rowHeightsPt.map((h) => [h.row, h.heightPt]));
  // The sheet's extent first (the <dimension> goes before the rows): the last row written and the widest.
  let maxCol = plan.columnWidthsPt.length;
  let lastRow = 1;
  for (let r = 0; r < height; r++) {
    let any = heights.has(r + 1);
    for (let c = 0; c < width; c++) {
      if ((plan.cells[r]?.[c] ?? null) === null && keys[r * width + c] === 0) continue;
      any = true;
      if (c + 1 > maxCol) maxCol = c + 1;
    }
    if (any) lastRow = r + 1;
  }
  out.raw(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<sheetPr>${plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : ''}${fits(plan.print) ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>` +
      `<dimension ref="A1:${colLetters(Math.max(maxCol, 1))}${lastRow}"/>` +
      `<sheetViews><sheetView workbookViewId="0">${paneXml(plan.freeze)}</sheetView></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(plan.columnWidthsPt) +
      '<sheetData>',
  );
  const xfs = new Int32Array(keyText.length).fill(-1);
  for (let r = 0; r < height; r++) {
    const rowHeight = heights.get(r + 1);
    const line = plan.cells[r];
    let any = rowHeight !== undefined;
    for (let c = 0; c < width && !any; c++) any = (line?.[c] ?? null) !== null || keys[r * width + c] !== 0;
    if (!any) continue;
    out.raw(`<row r="${r + 1}"${rowHeight === undefined ? '' : ` ht="${rowHeight}" customHeight="1"`}>`);
    for (let c = 0; c < width; c++) {
      const key = keys[r * width + c];
      const value = line?.[c] ?? null;
      if (value === null && key === 0) continue;
      if (xfs[key] < 0) xfs[key] = xfOf(keyText[key]);
      out.cell(c + 1, r + 1, value, xfs[key]);
    }
    out.raw('</row>');
  }
  out.raw(`</sheetData>${mergesXml(plan)}${printXml(plan.print)}</worksheet>`);
}

function paneXml(freeze: SheetPlan['freeze']): string {
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return '';
  const topLeft = `${colLetters(freeze.cols + 1)}${freeze.rows + 1}`;
  const pane = freeze.rows > 0 && freeze.cols > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''}`;
  return `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

function colsXml(widthsPt: readonly number[]): string {
  if (widthsPt.length === 0) return '';
  const cols = widthsPt.map((pt, i) => `<col min="${i + 1}" max="${i + 1}" width="${widthFromPoints(pt)}" customWidth="1"/>`);
  return `<cols>${cols.join('')}</cols>`;
}

function mergesXml(plan: SheetPlan): string {
  const merges = plan.merges.filter((m) => m.rows > 1 || m.cols > 1);
  if (merges.length === 0) return '';
  const refs = merges.map((m) => `<mergeCell ref="${colLetters(m.col)}${m.row}:${colLetters(m.col + m.cols - 1)}${m.row + m.rows - 1}"/>`);
  return `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
}

/** Fit to the page width only when core fixed no scale (a fixed scale keeps the planned breaks). */
function fits(print: PrintSetup): boolean {
  return print.fitToWidth && print.scalePercent === undefined;
}

function printXml(print: PrintSetup): string {
  const m = print.marginsMm;
  const inch = (mm: number) => mm / MM_PER_INCH;
  const scale = print.scalePercent === undefined ? '' : ` scale="${print.scalePercent}"`;
  const first = ` firstPageNumber="${print.firstPageNumber ?? 1}" useFirstPageNumber="1"`;
  const breaks = print.rowBreaks ?? [];
  return [
    print.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '',
    `<pageMargins left="${inch(m.left)}" right="${inch(m.right)}" top="${inch(m.top)}" bottom="${inch(m.bottom)}" header="${inch(m.header)}" footer="${inch(m.footer)}"/>`,
    `<pageSetup paperSize="9"${scale}${first} orientation="${print.orientation}"${fits(print) ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
    print.pageNumbers ? `<headerFooter differentFirst="1"><oddHeader>${escapeXml(PAGE_NUMBER_HEADER)}</oddHeader></headerFooter>` : '',
    breaks.length > 0
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`
      : '',
  ].join('');
}

/**
 * The sheet's print areas as a defined-name formula ("'Biểu 06a'!$A$1:$M$40,'Biểu 06a'!$O$8:$AC$30"),
 * or null when the plan has none.
 */
export function printAreaRef(sheetName: string, print: PrintSetup): string | null {
  const areas = print.printAreas ?? [];
  if (areas.length === 0) return null;
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  return areas
    .map((a) => `${quoted}!$${colLetters(a.col)}$${a.row}:$${colLetters(a.col + a.cols - 1)}$${a.row + a.rows - 1}`)
    .join(',');
}
