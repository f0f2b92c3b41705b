import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { InputCell, Problem, SheetGrid } from '../core/index.js';
import { decodeText } from './decode-text.js';

/** The tables of an HTML file, one grid each. */
export interface HtmlRead {
  grids: SheetGrid[];
  encoding: string;
  problems: Problem[];
}

const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'title']);
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'ul', 'ol', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Reads every <table> of an HTML file (vendors save them as .xls, e.g. Thanh Hóa's
 * "In file excel") into a rectangular grid: colspan/rowspan are expanded and the covered
 * cells are null, as Excel shows a merged range; <br> reads as a space; entities are
 * decoded. Cells are text, except Excel-HTML `x:num`/`x:bool` cells, which carry their value.
 * The charset comes from a BOM or <meta>, else UTF-8, else Windows-1258.
 * @example readHtmlTables(bytesOf('<table><tr><td colspan=2>Đơn vị A</td></tr></table>'), 'x').grids[0].cells // => [['Đơn vị A', null]]
 */
export function readHtmlTables(bytes: Uint8Array, baseName: string): HtmlRead {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  const document = parseDocument(decoded.text, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const tables: Element[] = [];
  collectTables(document.children, tables);
  const grids = tables
    .map((table) => gridFromRows(ownRows(table)))
    .filter((cells) => cells.length > 0)
    .map((cells, i, all) => ({ sheetName: all.length === 1 ? baseName : `${baseName} (${i + 1})`, cells }));
  const problems: Problem[] = decoded.assumedWindows1258
    ? [{ code: 'file.encoding', row: 0, severity: 'warning', detail: decoded.encoding }]
    : [];
  return { grids, encoding: decoded.encoding, problems };
}

/** The charset named by a <meta> in the first 4 KB, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 4096)));
  const match = /<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1];
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function collectTables(nodes: readonly ChildNode[], out: Element[]): void {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.name === 'table') out.push(node);
    collectTables(node.children, out);
  }
}

/** The <tr> of this table, not of tables nested in its cells. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (!isElement(node) || node.name === 'table') continue;
      if (node.name === 'tr') rows.push(node);
      else walk(node.children);
    }
  };
  walk(table.children);
  return rows;
}

/** HTML table model: each cell takes the next free slot; slots under a span stay null. */
function gridFromRows(rows: readonly Element[]): InputCell[][] {
  const grid: InputCell[][] = [];
  const covered: boolean[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    covered[r] ??= [];
    let c = 0;
    for (const cell of row.children) {
      if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      while (covered[r][c]) c++;
      const colspan = spanOf(cell.attribs.colspan, MAX_COLSPAN);
      const rowspan = spanOf(cell.attribs.rowspan, MAX_ROWSPAN);
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] ??= [];
        covered[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) {
          covered[r + dr][c + dc] = true;
          grid[r + dr][c + dc] = null;
        }
      }
      grid[r][c] = cellValue(cell);
      c += colspan;
    }
  });
  // Rowspans may reach past the last <tr>; the table ends with its rows.
  grid.length = rows.length;
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}

function spanOf(attr: string | undefined, max: number): number {
  const n = Number.parseInt(attr ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

function cellValue(cell: Element): InputCell {
  const text = cellText(cell);
  const num = cell.attribs['x:num'];
  if (num !== undefined) {
    const value = Number(num === '' ? text : num);
    if (text !== '' && Number.isFinite(value)) return value;
  }
  const bool = cell.attribs['x:bool'];
  if (bool !== undefined) return (bool || text).toUpperCase() === 'TRUE';
  return text === '' ? null : text;
}

/** Visible text: nested tags flattened, <br> and block boundaries as spaces, whitespace collapsed. */
function cellText(cell: Element): string {
  let out = '';
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') out += node.data;
      else if (isElement(node)) {
        if (node.name === 'br') out += ' ';
        else if (node.name === 'table' || SKIPPED_TAGS.has(node.name)) continue;
        else {
          const block = BLOCK_TAGS.has(node.name);
          if (block) out += ' ';
          walk(node.children);
          if (block) out += ' ';
        }
      }
    }
  };
  walk(cell.children);
  return out.replace(/[\s\u00a0]+/g, ' ').trim();
}
