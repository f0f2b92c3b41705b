import type { Day, Stamp } from '../calendar/day.js';
import { addWorkingDays, isInCalendar, type WorkCalendar } from '../calendar/working-days.js';
import type { WorkingHoursOptions } from '../calendar/working-hours.js';
import { computeDueAt } from '../deadline/due.js';
import { parsePeriod, type Period } from '../deadline/period.js';
import type { RuleOptions } from '../deadline/rule-presets.js';
import type { DossierRecord } from '../import/dossier.js';
import type { Parsed, ProblemCode } from '../problem.js';
import type { ClassifiedDossier, DueSource } from './classified.js';
import { isAfterDue } from './compare-due.js';
import { isLateOnlyOnSystem } from './late-on-system.js';
import { STATUSES, type Status } from './status.js';

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
}

/**
 * Gives one dossier its status as of `ctx.asOf`.
 * - Due: "Ngày hẹn trả" (or the re-appointed date when rules.measureAgainst is 'extended'),
 *   else computed from "Ngày tiếp nhận" and "Thời hạn giải quyết", else the re-appointed date.
 * - Status codes 3, 7, 8 give rejected, withdrawn, stopped whatever the dates say.
 * - Finished (finish date, or else the return date unless the code is 5/6, where the dossier
 *   went back to the citizen): late when the finish is after the due (to the second when both
 *   have times, else by day), late_on_system when the actual result date is not; early when
 *   finished on an earlier day; else on_time. The dates win over a contradicting code 4.
 *   A finish after asOf is ignored: as of asOf the dossier was still open (as the national
 *   index and vendor reports measure a period at its end).
 * - Codes 5/6 not finished: awaiting_citizen.
 * - Open: overdue when the due day is before asOf (late_on_system if the actual result date is
 *   on or before the due), due_soon when the due day is within WORKDAY(asOf, dueSoonWorkingDays),
 *   else pending.
 * - invalid when no due can be had (reason row.noDue, row.noReceived, period.unreadable) or a
 *   date lies outside the calendar (date.outOfRange).
 * workingDaysLate: NETWORKDAYS(day after due, finish day) for late and late_on_system (the
 * lateness the system shows), NETWORKDAYS(day after due, asOf) for overdue and open
 * late_on_system; 0 otherwise, and 0 for a finish later the same day as the due.
 * Legal source: TT 01/2018/TT-VPCP Điều 13 (trước hạn / đúng hạn / quá hạn); NĐ 61/2018 Điều 19.9.
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
  return { asOf, cal, rules, hours: ctx.hours ?? {}, dueSoonLast, periods: new Map(), found };
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

function computeFromPeriod(record: DossierRecord, p: Prepared, found: DueFound): void {
  if (record.period === null) return void setFound(found, null, null, 'row.noDue');
  let period = p.periods.get(record.period);
  if (period === undefined) {
    period = parsePeriod(record.period);
    p.periods.set(record.period, period);
  }
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

  const awaiting = code === 5 || code === 6;
  const recorded = record.finished ?? (awaiting ? null : record.returned);
  // A finish after the report date had not happened yet as of that date.
  const finish = recorded !== null && recorded.day <= p.asOf ? recorded : null;
  if (finish === null && awaiting) return result(record, 'awaiting_citizen', due, 0, null);

  const dueAt = due.dueAt;
  if (dueAt === null) return result(record, 'invalid', due, 0, due.reason);
  const cal = p.cal;
  if (!isInCalendar(cal, dueAt.day) || (finish !== null && !isInCalendar(cal, finish.day))) {
    return result(record, 'invalid', due, 0, 'date.outOfRange');
  }

  if (finish !== null) {
    if (isAfterDue(finish, dueAt)) {
      const status = isLateOnlyOnSystem(record.actualResult, dueAt) ? 'late_on_system' : 'late';
      return result(record, status, due, workingDaysAfter(cal, dueAt.day, finish.day), null);
    }
    return result(record, finish.day < dueAt.day ? 'early' : 'on_time', due, 0, null);
  }

  if (dueAt.day < p.asOf) {
    const status = isLateOnlyOnSystem(record.actualResult, dueAt) ? 'late_on_system' : 'overdue';
    return result(record, status, due, workingDaysAfter(cal, dueAt.day, p.asOf), null);
  }
  return result(record, dueAt.day <= p.dueSoonLast ? 'due_soon' : 'pending', due, 0, null);
}
