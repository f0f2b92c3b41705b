import type ExcelJS from 'exceljs';
import type { CellStyle, PrintSetup, SheetPlan } from '../../../core/index.js';
import { argbFromHex, excelStyleFrom, REPORT_FONT, widthFromPoints } from './excel-style.js';

const MM_PER_INCH = 25.4;
/** ExcelJS PaperSize.A4 (a const enum, which isolatedModules cannot inline). */
const PAPER_A4 = 9;
/** Page number top centre, Times New Roman 13 (document-format.md §6.1). */
const PAGE_NUMBER_HEADER = `&C&"${REPORT_FONT},Regular"&13&P`;

/** Excel's limit on sheet names, and the characters it refuses. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim();
  return (cleaned || 'Sheet').slice(0, 31);
}

/**
 * Writes one tool-owned tab: a same-named tab is deleted first, so a re-run replaces
 * it. ExcelJS has no chart API: the charts are added to the saved package afterwards
 * (ooxml/add-charts.ts, see saveWithCharts).
 */
export function applySheetPlan(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const name = safeSheetName(plan.name);
  const old = workbook.getWorksheet(name);
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(name, plan.tabColor ? { properties: { tabColor: { argb: argbFromHex(plan.tabColor) } } } : {});

  writeCells(sheet, plan);
  plan.columnWidthsPt.forEach((pt, i) => {
    sheet.getColumn(i + 1).width = widthFromPoints(pt);
  });
  for (const { row, heightPt } of plan.rowHeightsPt) sheet.getRow(row).height = heightPt;
  for (const m of plan.merges) {
    if (m.rows === 1 && m.cols === 1) continue;
    sheet.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  }
  applyPrint(sheet, plan.print);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    sheet.views = [{ state: 'frozen', xSplit: plan.freeze.cols, ySplit: plan.freeze.rows }];
  }
  return sheet;
}

/** Values, then the styles merged per cell (later entries win), Times New Roman unless told otherwise. */
function writeCells(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const merged = new Map<number, CellStyle>();
  const key = (row: number, col: number) => row * 16_384 + col;
  plan.cells.forEach((line, r) => {
    line.forEach((value, c) => {
      if (value !== null) merged.set(key(r + 1, c + 1), {});
    });
  });
  for (const { range, style } of plan.styles) {
    for (let r = range.row; r < range.row + range.rows; r++) {
      for (let c = range.col; c < range.col + range.cols; c++) {
        const k = key(r, c);
        merged.set(k, { ...merged.get(k), ...style });
      }
    }
  }
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  for (const [k, style] of merged) {
    const row = Math.floor(k / 16_384);
    const col = k % 16_384;
    const full: CellStyle = { fontName: REPORT_FONT, ...style };
    const id = JSON.stringify(full);
    let excel = cache.get(id);
    if (!excel) cache.set(id, (excel = excelStyleFrom(full)));
    const cell = sheet.getRow(row).getCell(col);
    const value = plan.cells[row - 1]?.[col - 1] ?? null;
    // Strings are text even when they look like a formula: never { formula }.
    if (value !== null) cell.value = value;
    cell.style = excel;
  }
}

function applyPrint(sheet: ExcelJS.Worksheet, print: PrintSetup): void {
  const m = print.marginsMm;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4 as ExcelJS.PageSetup['paperSize'],
    orientation: print.orientation,
    margins: {
      top: m.top / MM_PER_INCH,
      bottom: m.bottom / MM_PER_INCH,
      left: m.left / MM_PER_INCH,
      right: m.right / MM_PER_INCH,
      header: m.header / MM_PER_INCH,
      footer: m.footer / MM_PER_INCH,
    },
    horizontalCentered: print.centerHorizontally,
    showGridLines: false,
    // A scale fixed by core keeps its planned page breaks; Excel ignores manual breaks while fitting.
    ...(print.scalePercent !== undefined
      ? { fitToPage: false, scale: print.scalePercent }
      : print.fitToWidth
        ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
        : { fitToPage: false }),
    firstPageNumber: print.firstPageNumber ?? 1,
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.from}:${print.repeatRows.to}` } : {}),
    // Print areas: ExcelJS writes several areas as duplicate names, so saveWithCharts adds them.
  };
  for (const row of print.rowBreaks ?? []) sheet.getRow(row).addPageBreak();
  if (print.pageNumbers) {
    // No number on page 1; numbers restart on every tab (NĐ 30/2020, Phụ lục I).
    sheet.headerFooter = { ...sheet.headerFooter, differentFirst: true, firstHeader: '', oddHeader: PAGE_NUMBER_HEADER };
  }
}
