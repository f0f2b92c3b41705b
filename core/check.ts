import { buildCalendar } from './calendar/working-days.js';
import type { ClassifiedDossier } from './classify/classified.js';
import { classifyDossiers, countStatuses } from './classify/classify.js';
import type { Status } from './classify/status.js';
import type { Field } from './import/dossier.js';
import { agencyOf, type Agency } from './import/agency.js';
import { readExport } from './import/read-export.js';
import type { ReadResult, SheetGrid } from './import/read-result.js';
import { buildDataPlan } from './plan/build-data-plan.js';
import type { DataSheetPlan } from './plan/plan.js';
import type { Problem, ProblemCode } from './problem.js';
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
  /** The agency the export names (banner rows or its one unit), for the forms' header; null when none. */
  agency?: Agency | null;
}

/** The column an invalid dossier's reason points at, so a host can select the cell. */
const REASON_FIELD: Partial<Record<ProblemCode, Field>> = {
  'row.noCode': 'code',
  'row.noDue': 'due',
  'row.noReceived': 'received',
  'row.finishBeforeReceived': 'finished',
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
}

/**
 * Reads a grid, classifies every dossier as of settings.asOf and plans the data sheet.
 * Every invalid dossier also appears in `problems` with its row and reason.
 * @example checkSheet(grid, defaultSettings(dayFromYmd({ y: 2024, m: 6, d: 14 }))).counts.late // => 3
 */
export function checkSheet(grid: SheetGrid, settings: Settings, options: CheckOptions = {}): CheckResult {
  let read = readExport(grid, { mapping: settings.mapping });
  if (options.lateOnSystem) read = withActualResults(read, options.lateOnSystem);
  const calendar = buildCalendar(settings.calendar);
  const dossiers = classifyDossiers(read.dossiers, { asOf: settings.asOf, calendar, rules: settings.rules, hours: settings.hours });
  const counts = countStatuses(dossiers);
  const problems = mergeProblems(read, dossiers);
  const plan = buildDataPlan(read, dossiers, settings);
  return { read, dossiers, counts, problems, plan, agency: agencyOf(grid, read) };
}

/** The reader's problems plus one per invalid dossier not already reported with the same code, by row. */
function mergeProblems(read: ReadResult, dossiers: readonly ClassifiedDossier[]): Problem[] {
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
    const key = `${problem.row}|${problem.code}`;
    if (seen.has(key) || (problem.columnLetter !== undefined && seen.has(`${problem.row}@${problem.columnLetter}`))) continue;
    seen.add(key);
    extra.push(problem);
  }
  // Stable sort keeps the reader's order within a row.
  return [...read.problems, ...extra].sort((a, b) => a.row - b.row);
}

function problemFor(read: ReadResult, row: number, code: ProblemCode): Problem {
  const field = REASON_FIELD[code];
  const mapping = field === undefined ? undefined : read.mapping.find((m) => m.field === field);
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

/**
 * Copies actual result dates from the tab into records of the same code that have none,
 * and the reasons typed there: a reason that differs from the record's own (the export's)
 * is the one the office wrote, so it wins.
 */
function withActualResults(read: ReadResult, tab: SheetGrid): ReadResult {
  const dates = new Map<string, NonNullable<ReadResult['dossiers'][number]['actualResult']>>();
  const reasons = new Map<string, string[]>();
  for (const r of readExport(tab).dossiers) {
    if (r.code === null) continue;
    if (r.actualResult !== null && !dates.has(r.code)) dates.set(r.code, r.actualResult);
    if (r.remarks !== null) reasons.set(r.code, [...(reasons.get(r.code) ?? []), r.remarks]);
  }
  if (dates.size === 0 && reasons.size === 0) return read;
  const dossiers = read.dossiers.map((r) => {
    const date = r.actualResult === null && r.code !== null ? dates.get(r.code) : undefined;
    const typed = r.code === null ? undefined : reasons.get(r.code)?.find((text) => text !== r.remarks);
    if (date === undefined && typed === undefined) return r;
    return { ...r, ...(date === undefined ? {} : { actualResult: date }), ...(typed === undefined ? {} : { remarks: typed }) };
  });
  return { ...read, dossiers };
}
