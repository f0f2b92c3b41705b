/**
 * A safety check before writing on the user's sheet: every cell the tool is about to
 * clear or write must be empty or the tool's own (its previous columns, its legend
 * words). Core places the block right of the data; this guards against a user who
 * typed into those cells since, so a user value is never overwritten.
 */
import { cellText, DATA_SHEET_LABELS, STATUS_LABELS, type CellRange, type DataSheetPlan, type SheetGrid } from '../../core/index.js';

const LEGEND_WORDS = new Set<string>([DATA_SHEET_LABELS.legendTitle, ...Object.values(STATUS_LABELS)]);

/**
 * The first cell holding a user value inside the area the plan clears or writes, or null.
 * @example firstUserCellInToolArea(grid, plan, [14, 15, 16]) // => null when columns N–Q are free
 */
export function firstUserCellInToolArea(grid: SheetGrid, plan: DataSheetPlan, toolColumns: readonly number[]): { row: number; col: number } | null {
  const originRow = grid.origin?.row ?? 1;
  const originCol = grid.origin?.col ?? 1;
  const tool = new Set(toolColumns);
  const legendCol = plan.legend.anchor.col;
  const areas: CellRange[] = [
    { row: plan.headerRow, col: plan.firstCol, rows: plan.lastRow - plan.headerRow + 1, cols: plan.headings.length },
    { row: plan.legend.anchor.row, col: legendCol, rows: plan.legend.rows.length + 1, cols: 1 },
  ];
  if (plan.clear) areas.push(plan.clear);
  for (const area of areas) {
    for (let r = area.row; r < area.row + area.rows; r++) {
      const line = grid.cells[r - originRow];
      if (!line) continue;
      for (let c = area.col; c < area.col + area.cols; c++) {
        const text = cellText(line[c - originCol]);
        if (text === '' || tool.has(c)) continue;
        if (c === legendCol && LEGEND_WORDS.has(text)) continue;
        return { row: r, col: c };
      }
    }
  }
  return null;
}
