/**
 * Which dossiers' results depend on days off that wait on a decision (a projected Tết 2027
 * split, a pending swap, a projected year): one warning per dossier naming the days, and a
 * summary for the check result. A day matters when it lies where the calendar was counted:
 * between receipt and a computed due, between due and finish (or the report date) for a
 * late or overdue one, and between the report date and the due for one "sắp đến hạn".
 */
import { formatDmy, type Day } from './calendar/day.js';
import { uncertainDaysBetween, type UncertainDay } from './calendar/days-off-year.js';
import type { WorkCalendar } from './calendar/working-days.js';
import type { ClassifiedDossier } from './classify/classified.js';
import type { Status } from './classify/status.js';
import type { FieldMapping } from './import/read-result.js';
import { UNDECIDED_DAYS_LABELS as L } from './labels.vi.js';
import type { Problem } from './problem.js';

/** One uncertain day and how many dossiers depend on it. */
export interface UndecidedDayUse {
  day: Day;
  status: UncertainDay['status'];
  dossiers: number;
}

/** What the check result says about undecided days. */
export interface UndecidedDaysSummary {
  /** The days, sorted, each with the number of dossiers depending on it. */
  days: UndecidedDayUse[];
  /** Sheet rows of the dossiers that depend on at least one of them. */
  rows: number[];
}

/** Statuses with no deadline to measure. */
const NO_DEADLINE: ReadonlySet<Status> = new Set<Status>(['withdrawn', 'stopped', 'rejected', 'invalid']);
const LATE: ReadonlySet<Status> = new Set<Status>(['late', 'overdue', 'late_on_system']);

/**
 * One 'calendar.undecidedDays' warning per dependent dossier (value: the days, dd/mm/yyyy)
 * and the summary.
 * @example undecidedDayWarnings(dossiers, cal, asOf, mapping).summary.rows // => [7, 9]
 */
export function undecidedDayWarnings(
  dossiers: readonly ClassifiedDossier[],
  cal: WorkCalendar,
  asOf: Day,
  mapping: readonly FieldMapping[],
): { problems: Problem[]; summary: UndecidedDaysSummary } {
  const problems: Problem[] = [];
  const uses = new Map<number, UndecidedDayUse>();
  const rows: number[] = [];
  const dueColumn = mapping.find((m) => m.field === 'due');
  // Many dossiers share the same days: describe each set once.
  const described = new Map<string, string>();
  for (const d of dossiers) {
    const days = undecidedDaysOf(d, cal, asOf);
    if (days.length === 0) continue;
    const key = days.map((u) => u.day).join(',');
    let value = described.get(key);
    if (value === undefined) {
      value = describeDays(days);
      described.set(key, value);
    }
    rows.push(d.record.row);
    for (const u of days) {
      const use = uses.get(u.day) ?? { day: u.day, status: u.status, dossiers: 0 };
      use.dossiers++;
      uses.set(u.day, use);
    }
    const problem: Problem = { code: 'calendar.undecidedDays', row: d.record.row, severity: 'warning', value };
    if (d.dueSource === 'column' && dueColumn) {
      problem.column = dueColumn.heading;
      problem.columnLetter = dueColumn.letter;
    }
    problems.push(problem);
  }
  return { problems, summary: { days: [...uses.values()].sort((a, b) => a.day - b.day), rows } };
}

/** The uncertain days a dossier's due or lateness was counted over. */
export function undecidedDaysOf(d: ClassifiedDossier, cal: WorkCalendar, asOf: Day): UncertainDay[] {
  if (d.dueAt === null || NO_DEADLINE.has(d.status)) return [];
  const due = d.dueAt.day;
  const ranges: [number, number][] = [];
  const received = d.record.received?.day;
  if (d.dueSource === 'computed' && received !== undefined) ranges.push([received + 1, due]);
  if (LATE.has(d.status)) {
    const finish = (d.record.finished ?? d.record.returned)?.day;
    ranges.push([due + 1, finish === undefined ? asOf : Math.min(finish, asOf)]);
  }
  if (d.status === 'due_soon') ranges.push([asOf + 1, due]);
  let found: UncertainDay[] = [];
  for (const [from, to] of ranges) {
    if (from > to || from < cal.firstDay || to > cal.lastDay) continue;
    const days = uncertainDaysBetween(cal, from as Day, to as Day);
    if (days.length === 0) continue;
    found = found.length === 0 ? days : [...new Map([...found, ...days].map((u) => [u.day, u])).values()].sort((a, b) => a.day - b.day);
  }
  return found;
}

/** "10/02/2027, 11/02/2027 (dự kiến là ngày nghỉ); 12/02/2027 (đang tính là ngày làm việc)". */
export function describeDays(days: readonly { day: Day; status: UncertainDay['status'] }[]): string {
  const list = (status: UncertainDay['status']) =>
    days.filter((u) => u.status === status).map((u) => formatDmy(u.day)).join(L.listSeparator);
  const parts: string[] = [];
  const projected = list('projected');
  const pending = list('pending');
  if (projected) parts.push(L.projectedDays(projected));
  if (pending) parts.push(L.pendingDays(pending));
  return parts.join(L.groupSeparator);
}
