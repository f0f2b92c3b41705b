/**
 * The host-neutral plan: plain JSON (no classes, no functions) that a host applies
 * with a constant number of round trips. Rows and columns are 1-based, as the user
 * sees them. A `string` cell is always literal text: hosts must write text that
 * looks like a formula as text (see `isFormulaLike`).
 */
import type { Status } from '../classify/status.js';

/** A cell value: text, number (dates are serial Day numbers with a date format), boolean, or empty. */
export type PlanCell = string | number | boolean | null;

/** A rectangle of cells, 1-based. */
export interface CellRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'center' | 'bottom';

/** Cell formatting; absent properties are left as the host's default. */
export interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  /** #RRGGBB */
  fontColor?: string;
  /** #RRGGBB; absent means no fill. */
  fill?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  /** Thin black borders on every edge of every cell of the range. */
  border?: boolean;
  /** Invariant (en-US) number format code, e.g. "#,##0", "0.00%", "dd/mm/yyyy", "@". */
  numberFormat?: string;
  indent?: number;
}

export interface StyledRange {
  range: CellRange;
  style: CellStyle;
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Margins in millimetres. */
  marginsMm: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Rows repeated at the top of every printed page, 1-based inclusive. */
  repeatRows?: { from: number; to: number };
  fitToWidth: boolean;
  centerHorizontally: boolean;
  /** Page number top centre on every page but the first (NĐ 30/2020). */
  pageNumbers: boolean;
  /**
   * Fixed print scale in per cent, worked out by core so that the columns fit the width and
   * the page breaks below land where planned. When set, hosts print at this scale instead of
   * fitting (Excel ignores manual breaks while fitting). Absent: fit as `fitToWidth` says.
   */
  scalePercent?: number;
  /** Manual page breaks: a new page starts after each of these rows (1-based, ascending). */
  rowBreaks?: number[];
  /**
   * Row blocks that print together on one page (the breaks keep them): the 06a's last table
   * rows with its notes, date line and signers; a group row with its first dossier. For hosts
   * without a page-break API this is what the print note asks the user to check.
   */
  keepTogether?: { from: number; to: number }[];
  /**
   * What prints, in order, each area starting on a new page: the form first, then the
   * chart area beside it (so a chart never lands on the form page). Absent: the used range.
   */
  printAreas?: CellRange[];
  /** Page numbers of the sheet start here (each report sheet from 1, NĐ 30/2020). @default 1 */
  firstPageNumber?: number;
  /** Pages the plan expects at `scalePercent` (for print notes and tests). */
  pages?: number;
}

export type ChartKind = 'bar' | 'column' | 'stackedColumn' | 'pie';

/** A chart drawn from cells of the same sheet. */
export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** Category labels (one column or row). */
  categories: CellRange;
  /** One range per series; the series name is `seriesNames[i]`. */
  series: CellRange[];
  seriesNames: string[];
  /** Where to put the chart's top-left corner. */
  anchor: { row: number; col: number };
  widthPt: number;
  heightPt: number;
  /** Number format of the value axis ("0%" for rates). @default "General" */
  valueFormat?: string;
}

/** What a sheet is; hosts use it for naming and ordering, never for rules. */
export type SheetKind =
  | 'form-06a'
  | 'appendix-1'
  | 'appendix-2'
  | 'late-on-system'
  | 'officers'
  | 'score-766'
  | 'due-soon'
  | 'system-due-audit'
  | 'consolidated'
  | 'days-off';

/** A tab the tool owns: re-running replaces it whole. */
export interface SheetPlan {
  name: string;
  kind: SheetKind;
  /** Rows of cells from A1; ragged rows are padded with null. */
  cells: PlanCell[][];
  columnWidthsPt: number[];
  /**
   * Heights of rows, in points. `auto` marks a height worked out from the row's wrapped
   * text (what the text needs): a host that fits rows to wrapped text by itself (Google
   * Sheets) may leave those rows to it; the others are layout and always set.
   */
  rowHeightsPt: { row: number; heightPt: number; auto?: boolean }[];
  merges: CellRange[];
  /** Applied in order; later entries win. */
  styles: StyledRange[];
  print: PrintSetup;
  charts: ChartSpec[];
  freeze?: { rows: number; cols: number };
  /** Tab color #RRGGBB. */
  tabColor?: string;
}

/** The colors of one status, from UX.md. */
export interface StatusColor {
  status: Status;
  label: string;
  /** #RRGGBB or null for no fill. */
  fill: string | null;
  fontColor: string | null;
}

/**
 * The data sheet's colors as conditional-format rules keyed on the status text: one rule
 * per colored status, all over the same full-height ranges, so colors follow the rows when
 * the user sorts. They color exactly the cells of `DataSheetPlan.fills`.
 */
export interface StatusRules {
  /** 1-based sheet column holding the status text. */
  statusCol: number;
  /** First data row (the row each formula is relative to). */
  firstRow: number;
  rows: number;
  /** The ranges each rule applies to: the tool block and each due column, full height. */
  ranges: CellRange[];
  /** One per colored status, in the order of `fills`. */
  rules: {
    color: StatusColor;
    /** Invariant-language formula relative to `firstRow`, e.g. =$N4="Trễ hạn" (Excel and Google Sheets). */
    formula: string;
  }[];
}

/**
 * What to do on the user's data sheet: write the tool's columns to the right of the
 * data and color cells. The user's own cells are never written, only formatted
 * (the due-date cell and the tool's cells of each colored row).
 */
export interface DataSheetPlan {
  /** Row of the tool's headings: the (last) header row of the data. */
  headerRow: number;
  /** First column of the tool's block. */
  firstCol: number;
  /** Tool headings ("Tình trạng", "Hạn xử lý", "Số ngày trễ"). */
  headings: string[];
  /** One row per sheet row from headerRow + 1 to lastRow; null where a row has no dossier. */
  values: PlanCell[][];
  /** Number format per tool column. */
  numberFormats: string[];
  /** Columns the tool wrote on a previous run that must be cleared first (may be wider than now). */
  clear: CellRange | null;
  /**
   * Cells of the user's due column that a previous run may have colored: a host resets
   * their fill and font color before applying `fills`, so a dossier that is no longer late
   * loses its old color. Absent or null on a first run.
   */
  resetFormats?: CellRange | null;
  /**
   * Fills by status, as runs of whole cells (the tool's cells and the due cell of each row).
   * Ranges of one entry share one fill and font color, so a host applies one format per entry.
   */
  fills: { color: StatusColor; ranges: CellRange[] }[];
  /** The same colors as conditional-format rules; null when nothing is colored. */
  statusRules: StatusRules | null;
  /** Where the legend goes (right of the tool block) and its rows. */
  legend: { anchor: { row: number; col: number }; rows: StatusColor[] };
  /** Last row of the data, 1-based. */
  lastRow: number;
}

/** Everything a run of "Kiểm tra hạn" or "Tạo phụ lục" asks a host to write. */
export interface Plan {
  data: DataSheetPlan | null;
  sheets: SheetPlan[];
}

/**
 * True when a host would read the text as a formula (or a DDE/number trick) if written
 * raw. Hosts then write it as literal text.
 */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
