/**
 * What the shared pane and a host bridge exchange: plain data only (the Sheets bridge
 * sends it through google.script.run as JSON), so both hosts fill the same shapes.
 */
import type { Day, Field, Problem, Score766, Settings, Status } from '../core/index.js';

/** A column of the sheet the user can map a field to. */
export interface ColumnChoice {
  letter: string;
  heading: string;
}

/** Where one field was found (or not). */
export interface FieldChoice {
  field: Field;
  letter: string | null;
  heading: string | null;
  /** 'user' when the user picked it; 'detected' when core found it. */
  source: 'detected' | 'user' | null;
}

/** The sheet as the first screen shows it. */
export interface SheetView {
  sheetName: string;
  /** First header row, null when no header was found. */
  headerRow: number | null;
  /** Data rows below the header. */
  rows: number;
  columns: ColumnChoice[];
  fields: FieldChoice[];
}

/** A problem with the tab it belongs to, so the host can select its cell. */
export type PaneProblem = Problem & { sheetName: string };

/** The outcome of "Kiểm tra hạn". */
export interface CheckSummary {
  view: SheetView;
  total: number;
  counts: Record<Status, number>;
  score: Score766 | null;
  problems: PaneProblem[];
  /** Every problem found; `problems` may hold fewer (the host sends a bounded list). */
  problemCount: number;
  /** Extra sentences (colors written directly, data changed while writing…). */
  notes: string[];
  /** False when nothing was written (no header, empty sheet): the message says why. */
  written: boolean;
}

/** The outcome of "Tạo phụ lục" or "Tổng hợp". */
export interface TabsSummary {
  names: string[];
  notes: string[];
  /** The user declined to replace tabs the tool did not make. */
  declined: boolean;
  problems: PaneProblem[];
}

/** The outcome of "Xuất sổ tự tính". */
export interface LiveSummary {
  sheetName: string;
  /** Rows whose status, due and days late are formulas now, and rows that keep this run's values. */
  liveRows: number;
  fixedRows: number;
  /** Why rows stay fixed (core's words), and how many. */
  fixedReasons: { reason: string; rows: number }[];
  /** Years the "Ngày nghỉ" working-day table covers. */
  years: number[];
  /** Tabs written (report tabs, then "Ngày nghỉ"), by their names in the workbook. */
  tabs: string[];
  /** Those of them whose figures are formulas over the ledger (Biểu 06a, Chỉ số 766); the lists stay values. */
  liveTabs: string[];
  /** The report-date cell on the data sheet, "AL18". */
  asOfCell: string;
  /** What the host could not do (an old Excel), and other sentences to show. */
  notes: string[];
}

/** What the pane needs at start. */
export interface PaneBoot {
  settings: Settings;
  /** Today in the host's zone ("Hôm nay"). */
  today: Day;
  /** Sheets the user may pick (Sheets shell); empty when the host checks the active sheet. */
  sheets: string[];
  activeSheet: string;
}

/** A step of a long run: a sentence, and a fraction when the host knows it. */
export interface Progress {
  message: string;
  done?: number;
  total?: number;
}

/** An error as the pane shows it: one Vietnamese sentence, details for IT. */
export interface PaneError {
  message: string;
  detail: string;
}

export interface RunHooks {
  progress: (step: Progress) => void;
  /** Asks the user a yes/no question inside the pane (replacing tabs the tool did not make). */
  ask: (question: string) => Promise<boolean>;
}

/**
 * One host's side of the pane. Every method rejects with a PaneError-like value
 * ({ message, detail }) when it fails.
 */
export interface HostBridge {
  /** 'excel' checks the active sheet; 'sheets' lets the user pick one. */
  readonly kind: 'excel' | 'sheets';
  boot(): Promise<PaneBoot>;
  /** Reads the sheet's header (the named sheet, or the active one). */
  preview(sheetName: string | null, settings: Settings): Promise<SheetView>;
  /** Stores the user's column choice for sheets with these headings and reads again. */
  saveMapping(view: SheetView, field: Field, letter: string, settings: Settings): Promise<SheetView>;
  saveSettings(settings: Settings): Promise<Settings>;
  check(sheetName: string | null, settings: Settings, hooks: RunHooks): Promise<CheckSummary>;
  reports(sheetName: string | null, settings: Settings, hooks: RunHooks): Promise<TabsSummary>;
  listSheets(): Promise<string[]>;
  consolidate(sheetNames: string[], settings: Settings, hooks: RunHooks): Promise<TabsSummary>;
  openDaysOff(settings: Settings): Promise<void>;
  /** "Xuất sổ tự tính": the checked sheet's tool columns as formulas, its tabs made live. */
  live(sheetName: string | null, settings: Settings, hooks: RunHooks): Promise<LiveSummary>;
  goTo(problem: PaneProblem): Promise<void>;
}
