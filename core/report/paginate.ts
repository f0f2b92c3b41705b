/**
 * Page breaks of a report tab, worked out in core so every host prints the same pages:
 * every row gets a stored height, the print scale is fixed, and manual breaks fall between
 * table rows, keeping blocks that must stay together (the 06a's notes, date line and
 * signers with the last table rows; a group row with its first dossier).
 * Legal source: NĐ 30/2020/NĐ-CP, Phụ lục I, Mục I (A4, margins, page numbers).
 */
import type { CellRange, ChartSpec, SheetPlan } from '../plan/plan.js';
import { lineHeightPt, wrappedHeightPt, wrappedLines } from './text-metrics.js';

const PT_PER_MM = 72 / 25.4;
/** Hosts round column widths to whole pixels of their default font: keep this much room. */
const WIDTH_SAFETY = 0.97;
/** Row heights are rounded to whole pixels when printed: keep this much room on each page. */
const HEIGHT_SAFETY = 0.97;
/**
 * The smallest scale a whole form may be shrunk to in order to fit one page (12 pt text
 * prints at 6 pt): the 06a's header, notes and signers take about 600 pt, so 20 data rows
 * need about 47 % on A4 landscape and about 65 % on A4 portrait, which paginate then takes.
 */
export const ONE_PAGE_MIN_SCALE = 0.5;
/** Scale of a form that takes several pages: big enough to read, small enough to hold rows with the signers. */
export const MULTI_PAGE_SCALE = 0.8;

export interface PaginateOptions {
  /** The table's body rows (the rows pages may break between). */
  body: { from: number; to: number };
  /** Rows that end the document and must print with the last table rows (1-based, inclusive). */
  keepWithEnd?: { from: number; to: number };
  /** Rows that must print on the same page as the row under them (group rows). */
  keepWithNext?: readonly number[];
  /** Try to shrink the whole sheet to one page first (the 06a form). @default false */
  onePage?: boolean;
}

/** Printable width and height of the sheet's page in points. */
export function printableSizePt(plan: Pick<SheetPlan, 'print'>): { width: number; height: number } {
  const m = plan.print.marginsMm;
  const [w, h] = plan.print.orientation === 'landscape' ? [297, 210] : [210, 297];
  return { width: (w - m.left - m.right) * PT_PER_MM, height: (h - m.top - m.bottom) * PT_PER_MM };
}

/**
 * The row heights the sheet prints with: the stored height, raised where a wrapped text
 * needs more lines than it allows (text-metrics.ts); other rows get the line height of
 * the largest font on the row. Index 0 is unused.
 */
export function fullRowHeights(plan: SheetPlan): number[] {
  const rows = plan.cells.length;
  const cols = plan.cells.reduce((m, line) => Math.max(m, line.length), plan.columnWidthsPt.length);
  // Effective font size, bold and wrap of every cell (later styles win).
  const size = new Float32Array(rows * cols).fill(12);
  const flags = new Uint8Array(rows * cols); // 1 bold, 2 wrap
  for (const { range, style } of plan.styles) {
    const lastRow = Math.min(rows, range.row + range.rows - 1);
    const lastCol = Math.min(cols, range.col + range.cols - 1);
    for (let r = range.row; r <= lastRow; r++) {
      for (let c = range.col; c <= lastCol; c++) {
        const at = (r - 1) * cols + c - 1;
        if (style.fontSize !== undefined) size[at] = style.fontSize;
        if (style.bold !== undefined) flags[at] = style.bold ? flags[at] | 1 : flags[at] & ~1;
        if (style.wrap !== undefined) flags[at] = style.wrap ? flags[at] | 2 : flags[at] & ~2;
      }
    }
  }
  const spanOf = new Map<number, { rows: number; width: number }>();
  for (const m of plan.merges) {
    let width = 0;
    for (let c = m.col; c < m.col + m.cols; c++) width += plan.columnWidthsPt[c - 1] ?? DEFAULT_COLUMN_PT;
    spanOf.set((m.row - 1) * cols + m.col - 1, { rows: m.rows, width });
  }
  const stored = new Map(plan.rowHeightsPt.map((h) => [h.row, h.heightPt]));
  const heights = new Array<number>(rows + 1).fill(0);
  for (let r = 1; r <= rows; r++) {
    const line = plan.cells[r - 1];
    let font = 0;
    let needed = 0;
    for (let c = 1; c <= cols; c++) {
      const value = line?.[c - 1];
      if (value === null || value === undefined || value === '') continue;
      const at = (r - 1) * cols + c - 1;
      font = Math.max(font, size[at]);
      if ((flags[at] & 2) === 0 || typeof value !== 'string') continue;
      const span = spanOf.get(at);
      if (span !== undefined && span.rows > 1) continue;
      const width = span?.width ?? plan.columnWidthsPt[c - 1] ?? DEFAULT_COLUMN_PT;
      if (wrappedLines(value, width, size[at], (flags[at] & 1) === 1) > 1) needed = Math.max(needed, wrappedHeightPt(value, width, size[at], (flags[at] & 1) === 1));
    }
    const base = stored.get(r) ?? Math.max(15, lineHeightPt(font || 12) + 2);
    heights[r] = Math.max(base, needed);
  }
  return heights;
}

/**
 * The plan with every row height stored, a fixed print scale, the manual breaks and the
 * keep-together blocks. A sheet that fits one page at ONE_PAGE_MIN_SCALE or more (with
 * `onePage`) is shrunk to one page, in portrait when a landscape form fits it larger so;
 * otherwise it prints at the scale that fits the width, breaking between body rows.
 * @example paginate(form, { body: { from: 12, to: 40 }, keepWithEnd: { from: 38, to: 60 }, onePage: true }).print.rowBreaks
 */
export function paginate(plan: SheetPlan, options: PaginateOptions): SheetPlan {
  const heights = fullRowHeights(plan);
  const rows = plan.cells.length;
  const form = formArea(plan);
  const contentWidth = plan.columnWidthsPt.slice(form.col - 1, form.col - 1 + form.cols).reduce((a, b) => a + b, 0);
  const total = sum(heights, 1, rows);
  const fit = (print: SheetPlan['print']) => {
    const size = printableSizePt({ print });
    const widthScale = Math.min(1, (size.width * WIDTH_SAFETY) / Math.max(1, contentWidth));
    return { size, widthScale, onePage: Math.min(widthScale, (size.height * HEIGHT_SAFETY) / Math.max(1, total)) };
  };

  // A tall landscape form (many rows) fits one page larger in portrait, which NĐ 30 makes the
  // default anyway: take the orientation that prints the one page larger.
  let print = plan.print;
  let { size: page, widthScale, onePage } = fit(print);
  if (options.onePage && print.orientation === 'landscape') {
    const portrait = fit({ ...print, orientation: 'portrait' });
    if (portrait.onePage > onePage && portrait.onePage >= ONE_PAGE_MIN_SCALE) {
      print = { ...print, orientation: 'portrait' };
      ({ size: page, widthScale, onePage } = portrait);
    }
  }

  let scale = widthScale;
  let breaks: number[] = [];
  let pages = 1;
  if (options.onePage && onePage >= ONE_PAGE_MIN_SCALE) {
    scale = onePage;
  } else {
    const percent = Math.floor(Math.min(widthScale, options.onePage ? MULTI_PAGE_SCALE : 1) * 100) / 100;
    scale = percent;
    const usable = (page.height * HEIGHT_SAFETY) / percent;
    const repeat = print.repeatRows ? sum(heights, print.repeatRows.from, print.repeatRows.to) : 0;
    breaks = breakRows(heights, rows, usable, usable - repeat, units(rows, options));
    pages = breaks.length + 1;
  }
  const keepTogether: { from: number; to: number }[] = [];
  if (options.keepWithEnd) keepTogether.push(options.keepWithEnd);
  for (const r of options.keepWithNext ?? []) if (r < rows) keepTogether.push({ from: r, to: r + 1 });

  const stored = new Map(plan.rowHeightsPt.map((h) => [h.row, h.heightPt]));
  const rowHeightsPt: SheetPlan['rowHeightsPt'] = [];
  for (let r = 1; r <= rows; r++) {
    const own = stored.get(r);
    rowHeightsPt.push(own !== undefined && own >= heights[r] ? { row: r, heightPt: heights[r] } : { row: r, heightPt: heights[r], auto: true });
  }
  // Manual breaks cut every column: a chart beside the table goes where no break crosses it.
  const capacity = chartCapacityPt({ ...plan, print: { ...print, scalePercent: Math.max(10, Math.floor(scale * 100)) } }, heights);
  const charts = plan.charts.map((chart) => placeChart(fitChart(chart, capacity), heights, rows, breaks));
  const printAreas: CellRange[] = [form, ...charts.map((chart) => chartArea(chart, heights, rows))];
  return {
    ...plan,
    charts,
    rowHeightsPt,
    print: {
      ...print,
      scalePercent: Math.max(10, Math.floor(scale * 100)),
      rowBreaks: breaks,
      keepTogether,
      printAreas,
      firstPageNumber: 1,
      pages: pages + (printAreas.length - 1),
    },
  };
}

/** The cells of the form: every column of the plan, every row. */
function formArea(plan: SheetPlan): CellRange {
  return { row: 1, col: 1, rows: plan.cells.length, cols: plan.columnWidthsPt.length };
}

/** Default column width the hosts give columns the plan does not size (Excel's 8.43 characters). */
export const DEFAULT_COLUMN_PT = 48;

/** Height of sheet row r as printed: the plan's rows as worked out, rows past the plan at the hosts' default. */
const rowHeight = (heights: number[], rows: number, r: number) => (r <= rows ? heights[r] : DEFAULT_ROW_PT);

/** The last row a chart anchored at `row` covers, from the rows' printed heights. */
function chartLastRow(chart: ChartSpec, heights: number[], rows: number, row: number): number {
  let covered = 0;
  let r = row;
  while (covered < chart.heightPt) covered += rowHeight(heights, rows, r++);
  return r - 1;
}

/**
 * The chart moved down, if needed, to the first row from which it ends before the next
 * manual page break (so it never prints cut across two pages).
 */
function placeChart(chart: ChartSpec, heights: number[], rows: number, breaks: readonly number[]): ChartSpec {
  let row = chart.anchor.row;
  for (const b of [...breaks].sort((x, y) => x - y)) {
    if (b < row) continue;
    if (chartLastRow(chart, heights, rows, row) <= b) break;
    row = b + 1;
  }
  return row === chart.anchor.row ? chart : { ...chart, anchor: { ...chart.anchor, row } };
}

/**
 * The height a chart may take to print on one page: the page at the tab's print scale, less
 * the heading rows repeated at the top of every page (they print above the chart too).
 */
function chartCapacityPt(plan: SheetPlan, heights: number[]): number {
  const scale = (plan.print.scalePercent ?? 100) / 100;
  const repeat = plan.print.repeatRows ? sum(heights, plan.print.repeatRows.from, plan.print.repeatRows.to) : 0;
  // Two default rows of room: the area's last row and the rounding of row heights.
  return (printableSizePt(plan).height * HEIGHT_SAFETY) / scale - repeat - 2 * DEFAULT_ROW_PT;
}

/** The chart no taller than the page can hold (width kept). */
function fitChart(chart: ChartSpec, capacityPt: number): ChartSpec {
  return chart.heightPt <= capacityPt ? chart : { ...chart, heightPt: Math.max(120, Math.floor(capacityPt)) };
}

/** One print area per chart, covering the cells under it, so it prints on a page of its own. */
function chartArea(chart: ChartSpec, heights: number[], rows: number): CellRange {
  const last = chartLastRow(chart, heights, rows, chart.anchor.row);
  return { row: chart.anchor.row, col: chart.anchor.col, rows: last - chart.anchor.row + 2, cols: Math.ceil(chart.widthPt / DEFAULT_COLUMN_PT) + 1 };
}

/** Default row height of the hosts (Excel's 15 pt for 11 pt Calibri). */
const DEFAULT_ROW_PT = 15;

/** Blocks of rows that a page break may not split, in row order, covering 1..rows. */
function units(rows: number, options: PaginateOptions): { from: number; to: number }[] {
  const glue = new Array<boolean>(rows + 2).fill(false); // glue[r]: row r stays with row r + 1
  // The title and headings stay with the first body row.
  for (let r = 1; r < Math.min(options.body.from, rows); r++) glue[r] = true;
  for (const r of options.keepWithNext ?? []) if (r >= 1 && r < rows) glue[r] = true;
  if (options.keepWithEnd) for (let r = options.keepWithEnd.from; r < Math.min(options.keepWithEnd.to, rows); r++) glue[r] = true;
  const out: { from: number; to: number }[] = [];
  let from = 1;
  for (let r = 1; r <= rows; r++) {
    if (!glue[r] || r === rows) {
      out.push({ from, to: r });
      from = r + 1;
    }
  }
  return out;
}

/** Greedy fill: rows after which a new page starts. A block taller than a page is split by row. */
function breakRows(heights: number[], rows: number, first: number, next: number, blocks: { from: number; to: number }[]): number[] {
  const breaks: number[] = [];
  let used = 0;
  let cap = first;
  const newPage = (afterRow: number) => {
    breaks.push(afterRow);
    used = 0;
    cap = next;
  };
  for (const block of blocks) {
    const h = sum(heights, block.from, block.to);
    if (used > 0 && used + h > cap) newPage(block.from - 1);
    if (h <= cap - used) {
      used += h;
      continue;
    }
    for (let r = block.from; r <= block.to; r++) {
      if (used > 0 && used + heights[r] > cap) newPage(r - 1);
      used += heights[r];
    }
  }
  return breaks.filter((b) => b >= 1 && b < rows);
}

function sum(heights: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let r = from; r <= to; r++) s += heights[r] ?? 0;
  return s;
}

/**
 * The plan with charts placed beside its table (from two columns right of it, at `row`),
 * each printing as an area of its own after the form.
 * @example withCharts(plan, [spec], 8).charts[0].anchor // => { row: 8, col: plan.columnWidthsPt.length + 2 }
 */
export function withCharts(plan: SheetPlan, charts: readonly ChartSpec[], row: number): SheetPlan {
  const col = plan.columnWidthsPt.length + 2;
  const heights = fullRowHeights(plan);
  const rows = plan.cells.length;
  const breaks = plan.print.rowBreaks ?? [];
  const capacity = chartCapacityPt(plan, heights);
  let top = row;
  const placed = charts.map((chart) => {
    const at = placeChart(fitChart({ ...chart, anchor: { row: top, col } }, capacity), heights, rows, breaks);
    top = chartLastRow(at, heights, rows, at.anchor.row) + 2;
    return at;
  });
  const next: SheetPlan = { ...plan, charts: [...plan.charts, ...placed] };
  const form = plan.print.printAreas?.[0] ?? formArea(plan);
  const areas = next.charts.map((chart) => chartArea(chart, heights, rows));
  return { ...next, print: { ...next.print, printAreas: [form, ...areas], pages: (next.print.pages ?? 1) + placed.length } };
}
