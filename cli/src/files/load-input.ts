import type { SheetGrid } from '../../../core/index.js';

/** What a file held, whatever its format. */
export interface LoadedInput {
  path: string;
  format: 'xlsx' | 'csv' | 'html';
  /** One grid per sheet (CSV and HTML give one; HTML with several tables gives one per table). */
  sheets: SheetGrid[];
  /** The raw bytes, so the workbook writer can keep an .xlsx's own sheets and formatting. */
  bytes: Uint8Array;
}

/** Reads .xlsx, .csv and HTML-as-.xls by sniffing the content. Throws UsageError with a Vietnamese message when unreadable. */
export async function loadInput(_path: string): Promise<LoadedInput> {
  throw new Error('loadInput: not implemented yet');
}
