/// <reference types="office-js" />
/**
 * "Xuất sổ tự tính" in the open workbook: core's LivePlan applied to the checked sheet and
 * its tabs. The report tabs and "Ngày nghỉ" go first (writeTabs, with their COUNTIFS and
 * table patches), because the data sheet's formulas point at "Ngày nghỉ": it must be
 * there when they are written. Then the data block: the tool's columns as formulas in
 * live writes (core/live/live-writes.ts: a run of rows with the same formula is one call),
 * helper columns hidden, one conditional format per colored status keyed on the status
 * formula's text, the legend and the settings cells. Only the tool's cells are written.
 * Sync counts: 1 read (+1 with the "Ngày nghỉ" / "Trễ trên hệ thống" tabs), writeTabs
 * (1 list, +1 to read "Trễ trên hệ thống", + ⌈bytes ÷ 4 MB⌉), the data block (+2 to find
 * the tool's old rules on a re-run, + ⌈bytes ÷ 4 MB⌉): the same for 200 and 20,000 rows
 * whose rows follow formulas, as a run of rows costs one write.
 * What needs a newer Excel degrades with a note: conditional formats (ExcelApi 1.6) and
 * hiding columns or setting widths (1.2); formulas need only 1.1.
 */
import {
  blockWrites,
  buildLivePlan,
  hiddenColumnRuns,
  DAYS_OFF_SHEET_NAME,
  liveDataBlock,
  retargetSheet,
  type CellPatch,
  type LiveDataPlan,
  type Settings,
  type SheetPlan,
} from '../../core/index.js';
import { cellAddress, columnsAddress, columnLetter, rangeAddress } from './a1.js';
import type { Batch } from './excel-batch.js';
import { queueLiveWrites, queuePatches } from './excel-cells.js';
import {
  clearOldBlock,
  CONDITIONAL_FORMATS_API,
  deleteToolRules,
  queueBorders,
  queueHeadings,
  queueLegend,
  queueRules,
  writeRetrying,
  type DataApplyOptions,
} from './excel-data-plan.js';
import type { LiveSummary } from '../../pane/model.js';
import type { ExcelHost } from './excel-host.js';
import { readAndCheck, writeTabs, type TabsOptions } from './excel-io.js';
import { isPayloadError } from './excel-read.js';
import { AddinError } from './errors.js';
import { fillRulesOfStatus } from './fill-rules.js';
import { UI } from './labels.vi.js';
import { firstUserCellInLiveArea } from './tool-area.js';
import type { WorkbookStore } from './workbook-store.js';

/** Widths of the tool's four visible columns (status, due, days late, note), the legend and the settings value. */
const TOOL_WIDTHS_PT = [190, 100, 70, 190];
const VALUE_WIDTH_PT = 90;
/** The report-date cell stands out: the one cell the office changes. */
const AS_OF_FILL = '#FFF2CC';

export interface LiveApplyResult {
  /** Addresses that now carry the tool's conditional formats (to clear on the next run). */
  formatRanges: string[];
  /** False without ExcelApi 1.6: no conditional format was written. */
  conditional: boolean;
  /** False without ExcelApi 1.2: the helper columns are visible. */
  hidden: boolean;
}

/** Writes the live data block (see the file comment), ending with the data sheet active. */
export async function applyLiveData(batch: Batch, sheet: Excel.Worksheet, data: LiveDataPlan, options: DataApplyOptions): Promise<LiveApplyResult> {
  const context = batch.context;
  const conditional = options.supports(CONDITIONAL_FORMATS_API);
  const layout = options.supports('1.2');
  const rules = fillRulesOfStatus(data.statusRules);
  if (conditional) await deleteToolRules(batch, sheet, options.previousFormatRanges, rules);

  await batch.charge();
  if (conditional) context.workbook.application.suspendApiCalculationUntilNextSync();
  if (data.clear) await clearOldBlock(batch, sheet, data.clear, layout);
  const width = data.columns.length;
  const height = data.rows.length;
  await queueHeadings(batch, sheet, { row: data.headerRow, col: data.firstCol }, data.columns.map((c) => c.heading));
  await queueBorders(batch, sheet.getRange(rangeAddress({ row: data.headerRow, col: data.firstCol, rows: height + 1, cols: width })), height + 1, width);
  if (layout) await queueColumns(batch, sheet, data);
  options.onColoring?.();
  const formatRanges = conditional ? await queueRules(batch, sheet, rules.rules) : [];

  if (height > 0) await queueLiveWrites(batch, sheet, blockWrites(liveDataBlock(data, 0, height)));
  await queueLegend(batch, sheet, data, layout);
  await queueSettings(batch, sheet, data.settings, data.asOfCell, layout);
  await batch.charge();
  sheet.activate();
  // A workbook left in manual calculation would show the new formulas empty until F9 (ExcelApi 1.1).
  context.workbook.application.calculate('Recalculate');
  await batch.flush();
  return { formatRanges, conditional, hidden: layout };
}

/** Widths of the visible tool columns; the helper columns hidden, one call per run of them. */
async function queueColumns(batch: Batch, sheet: Excel.Worksheet, data: LiveDataPlan): Promise<void> {
  for (let j = 0; j < data.columns.length && j < TOOL_WIDTHS_PT.length; j++) {
    await batch.charge();
    sheet.getRange(columnsAddress(data.firstCol + j)).format.columnWidth = TOOL_WIDTHS_PT[j];
  }
  for (const run of hiddenColumnRuns(data)) {
    await batch.charge();
    sheet.getRange(columnsAddress(run.from, run.to)).columnHidden = true;
  }
}

async function queueSettings(batch: Batch, sheet: Excel.Worksheet, settings: readonly CellPatch[], asOf: { row: number; col: number }, layout: boolean): Promise<void> {
  await queuePatches(batch, sheet, settings, null);
  const first = settings.reduce((m, p) => Math.min(m, p.row), asOf.row);
  const title = settings.filter((p) => p.row === first)[0];
  await batch.charge();
  if (title) sheet.getRange(cellAddress(title.row, title.col)).format.font.bold = true;
  const cell = sheet.getRange(cellAddress(asOf.row, asOf.col));
  cell.format.font.bold = true;
  cell.format.fill.color = AS_OF_FILL;
  await queueBorders(batch, cell, 1, 1);
  if (!layout) return;
  await batch.charge();
  sheet.getRange(columnsAddress(asOf.col)).format.columnWidth = VALUE_WIDTH_PT;
}

/** Biểu 06a and Chỉ số 766 count by COUNTIFS over the ledger; the other tabs are lists. */
export function isLiveTab(tab: SheetPlan | undefined): boolean {
  return tab !== undefined && (tab.kind === 'form-06a' || tab.kind === 'score-766');
}

/** "Xuất sổ tự tính" on the active sheet (or `sheetName`): read, check, plan, write tabs, write the data block. */
export async function runLive(host: ExcelHost, store: WorkbookStore, base: Settings, options: TabsOptions & { sheetName?: string | null } = {}): Promise<LiveSummary> {
  const supports = (v: string) => host.supports(v);
  const progress = options.progress ?? (() => undefined);
  const read = await host.run((context) => readAndCheck(context, store, base, supports, options));
  if (read.result.plan === null) throw new AddinError(read.result.problems.some((p) => p.code === 'sheet.empty') ? UI.errors.emptySheet : UI.errors.noHeader);
  const name = read.target.sheetName;
  progress(UI.progress.livePlanning);
  await options.yieldToUi?.();
  const previous = { lateOnSystem: read.lateOnSystem, daysOff: read.daysOffGrid, keptTitle: UI.notes.keptTyped };
  let plan = buildLivePlan(read.grid, read.result, read.settings, { dataSheetName: name, previous });
  if (plan === null) throw new AddinError(UI.errors.noHeader);
  const blocked = firstUserCellInLiveArea(read.whole, plan.data, read.result.read.toolColumns);
  if (blocked) throw new AddinError(UI.errors.toolArea(cellAddress(blocked.row, blocked.col)));

  // The office's own "Ngày nghỉ" becomes the tool's tab: its rows and notes are in the plan.
  const patches: Record<string, readonly CellPatch[]> = {};
  for (const p of plan.patches) patches[p.sheet] = p.cells;
  const tabs = await writeTabs(host, store, plan.sheets, { ...options, patches, adopt: [DAYS_OFF_SHEET_NAME] });
  const calendarAt = plan.sheets.map((s) => s.name).indexOf(DAYS_OFF_SHEET_NAME);
  const calendarName = calendarAt >= 0 ? tabs.names[calendarAt] : DAYS_OFF_SHEET_NAME;
  // Written under another name (the office renamed the tool's tab): the formulas follow it.
  if (calendarName !== undefined && calendarName !== DAYS_OFF_SHEET_NAME) plan = retargetSheet(plan, DAYS_OFF_SHEET_NAME, calendarName);

  progress(UI.progress.liveWriting);
  const data = plan.data;
  const own = fillRulesOfStatus(data.statusRules).rules.flatMap((r) => r.ranges.map(rangeAddress));
  const applied = await host.run((context) =>
    writeRetrying(
      context,
      store.formatRanges(name),
      own,
      (batch, previousFormatRanges) =>
        applyLiveData(batch, context.workbook.worksheets.getItem(name), data, { supports, previousFormatRanges, onColoring: () => progress(UI.progress.coloring) }),
      isPayloadError,
    ),
  );
  store.setFormatRanges(name, applied.formatRanges);
  store.setDataSheet(name);

  const notes = [...tabs.notes];
  if (!applied.conditional) notes.unshift(UI.notes.liveNoColors);
  if (!applied.hidden) {
    const runs = hiddenColumnRuns(data);
    if (runs.length > 0) notes.unshift(UI.notes.liveNotHidden(`${columnLetter(runs[0].from)}–${columnLetter(runs[runs.length - 1].to)}`));
  }
  return {
    sheetName: name,
    liveRows: data.liveRows,
    fixedRows: data.fixedRows,
    fixedReasons: data.fixedReasons,
    years: plan.years,
    tabs: tabs.names,
    liveTabs: tabs.names.filter((_, i) => isLiveTab(plan.sheets[i])),
    asOfCell: cellAddress(data.asOfCell.row, data.asOfCell.col),
    notes,
  };
}
