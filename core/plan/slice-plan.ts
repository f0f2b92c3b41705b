/**
 * A tab plan cut into row blocks, so a host that receives plans through a size-limited
 * channel (Apps Script's google.script.run) gets each in parts and writes them one after
 * another: every part is a plain SheetPlan whose cells are the block's rows and whose
 * styles, merges and row heights are the block's, in the whole tab's coordinates.
 */
import type { CellRange, SheetPlan } from './plan.js';

export interface PlanSlice {
  /** The part: `cells` are the rows firstRow… of the tab; everything else in tab coordinates. */
  plan: SheetPlan;
  /** 1-based row of the tab its first cells row goes to. */
  firstRow: number;
  part: number;
  parts: number;
}

/**
 * Cuts a plan into parts of about `maxBytes` of cell JSON each (at least one row a part).
 * Column widths, freeze and tab color go with the first part; charts with the last (their
 * data is written by then); a merge with the part that holds its last row.
 * @example slicePlan(appendix2, 400_000).map((s) => s.firstRow) // => [1, 2711, 5402, …]
 */
export function slicePlan(plan: SheetPlan, maxBytes: number): PlanSlice[] {
  const cuts: number[] = [0];
  let bytes = 0;
  for (let r = 0; r < plan.cells.length; r++) {
    const size = JSON.stringify(plan.cells[r]).length + 1;
    if (bytes > 0 && bytes + size > maxBytes) {
      cuts.push(r);
      bytes = 0;
    }
    bytes += size;
  }
  const parts = cuts.length;
  return cuts.map((start, part) => {
    const end = part + 1 < parts ? cuts[part + 1] : Number.POSITIVE_INFINITY;
    const first = part === 0;
    const last = part === parts - 1;
    // Rows [lo, hi] of the tab, 1-based; the first and last parts reach past the cells (styles below the table).
    const lo = first ? 1 : start + 1;
    const hi = last ? Number.POSITIVE_INFINITY : end;
    const piece: SheetPlan = {
      ...plan,
      cells: plan.cells.slice(start, last ? plan.cells.length : end),
      columnWidthsPt: first ? plan.columnWidthsPt : [],
      rowHeightsPt: plan.rowHeightsPt.filter((h) => h.row >= lo && h.row <= hi),
      merges: plan.merges.filter((m) => inPart(m.row + m.rows - 1, lo, hi)),
      styles: plan.styles.flatMap((s) => {
        const range = clipRows(s.range, lo, hi);
        return range === null ? [] : [{ range, style: s.style }];
      }),
      charts: last ? plan.charts : [],
    };
    if (!first) {
      delete piece.freeze;
      delete piece.tabColor;
    }
    return { plan: piece, firstRow: start + 1, part, parts };
  });
}

function inPart(row: number, lo: number, hi: number): boolean {
  return row >= lo && row <= hi;
}

function clipRows(range: CellRange, lo: number, hi: number): CellRange | null {
  const top = Math.max(range.row, lo);
  const bottom = Math.min(range.row + range.rows - 1, hi);
  return bottom < top ? null : { row: top, col: range.col, rows: bottom - top + 1, cols: range.cols };
}
