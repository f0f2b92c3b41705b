import type { Day, Stamp } from '../calendar/day.js';
import { addWorkingDays, isInCalendar, type WorkCalendar } from '../calendar/working-days.js';
import type { WorkingHoursOptions } from '../calendar/working-hours.js';
import { computeDueAt } from '../deadline/due.js';
import { parsePeriod, type Period, type PeriodUnit } from '../deadline/period.js';
import type { RuleOptions } from '../deadline/rule-presets.js';
import type { DossierRecord } from '../import/dossier.js';
import type { Parsed, ProblemCode } from '../problem.js';
import type { ClassifiedDossier, DueSource } from './classified.js';
import { isAfterDue } from './compare-due.js';
import { isLateOnlyOnSystem } from './late-on-system.js';
import { STATUSES, type Status } from './status.js';
import { checkSystemDue, dueDiff, dueMovedOffDayOff, type SystemDueCheck } from './system-due.js';

/** What a classification depends on besides the row. */
export interface ClassifyContext {
  /** The report date ("Ngày chốt số liệu"), a calendar date: never read from a clock. */
  asOf: Day;
  calendar: WorkCalendar;
  rules: RuleOptions;
  /** Counter hours, for computed hour-based and same-day dues. @default 07:00–11:30, 13:30–17:00 */
  hours?: WorkingHoursOptions;
}

interface Prepared {
  asOf: Day;
  cal: WorkCalendar;
  rules: RuleOptions;
  hours: WorkingHoursOptions;
  /** Last day of the "due soon" window: WORKDAY(asOf, rules.dueSoonWorkingDays). */
  dueSoonLast: number;
  periods: Map<string, Parsed<Period>>;
  /** Reused for every row's due (copied into the result) so the hot loop allocates one object per row. */
  found: DueFound;
  /** Lawful dues of day-based periods by period text and receipt day. */
  lawfulByDay: Map<string, (Stamp | null | undefined)[]>;
  /** The unit of the last countedLawfulDue, null when none was counted. */
  countedUnit: PeriodUnit | null;
}

/**
 * Gives one dossier its status as of `ctx.asOf`.
 * - Due: "Ngày hẹn trả" (or the re-appointed date when rules.measureAgainst is 'extended'),
 *   else computed from "Ngày tiếp nhận" and "Thời hạn giải quyết", else the re-appointed date.
 *   A due on an official day off ends at the end of the next working day (BLDS 148.5). A
 *   system due earlier than the lawful one (counted from receipt and period) is the system's
 *   mistake: the lawful due is measured against instead (dueSource 'lawful').
 * - Status codes 3, 7, 8 give rejected, withdrawn, stopped whatever the dates say.
 * - Code 1 (registered online, not yet received) with no finish, return or actual date:
 *   not_received, no deadline runs (NĐ 118/2025 Điều 17.3 as amended by NĐ 309/2026).
 * - Impossible rows are invalid: a due, finish, return or actual return date on a day before
 *   the receipt day.
 * - Codes 9/10 (resolved) with no finish, return or actual return date at all: invalid,
 *   row.resolvedNoFinish (never open or overdue).
 * - Finished (finish date, or else the return date unless the code is 5/6, where the dossier
 *   went back to the citizen): late when the finish is after the due (rules.compareBy:
 *   to the second when both have times, or by day), late_on_system when the office's actual
 *   return date is not, or when only the system's wrong due makes it late (reason
 *   due.systemWrong); early when finished on an earlier day; else on_time. The dates win
 *   over a contradicting code 4. A finish after asOf is ignored: as of asOf the dossier was
 *   still open (as the national index and vendor reports measure a period at its end).
 * - Codes 5/6 not finished: awaiting_citizen.
 * - Open on the system with an actual return date by asOf: that date is the real finish
 *   (late when after the due, counted to it); on or before the due it is late_on_system
 *   once the system's due has passed, else early/on_time.
 * - Open: overdue when the due day is before asOf, due_soon when the due day is within
 *   WORKDAY(asOf, dueSoonWorkingDays), else pending.
 * - invalid when no due can be had (reason row.noDue, row.noReceived, period.unreadable) or a
 *   date lies outside the calendar (date.outOfRange).
 * workingDaysLate: NETWORKDAYS(day after due, end) with end the real finish for late, the
 * system's finish (or asOf while open) against the system's due for late_on_system, asOf
 * for overdue; 0 otherwise, and 0 for a finish later the same day as the due.
 * Legal source: TT 01/2018/TT-VPCP Điều 13 (trước hạn / đúng hạn / quá hạn); NĐ 61/2018 Điều 19.9;
 * BLDS 2015 Điều 148.5–148.6.
 * @example classifyDossier(record, { asOf: dayFromYmd({ y: 2024, m: 6, d: 14 }), calendar, rules: DEFAULT_RULES }).status
 *   // => 'late' for a dossier due 2024-06-12 17:00 and finished 2024-06-13 09:00
 */
export function classifyDossier(record: DossierRecord, ctx: ClassifyContext): ClassifiedDossier {
  return classifyPrepared(record, prepare(ctx));
}

/**
 * Classifies many dossiers with one context (the due-soon window and period texts are
 * worked out once).
 * @example classifyDossiers(read.dossiers, { asOf: dayFromYmd({ y: 2024, m: 6, d: 14 }), calendar, rules: DEFAULT_RULES })
 */
export function classifyDossiers(records: readonly DossierRecord[], ctx: ClassifyContext): ClassifiedDossier[] {
  const prepared = prepare(ctx);
  const out = new Array<ClassifiedDossier>(records.length);
  for (let i = 0; i < records.length; i++) out[i] = classifyPrepared(records[i], prepared);
  return out;
}

/**
 * Counts dossiers per status; every status is present, 0 when none.
 * @example countStatuses(dossiers).late // => 3
 */
export function countStatuses(dossiers: readonly ClassifiedDossier[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const d of dossiers) counts[d.status]++;
  return counts;
}

function prepare(ctx: ClassifyContext): Prepared {
  const { asOf, calendar: cal, rules } = ctx;
  if (!Number.isInteger(asOf) || !isInCalendar(cal, asOf)) throw new RangeError(`classifyDossier: asOf must be a Day inside the calendar, got ${asOf}`);
  const n = rules.dueSoonWorkingDays;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`classifyDossier: rules.dueSoonWorkingDays must be an integer >= 0, got ${n}`);
  let dueSoonLast: number;
  try {
    dueSoonLast = addWorkingDays(cal, asOf, n);
  } catch {
    dueSoonLast = cal.lastDay; // the window runs past 2100
  }
  const found: DueFound = { dueAt: null, dueSource: null, reason: null };
  return { asOf, cal, rules, hours: ctx.hours ?? {}, dueSoonLast, periods: new Map(), found, lawfulByDay: new Map(), countedUnit: null };
}

interface DueFound {
  dueAt: Stamp | null;
  dueSource: DueSource | null;
  reason: ProblemCode | null;
}

function findDue(record: DossierRecord, p: Prepared): DueFound {
  const found = p.found;
  if (p.rules.measureAgainst === 'extended' && record.extendedDue !== null) return setFound(found, record.extendedDue, 'extended', null);
  if (record.due !== null) return setFound(found, record.due, 'column', null);
  computeFromPeriod(record, p, found);
  if (found.dueAt === null && record.extendedDue !== null) return setFound(found, record.extendedDue, 'extended', null);
  return found;
}

function setFound(found: DueFound, dueAt: Stamp | null, dueSource: DueSource | null, reason: ProblemCode | null): DueFound {
  found.dueAt = dueAt;
  found.dueSource = dueSource;
  found.reason = reason;
  return found;
}

function periodOf(text: string, p: Prepared): Parsed<Period> {
  let period = p.periods.get(text);
  if (period === undefined) {
    period = parsePeriod(text);
    p.periods.set(text, period);
  }
  return period;
}

function computeFromPeriod(record: DossierRecord, p: Prepared, found: DueFound): void {
  if (record.period === null) return void setFound(found, null, null, 'row.noDue');
  const period = periodOf(record.period, p);
  if (!period.ok) return void setFound(found, null, null, period.code);
  if (record.received === null) return void setFound(found, null, null, 'row.noReceived');
  if (!isInCalendar(p.cal, record.received.day)) return void setFound(found, null, null, 'date.outOfRange');
  try {
    setFound(found, computeDueAt(record.received, period.value, p.cal, p.rules, p.hours), 'computed', null);
  } catch {
    // Only a due past the calendar's end (2100) gets here.
    setFound(found, null, null, 'date.outOfRange');
  }
}

function result(
  record: DossierRecord,
  status: Status,
  due: DueFound,
  workingDaysLate: number,
  reason: ProblemCode | null,
): ClassifiedDossier {
  return { record, status, dueAt: due.dueAt, dueSource: due.dueSource, workingDaysLate, reason };
}

/** NETWORKDAYS(dueDay + 1, end), or 0 when end is not after the due day. */
function workingDaysAfter(cal: WorkCalendar, dueDay: number, end: number): number {
  if (end <= dueDay) return 0;
  return cal.cumulative[end - cal.firstDay + 1] - cal.cumulative[dueDay + 1 - cal.firstDay];
}

function classifyPrepared(record: DossierRecord, p: Prepared): ClassifiedDossier {
  const code = record.statusCode;
  const due = findDue(record, p);
  if (code === 3) return result(record, 'rejected', due, 0, null);
  if (code === 7) return result(record, 'withdrawn', due, 0, null);
  if (code === 8) return result(record, 'stopped', due, 0, null);
  const asOf = p.asOf;
  const { finished, returned, actualResult } = record;
  if (code === 1 && finished === null && returned === null && actualResult === null) {
    return result(record, 'not_received', setFound(due, null, null, null), 0, null);
  }
  const impossible = impossibleReason(record);
  if (impossible !== null) return result(record, 'invalid', due, 0, impossible);

  const awaiting = code === 5 || code === 6;
  const recorded = finished ?? (awaiting ? null : returned);
  if ((code === 9 || code === 10) && recorded === null && actualResult === null) return result(record, 'invalid', due, 0, 'row.resolvedNoFinish');
  // A finish after the report date had not happened yet as of that date.
  const finish = recorded !== null && recorded.day <= asOf ? recorded : null;
  if (finish === null && awaiting) {
    // The due shown is the lawful one here too, so a finish typed later is measured as core measures it.
    const lawful = due.dueAt === null ? null : lawfulDueFor(record, due, p);
    if (lawful !== null) setFound(due, lawful, 'lawful', null);
    return result(record, 'awaiting_citizen', due, 0, null);
  }

  const systemDue = due.dueAt;
  if (systemDue === null) return result(record, 'invalid', due, 0, due.reason);
  const cal = p.cal;
  if (!isInCalendar(cal, systemDue.day) || (finish !== null && !isInCalendar(cal, finish.day))) {
    return result(record, 'invalid', due, 0, 'date.outOfRange');
  }
  const lawful = lawfulDueFor(record, due, p);
  if (lawful !== null) setFound(due, lawful, 'lawful', null);
  const dueAt = due.dueAt as Stamp;
  const compareBy = p.rules.compareBy;
  const actual = actualResult !== null && actualResult.day <= asOf && isInCalendar(cal, actualResult.day) ? actualResult : null;

  if (finish !== null) {
    if (isAfterDue(finish, dueAt, compareBy)) {
      if (isLateOnlyOnSystem(actual, dueAt, compareBy)) {
        return result(record, 'late_on_system', due, workingDaysAfter(cal, systemDue.day, finish.day), null);
      }
      const end = actual !== null && actual.day < finish.day ? actual : finish;
      return result(record, 'late', due, workingDaysAfter(cal, dueAt.day, end.day), null);
    }
    if (lawful !== null && isAfterDue(finish, systemDue, compareBy)) {
      return result(record, 'late_on_system', due, workingDaysAfter(cal, systemDue.day, finish.day), 'due.systemWrong');
    }
    return result(record, finish.day < dueAt.day ? 'early' : 'on_time', due, 0, null);
  }

  if (actual !== null) {
    // The office returned the result although the system still shows the dossier open.
    if (isAfterDue(actual, dueAt, compareBy)) return result(record, 'late', due, workingDaysAfter(cal, dueAt.day, actual.day), null);
    if (systemDue.day < asOf) return result(record, 'late_on_system', due, workingDaysAfter(cal, systemDue.day, asOf), null);
    return result(record, actual.day < dueAt.day ? 'early' : 'on_time', due, 0, null);
  }
  if (dueAt.day < asOf) return result(record, 'overdue', due, workingDaysAfter(cal, dueAt.day, asOf), null);
  return result(record, dueAt.day <= p.dueSoonLast ? 'due_soon' : 'pending', due, 0, null);
}

/** A date on a day before the receipt day: the row cannot be right (compared by day, as times are often entry times). */
function impossibleReason(record: DossierRecord): ProblemCode | null {
  const received = record.received;
  if (received === null) return null;
  const day = received.day;
  if (record.due !== null && record.due.day < day) return 'row.dueBeforeReceived';
  if (record.finished !== null && record.finished.day < day) return 'row.finishBeforeReceived';
  if (record.returned !== null && record.returned.day < day) return 'row.returnBeforeReceived';
  if (record.actualResult !== null && record.actualResult.day < day) return 'row.actualBeforeReceived';
  return null;
}

/**
 * The due to measure against instead of the one found, or null to keep it: for a system
 * due (column or re-appointed), the lawful due when the system's is earlier than it
 * (column only), else the end of the next working day when it falls on a day off.
 */
function lawfulDueFor(record: DossierRecord, due: DueFound, p: Prepared): Stamp | null {
  if (due.dueSource === 'computed' || due.dueAt === null) return null;
  if (due.dueSource === 'column') {
    // The same decision as checkSystemDue, without building the audit row (hot loop).
    const counted = countedLawfulDue(record, p);
    if (counted !== null && dueDiff(due.dueAt, counted, p.countedUnit) < 0) return counted;
  }
  return dueMovedOffDayOff(due.dueAt, p.cal, p.hours);
}

/**
 * The lawful due counted from receipt and period, or null; its unit is left in p.countedUnit.
 * Day-based dues depend only on the receipt day, so they are cached per period and day.
 */
function countedLawfulDue(record: DossierRecord, p: Prepared): Stamp | null {
  p.countedUnit = null;
  const systemDue = record.due;
  const received = record.received;
  if (systemDue === null || record.period === null || received === null || received.day > systemDue.day) return null;
  if (!isInCalendar(p.cal, received.day) || !isInCalendar(p.cal, systemDue.day)) return null;
  const period = periodOf(record.period, p);
  if (!period.ok) return null;
  const unit = period.value.unit;
  p.countedUnit = unit;
  const byDay = unit === 'workingDays' || unit === 'calendarDays';
  // Indexed by receipt day from the calendar's first day (an array beats a Map in this loop).
  let cache: (Stamp | null | undefined)[] | undefined;
  const at = received.day - p.cal.firstDay;
  if (byDay) {
    cache = p.lawfulByDay.get(record.period);
    if (cache === undefined) p.lawfulByDay.set(record.period, (cache = []));
    const hit = cache[at];
    if (hit !== undefined) return hit;
  }
  let counted: Stamp | null;
  try {
    counted = computeDueAt(received, period.value, p.cal, p.rules, p.hours);
  } catch {
    counted = null; // past 2100
  }
  if (cache !== undefined) cache[at] = counted;
  return counted;
}

/** The system due audit of one row (checkSystemDue), with the lawful due counted from receipt and period. */
function systemDueCheckOf(record: DossierRecord, p: Prepared): SystemDueCheck | null {
  const systemDue = record.due;
  if (systemDue === null || !isInCalendar(p.cal, systemDue.day)) return null;
  const counted = countedLawfulDue(record, p);
  return checkSystemDue(systemDue, counted, p.countedUnit, p.cal, p.hours);
}

/** One dossier whose system due differs from the lawful one. */
export interface SystemDueRow {
  record: DossierRecord;
  check: SystemDueCheck;
}

/**
 * Every dossier whose "Ngày hẹn trả" differs from the lawful due (checkSystemDue), in input
 * order: vendor calendars lacking a holiday or a swap produce these rows.
 * @example auditSystemDues(read.dossiers, ctx)[0].check.direction // => 'earlier'
 */
export function auditSystemDues(records: readonly DossierRecord[], ctx: ClassifyContext): SystemDueRow[] {
  const p = prepare(ctx);
  const rows: SystemDueRow[] = [];
  for (const record of records) {
    const check = systemDueCheckOf(record, p);
    if (check !== null) rows.push({ record, check });
  }
  return rows;
}
