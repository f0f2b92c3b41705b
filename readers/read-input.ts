/**
 * One input file as the sheets to consolidate, host-neutral: the CLI's `dunghan merge`
 * and both panes' "Tổng hợp từ tệp…" name the inputs the same way and give the same
 * Vietnamese reason for a file that is not a spreadsheet.
 */
import { CONSOLIDATE_LABELS, type ConsolidateInput, type Problem } from '../core/index.js';
import { INPUT_LABELS as L } from './labels.vi.js';
import { readFileBytes, type ReadFile, type UnreadableFile } from './read-bytes.js';

/** A file's sheets ready for core's consolidate(), or why it has none. */
export type ReadInput =
  | { ok: true; read: ReadFile; inputs: ConsolidateInput[]; problems: Problem[] }
  | { ok: false; code: 'file.binaryXls' | 'file.unreadable'; reason: string };

/**
 * Reads a file's bytes into consolidation inputs; `label` names it ("thang6.zip/xa-a.csv").
 * @example readInputFile('xa-a.csv', bytes).ok // => true
 */
export function readInputFile(label: string, bytes: Uint8Array, options: ReasonOptions = {}): ReadInput {
  const read = readFileBytes(bytes, sheetNameFromLabel(label));
  if (!read.ok) return { ok: false, code: read.reason === 'binaryXls' ? 'file.binaryXls' : 'file.unreadable', reason: unreadableReason(label, read.reason, options) };
  return { ok: true, read, inputs: inputsOfFile(label, read.sheets), problems: read.problems };
}

/**
 * The sentence for a file that gives no grid.
 * @example unreadableReason('cu.xls', 'binaryXls') // => 'Tệp "cu.xls" là .xls dạng nhị phân (Excel 97–2003), chưa đọc được. …'
 */
export function unreadableReason(label: string, reason: UnreadableFile['reason'], options: ReasonOptions = {}): string {
  if (options.short) return reason === 'binaryXls' ? L.binaryXlsShort : L.fileUnreadableShort(whatOf(reason));
  switch (reason) {
    case 'binaryXls':
      return L.binaryXls(label);
    case 'encrypted':
      return L.fileUnreadable(label, L.whatEncrypted);
    case 'badXlsx':
      return L.fileUnreadable(label, L.whatBadXlsx);
    case 'noTable':
      return L.fileUnreadable(label, L.whatNoTable);
    case 'empty':
      return L.fileUnreadable(label, L.whatEmpty);
    case 'unknown':
      return L.fileUnreadable(label, L.whatUnknown);
  }
}

export interface ReasonOptions {
  /** The sentence without the file's name, for a list whose line already names it. @default false */
  short?: boolean;
}

function whatOf(reason: Exclude<UnreadableFile['reason'], 'binaryXls'>): string {
  return { encrypted: L.whatEncrypted, badXlsx: L.whatBadXlsx, noTable: L.whatNoTable, empty: L.whatEmpty, unknown: L.whatUnknown }[reason];
}

/**
 * A file's sheets as inputs: named after the file when it has one sheet, else "sheet (file)".
 * @example inputsOfFile('thang6/xa-a.xlsx', [grid]).map((i) => i.name) // => ['xa-a']
 */
export function inputsOfFile(label: string, sheets: readonly ConsolidateInput['grid'][]): ConsolidateInput[] {
  const file = baseName(label);
  const stem = stemOf(file);
  return sheets.map((grid) => ({
    name: sheets.length === 1 ? stem : CONSOLIDATE_LABELS.sheetInFile(grid.sheetName, file),
    grid,
    source: label,
  }));
}

/**
 * Excel names the one sheet of a CSV or HTML file after the file, cut to 31 characters.
 * @example sheetNameFromLabel('thang6.zip/xa:a.csv') // => 'xa_a'
 */
export function sheetNameFromLabel(label: string): string {
  const name = stemOf(baseName(label)).replace(/[\\/?*[\]:]/g, '_');
  return Array.from(name).slice(0, 31).join('') || 'Sheet1';
}

/** The last part of a path or archive label, whichever separator it uses. */
export function baseName(label: string): string {
  const parts = label.split(/[\\/]/);
  return parts[parts.length - 1];
}

/** The name without its last extension ("bao-cao.xlsx" → "bao-cao"; ".an" stays). */
function stemOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}
