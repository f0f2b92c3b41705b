/// <reference types="google-apps-script" />
/**
 * The live workbook ("sổ tự tính") on a Sheets data sheet, in a number of service calls
 * that does not grow with the rows: the frame once (the old block cleared, the tool's
 * rules swapped, headings, helper columns hidden, the legend and the settings cells),
 * then blocks of rows as live writes (core/live/live-writes.ts): a run of rows with the
 * same formula is one setFormulaR1C1 over the run, the other columns one setValues per
 * block. Sheets recalculates by itself. Strings go into "@" cells before their value;
 * formulas and numbers never into "@" cells (Sheets would keep a formula there as text).
 * Formulas are in English with "," separators, as Apps Script takes them whatever the
 * spreadsheet's locale (not verified on a live spreadsheet here: no Google account).
 */
import { blockWrites, hiddenColumnRuns, liveDataBlock, patchBlocks, styleFormatAt, type CellPatch, type LiveDataPlan, type LiveWrite, type SheetPlan } from '../../core/index.js';
import { fillRulesOfStatus } from './fill-rules.js';
import { sizeRuns } from './tab-layout.js';
import { clearOldBlock, ensureSize, LEGEND_WIDTH_PX, replaceFillRules, TOOL_BORDER_COLOR, TOOL_WIDTHS_PX, writeLegend } from './sheets-io.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The note column is as wide as the status column; the settings value fits a date. */
const LIVE_WIDTHS_PX = [...TOOL_WIDTHS_PX, TOOL_WIDTHS_PX[0]];
const VALUE_WIDTH_PX = 110;
const AS_OF_FILL = '#FFF2CC';

/** Sets every cell of the writes: a grid by setNumberFormats then setValues (setFormulas when all are formulas), a fill by one format and one formula or value. */
export function applyLiveWrites(sheet: Sheet, writes: readonly LiveWrite[]): void {
  for (const w of writes) {
    const range = sheet.getRange(w.range.row, w.range.col, w.range.rows, w.range.cols);
    if (w.kind === 'grid') {
      range.setNumberFormats(w.formats);
      if (w.formulasOnly) range.setFormulas(w.inputs as string[][]);
      else range.setValues(w.inputs);
    } else {
      range.setNumberFormat(w.format);
      if (w.r1c1 !== null) range.setFormulaR1C1(w.r1c1);
      else range.setValue(w.input);
    }
  }
}

/** Patches (formulas as formulas, strings as text) on a tab written from `plan`, a few rectangles. */
export function applyPatches(sheet: Sheet, patches: readonly CellPatch[], plan: SheetPlan | null): void {
  // The "Ngày nghỉ" table runs a row per day, past the 1,000 rows of a new tab.
  ensureSize(sheet, patches.reduce((m, p) => Math.max(m, p.row), 1), patches.reduce((m, p) => Math.max(m, p.col), 1));
  for (const block of patchBlocks(patches, plan ? styleFormatAt(plan) : undefined)) applyLiveWrites(sheet, blockWrites(block));
}

/** Everything of the live data block but its rows: run once per "Xuất sổ tự tính". */
export function applyLiveFrame(sheet: Sheet, data: LiveDataPlan): void {
  const width = data.columns.length;
  const { anchor } = data.legend;
  const bottom = data.settings.reduce((m, p) => Math.max(m, p.row), Math.max(data.lastRow, anchor.row + data.legend.rows.length));
  const right = data.settings.reduce((m, p) => Math.max(m, p.col), data.firstCol + width - 1);
  const clear = data.clear;
  ensureSize(sheet, Math.max(bottom, clear ? clear.row + clear.rows - 1 : 0), Math.max(right, clear ? clear.col + clear.cols - 1 : 0));
  if (clear) clearOldBlock(sheet, clear);
  replaceFillRules(sheet, fillRulesOfStatus(data.statusRules));

  const headings = sheet.getRange(data.headerRow, data.firstCol, 1, width);
  headings.setNumberFormat('@');
  headings.setValues([data.columns.map((c) => c.heading)]);
  headings.setFontWeight('bold').setWrap(true).setHorizontalAlignment('center').setVerticalAlignment('middle');
  sheet.getRange(data.headerRow, data.firstCol, data.lastRow - data.headerRow + 1, width).setBorder(true, true, true, true, true, true, TOOL_BORDER_COLOR, SpreadsheetApp.BorderStyle.SOLID);
  writeLegend(sheet, data);
  applyPatches(sheet, data.settings, null);
  const title = data.settings.reduce<CellPatch | null>((first, p) => (first === null || p.row < first.row ? p : first), null);
  if (title) sheet.getRange(title.row, title.col).setFontWeight('bold');
  const asOf = sheet.getRange(data.asOfCell.row, data.asOfCell.col);
  asOf.setFontWeight('bold').setBackground(AS_OF_FILL).setBorder(true, true, true, true, false, false, TOOL_BORDER_COLOR, SpreadsheetApp.BorderStyle.SOLID);

  const widths = LIVE_WIDTHS_PX.slice(0, width).map((px, i) => ({ index: data.firstCol + i, pt: (px * 3) / 4 }));
  widths.push({ index: anchor.col, pt: (LEGEND_WIDTH_PX * 3) / 4 }, { index: data.asOfCell.col, pt: (VALUE_WIDTH_PX * 3) / 4 });
  for (const run of sizeRuns(widths)) sheet.setColumnWidths(run.start, run.count, run.px);
  for (const run of hiddenColumnRuns(data)) sheet.hideColumns(run.from, run.to - run.from + 1);
}

/** Rows [from, to) of the data block (offsets into data.rows). */
export function applyLiveRows(sheet: Sheet, data: LiveDataPlan, from: number, to: number): void {
  if (to <= from) return;
  applyLiveWrites(sheet, blockWrites(liveDataBlock(data, from, to)));
}
