/**
 * What crosses google.script.run between the sidebar and the server: plain JSON only
 * (no Dates, no classes), so both sides and the tests share these shapes.
 */
import type { Day, Field, Problem, Score766, Settings, Status } from '../../core/index.js';
import type { LiveSummary } from '../../pane/model.js';

/** A server answer: errors come back as data, one Vietnamese sentence plus details for IT. */
export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcError };

export interface RpcError {
  message: string;
  detail: string;
}

/** What the sidebar needs when it opens. */
export interface SidebarState {
  settings: Settings;
  /** Today in the spreadsheet's time zone (the default "Ngày chốt số liệu" of a live check). */
  today: Day;
  /** The sheet actions check by default: the active one, or the remembered data sheet while a tool tab is active. */
  activeSheet: string;
  sheets: string[];
  /** The tool's own tabs (never offered as data). */
  toolTabs: string[];
  /** The data sheet checked last, when it still exists. */
  dataSheet: string | null;
  /** The sentence to show before an action: which sheet it will check, or why it cannot. */
  checkTarget: string;
  /** A warning when the spreadsheet's locale reads dates month-first, else null. */
  localeWarning: string | null;
}

export interface ColumnChoice {
  col: number;
  letter: string;
  heading: string;
}

export interface FieldChoice {
  field: Field;
  col: number | null;
  letter: string | null;
  heading: string | null;
  source: 'detected' | 'user' | null;
}

/** The "Dữ liệu" section: the sheet, its header row and what each field was mapped to. */
export interface SheetPreview {
  sheetName: string;
  headerRow: number | null;
  dossiers: number;
  columns: ColumnChoice[];
  fields: FieldChoice[];
  missing: Field[];
  /** Key of the stored column corrections for sheets with these headings. */
  signature: string;
}

/** A problem with the tab it belongs to, so the sidebar can select its cell. */
export type SheetProblem = Problem & { sheetName: string };

/** The "Kết quả" section. */
export interface RunSummary {
  preview: SheetPreview;
  counts: Record<Status, number>;
  total: number;
  /** Core's "Tiến độ" score (QĐ 766) for the period. */
  score: Score766;
  /** At most PROBLEM_LIMIT problems; `problemCount` is the full number. */
  problems: SheetProblem[];
  problemCount: number;
  /** Host notes (month-first locale) to show with the result. */
  notes: string[];
}

/** One step of a resumable "Kiểm tra hạn". */
export interface CheckStep {
  done: boolean;
  /** Pass to continueCheck while not done. */
  token: string | null;
  rowsDone: number;
  rowsTotal: number;
  /** True when the data changed between steps and the writing started again. */
  restarted: boolean;
  /** True only when the tool's columns were written on the sheet. */
  written: boolean;
  /** The sentence to show: "Đã ghi kết quả vào trang …" when done and written, the no-header sentence when nothing was. */
  message: string;
  summary: RunSummary;
  /** Milliseconds spent in this call, for "Chi tiết" and calibration. */
  timings: { readMs: number; checkMs: number; writeMs: number };
}

export interface CheckRequest {
  sheetName?: string;
  settings: Settings;
  /** Rows written per call; the server picks a size that fits the time limit when absent. */
  chunkRows?: number;
}

export interface ReportsRequest {
  sheetName?: string;
  settings: Settings;
  /** Tabs written per call (tests); the server sizes calls by time when absent. */
  tabsPerCall?: number;
}

export interface ConsolidateRequest {
  sheetNames: string[];
  settings: Settings;
  tabsPerCall?: number;
}

export interface TabsOutcome {
  /** Tabs written so far, by their names in the spreadsheet (may be "Cán bộ (Đúng Hạn)"). */
  sheetNames: string[];
  summary: RunSummary | null;
  problems: SheetProblem[];
  problemCount: number;
  /** False while tabs are left: call rpcContinueTabs(token). */
  done: boolean;
  token: string | null;
  tabsDone: number;
  tabsTotal: number;
  /** Progress sentence while not done, else ''. */
  message: string;
}

export interface LiveRequest {
  sheetName?: string;
  settings: Settings;
  /** Rows and tabs written per call (tests); the server sizes calls by time when absent. */
  chunkRows?: number;
  tabsPerCall?: number;
}

/** What "Xuất sổ tự tính" wrote, for the summary line: the pane's own type, so server and sidebar cannot drift. */
export type { LiveSummary };

/** One step of a resumable "Xuất sổ tự tính": the tabs first, then the data rows. */
export interface LiveStep {
  done: boolean;
  /** Pass to continueLive while not done. */
  token: string | null;
  /** Units of work done and in all: one per tab, then one per row. */
  unitsDone: number;
  unitsTotal: number;
  /** Progress sentence while not done, else ''. */
  message: string;
  /** True when the data changed between steps and the writing started again. */
  restarted: boolean;
  /** Null only when nothing could be written (no header): `message` says why. */
  summary: LiveSummary | null;
}

export interface MappingRequest {
  sheetName: string;
  signature: string;
  /** Field → column letter; fields left out are detected. */
  override: Partial<Record<Field, string>>;
  settings: Settings;
}

export interface CellRequest {
  sheetName: string;
  row: number;
  columnLetter?: string;
}

/** Menu items open the sidebar and ask it to start one of these. */
export type SidebarAction = 'check' | 'reports' | 'consolidate' | 'settings';

/** Problems sent to the sidebar at most; the rest are counted. */
export const PROBLEM_LIMIT = 500;
