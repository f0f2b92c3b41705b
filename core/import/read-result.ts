import type { DossierRecord, Field } from './dossier.js';
import type { Problem } from '../problem.js';

/** A cell as a host reads it. Apps Script `Date`s arrive as text "yyyy-MM-dd HH:mm:ss" in the spreadsheet's zone. */
export type InputCell = string | number | boolean | null | undefined;

/** A block of cells read from one sheet. */
export interface SheetGrid {
  sheetName: string;
  /** Rows of cells; ragged rows are allowed. */
  cells: InputCell[][];
  /** Sheet row and column (1-based) of cells[0][0]. @default { row: 1, col: 1 } */
  origin?: { row: number; col: number };
  /** Excel date system of the numbers. @default '1900' */
  dateSystem?: '1900' | '1904';
}

/** User's correction: field → column heading as written, or a column letter ("F"). */
export type MappingOverride = Partial<Record<Field, string>>;

export interface ReadOptions {
  mapping?: MappingOverride;
}

/** How one field was found. */
export interface FieldMapping {
  field: Field;
  /** 1-based sheet column. */
  col: number;
  /** Column letter, e.g. "F". */
  letter: string;
  /** The heading as written (multi-row headings joined with " / "). */
  heading: string;
  /** 0–1: 1 for an exact synonym or a user choice. */
  confidence: number;
  source: 'detected' | 'user';
}

/** 'note': free text inside the table ("Ghi chú: …"), above the last dossier row. */
export type SkipReason = 'blank' | 'group' | 'total' | 'footer' | 'index' | 'repeatedHeader' | 'note';

export interface SkippedRow {
  row: number;
  reason: SkipReason;
  /** The group name for group rows (carried down as the unit); the text of a note row. */
  text?: string;
}

export interface ReadResult {
  sheetName: string;
  /** 1-based sheet rows of the header (1–3 rows); empty when none was found. */
  headerRows: number[];
  mapping: FieldMapping[];
  /** Columns the tool itself wrote on a previous run (found by their headings); never read as data. */
  toolColumns: number[];
  /** Last column of the user's own data (1-based). */
  lastDataCol: number;
  /** Last row holding anything (1-based). */
  lastRow: number;
  dossiers: DossierRecord[];
  skipped: SkippedRow[];
  problems: Problem[];
  /** Rows below the header: always dossiers.length + skipped.length. */
  rowsIn: number;
}
