/**
 * A spreadsheet file's bytes to grids, in Node or a browser alike: .xlsx, CSV (UTF-8,
 * UTF-16, Windows-1258) and HTML tables saved as .xls, told apart by their content.
 */
import type { Problem, SheetGrid } from '../core/index.js';
import { readCsv } from './csv.js';
import { readHtmlTables } from './html.js';
import { sniffFormat } from './sniff.js';
import { readXlsx } from './xlsx.js';

/** The grids of a readable file. */
export interface ReadFile {
  ok: true;
  format: 'xlsx' | 'csv' | 'html';
  sheets: SheetGrid[];
  /** Sheets Excel hides (xlsx only). */
  hiddenSheets: string[];
  /** The text encoding (CSV and HTML); null for xlsx. */
  encoding: string | null;
  /** File-wide problems: encoding assumed, CSV rows with a quote never closed. */
  problems: Problem[];
}

/** Why a file gives no grid. */
export interface UnreadableFile {
  ok: false;
  reason: 'binaryXls' | 'encrypted' | 'empty' | 'unknown' | 'badXlsx' | 'noTable';
}

/**
 * Reads a file's bytes; `name` names the one sheet of a CSV or HTML file.
 * @example readFileBytes(bytes, 'ho-so') // => { ok: true, format: 'csv', sheets: [{ sheetName: 'ho-so', cells: […] }], … }
 */
export function readFileBytes(bytes: Uint8Array, name: string): ReadFile | UnreadableFile {
  const format = sniffFormat(bytes);
  switch (format) {
    case 'xlsx': {
      let sheets;
      try {
        sheets = readXlsx(bytes);
      } catch {
        return { ok: false, reason: 'badXlsx' };
      }
      if (sheets.length === 0) return { ok: false, reason: 'badXlsx' };
      return {
        ok: true, format, sheets: sheets.map((s) => s.grid), hiddenSheets: sheets.filter((s) => s.hidden).map((s) => s.grid.sheetName),
        encoding: null, problems: [],
      };
    }
    case 'html': {
      const read = readHtmlTables(bytes, name);
      if (read.grids.length === 0) return { ok: false, reason: 'noTable' };
      return { ok: true, format, sheets: read.grids, hiddenSheets: [], encoding: read.encoding, problems: read.problems };
    }
    case 'text': {
      const read = readCsv(bytes, name);
      return { ok: true, format: 'csv', sheets: [read.grid], hiddenSheets: [], encoding: read.encoding, problems: read.problems };
    }
    default:
      return { ok: false, reason: format };
  }
}
