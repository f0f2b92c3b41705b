import type { Stamp } from './calendar/day.js';
import { buildCalendar } from './calendar/working-days.js';
import { undecidedDayWarnings, type UndecidedDaysSummary } from './check-undecided.js';
import type { ClassifiedDossier } from './classify/classified.js';
import { auditSystemDues, classifyDossiers, countStatuses, type SystemDueRow } from './classify/classify.js';
import type { Status } from './classify/status.js';
import type { Field } from './import/dossier.js';
import { agencyOf, type Agency } from './import/agency.js';
import { readExport } from './import/read-export.js';
import type { ReadResult, SheetGrid } from './import/read-result.js';
import { buildDataPlan } from './plan/build-data-plan.js';
import type { DataSheetPlan } from './plan/plan.js';
import type { Problem, ProblemCode } from './problem.js';
import { STATUS_LABELS, STATUS_TREATMENT_LABELS, SYSTEM_DUE_LABELS } from './labels.vi.js';
import { formatStampShort } from './report/system-due-audit.js';
import { LATE_ON_SYSTEM_SHEET_NAME } from './report/late-on-system.js';
import type { Settings } from './settings.js';

/** What "Kiểm tra hạn" produces for one sheet. */
export interface CheckResult {
  read: ReadResult;
  dossiers: ClassifiedDossier[];
  counts: Record<Status, number>;
  /** Reading and classification problems, sorted by row. */
  problems: Problem[];
  /** What to write on the data sheet; null when no header was found. */
  plan: DataSheetPlan | null;
  /**
   * Every dossier whose "Ngày hẹn trả" differs from the lawful due, in row order (each also
   * has a 'due.systemDiffers' warning in `problems`).
   */
  systemDues: SystemDueRow[];
  /** Days off waiting on a decision that some results depend on (also one warning per dossier in `problems`). */
  undecided: UndecidedDaysSummary;
  /** The agency the export names (banner rows or its one unit), for the forms' header; null when none. */
  agency?: Agency | null;
}

/** The column an invalid dossier's reason points at, so a host can select the cell. */
const REASON_FIELD: Partial<Record<ProblemCode, Field>> = {
  'row.noCode': 'code',
  'row.noDue': 'due',
  'row.noReceived': 'received',
  'row.finishBeforeReceived': 'finished',
  'row.returnBeforeReceived': 'returned',
  'row.actualBeforeReceived': 'actualResult',
  'row.dueBeforeReceived': 'due',
  'row.resolvedNoFinish': 'finished',
  'row.extendedMoreThanOnce': 'extendedDue',
  'period.unreadable': 'period',
};

export interface CheckOptions {
  /**
   * The "Trễ trên hệ thống" tab of a previous run (see `findLateOnSystemSheet`): actual result
   * dates the office wrote there are used for dossiers of the same code whose own "Ngày trả
   * kết quả thực tế" cell is empty, so they become late_on_system and stay so on later runs.
   */
  lateOnSystem?: SheetGrid | null;
  /** The same tab already read (`typedOnTab`): a host checking in blocks reads it once. */
  typed?: TypedOnTab | null;
}

/**
 * Reads a grid, classifies every dossier as of settings.asOf and plans the data sheet.
 * Every invalid dossier also appears in `problems` with its row and reason.
 * @example checkSheet(grid, defaultSettings(dayFromYmd({ y: 2024, m: 6, d: 14 }))).counts.late // => 3
 */
export function checkSheet(grid: SheetGrid, settings: Settings, options: CheckOptions = {}): CheckResult {
  let read = readExport(grid, { mapping: settings.mapping });
  const typed = options.typed ?? (options.lateOnSystem ? typedOnTab(options.lateOnSystem) : null);
  if (typed) read = withActualResults(read, typed);
  const calendar = buildCalendar(settings.calendar);
  const ctx = { asOf: settings.asOf, calendar, rules: settings.rules, hours: settings.hours };
  const dossiers = classifyDossiers(read.dossiers, ctx);
  const counts = countStatuses(dossiers);
  const undecided = undecidedDayWarnings(dossiers, calendar, settings.asOf, read.mapping);
  const systemDues = auditSystemDues(read.dossiers, ctx);
  const problems = mergeProblems(read, dossiers, systemDues, undecided.problems);
  const plan = buildDataPlan(read, dossiers, settings);
  return { read, dossiers, counts, problems, plan, systemDues, undecided: undecided.summary, agency: agencyOf(grid, read) };
}

/**
 * The reader's problems plus one per invalid dossier not already reported with the same
 * code, one warning per system due that differs from the lawful one, and the undecided-day
 * warnings, by row. An unknown status word gets the status its row was given as detail; a
 * "contradicts the dates" warning is dropped where the row is invalid for a missing finish
 * date instead.
 */
function mergeProblems(
  read: ReadResult,
  dossiers: readonly ClassifiedDossier[],
  systemDues: readonly SystemDueRow[],
  warnings: readonly Problem[],
): Problem[] {
  // A reason already explained by the reader (same code, or an error in the same cell:
  // "31/02/2025" is date.impossible, which is why there is no due) is not repeated.
  const seen = new Set<string>();
  for (const p of read.problems) {
    seen.add(`${p.row}|${p.code}`);
    if (p.severity === 'error' && p.columnLetter !== undefined) seen.add(`${p.row}@${p.columnLetter}`);
  }
  const extra: Problem[] = [];
  for (const dossier of dossiers) {
    if (dossier.status !== 'invalid' || dossier.reason === null) continue;
    const problem = problemFor(read, dossier.record.row, dossier.reason);
    // An unreadable period is quoted, so the user sees which text was not understood.
    if (dossier.reason === 'period.unreadable' && dossier.record.period !== null) problem.value = dossier.record.period;
    const key = `${problem.row}|${problem.code}`;
    if (seen.has(key) || (problem.columnLetter !== undefined && seen.has(`${problem.row}@${problem.columnLetter}`))) continue;
    seen.add(key);
    extra.push(problem);
  }
  for (const { record, check } of systemDues) {
    const problem = problemFor(read, record.row, 'due.systemDiffers');
    problem.severity = 'warning';
    problem.value = SYSTEM_DUE_LABELS.problemValue(formatStampShort(check.systemDue), formatStampShort(check.lawfulDue));
    extra.push(problem);
  }
  const byRow = new Map<number, ClassifiedDossier>();
  for (const d of dossiers) byRow.set(d.record.row, d);
  const own: Problem[] = [];
  for (const p of read.problems) {
    const dossier = p.row > 0 ? byRow.get(p.row) : undefined;
    if (dossier === undefined) own.push(p);
    else if (p.code === 'status.contradictsDates' && dossier.reason === 'row.resolvedNoFinish') continue;
    else if (p.code === 'status.unknown') own.push({ ...p, detail: STATUS_TREATMENT_LABELS.treatedAs(STATUS_LABELS[dossier.status]) });
    else own.push(p);
  }
  // Stable sort keeps the reader's order within a row.
  return [...own, ...extra, ...warnings].sort((a, b) => a.row - b.row);
}

function problemFor(read: ReadResult, row: number, code: ProblemCode): Problem {
  const field = code === 'due.systemDiffers' ? 'due' : REASON_FIELD[code];
  let mapping = field === undefined ? undefined : read.mapping.find((m) => m.field === field);
  // Without a finish column, a resolved row lacking its date points at the return, then the status.
  if (mapping === undefined && code === 'row.resolvedNoFinish') mapping = read.mapping.find((m) => m.field === 'returned') ?? read.mapping.find((m) => m.field === 'status');
  const problem: Problem = { code, row, severity: 'error' };
  if (mapping) {
    problem.column = mapping.heading;
    problem.columnLetter = mapping.letter;
  }
  return problem;
}

/**
 * The tool's "Trễ trên hệ thống" tab among a workbook's sheets, or null.
 * @example findLateOnSystemSheet(input.sheets)?.sheetName // => "Trễ trên hệ thống"
 */
export function findLateOnSystemSheet(sheets: readonly SheetGrid[]): SheetGrid | null {
  return sheets.find((s) => s.sheetName.trim() === LATE_ON_SYSTEM_SHEET_NAME) ?? null;
}

/** What an office typed on a "Trễ trên hệ thống" tab, by dossier code: actual result dates and reasons. */
export interface TypedOnTab {
  dates: Map<string, Stamp>;
  reasons: Map<string, string[]>;
}

/** Reads the tab once (a host checking in blocks passes the result to every block). */
export function typedOnTab(tab: SheetGrid): TypedOnTab {
  const dates = new Map<string, Stamp>();
  const reasons = new Map<string, string[]>();
  for (const r of readExport(tab).dossiers) {
    if (r.code === null) continue;
    if (r.actualResult !== null && !dates.has(r.code)) dates.set(r.code, r.actualResult);
    if (r.remarks !== null) reasons.set(r.code, [...(reasons.get(r.code) ?? []), r.remarks]);
  }
  return { dates, reasons };
}

/**
 * Copies actual result dates from the tab into records of the same code that have none,
 * and the reasons typed there: a reason that differs from the record's own (the export's)
 * is the one the office wrote, so it wins.
 */
function withActualResults(read: ReadResult, { dates, reasons }: TypedOnTab): ReadResult {
  if (dates.size === 0 && reasons.size === 0) return read;
  const dossiers = read.dossiers.map((r) => {
    const date = r.actualResult === null && r.code !== null ? dates.get(r.code) : undefined;
    const typed = r.code === null ? undefined : reasons.get(r.code)?.find((text) => text !== r.remarks);
    if (date === undefined && typed === undefined) return r;
    return { ...r, ...(date === undefined ? {} : { actualResult: date }), ...(typed === undefined ? {} : { remarks: typed }) };
  });
  return { ...read, dossiers };
}
