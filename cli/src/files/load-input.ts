import { readFile, stat } from 'node:fs/promises';
import type { Problem, SheetGrid } from '../../../core/index.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { readFileBytes, sheetNameFromLabel, unreadableReason } from '../../../readers/index.js';
import { FileError } from './file-error.js';

/** What a file held, whatever its format. */
export interface LoadedInput {
  path: string;
  format: 'xlsx' | 'csv' | 'html';
  /** One grid per sheet (CSV and HTML give one; HTML with several tables gives one per table). */
  sheets: SheetGrid[];
  /** The raw bytes, so the workbook writer can keep an .xlsx's own sheets and formatting. */
  bytes: Uint8Array;
  /** Text encoding for CSV and HTML ('utf-8', 'windows-1258', …); null for .xlsx. */
  encoding: string | null;
  /** Names of .xlsx sheets Excel hides (still listed in `sheets`). */
  hiddenSheets: string[];
  /** Problems about the whole file (row 0), e.g. 'file.encoding'. */
  problems: Problem[];
}

const M = CLI_MESSAGES.check;

/**
 * Reads .xlsx, .csv and HTML-as-.xls by sniffing the content, not the extension.
 * Throws FileError (a UsageError: exit 2) with a Vietnamese message when the file is
 * missing, a binary Excel 97–2003 .xls, or not a spreadsheet at all.
 * @example (await loadInput('samples/opencps-ho-so.csv')).format // => 'csv'
 */
export async function loadInput(path: string): Promise<LoadedInput> {
  return loadInputBytes(path, await readBytes(path));
}

/**
 * loadInput on bytes already read (a file inside a .zip); `path` names it in messages.
 * @example loadInputBytes('thang6.zip/xa-a.csv', bytes).format // => 'csv'
 */
export function loadInputBytes(path: string, bytes: Uint8Array): LoadedInput {
  const read = readFileBytes(bytes, sheetNameFromPath(path));
  if (read.ok) {
    return { path, format: read.format, sheets: read.sheets, bytes, encoding: read.encoding, hiddenSheets: read.hiddenSheets, problems: read.problems };
  }
  throw new FileError(read.reason === 'binaryXls' ? 'file.binaryXls' : 'file.unreadable', unreadableReason(path, read.reason));
}

export async function readBytes(path: string): Promise<Uint8Array> {
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch {
    throw new FileError('file.notFound', M.fileNotFound(path));
  }
  if (!isFile) throw new FileError('file.notFound', M.fileIsDirectory(path));
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new FileError('file.unreadable', M.fileUnreadable(path, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
}

/** Excel names the one sheet of a CSV or HTML file after the file, cut to 31 characters (readers/read-input.ts). */
export const sheetNameFromPath = sheetNameFromLabel;
