import type { ClassifiedDossier } from '../classify/classified.js';
import type { Status } from '../classify/status.js';
import { STATUS_COLORS, STATUS_LABELS, STATUS_ORDER, TOOL_HEADINGS } from '../labels.vi.js';
import type { ReadResult } from '../import/read-result.js';
import type { Settings } from '../settings.js';
import type { CellRange, DataSheetPlan, PlanCell, StatusColor } from './plan.js';
import { statusRulesFor } from './status-rules.js';

/** Number formats of the tool's due column: with a time when any due date has one. */
export const DUE_FORMAT_DATE = 'dd/mm/yyyy';
export const DUE_FORMAT_DATE_TIME = 'dd/mm/yyyy hh:mm';
const TEXT_FORMAT = '@';
const COUNT_FORMAT = '0';

/** Blank columns between the tool's columns and its legend. */
const LEGEND_GAP_COLS = 1;
/** Columns the legend takes (one label column). */
const LEGEND_COLS = 1;

/**
 * The live workbook's block (core/live) is wider than the three columns (a note and the
 * helper columns) and keeps its settings cells beside and under its legend: the report
 * date and the period in the column right of the legend, from GAP_ROWS + 1 rows under
 * the legend's last row, ROWS rows in all. A later run, live or not, clears all of it.
 */
export const LIVE_SETTINGS_BLOCK = { valueCols: 1, gapRows: 2, rows: 6 } as const;

/** Statuses whose rows show a working-days-late number. */
const LATE_STATUSES: ReadonlySet<Status> = new Set<Status>(['late', 'late_on_system', 'overdue']);

/**
 * The colors a status gets on the data sheet, or null when its rows stay uncolored
 * (pending always; early and on-time unless the user asks for green, UX.md).
 */
export function statusColorFor(status: Status, colorFinishedOnTime: boolean): StatusColor | null {
  const colors = STATUS_COLORS[status];
  if (colors.fill === null && colors.fontColor === null) return null;
  if (colors.optionalFill && !colorFinishedOnTime) return null;
  return { status, label: STATUS_LABELS[status], fill: colors.fill, fontColor: colors.fontColor };
}

/**
 * Plans the user's data sheet: the tool's three columns right of the data (or where
 * a previous run put them, so a re-run replaces them), one fill entry per status made
 * of runs of consecutive rows, and the legend. The user's cells are never written:
 * only the due-date cell of a colored row is formatted. Null when no header was found.
 * @example buildDataPlan(read, dossiers, settings)?.firstCol // => 12 when the data ends in column K
 */
export function buildDataPlan(
  read: ReadResult,
  dossiers: readonly ClassifiedDossier[],
  settings: Pick<Settings, 'colorFinishedOnTime'>,
): DataSheetPlan | null {
  if (read.headerRows.length === 0) return null;
  const headerRow = read.headerRows[read.headerRows.length - 1];
  const lastRow = Math.max(read.lastRow, headerRow);
  const hadToolColumns = read.toolColumns.length > 0;
  const firstCol = hadToolColumns ? Math.min(...read.toolColumns) : read.lastDataCol + 1;
  const toolCols = TOOL_HEADINGS.length;
  const legendCol = firstCol + toolCols + LEGEND_GAP_COLS;
  const legendRows = STATUS_ORDER.map((status) => legendColorFor(status, settings.colorFinishedOnTime));

  const dueCol = read.mapping.find((m) => m.field === 'due')?.col ?? null;
  const height = lastRow - headerRow;
  const statusByOffset: (Status | null)[] = new Array<Status | null>(height).fill(null);
  const values: PlanCell[][] = new Array<PlanCell[]>(height);
  let anyTime = false;
  for (const dossier of dossiers) {
    const offset = dossier.record.row - headerRow - 1;
    if (offset < 0 || offset >= height) continue;
    statusByOffset[offset] = dossier.status;
    const due = dossier.dueAt;
    if (due !== null && due.sec !== null) anyTime = true;
    values[offset] = [
      STATUS_LABELS[dossier.status],
      due === null ? null : due.day + (due.sec ?? 0) / 86_400,
      LATE_STATUSES.has(dossier.status) ? dossier.workingDaysLate : null,
    ];
  }
  for (let i = 0; i < height; i++) if (values[i] === undefined) values[i] = [null, null, null];

  const fills = buildFills(statusByOffset, headerRow + 1, firstCol, toolCols, dueCol, settings.colorFinishedOnTime);
  return {
    headerRow,
    firstCol,
    headings: [...TOOL_HEADINGS],
    values,
    numberFormats: [TEXT_FORMAT, anyTime ? DUE_FORMAT_DATE_TIME : DUE_FORMAT_DATE, COUNT_FORMAT],
    clear: hadToolColumns ? oldToolBlock(read, headerRow, lastRow, legendRows.length) : null,
    resetFormats: hadToolColumns && dueCol !== null && height > 0 ? { row: headerRow + 1, col: dueCol, rows: height, cols: 1 } : null,
    fills,
    statusRules: statusRulesFor({
      firstRow: headerRow + 1,
      rows: height,
      firstCol,
      toolCols,
      // The status text is the tool's first column (values above).
      statusCol: firstCol,
      dueCol,
      colors: fills.map((f) => f.color),
    }),
    legend: { anchor: { row: headerRow, col: legendCol }, rows: legendRows },
    lastRow,
  };
}

/** A legend row: every status is listed, uncolored ones with no fill. */
function legendColorFor(status: Status, colorFinishedOnTime: boolean): StatusColor {
  return statusColorFor(status, colorFinishedOnTime) ?? { status, label: STATUS_LABELS[status], fill: null, fontColor: null };
}

/**
 * True when the tool's columns found on the sheet are a live workbook's (more than the
 * three of a check): a check replaces them, and its host says the live tabs need a run.
 * @example isLiveBlock(checkSheet(liveGrid, settings).read) // => true
 */
export function isLiveBlock(read: Pick<ReadResult, 'toolColumns'>): boolean {
  if (read.toolColumns.length === 0) return false;
  return Math.max(...read.toolColumns) - Math.min(...read.toolColumns) + 1 > TOOL_HEADINGS.length;
}

/**
 * The block a previous run wrote: its columns (found by their headings) through its
 * legend, from the header row down past the data or the legend, whichever is longer.
 * A live block (more columns than the three) also had its settings cells right of and
 * under its legend.
 */
function oldToolBlock(read: ReadResult, headerRow: number, lastRow: number, legendLength: number): CellRange {
  const first = Math.min(...read.toolColumns);
  const lastTool = Math.max(...read.toolColumns, first + TOOL_HEADINGS.length - 1);
  const live = isLiveBlock(read);
  const S = LIVE_SETTINGS_BLOCK;
  const last = lastTool + LEGEND_GAP_COLS + LEGEND_COLS + (live ? S.valueCols : 0);
  const bottom = Math.max(lastRow, headerRow + legendLength + (live ? S.gapRows + S.rows : 0));
  return { row: headerRow, col: first, rows: bottom - headerRow + 1, cols: last - first + 1 };
}

/** One entry per colored status (in STATUS_ORDER), each a list of runs of consecutive rows. */
function buildFills(
  statusByOffset: readonly (Status | null)[],
  firstRow: number,
  firstCol: number,
  toolCols: number,
  dueCol: number | null,
  colorFinishedOnTime: boolean,
): DataSheetPlan['fills'] {
  const runs = new Map<Status, CellRange[]>();
  let i = 0;
  while (i < statusByOffset.length) {
    const status = statusByOffset[i];
    let j = i + 1;
    while (j < statusByOffset.length && statusByOffset[j] === status) j++;
    if (status !== null && statusColorFor(status, colorFinishedOnTime) !== null) {
      let list = runs.get(status);
      if (!list) runs.set(status, (list = []));
      list.push({ row: firstRow + i, col: firstCol, rows: j - i, cols: toolCols });
    }
    i = j;
  }
  const fills: DataSheetPlan['fills'] = [];
  for (const status of STATUS_ORDER) {
    const toolRuns = runs.get(status);
    const color = statusColorFor(status, colorFinishedOnTime);
    if (!toolRuns || !color) continue;
    const dueRuns = dueCol === null ? [] : toolRuns.map((r) => ({ row: r.row, col: dueCol, rows: r.rows, cols: 1 }));
    fills.push({ color, ranges: [...toolRuns, ...dueRuns] });
  }
  return fills;
}
