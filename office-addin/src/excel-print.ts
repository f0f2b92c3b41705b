/// <reference types="office-js" />
/**
 * Print setup of a report tab (ExcelApi 1.9 pageLayout), mapped as in
 * document-format.md §6.1: A4, orientation, margins in centimetres, centred, no
 * gridlines, title rows repeated, page number top centre from page 2, numbered from 1 on
 * every tab. Core fixes the scale and the page breaks (paginate.ts): Excel ignores manual
 * breaks while "fitting", so a planned scale is set as a zoom and the breaks are added;
 * the print areas keep the charts off the form page.
 */
import type { PrintSetup } from '../../core/index.js';
import { cellAddress, printTitleRowsAddress, rangeAddress } from './a1.js';
import type { Batch } from './excel-batch.js';

/** Page number in Times New Roman 13 (Excel header codes). */
export const PAGE_NUMBER_HEADER = '&"Times New Roman,Regular"&13&P';

export async function queuePrintSetup(batch: Batch, sheet: Excel.Worksheet, print: PrintSetup): Promise<void> {
  await batch.charge(600);
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  const m = print.marginsMm;
  layout.setPrintMargins('Centimeters', {
    top: m.top / 10,
    bottom: m.bottom / 10,
    left: m.left / 10,
    right: m.right / 10,
    header: m.header / 10,
    footer: m.footer / 10,
  });
  layout.centerHorizontally = print.centerHorizontally;
  layout.printGridlines = false;
  if (print.scalePercent !== undefined) layout.zoom = { scale: print.scalePercent };
  // One page wide, as many pages tall as needed (0 = automatic).
  else if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.printAreas && print.printAreas.length > 0) layout.setPrintArea(print.printAreas.map(rangeAddress).join(', '));
  if (print.repeatRows) layout.setPrintTitleRows(printTitleRowsAddress(print.repeatRows.from, print.repeatRows.to));
  if (print.pageNumbers) {
    layout.firstPageNumber = 1;
    layout.headersFooters.state = 'FirstAndDefault';
    layout.headersFooters.firstPage.centerHeader = '';
    layout.headersFooters.defaultForAllPages.centerHeader = PAGE_NUMBER_HEADER;
  }
  // A break before the row after each planned last row of a page.
  for (const row of print.rowBreaks ?? []) {
    await batch.charge(200);
    sheet.horizontalPageBreaks.add(cellAddress(row + 1, 1));
  }
}
