/// <reference types="office-js" />
/**
 * Applies core's DataSheetPlan to the user's sheet in a fixed number of requests:
 *   request 1: clear the previous run's block and conditional formats, number formats,
 *              headings, borders, widths, one conditional format per colored status,
 *              and the first part of the values;
 *   request 2…n: the other parts of the values (the last one also writes the legend).
 * n = max(2, ⌈bytes of the values ÷ 3.9 MB⌉), so 10 rows and 100,000 rows of typical
 * exports (~50 bytes a row) both take 2 requests; only past ~7.9 MB of values (about
 * 150,000 rows) does n grow, by one per 3.9 MB. User cells are never written; only the
 * due cells get a conditional format.
 */
import { DATA_SHEET_LABELS, type CellRange, type DataSheetPlan, type StatusColor } from '../../core/index.js';
import { columnsAddress, rangeAddress } from './a1.js';
import { jsonBytes, REQUEST_BUDGET_BYTES, splitRowsIntoParts } from './chunk.js';
import { createBatch, type Batch } from './excel-batch.js';
import { excelRow, queueChunk, TEXT_FORMAT } from './excel-cells.js';
import { fillRulesFor, isToolRuleFormula } from './fill-rules.js';

/** Always at least this many value requests, so the count does not depend on the rows. */
export const MIN_VALUE_REQUESTS = 2;
/** Room left in the first request for the formatting queued before the values. */
export const FORMATTING_ROOM_BYTES = 256 * 1024;

const TOOL_WIDTHS_PT = [190, 100, 70];
const LEGEND_WIDTH_PT = 260;
const BORDER_COLOR = '#BFBFBF';
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

export interface DataApplyOptions {
  /** ExcelApi check (getRanges, 1.9, for the direct-fill fallback). */
  supports(version: string): boolean;
  /** Addresses where a previous run added conditional formats (kept in the workbook). */
  previousFormatRanges: readonly string[];
  /** Called when the coloring starts ("Đang tô màu…"). */
  onColoring?: () => void;
  /** Bytes of values per request (smaller on a retry after Excel refused a request). */
  partBytes?: number;
}

export interface DataApplyResult {
  /** Addresses that now carry the tool's conditional formats (to clear on the next run). */
  formatRanges: string[];
  /** False when the fills were applied directly (the plan did not follow the status text). */
  conditional: boolean;
}

export async function applyDataPlan(batch: Batch, sheet: Excel.Worksheet, plan: DataSheetPlan, options: DataApplyOptions): Promise<DataApplyResult> {
  const context = batch.context;
  const width = plan.headings.length;
  const firstRow = plan.headerRow + 1;
  const rules = fillRulesFor(plan);

  const conditional = options.supports(CONDITIONAL_FORMATS_API);
  // Only the tool's own rules go, where it put them last time: the user's rules on their
  // due column stay (two small syncs on a rerun, none on a first run).
  if (conditional) await deleteToolRules(batch, sheet, options.previousFormatRanges, rules);

  await batch.charge();
  if (options.supports('1.6')) context.workbook.application.suspendApiCalculationUntilNextSync();
  // Clear what the tool wrote before: its own block (values, formats, fills). Never a user column.
  if (plan.clear) await clearOldBlock(batch, sheet, plan.clear, options.supports('1.2'));

  await queueToolFormats(batch, sheet, plan, options.supports('1.2'));
  options.onColoring?.();
  const formatRanges = rules && conditional ? await queueRules(batch, sheet, rules.rules) : await queueDirectFills(batch, sheet, plan, options);

  // Values: at least MIN_VALUE_REQUESTS requests, the first one shared with the formatting.
  const rows = plan.values.map((line) => excelRow(line, width));
  const parts = splitRowsIntoParts(rows, MIN_VALUE_REQUESTS, options.partBytes ?? REQUEST_BUDGET_BYTES - FORMATTING_ROOM_BYTES);
  const at = { row: firstRow, col: plan.firstCol, cols: width };
  for (let i = 0; i < parts.length; i++) {
    await queueChunk(batch, sheet, at, parts[i], null);
    if (i === parts.length - 1) await queueLegend(batch, sheet, plan, options.supports('1.2'));
    await batch.flush();
  }
  return { formatRanges, conditional: rules !== null && conditional };
}

/**
 * The old block cleared (values, formats, fills); its columns shown again, since a live
 * run hid its helper columns there (ExcelApi 1.2; without it nothing was hidden).
 */
export async function clearOldBlock(batch: Batch, sheet: Excel.Worksheet, clear: CellRange, supportsHiding: boolean): Promise<void> {
  await batch.charge();
  sheet.getRange(rangeAddress(clear)).clear('All');
  if (!supportsHiding) return;
  await batch.charge();
  sheet.getRange(columnsAddress(clear.col, clear.col + clear.cols - 1)).columnHidden = false;
}

/** Retries of a refused write, each with half the request size. */
export const WRITE_RETRIES = 4;

/**
 * Runs `write` (a whole plan, from its first step) again with requests half the size when
 * Excel refuses one as too large. A refused request applies nothing, and each attempt
 * clears the tool's block first, so the sheet never ends half-written: either the whole
 * plan is there or, after the last retry, the error goes to the user. `ownRanges` are
 * where an attempt puts the tool's rules: the next attempt removes them with the old ones.
 */
export async function writeRetrying<T>(
  context: Excel.RequestContext,
  previousFormatRanges: readonly string[],
  ownRanges: readonly string[],
  write: (batch: Batch, previous: readonly string[], partBytes: number) => Promise<T>,
  isTooLarge: (error: unknown) => boolean,
): Promise<T & { attempts: number }> {
  let budget = REQUEST_BUDGET_BYTES;
  let previous = previousFormatRanges;
  for (let attempt = 1; ; attempt++) {
    const batch = createBatch(context, { budgetBytes: budget });
    try {
      const result = await write(batch, previous, Math.max(64 * 1024, budget - FORMATTING_ROOM_BYTES));
      return { ...result, attempts: attempt };
    } catch (error) {
      if (!isTooLarge(error) || attempt > WRITE_RETRIES) throw error;
      previous = [...new Set([...previous, ...ownRanges])];
      budget = Math.floor(budget / 2);
    }
  }
}

/** applyDataPlan through writeRetrying. */
export async function applyDataPlanRetrying(
  context: Excel.RequestContext,
  sheetOf: () => Excel.Worksheet,
  plan: DataSheetPlan,
  options: DataApplyOptions,
  isTooLarge: (error: unknown) => boolean,
): Promise<DataApplyResult & { attempts: number }> {
  // Rules of an attempt that got through are the tool's too.
  const own = (fillRulesFor(plan)?.rules ?? []).flatMap((r) => r.ranges.map(rangeAddress));
  return writeRetrying(
    context,
    options.previousFormatRanges,
    own,
    // A fresh sheet object each attempt: the refused request may have been the one that fetched it.
    (batch, previousFormatRanges, partBytes) => applyDataPlan(batch, sheetOf(), plan, { ...options, previousFormatRanges, partBytes }),
    isTooLarge,
  );
}

/** Conditional formats came with ExcelApi 1.6 (Office 2016 has 1.1 only). */
export const CONDITIONAL_FORMATS_API = '1.6';

/**
 * Deletes the tool's conditional formats on these addresses and keeps every other one:
 * one sync to list them, one to read the custom formulas (the deletes ride on the next).
 */
export async function deleteToolRules(batch: Batch, sheet: Excel.Worksheet, addresses: readonly string[], rules: ReturnType<typeof fillRulesFor>): Promise<void> {
  if (addresses.length === 0) return;
  const context = batch.context;
  const collections = addresses.map((address) => {
    const cfs = sheet.getRange(address).conditionalFormats;
    cfs.load('items/type');
    return cfs;
  });
  await context.sync();
  const custom = collections.flatMap((cfs) => cfs.items.filter((cf) => cf.type === 'Custom'));
  for (const cf of custom) cf.custom.rule.load('formula');
  if (custom.length > 0) await context.sync();
  const own = new Set((rules?.rules ?? []).map((r) => r.formula));
  for (const cf of custom) {
    if (!isToolRuleFormula(cf.custom.rule.formula, own)) continue;
    await batch.charge();
    cf.delete();
  }
}

/** Number formats per tool column, "@" on stray strings, headings, borders, widths. */
async function queueToolFormats(batch: Batch, sheet: Excel.Worksheet, plan: DataSheetPlan, supportsWidths: boolean): Promise<void> {
  const width = plan.headings.length;
  const firstRow = plan.headerRow + 1;
  const height = plan.values.length;
  if (height > 0) {
    for (let j = 0; j < width; j++) {
      await batch.charge();
      sheet.getRange(rangeAddress({ row: firstRow, col: plan.firstCol + j, rows: height, cols: 1 })).numberFormat = [[plan.numberFormats[j] ?? 'General']];
    }
    // A string in a number column would be read as a number or date by Excel: make those cells text.
    for (const cell of strayStrings(plan)) {
      await batch.charge();
      sheet.getRange(rangeAddress(cell)).numberFormat = [[TEXT_FORMAT]];
    }
  }
  await queueHeadings(batch, sheet, { row: plan.headerRow, col: plan.firstCol }, plan.headings);
  await queueBorders(batch, sheet.getRange(rangeAddress({ row: plan.headerRow, col: plan.firstCol, rows: height + 1, cols: width })), height + 1, width);
  for (let j = 0; j < width; j++) {
    await batch.charge();
    if (!supportsWidths) break;
    sheet.getRange(columnsAddress(plan.firstCol + j)).format.columnWidth = TOOL_WIDTHS_PT[j] ?? 80;
  }
}

/** The tool's headings in one row from `at`: text, bold, wrapped, centred. */
export async function queueHeadings(batch: Batch, sheet: Excel.Worksheet, at: { row: number; col: number }, headings: readonly string[]): Promise<void> {
  const heading = sheet.getRange(rangeAddress({ row: at.row, col: at.col, rows: 1, cols: headings.length }));
  await batch.charge(jsonBytes(headings) * 2);
  heading.numberFormat = [headings.map(() => TEXT_FORMAT)];
  heading.values = [[...headings]];
  await batch.charge();
  heading.format.font.bold = true;
  heading.format.wrapText = true;
  heading.format.horizontalAlignment = 'Center';
  heading.format.verticalAlignment = 'Center';
}

/** Cells holding a string in a column whose number format is not text. */
export function strayStrings(plan: DataSheetPlan): CellRange[] {
  const out: CellRange[] = [];
  plan.numberFormats.forEach((format, j) => {
    if (format === TEXT_FORMAT) return;
    plan.values.forEach((line, i) => {
      if (typeof line[j] === 'string') out.push({ row: plan.headerRow + 1 + i, col: plan.firstCol + j, rows: 1, cols: 1 });
    });
  });
  return out;
}

export async function queueBorders(batch: Batch, range: Excel.Range, rows: number, cols: number): Promise<void> {
  for (const edge of EDGES) {
    if ((edge === 'InsideHorizontal' && rows < 2) || (edge === 'InsideVertical' && cols < 2)) continue;
    await batch.charge();
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = BORDER_COLOR;
  }
}

export async function queueRules(batch: Batch, sheet: Excel.Worksheet, rules: NonNullable<ReturnType<typeof fillRulesFor>>['rules']): Promise<string[]> {
  const addresses = new Set<string>();
  for (const rule of rules) {
    for (const range of rule.ranges) {
      const address = rangeAddress(range);
      addresses.add(address);
      await batch.charge(rule.formula.length * 3);
      const format = sheet.getRange(address).conditionalFormats.add('Custom');
      format.custom.rule.formula = rule.formula;
      applyColor(format.custom.format, rule.color);
    }
  }
  return [...addresses];
}

/**
 * The fallback without conditional formats (ExcelApi < 1.6): fills painted directly, on
 * the tool's own columns only (grouped by RangeAreas on ExcelApi 1.9). The user's due
 * cells are never painted, so their own fill and font survive; the next run's clear of
 * the tool block removes these fills.
 */
async function queueDirectFills(batch: Batch, sheet: Excel.Worksheet, plan: DataSheetPlan, options: DataApplyOptions): Promise<string[]> {
  const grouped = options.supports('1.9');
  const first = plan.firstCol;
  const last = plan.firstCol + plan.headings.length - 1;
  for (const { color, ranges } of plan.fills) {
    const addresses = ranges.filter((r) => r.col >= first && r.col + r.cols - 1 <= last).map(rangeAddress);
    for (const group of grouped ? groupAddresses(addresses) : addresses) {
      await batch.charge(group.length);
      const target = grouped ? sheet.getRanges(group) : sheet.getRange(group);
      applyColor(target.format, color);
    }
  }
  return [];
}

/** Comma lists under Excel's 8,192-character address limit. */
export function groupAddresses(addresses: readonly string[], maxChars = 8000): string[] {
  const groups: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current !== '' && current.length + 1 + address.length > maxChars) {
      groups.push(current);
      current = '';
    }
    current = current === '' ? address : `${current},${address}`;
  }
  if (current !== '') groups.push(current);
  return groups;
}

export function applyColor(format: { fill: { color: string }; font: { color: string } }, color: StatusColor): void {
  if (color.fill !== null) format.fill.color = color.fill;
  if (color.fontColor !== null) format.font.color = color.fontColor;
}

/** The legend: a title and one row per status in its colors. */
export async function queueLegend(batch: Batch, sheet: Excel.Worksheet, plan: Pick<DataSheetPlan, 'legend'>, supportsWidths: boolean): Promise<void> {
  const { anchor, rows } = plan.legend;
  const values = [[DATA_SHEET_LABELS.legendTitle], ...rows.map((r) => [r.label])];
  const block = sheet.getRange(rangeAddress({ row: anchor.row, col: anchor.col, rows: values.length, cols: 1 }));
  await batch.charge(jsonBytes(values) * 2);
  block.numberFormat = values.map(() => [TEXT_FORMAT]);
  block.values = values;
  await queueBorders(batch, block, values.length, 1);
  await batch.charge();
  sheet.getRange(rangeAddress({ row: anchor.row, col: anchor.col, rows: 1, cols: 1 })).format.font.bold = true;
  if (supportsWidths) sheet.getRange(columnsAddress(anchor.col)).format.columnWidth = LEGEND_WIDTH_PT;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].fill === null && rows[i].fontColor === null) continue;
    await batch.charge();
    applyColor(sheet.getRange(rangeAddress({ row: anchor.row + 1 + i, col: anchor.col, rows: 1, cols: 1 })).format, rows[i]);
  }
}
