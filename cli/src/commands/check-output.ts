import {
  FIELD_LABELS,
  formatCount,
  formatIsoDay,
  formatIsoStamp,
  formatShortDate,
  pad2,
  parseDateNumber,
  PROBLEM_MESSAGES,
  STATUS_LABELS,
  STATUS_ORDER,
  SYSTEM_DUE_LABELS,
  ymdFromDay as ymdOf,
  type CheckResult,
  type Problem,
  type Settings,
  type Status,
  describeDays,
  SHEET_CHOICE_LABELS,
  UNDECIDED_DAYS_LABELS,
} from '../../../core/index.js';
import { CLI_MESSAGES } from '../messages.vi.js';

const M = CLI_MESSAGES.check;
/** Problems listed in the text summary; the rest are counted. */
export const SUMMARY_PROBLEMS = 20;

/** What `dunghan check` looked at, besides the result. */
export interface CheckRun {
  file: string;
  sheet: string;
  settings: Settings;
  result: CheckResult;
  /** Problems about the whole file (row 0), e.g. the encoding. */
  fileProblems: readonly Problem[];
  /** True when the period is the settings default, not chosen with --period/--from/--to. */
  periodDefaulted: boolean;
  /** Why this sheet was read; absent when the caller did not choose among sheets. */
  sheetChoice?: SheetChoiceNote;
}

/** Why `dunghan check` read the sheet it read: --sheet, the only one, or the most dossier rows. */
export interface SheetChoiceNote {
  reason: 'user' | 'only' | 'mostDossiers';
  /** Every sheet weighed (empty with --sheet), with its dossier rows. */
  sheets: { name: string; dossierRows: number }[];
}

/** One problem as the JSON output spells it. */
export interface ProblemJson {
  row: number;
  column: string | null;
  columnLetter: string | null;
  value: string | null;
  code: string;
  severity: 'error' | 'warning';
  message: string;
  detail: string | null;
}

/**
 * The `--json` object: asOf, period, sheet, header rows, mapping, counts (every status, in
 * STATUS_ORDER), one entry per dossier (dueAt/finishedAt as YYYY-MM-DD or YYYY-MM-DDTHH:mm),
 * skipped rows, the undecided days off some results depend on (date, 'projected' | 'pending',
 * number of dossiers; rows of those dossiers), problems with their Vietnamese message, and
 * systemDues (every dossier whose system due differs from the lawful one: both dates,
 * 'earlier' or 'later', on a day off).
 * @example checkJson(run).dossiers[0] // => { row: 7, code: '…', status: 'late', dueAt: '2024-06-12T17:00', finishedAt: '2024-06-14T09:30', workingDaysLate: 2, reason: null }
 */
export function checkJson(run: CheckRun) {
  const { result, settings } = run;
  return {
    file: run.file,
    sheet: run.sheet,
    ...(run.sheetChoice ? { sheetChoice: run.sheetChoice } : {}),
    asOf: formatIsoDay(settings.asOf),
    period: { preset: settings.period.preset, from: formatIsoDay(settings.period.from), to: formatIsoDay(settings.period.to) },
    headerRows: result.read.headerRows,
    mapping: result.read.mapping.map((m) => ({
      field: m.field,
      column: m.letter,
      heading: m.heading,
      confidence: m.confidence,
      source: m.source,
    })),
    counts: Object.fromEntries(STATUS_ORDER.map((s) => [s, result.counts[s]])) as Record<Status, number>,
    dossiers: result.dossiers.map((d) => {
      const finish = d.record.finished ?? d.record.returned;
      return {
        row: d.record.row,
        code: d.record.code,
        status: d.status,
        dueAt: d.dueAt ? formatIsoStamp(d.dueAt) : null,
        finishedAt: finish ? formatIsoStamp(finish) : null,
        workingDaysLate: d.workingDaysLate,
        reason: d.reason,
      };
    }),
    skipped: result.read.skipped.map((s) => ({ row: s.row, reason: s.reason })),
    undecided: {
      days: result.undecided.days.map((u) => ({ date: formatIsoDay(u.day), status: u.status, dossiers: u.dossiers })),
      rows: result.undecided.rows,
    },
    problems: allProblems(run).map(problemJson),
    // Every dossier whose system due differs from the lawful one, with both dates.
    systemDues: result.systemDues.map(({ record, check }) => ({
      row: record.row,
      code: record.code,
      systemDue: formatIsoStamp(check.systemDue),
      lawfulDue: formatIsoStamp(check.lawfulDue),
      direction: check.direction,
      onDayOff: check.onDayOff,
      counted: check.counted,
    })),
  };
}

/** File problems first, then the sheet's, by row. */
export function allProblems(run: CheckRun): Problem[] {
  return [...run.fileProblems, ...run.result.problems];
}

function problemJson(p: Problem): ProblemJson {
  return {
    row: p.row,
    column: p.column ?? null,
    columnLetter: p.columnLetter ?? null,
    value: p.value ?? null,
    code: p.code,
    severity: p.severity,
    message: PROBLEM_MESSAGES[p.code],
    detail: p.detail ?? null,
  };
}

/** The short Vietnamese summary printed without --json. */
export function checkSummary(run: CheckRun): string {
  const { result, settings } = run;
  const read = result.read;
  const lines = [
    M.summaryFile(run.file),
    M.summarySheet(run.sheet),
    ...(run.sheetChoice ? [sheetChoiceLine(run.sheet, run.sheetChoice)] : []),
    M.summaryHeader(read.headerRows.join(', ')),
    M.summaryAsOf(formatShortDate(settings.asOf)),
    M.summaryPeriod(formatShortDate(settings.period.from), formatShortDate(settings.period.to)) +
      (run.periodDefaulted ? ` ${M.periodDefaulted}` : ''),
    M.summaryMapping,
    ...read.mapping.map((m) => M.mappingLine(FIELD_LABELS[m.field], m.letter, m.heading)),
    M.summaryCounts(formatCount(result.dossiers.length)),
    ...STATUS_ORDER.map((s) => M.countLine(STATUS_LABELS[s], formatCount(result.counts[s]))),
  ];
  if (read.skipped.length > 0) lines.push(M.skippedRows(formatCount(read.skipped.length)));
  if (result.undecided.rows.length > 0) {
    lines.push(UNDECIDED_DAYS_LABELS.summaryLine(formatCount(result.undecided.rows.length), describeDays(result.undecided.days)));
  }
  if (result.systemDues.length > 0) lines.push(SYSTEM_DUE_LABELS.summaryLine(formatCount(result.systemDues.length)));
  const problems = allProblems(run);
  if (problems.length === 0) {
    lines.push(M.noProblems);
  } else {
    lines.push(M.summaryProblems(formatCount(problems.length)));
    const dateLetters = new Set(read.mapping.filter((m) => DATE_FIELDS.has(m.field)).map((m) => m.letter));
    for (const p of problems.slice(0, SUMMARY_PROBLEMS)) lines.push(problemLine(p, dateLetters));
    if (problems.length > SUMMARY_PROBLEMS) lines.push(M.moreProblems(formatCount(problems.length - SUMMARY_PROBLEMS)));
  }
  return lines.join('\n');
}

/** "Đã đọc trang "DS hồ sơ": trang tính có nhiều dòng hồ sơ nhất … ("Tổng hợp": 0 dòng)." */
export function sheetChoiceLine(sheet: string, choice: SheetChoiceNote): string {
  const L = SHEET_CHOICE_LABELS;
  if (choice.reason !== 'mostDossiers') return L.line(sheet, choice.reason === 'user' ? L.user : L.only);
  const rows = choice.sheets.find((s) => s.name === sheet)?.dossierRows ?? 0;
  const others = choice.sheets.filter((s) => s.name !== sheet).map((s) => L.other(s.name, formatCount(s.dossierRows)));
  return L.line(sheet, L.mostDossiers(formatCount(rows), others.join(L.otherSeparator)));
}

const DATE_FIELDS: ReadonlySet<string> = new Set(['submitted', 'received', 'due', 'extendedDue', 'finished', 'returned', 'actualResult']);

/**
 * A problem's cell value as the user knows it: a spreadsheet serial in a date column is
 * shown as dd/mm/yyyy (HH:mm), never as the raw number Excel stores.
 * @example shownValue('45366.5', true) // => '15/03/2024 12:00'
 */
export function shownValue(value: string, inDateColumn: boolean): string {
  if (!inDateColumn || !/^\d+(\.\d+)?$/.test(value)) return value;
  const parsed = parseDateNumber(Number(value));
  if (!parsed.ok) return value;
  const { y, m, d } = ymdOf(parsed.value.day);
  const date = `${pad2(d)}/${pad2(m)}/${y}`;
  const sec = parsed.value.sec;
  return sec === null || sec === 0 ? date : `${date} ${pad2(Math.floor(sec / 3600))}:${pad2(Math.floor((sec % 3600) / 60))}`;
}

function problemLine(p: Problem, dateLetters: ReadonlySet<string> = new Set()): string {
  const column = p.column !== undefined ? (p.columnLetter ? `${p.columnLetter} — ${p.column}` : p.column) : (p.columnLetter ?? null);
  let where: string;
  if (p.row > 0) where = M.problemRow(String(p.row)) + (column !== null ? M.problemColumn(column) : '');
  else if (column !== null) where = M.problemColumnOnly(column);
  else where = p.code.startsWith('file.') ? M.problemFile : M.problemSheet;
  const inDate = p.code.startsWith('date.') || (p.columnLetter !== undefined && dateLetters.has(p.columnLetter));
  return M.problemLine(where, p.value !== undefined ? M.problemValue(shownValue(p.value, inDate)) : '', PROBLEM_MESSAGES[p.code]);
}
