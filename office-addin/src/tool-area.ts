/**
 * A safety check before writing on the user's sheet: every cell the tool is about to
 * clear or write must be empty or the tool's own (its previous columns, its legend
 * words, the live workbook's settings cells). Core places the block right of the data;
 * this guards against a user who typed into those cells since, so a user value is
 * never overwritten.
 */
import {
  cellText,
  DATA_SHEET_LABELS,
  LIVE_LABELS,
  STATUS_LABELS,
  type CellRange,
  type DataSheetPlan,
  type InputCell,
  type LiveDataPlan,
  type SheetGrid,
} from '../../core/index.js';

const LEGEND_WORDS = new Set<string>([DATA_SHEET_LABELS.legendTitle, ...Object.values(STATUS_LABELS)]);
/** The labels of a live run's settings cells; the cell right of one holds its value. */
const SETTINGS_WORDS = new Set<string>([LIVE_LABELS.settingsTitle, LIVE_LABELS.asOf, LIVE_LABELS.periodFrom, LIVE_LABELS.periodTo, LIVE_LABELS.countEnd, LIVE_LABELS.dueSoonLast]);

/**
 * The first cell holding a user value inside the area the plan clears or writes, or null.
 * @example firstUserCellInToolArea(grid, plan, [14, 15, 16]) // => null when columns N–Q are free
 */
export function firstUserCellInToolArea(grid: SheetGrid, plan: DataSheetPlan, toolColumns: readonly number[]): { row: number; col: number } | null {
  const areas: CellRange[] = [
    { row: plan.headerRow, col: plan.firstCol, rows: plan.lastRow - plan.headerRow + 1, cols: plan.headings.length },
    { row: plan.legend.anchor.row, col: plan.legend.anchor.col, rows: plan.legend.rows.length + 1, cols: 1 },
  ];
  if (plan.clear) areas.push(plan.clear);
  return firstUserCellIn(grid, areas, toolColumns);
}

/**
 * The same for a live run: its columns, its legend with the settings cells beside and
 * under it, and the old block it clears.
 * @example firstUserCellInLiveArea(grid, livePlan.data, [14, 15, 16]) // => { row: 20, col: 39 } when AM20 holds a note
 */
export function firstUserCellInLiveArea(grid: SheetGrid, data: LiveDataPlan, toolColumns: readonly number[]): { row: number; col: number } | null {
  const { anchor, rows } = data.legend;
  const settingsBottom = data.settings.reduce((m, p) => Math.max(m, p.row), anchor.row + rows.length);
  const areas: CellRange[] = [
    { row: data.headerRow, col: data.firstCol, rows: data.lastRow - data.headerRow + 1, cols: data.columns.length },
    { row: anchor.row, col: anchor.col, rows: settingsBottom - anchor.row + 1, cols: 2 },
  ];
  if (data.clear) areas.push(data.clear);
  return firstUserCellIn(grid, areas, toolColumns);
}

/**
 * The first cell of the areas that is neither empty nor the tool's: in a tool column, a
 * legend or settings word, or the value right of a settings word.
 */
export function firstUserCellIn(grid: SheetGrid, areas: readonly CellRange[], toolColumns: readonly number[]): { row: number; col: number } | null {
  const originRow = grid.origin?.row ?? 1;
  const originCol = grid.origin?.col ?? 1;
  const tool = new Set(toolColumns);
  const at = (line: readonly InputCell[] | undefined, col: number) => (line ? cellText(line[col - originCol]) : '');
  for (const area of areas) {
    for (let r = area.row; r < area.row + area.rows; r++) {
      const line = grid.cells[r - originRow];
      if (!line) continue;
      for (let c = area.col; c < area.col + area.cols; c++) {
        const text = at(line, c);
        if (text === '' || tool.has(c)) continue;
        if (LEGEND_WORDS.has(text) || SETTINGS_WORDS.has(text) || SETTINGS_WORDS.has(at(line, c - 1))) continue;
        return { row: r, col: c };
      }
    }
  }
  return null;
}
