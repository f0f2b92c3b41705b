/**
 * Patches the user's data sheet XML with a DataSheetPlan: only the rows the plan touches
 * are rewritten, and in them only the tool's cells (right of the data) and the style
 * index of the due cell change. Every other byte of the sheet stays as it was.
 */
import type { CellRange, DataSheetPlan, InputCell, StatusColor } from '../../../../core/index.js';
import type { PlanCell } from '../../../../core/index.js';
import type { StylesPatch } from './styles.js';
import { xmlText, type XmlBytes } from './xml-bytes.js';
import { attr, colLetters, colNumber, removeAttr, section, setAttr } from './xml.js';

/** Widths (characters) of the tool's columns and its legend, as the ExcelJS writer sets them. */
const TOOL_WIDTHS = [34, 17, 11];
const LEGEND_WIDTH = 48;
const GREY = 'BFBFBF';

/** Thrown when the sheet XML has a shape this patcher does not handle; the caller uses ExcelJS. */
export class UnsupportedSheetError extends Error {
  override readonly name = 'UnsupportedSheetError';
}

/** One of the tool's cells: its value and format (written by XmlBytes.cell). */
export interface ToolCell {
  value: PlanCell;
  xf: number;
}

export interface RowOps {
  /** The tool's cells of the row, by column. */
  add: Map<number, ToolCell>;
  due: { fill: string | null; fontColor: string | null } | null;
  reset: boolean;
}

/**
 * The data sheet XML with the plan applied. `dateOffset` moves the due serials to the
 * workbook's date system (−1462 for 1904 workbooks).
 */
export function patchDataSheetXml(xml: string, plan: DataSheetPlan, styles: StylesPatch, legendTitle: string, dateOffset = 0): string {
  const dueCol = dueColumnOf(plan);
  const ops = planRows(plan, styles, legendTitle, dateOffset);
  const data = section(xml, 'sheetData');
  if (!data) throw new UnsupportedSheetError('no sheetData');
  const rows = patchRowsXml(data.inner, ops, plan.clear, dueCol, styles);
  const head = patchSheetHead(xml.slice(0, data.start), plan, rows.maxCol, rows.lastRow);
  return `${head}<sheetData>${rows.xml}</sheetData>${xml.slice(data.end)}`;
}

/** The column whose cells get the status colors (the due column), or null. */
export function dueColumnOf(plan: DataSheetPlan): number | null {
  return plan.fills.flatMap((f) => f.ranges).find((r) => r.cols === 1)?.col ?? plan.resetFormats?.col ?? null;
}

/**
 * The part of a sheet before <sheetData> with the tool's column widths, and its dimension
 * grown to the tool's columns (when `lastRow` is known; a streamed sheet has no dimension).
 */
export function patchSheetHead(head: string, plan: DataSheetPlan, maxCol: number, lastRow: number | null): string {
  const legendCol = plan.legend.anchor.col;
  const widths = new Map<number, number>(TOOL_WIDTHS.map((w, i) => [plan.firstCol + i, w]));
  widths.set(legendCol, LEGEND_WIDTH);
  if (lastRow === null) return patchCols(head.replace(/<dimension\b[^>]*\/>/, ''), widths);
  const bottom = Math.max(lastRow, plan.lastRow, plan.legend.anchor.row + plan.legend.rows.length);
  return patchCols(patchDimension(head, Math.max(maxCol, legendCol), bottom), widths);
}

/**
 * Applies row operations to a run of whole <row> elements (the inside of <sheetData>, or
 * a block of it): rows without an operation are copied as they are; rows with one get
 * the tool's cells; rows that have an operation but are not in the run are added in order.
 */
export function patchRowsXml(
  inner: string,
  ops: ReadonlyMap<number, RowOps>,
  clear: CellRange | null,
  dueCol: number | null,
  styles: StylesPatch,
): { xml: string; lastRow: number; maxCol: number } {
  const inClearRows = (r: number) => clear !== null && r >= clear.row && r < clear.row + clear.rows;
  const out: string[] = [];
  const pending = [...ops.keys()].sort((a, b) => a - b);
  let next = 0;
  const flushBefore = (r: number) => {
    while (next < pending.length && pending[next] < r) {
      const row = pending[next++];
      const adds = sortedAdds(ops.get(row)!);
      if (adds.length > 0) out.push(`<row r="${row}">${toolCellsXml(adds, row)}</row>`);
    }
  };
  let at = 0;
  let lastRow = 0;
  let maxCol = 0;
  while (at < inner.length) {
    const start = inner.indexOf('<row', at);
    if (start < 0) break;
    const tagEnd = inner.indexOf('>', start);
    const selfClosing = inner[tagEnd - 1] === '/';
    const end = selfClosing ? tagEnd + 1 : inner.indexOf('</row>', tagEnd) + 6;
    const attrs = inner.slice(start + 4, selfClosing ? tagEnd - 1 : tagEnd);
    const r = refNumber(attrs);
    lastRow = r;
    flushBefore(r);
    const op = ops.get(r);
    if (next < pending.length && pending[next] === r) next++;
    if (!op && !inClearRows(r)) {
      out.push(inner.slice(start, end));
    } else {
      const body = selfClosing ? '' : inner.slice(tagEnd + 1, end - 6);
      const fast = op && !inClearRows(r) ? appendToRow(body, r, op, dueCol, styles) : null;
      if (fast !== null) {
        maxCol = Math.max(maxCol, fast.maxCol);
        out.push(`<row${removeAttr(attrs, 'spans')}>${fast.xml}</row>`);
        at = end;
        continue;
      }
      const cells = patchRowCells(body, r, op, clear, dueCol, styles);
      maxCol = Math.max(maxCol, cells.maxCol);
      out.push(cells.xml.length > 0 || !selfClosing ? `<row${removeAttr(attrs, 'spans')}>${cells.xml}</row>` : inner.slice(start, end));
    }
    at = end;
  }
  flushBefore(Number.MAX_SAFE_INTEGER);
  return { xml: out.join(''), lastRow, maxCol };
}

/**
 * What patchRowsXml(gridRowsXml(cells, row0).xml, ops, null, dueCol, styles) gives, written
 * straight from the grid into `out` instead of writing the rows and parsing them again: a
 * streamed CSV's rows get the tool's cells and the due cell's color as they are written.
 */
export function writeGridRowsPatched(
  out: XmlBytes,
  cells: readonly (readonly InputCell[])[],
  row0: number,
  ops: ReadonlyMap<number, RowOps>,
  dueCol: number | null,
  styles: StylesPatch,
): void {
  const pending = [...ops.keys()].sort((a, b) => a - b);
  let next = 0;
  const toolRow = (row: number, adds: readonly [number, ToolCell][]) => {
    if (adds.length === 0) return;
    out.raw(`<row r="${row}">`);
    for (const [col, cell] of adds) out.cell(col, row, cell.value, cell.xf);
    out.raw('</row>');
  };
  for (let i = 0; i <= cells.length; i++) {
    const r = i < cells.length ? row0 + i : Number.MAX_SAFE_INTEGER;
    // Rows with an operation but no cells of the grid, before this one: the tool's cells only.
    while (next < pending.length && pending[next] < r) {
      const row = pending[next++];
      toolRow(row, sortedAdds(ops.get(row)!));
    }
    if (i === cells.length) break;
    const line = cells[i];
    const op = ops.get(r);
    if (next < pending.length && pending[next] === r) next++;
    let first = 0;
    while (first < line.length && isEmpty(line[first])) first++;
    if (op === undefined) {
      if (first === line.length) continue;
      out.raw(`<row r="${r}">`);
      for (let c = first; c < line.length; c++) if (!isEmpty(line[c])) out.cell(c + 1, r, line[c], 0);
      out.raw('</row>');
      continue;
    }
    const adds = sortedAdds(op);
    // A row without cells of its own gets only the tool's cells, as when it has no <row> to patch.
    if (first === line.length) {
      toolRow(r, adds);
      continue;
    }
    out.raw(`<row r="${r}">`);
    const recolor = dueCol !== null && (op.due !== null || op.reset);
    let a = 0;
    let sawDue = false;
    const addsBefore = (col: number) => {
      while (a < adds.length && adds[a][0] < col) {
        const [c, cell] = adds[a++];
        out.cell(c, r, cell.value, cell.xf);
      }
    };
    for (let c = first; c < line.length; c++) {
      const value = line[c];
      if (isEmpty(value)) continue;
      const col = c + 1;
      if (op.due !== null && !sawDue && dueCol !== null && dueCol < col) {
        addsBefore(dueCol);
        if (!(a < adds.length && adds[a][0] === dueCol)) out.cell(dueCol, r, null, recolored(0, op, styles));
        sawDue = true;
      }
      addsBefore(col);
      if (a < adds.length && adds[a][0] === col) continue;
      if (col === dueCol && recolor) {
        sawDue = true;
        out.cell(col, r, value, recolored(0, op, styles));
      } else out.cell(col, r, value, 0);
    }
    if (op.due !== null && !sawDue && dueCol !== null) {
      addsBefore(dueCol);
      if (!(a < adds.length && adds[a][0] === dueCol)) out.cell(dueCol, r, null, recolored(0, op, styles));
    }
    addsBefore(Number.MAX_SAFE_INTEGER);
    out.raw('</row>');
  }
}

function isEmpty(value: InputCell | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/** A row's tool cells in column order (planRows adds them in order, so this rarely sorts). */
function sortedAdds(op: RowOps): [number, ToolCell][] {
  const adds = [...op.add.entries()];
  for (let i = 1; i < adds.length; i++) {
    if (adds[i - 1][0] > adds[i][0]) return adds.sort((x, y) => x[0] - y[0]);
  }
  return adds;
}

/** The tool's cells of row `r` as XML. */
function toolCellsXml(adds: readonly [number, ToolCell][], r: number): string {
  return xmlText((out) => {
    for (const [col, cell] of adds) out.cell(col, r, cell.value, cell.xf);
  });
}

/** What to do on each row: the tool's cells (headings, values, legend) and the due cell's color. */
export function planRows(plan: DataSheetPlan, styles: StylesPatch, legendTitle: string, dateOffset: number, headAndLegend = true): Map<number, RowOps> {
  const ops = new Map<number, RowOps>();
  const op = (r: number) => {
    let o = ops.get(r);
    if (!o) ops.set(r, (o = { add: new Map(), due: null, reset: false }));
    return o;
  };
  const statusOfRow = new Map<number, StatusColor>();
  for (const { color, ranges } of plan.fills) {
    for (const range of ranges) {
      for (let r = range.row; r < range.row + range.rows; r++) {
        if (range.col === plan.firstCol) statusOfRow.set(r, color);
        else if (range.cols === 1) op(r).due = { fill: color.fill, fontColor: color.fontColor };
      }
    }
  }
  if (plan.resetFormats) forRows(plan.resetFormats, (r) => (op(r).reset = true));

  const grey = { color: GREY };
  if (headAndLegend) {
    const headingXf = styles.xfFor({ bold: true, hAlign: 'center', vAlign: 'center', wrap: true }, grey);
    plan.headings.forEach((h, j) => op(plan.headerRow).add.set(plan.firstCol + j, { value: h, xf: headingXf }));
  }
  const xfCache = new Map<string, number>();
  const valueXf = (j: number, color: StatusColor | undefined) => {
    const k = `${j}|${color?.status ?? ''}`;
    let xf = xfCache.get(k);
    if (xf === undefined) {
      const style = { numberFormat: plan.numberFormats[j], ...(color?.fill ? { fill: color.fill } : {}), ...(color?.fontColor ? { fontColor: color.fontColor } : {}) };
      xfCache.set(k, (xf = styles.xfFor(style, grey)));
    }
    return xf;
  };
  const dateCols = plan.numberFormats.map((f) => /y/i.test(f));
  plan.values.forEach((line, i) => {
    if (line.every((v) => v === null)) return;
    const r = plan.headerRow + 1 + i;
    const color = statusOfRow.get(r);
    line.forEach((v, j) => {
      const value = dateCols[j] && typeof v === 'number' ? v + dateOffset : v;
      op(r).add.set(plan.firstCol + j, { value, xf: valueXf(j, color) });
    });
  });
  if (!headAndLegend) return ops;
  const { anchor, rows } = plan.legend;
  op(anchor.row).add.set(anchor.col, { value: legendTitle, xf: styles.xfFor({ bold: true }, grey) });
  rows.forEach((color, i) => {
    const style = { ...(color.fill ? { fill: color.fill } : {}), ...(color.fontColor ? { fontColor: color.fontColor } : {}) };
    op(anchor.row + 1 + i).add.set(anchor.col, { value: color.label, xf: styles.xfFor(style, grey) });
  });
  return ops;
}

/**
 * The common case without parsing every cell: all the row's cells lie left of the tool's,
 * so the tool's cells are appended and only the due cell (found by its reference) is
 * restyled. Null when the row needs the full merge.
 */
function appendToRow(body: string, r: number, op: RowOps, dueCol: number | null, styles: StylesPatch): { xml: string; maxCol: number } | null {
  const adds = sortedAdds(op);
  const last = body.lastIndexOf('<c ');
  if (last >= 0 && adds.length > 0 && refColumn(body.slice(last + 2, body.indexOf('>', last))) >= adds[0][0]) return null;
  let xml = body;
  if (dueCol !== null && (op.due || op.reset)) {
    const at = body.indexOf(`<c r="${ref(dueCol, r)}"`);
    if (at < 0) {
      if (op.due) return null;
    } else {
      const tagEnd = body.indexOf('>', at);
      const attrs = body.slice(at + 2, body[tagEnd - 1] === '/' ? tagEnd - 1 : tagEnd);
      xml = `${body.slice(0, at)}<c${withStyle(attrs, op, styles)}${body.slice(at + 2 + attrs.length)}`;
    }
  }
  const maxCol = adds.length > 0 ? adds[adds.length - 1][0] : 0;
  return { xml: xml + toolCellsXml(adds, r), maxCol };
}

/** A due cell's attributes with its new style index. */
function withStyle(attrs: string, op: RowOps, styles: StylesPatch): string {
  const sAt = attrs.indexOf(' s="');
  const old = sAt < 0 ? 0 : Number(attrs.slice(sAt + 4, attrs.indexOf('"', sAt + 4)));
  const xf = String(recolored(old, op, styles));
  if (sAt >= 0) return `${attrs.slice(0, sAt + 4)}${xf}${attrs.slice(attrs.indexOf('"', sAt + 4))}`;
  // New style right after the reference, where XmlBytes.cell writes it.
  const rAt = attrs.indexOf(' r="');
  const after = rAt < 0 ? attrs.length : attrs.indexOf('"', rAt + 4) + 1;
  return `${attrs.slice(0, after)} s="${xf}"${attrs.slice(after)}`;
}

/** One row's cells: old tool cells dropped, the due cell recolored, the tool's cells merged in column order. */
function patchRowCells(
  body: string,
  r: number,
  op: RowOps | undefined,
  clear: CellRange | null,
  dueCol: number | null,
  styles: StylesPatch,
): { xml: string; maxCol: number } {
  const kept: [number, string][] = [];
  let at = 0;
  let sawDue = false;
  while (at < body.length) {
    const start = body.indexOf('<c', at);
    if (start < 0) break;
    const tagEnd = body.indexOf('>', start);
    const selfClosing = body[tagEnd - 1] === '/';
    const end = selfClosing ? tagEnd + 1 : body.indexOf('</c>', tagEnd) + 4;
    const attrs = body.slice(start + 2, selfClosing ? tagEnd - 1 : tagEnd);
    const col = refColumn(attrs);
    at = end;
    const cleared = clear !== null && r >= clear.row && r < clear.row + clear.rows && col >= clear.col && col < clear.col + clear.cols;
    if (cleared || op?.add.has(col)) continue;
    let text = body.slice(start, end);
    if (col === dueCol && op && (op.due || op.reset)) {
      sawDue = true;
      text = `<c${withStyle(attrs, op, styles)}${text.slice(2 + attrs.length)}`;
    }
    kept.push([col, text]);
  }
  if (op && dueCol !== null && op.due && !sawDue) kept.push([dueCol, `<c r="${ref(dueCol, r)}" s="${recolored(0, op, styles)}"/>`]);
  if (op) for (const [col, cell] of op.add) kept.push([col, toolCellsXml([[col, cell]], r)]);
  // Usually in order already: the tool's cells come after the user's.
  for (let i = 1; i < kept.length; i++) {
    if (kept[i - 1][0] > kept[i][0]) {
      kept.sort((a, b) => a[0] - b[0]);
      break;
    }
  }
  return { xml: kept.map((k) => k[1]).join(''), maxCol: kept.length > 0 ? kept[kept.length - 1][0] : 0 };
}

const recolorCache = new WeakMap<StylesPatch, Map<string, number>>();

/** The due cell's new format: the old one reset (re-run) and given the status colors; cached per styles. */
function recolored(xf: number, op: RowOps, styles: StylesPatch): number {
  let cache = recolorCache.get(styles);
  if (!cache) recolorCache.set(styles, (cache = new Map()));
  const key = `${xf}|${op.reset ? 1 : 0}|${op.due?.fill ?? ''}|${op.due?.fontColor ?? ''}`;
  let next = cache.get(key);
  if (next === undefined) {
    next = op.reset ? styles.uncolor(xf) : xf;
    if (op.due) next = styles.recolor(next, op.due.fill, op.due.fontColor);
    cache.set(key, next);
  }
  return next;
}

function patchDimension(xml: string, maxCol: number, maxRow: number): string {
  return xml.replace(/<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"\s*\/>/, (_m, c1: string, r1: string, c2?: string, r2?: string) => {
    const col = Math.max(colNumber(c2 ?? c1), maxCol);
    const row = Math.max(Number(r2 ?? r1), maxRow);
    return `<dimension ref="${c1}${r1}:${colLetters(col)}${row}"/>`;
  });
}

/** Sets the widths of some columns, splitting the user's <col> ranges around them. */
function patchCols(xml: string, widths: ReadonlyMap<number, number>): string {
  const found = section(xml, 'cols');
  const ranges = (found ? found.inner.match(/<col\b[^>]*\/>/g) ?? [] : []).map((c) => ({
    min: Number(attr(c, 'min')),
    max: Number(attr(c, 'max')),
    attrs: c.slice(4, -2),
  }));
  for (const [col, width] of widths) {
    const i = ranges.findIndex((x) => x.min <= col && col <= x.max);
    const mine = { min: col, max: col, attrs: ` min="${col}" max="${col}" width="${width}" customWidth="1"` };
    if (i < 0) {
      ranges.push(mine);
      continue;
    }
    const x = ranges[i];
    const pieces = [];
    if (x.min < col) pieces.push({ min: x.min, max: col - 1, attrs: setAttr(x.attrs, 'max', String(col - 1)) });
    pieces.push(mine);
    if (col < x.max) pieces.push({ min: col + 1, max: x.max, attrs: setAttr(x.attrs, 'min', String(col + 1)) });
    ranges.splice(i, 1, ...pieces);
  }
  ranges.sort((a, b) => a.min - b.min);
  const cols = `<cols>${ranges.map((x) => `<col${x.attrs}/>`).join('')}</cols>`;
  // `xml` is the part before <sheetData>, where <cols> goes last.
  if (found) return `${xml.slice(0, found.start)}${cols}${xml.slice(found.end)}`;
  return `${xml}${cols}`;
}

/** The r="12" of a row's attributes. */
function refNumber(attrs: string): number {
  const at = attrs.indexOf(' r="');
  if (at < 0) throw new UnsupportedSheetError('row without r');
  return Number(attrs.slice(at + 4, attrs.indexOf('"', at + 4)));
}

/** The column of a cell's r="AB12". */
function refColumn(attrs: string): number {
  const at = attrs.indexOf(' r="');
  if (at < 0) throw new UnsupportedSheetError('cell without r');
  let col = 0;
  for (let i = at + 4; ; i++) {
    const code = attrs.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col;
}

function forRows(range: CellRange, fn: (r: number) => void): void {
  for (let r = range.row; r < range.row + range.rows; r++) fn(r);
}

function ref(col: number, row: number): string {
  return `${colLetters(col)}${row}`;
}
