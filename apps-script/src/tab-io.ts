/// <reference types="google-apps-script" />
/**
 * Writes a tool-owned tab (report forms, "Tổng hợp", "Ngày nghỉ") from a SheetPlan.
 * The tab the tool marked for this name (tool-marks.ts) is reused and wiped, so formulas
 * elsewhere that point at it keep working; its charts are removed and drawn again. A
 * user's tab with that name is never touched: the tool writes a new marked tab instead. Styles go through RangeLists
 * grouped by value (style-groups.ts), merges through mergeAcross where a list repeats
 * them: the calls depend on the form, not on its number of rows.
 * Not available in Apps Script, so not applied: the print setup (paper, margins, scale,
 * page breaks, page numbers, repeated rows; chosen in File → Print) and cell indents.
 * Core's planned pages are written instead as a note on A1 (printNote), which does not
 * print. Row heights (every row, from core) and charts (EmbeddedChartBuilder, beside
 * the table) are applied.
 */
import { printNote, type PlanSlice, type SheetPlan } from '../../core/index.js';
import { rangesExtent } from './a1.js';
import { ensureSize, rangeOf } from './sheets-io.js';
import { findToolTab, insertToolTab } from './tool-marks.js';
import { styleGroups, type StyleGroup } from './style-groups.js';
import { chartBuild, mergeOps, sizeRuns, type ChartBuild } from './tab-layout.js';
import type { SheetValue } from './text-block.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows and columns a chart is given room for below/right of its anchor. */
const CHART_ROOM = { rows: 20, cols: 8 };

/** The tool's tab for this name, empty: its marked tab wiped, or a new marked one at the end. */
export function prepareTab(ss: Spreadsheet, name: string): Sheet {
  const existing = findToolTab(ss, name);
  if (existing === null) return insertToolTab(ss, name);
  existing.clear();
  existing.clearConditionalFormatRules();
  for (const chart of existing.getCharts()) existing.removeChart(chart);
  existing.getRange(1, 1, existing.getMaxRows(), existing.getMaxColumns()).breakApart();
  existing.setFrozenRows(0);
  existing.setFrozenColumns(0);
  return existing;
}

/**
 * Writes one tab plan; returns the sheet.
 * @example applyTabPlan(ss, buildReports(dossiers, settings)[0]).getName() // => "Biểu 06a"
 */
export function applyTabPlan(ss: Spreadsheet, plan: SheetPlan): Sheet {
  // A first part always has its tab (prepareTab makes it).
  return applyTabSlice(ss, { plan, firstRow: 1, part: 0, parts: 1 }) as Sheet;
}

/**
 * Writes one part of a tab plan cut by core's slicePlan (a whole plan is its only part):
 * the first part prepares the tab, later parts write below it on the same marked tab.
 * Returns the sheet, or null when a later part finds no tab (its first part was not written).
 */
export function applyTabSlice(ss: Spreadsheet, slice: PlanSlice): Sheet | null {
  const first = slice.part === 0;
  const last = slice.part === slice.parts - 1;
  const window = slice.plan;
  const sheet = first ? prepareTab(ss, window.name) : findToolTab(ss, window.name);
  if (sheet === null) return null;
  // In tab coordinates: the rows above the part are empty rows of the plan (nothing written there).
  const plan: SheetPlan = slice.firstRow === 1 ? window : { ...window, cells: new Array<SheetPlan['cells'][number]>(slice.firstRow - 1).fill([]).concat(window.cells) };
  const width = window.cells.reduce((m, line) => Math.max(m, line.length), 0);
  const height = window.cells.length;
  const used = rangesExtent([
    ...plan.styles.map((s) => s.range),
    ...plan.merges,
    ...plan.charts.map((c) => ({ row: c.anchor.row, col: c.anchor.col, rows: CHART_ROOM.rows, cols: CHART_ROOM.cols })),
  ]);
  ensureSize(sheet, Math.max(slice.firstRow - 1 + height, used.rows, 1), Math.max(width, used.cols, plan.columnWidthsPt.length, 1));

  const groups = styleGroups(plan);
  // Number formats before values: text cells are "@" so Sheets keeps them as written.
  for (const g of groups) if (g.prop === 'numberFormat') applyGroup(sheet, g);
  if (height > 0 && width > 0) sheet.getRange(slice.firstRow, 1, height, width).setValues(padded(window, width));
  for (const g of groups) if (g.prop !== 'numberFormat') applyGroup(sheet, g);

  for (const op of mergeOps(plan.merges)) {
    const range = rangeOf(sheet, op.range);
    if (op.kind === 'across') range.mergeAcross();
    else if (op.kind === 'vertical') range.mergeVertically();
    else range.merge();
  }
  for (const run of sizeRuns(plan.columnWidthsPt.map((pt, i) => ({ index: i + 1, pt })))) {
    sheet.setColumnWidths(run.start, run.count, run.px);
  }
  // Rows sized by their wrapped text are left to Sheets, which fits them itself: the calls stay
  // the same whatever the number of dossiers.
  for (const run of sizeRuns(plan.rowHeightsPt.filter((h) => !h.auto).map((h) => ({ index: h.row, pt: h.heightPt })))) {
    sheet.setRowHeights(run.start, run.count, run.px);
  }
  if (first && plan.freeze) freeze(sheet, plan.freeze);
  if (first && plan.tabColor) sheet.setTabColor(plan.tabColor);
  for (const spec of plan.charts) insertChart(sheet, chartBuild(spec));
  if (last && plan.kind !== 'days-off' && slice.firstRow - 1 + height > 0) sheet.getRange(1, 1).setNote(printNote(plan));
  return sheet;
}

function padded(plan: SheetPlan, width: number): SheetValue[][] {
  return plan.cells.map((line) => {
    const out: SheetValue[] = new Array<SheetValue>(width);
    for (let c = 0; c < width; c++) {
      const v = line[c] ?? null;
      out[c] = v === null ? '' : v;
    }
    return out;
  });
}

function applyGroup(sheet: Sheet, g: StyleGroup): void {
  const list = sheet.getRangeList(g.a1);
  switch (g.prop) {
    case 'background':
      list.setBackground(String(g.value));
      break;
    case 'fontColor':
      list.setFontColor(String(g.value));
      break;
    case 'fontWeight':
      list.setFontWeight(g.value as 'bold');
      break;
    case 'fontStyle':
      list.setFontStyle(g.value as 'italic');
      break;
    case 'fontSize':
      list.setFontSize(Number(g.value));
      break;
    case 'fontFamily':
      list.setFontFamily(String(g.value));
      break;
    case 'horizontalAlignment':
      list.setHorizontalAlignment(g.value as 'left' | 'center' | 'right');
      break;
    case 'verticalAlignment':
      list.setVerticalAlignment(g.value as 'top' | 'middle' | 'bottom');
      break;
    case 'wrap':
      list.setWrap(true);
      break;
    case 'numberFormat':
      list.setNumberFormat(String(g.value));
      break;
    case 'border':
      list.setBorder(true, true, true, true, true, true, '#000000', SpreadsheetApp.BorderStyle.SOLID);
      break;
  }
}

/** Sheets refuses to freeze through part of a merged cell; a tab without the freeze is still right. */
function freeze(sheet: Sheet, f: { rows: number; cols: number }): void {
  try {
    if (f.rows > 0) sheet.setFrozenRows(f.rows);
    if (f.cols > 0) sheet.setFrozenColumns(f.cols);
  } catch {
    // Cosmetic only: keep the tab.
  }
}

function insertChart(sheet: Sheet, c: ChartBuild): void {
  const base = sheet.newChart();
  const builder = c.type === 'pie' ? base.asPieChart() : c.type === 'bar' ? base.asBarChart() : base.asColumnChart();
  for (const r of c.ranges) builder.addRange(rangeOf(sheet, r));
  builder
    .setTransposeRowsAndColumns(c.transpose)
    .setNumHeaders(0)
    .setOption('title', c.title)
    .setOption('width', c.widthPx)
    .setOption('height', c.heightPx)
    .setOption('series', c.series)
    .setOption('legend', { position: 'bottom' })
    .setPosition(c.anchor.row, c.anchor.col, 0, 0);
  if (c.stacked) builder.setOption('isStacked', true);
  sheet.insertChart(builder.build());
}
