/**
 * The formulas of one data-sheet row, written from named cell references so each rule
 * of core/classify and core/report/placement.ts reads as one line here. Every formula
 * uses IF for anything that could fail (Excel's AND and OR evaluate all their arguments).
 */
import type { Status } from '../classify/status.js';
import type { RuleOptions } from '../deadline/rule-presets.js';
import { STATUS_LABELS } from '../labels.vi.js';
import { formulaText } from '../plan/status-rules.js';
import type { CalendarRefs } from './calendar-table.js';

/** Cell references (A1, relative row) of the row's inputs and of the settings cells (absolute). */
export interface RowRefs {
  /** Live date values (helper formulas): received, due, extended due, finish, return, actual result. */
  received: string;
  due: string;
  extendedDue: string;
  finished: string;
  returned: string;
  actualResult: string;
  /** Tool values of the row: status code (blank when none), 1 when online, period unit and amount, 06a/766 groups. */
  code: string;
  online: string;
  unit: string;
  amount: string;
  /** Tool formula cells of the row; systemDue is the due found on the row, dueOut the one measured against. */
  systemDue: string;
  status: string;
  dueOut: string;
  finishAsOf: string;
  finishDay: string;
  kind: string;
  /** Settings cells: report date, period start, count end = MIN(period end, report date), last due-soon day. */
  asOf: string;
  from: string;
  end: string;
  dueSoonLast: string;
}

/** Period units as the helper column holds them; 0 = none or unreadable. */
export const PERIOD_UNIT_CODES = { workingDays: 1, calendarDays: 2, sameDay: 3 } as const;

/** 06a received kinds and outcomes as the helper columns hold them (0 = not counted). */
export const KIND_CODES = { online: 1, directOrPostal: 2, carriedOver: 3 } as const;
export const OUTCOME_CODES = { early: 1, onTime: 2, late: 3, withinDeadline: 4, overdue: 5 } as const;

/** What the due formula needs besides the row. */
export interface DueOptions {
  rules: Pick<RuleOptions, 'measureAgainst' | 'sameDayCutoffSec'>;
  /** End of the working day, seconds (17:00). */
  closeSec: number;
}

const SECONDS = 86_400;
const label = (s: Status) => formulaText(STATUS_LABELS[s]);
const is = (cell: string, s: Status) => `${cell}=${label(s)}`;
const isAny = (cell: string, list: readonly Status[]) => (list.length === 1 ? is(cell, list[0]) : `OR(${list.map((s) => is(cell, s)).join(',')})`);
const secOf = (x: string) => `ROUND(MOD(${x},1)*${SECONDS},0)`;

/** core isAfterDue: later day, or (compareBy 'datetime') the same day and both have a time and a is later. */
export function afterDue(a: string, due: string, compareBy: RuleOptions['compareBy'] = 'datetime'): string {
  if (compareBy === 'day') return `INT(${a})>INT(${due})`;
  return `IF(INT(${a})<>INT(${due}),INT(${a})>INT(${due}),AND(${secOf(a)}>0,${secOf(due)}>0,${secOf(a)}>${secOf(due)}))`;
}

/** core's `actual`: an actual return date on or before the report date. */
const actualBy = (r: RowRefs) => `IF(${r.actualResult}="",FALSE,INT(${r.actualResult})<=${r.asOf})`;

/** core isLateOnlyOnSystem: an actual return date (by the report date) on or before the due. */
function lateOnlyOnSystem(r: RowRefs, compareBy: RuleOptions['compareBy']): string {
  return `IF(${actualBy(r)},NOT(${afterDue(r.actualResult, r.dueOut, compareBy)}),FALSE)`;
}

/** core's not_received: code 1 with no finish, return or actual return date. */
const notReceived = (r: RowRefs) => `AND(${r.code}=1,${r.finished}="",${r.returned}="",${r.actualResult}="")`;

/** computeDueAt for day-based periods (helper unit 1–3) from the receipt; only evaluated when both are there. */
function countedDue(r: RowRefs, cal: CalendarRefs, o: DueOptions): string {
  const day = `INT(${r.received})`;
  return (
    `IF(${r.unit}=${PERIOD_UNIT_CODES.workingDays},${cal.workday(day, r.amount)},` +
    `IF(${r.unit}=${PERIOD_UNIT_CODES.calendarDays},IF(${cal.working(`${day}+${r.amount}`)}=1,${day}+${r.amount},${cal.workday(`${day}+${r.amount}`, '1')}),` +
    `IF(AND(${cal.working(day)}=1,${secOf(r.received)}<${o.rules.sameDayCutoffSec}),${day},${cal.workday(day, '1')})))+${o.closeSec}/${SECONDS}`
  );
}

/** The due found on the row (core findDue): the system's, else counted from receipt and period, else the re-appointed; "" when none. */
export function systemDueFormula(r: RowRefs, cal: CalendarRefs, o: DueOptions): string {
  const fromPeriod = `IF(AND(${r.unit}>0,${r.received}<>""),${countedDue(r, cal, o)},IF(${r.extendedDue}<>"",${r.extendedDue},""))`;
  const main = `IF(${r.due}<>"",${r.due},${fromPeriod})`;
  const found = o.rules.measureAgainst === 'extended' ? `IF(${r.extendedDue}<>"",${r.extendedDue},${main})` : main;
  // No deadline runs for a dossier not yet received.
  return `IF(${notReceived(r)},"",${found})`;
}

/**
 * The due measured against (core lawfulDueFor): the lawful due when the system's "Ngày hẹn
 * trả" is on an earlier day than the one counted from receipt and period, else a due on a
 * day off moved to the end of the next working day; the found due for rows whose status
 * code or impossible dates end the check first.
 */
export function dueFormula(r: RowRefs, cal: CalendarRefs, o: DueOptions): string {
  const sys = r.systemDue;
  const moved = `IF(${cal.working(`INT(${sys})`)}=1,${sys},${cal.workday(`INT(${sys})`, '1')}+${o.closeSec}/${SECONDS})`;
  const fromColumn = o.rules.measureAgainst === 'extended' ? `AND(${r.extendedDue}="",${r.due}<>"")` : `${r.due}<>""`;
  const counted = countedDue(r, cal, o);
  const lawful = `IF(IF(${fromColumn},IF(AND(${r.unit}>0,${r.received}<>""),INT(${r.received})<=INT(${r.due}),FALSE),FALSE),IF(INT(${r.due})<INT(${counted}),${counted},${moved}),${moved})`;
  const keepsFound = `OR(${r.code}=3,${r.code}=7,${r.code}=8,${impossible(r)},${resolvedNoFinish(r)})`;
  return `IF(${sys}="","",IF(${keepsFound},${sys},${lawful}))`;
}

/** core impossibleReason: a due, finish, return or actual return date on a day before the receipt day. */
function impossible(r: RowRefs): string {
  const before = (x: string) => `IF(${x}="",FALSE,INT(${x})<INT(${r.received}))`;
  return `IF(${r.received}="",FALSE,OR(${before(r.due)},${before(r.finished)},${before(r.returned)},${before(r.actualResult)}))`;
}

/** core row.resolvedNoFinish: codes 9/10 with no finish, return or actual return date at all. */
const resolvedNoFinish = (r: RowRefs) => `AND(OR(${r.code}=9,${r.code}=10),${r.finished}="",${r.returned}="",${r.actualResult}="")`;

/** core's finish as of the report date: finish date, else the return date unless waiting on the citizen. */
export function finishAsOfFormula(r: RowRefs): string {
  const within = (x: string) => `IF(INT(${x})<=${r.asOf},${x},"")`;
  return `IF(${r.finished}<>"",${within(r.finished)},IF(OR(${r.code}=5,${r.code}=6),"",IF(${r.returned}<>"",${within(r.returned)},"")))`;
}

/** core classifyDossier, branch by branch: dueOut is the due measured against, systemDue the system's. */
export function statusFormula(r: RowRefs, compareBy: RuleOptions['compareBy'] = 'datetime'): string {
  const fin = r.finishAsOf;
  const due = r.dueOut;
  const sys = r.systemDue;
  const act = r.actualResult;
  const after = (a: string, d = due) => afterDue(a, d, compareBy);
  const onTimeBy = (x: string) => `IF(INT(${x})<INT(${due}),${label('early')},${label('on_time')})`;
  // In time against the lawful due, late only against the system's wrong one.
  const corrected = `ABS(${due}-${sys})>0.000005`;
  const inTime = `IF(IF(${corrected},${after(fin, sys)},FALSE),${label('late_on_system')},${onTimeBy(fin)})`;
  const finished = `IF(${after(fin)},IF(${lateOnlyOnSystem(r, compareBy)},${label('late_on_system')},${label('late')}),${inTime})`;
  // Open on the system but returned by the office: the actual date is the real finish.
  const returnedOnly = `IF(${after(act)},${label('late')},IF(INT(${sys})<${r.asOf},${label('late_on_system')},${onTimeBy(act)}))`;
  const open = `IF(INT(${due})<${r.asOf},${label('overdue')},IF(INT(${due})<=${r.dueSoonLast},${label('due_soon')},${label('pending')}))`;
  return (
    `IF(${r.code}=3,${label('rejected')},IF(${r.code}=7,${label('withdrawn')},IF(${r.code}=8,${label('stopped')},` +
    `IF(${notReceived(r)},${label('not_received')},` +
    `IF(OR(${impossible(r)},${resolvedNoFinish(r)}),${label('invalid')},` +
    `IF(AND(${fin}="",OR(${r.code}=5,${r.code}=6)),${label('awaiting_citizen')},` +
    `IF(${due}="",${label('invalid')},IF(${fin}<>"",${finished},IF(${actualBy(r)},${returnedOnly},${open})))))))))`
  );
}

/** core workingDaysLate for late, late-on-system and overdue rows; "" otherwise (as the data plan shows it). */
export function daysLateFormula(r: RowRefs, cal: CalendarRefs): string {
  const fin = r.finishAsOf;
  const act = `INT(${r.actualResult})`;
  // Late: to the earlier of finish and actual return; late on the system and overdue: to the finish, else the report date.
  const lateEnd = `IF(${fin}<>"",IF(${actualBy(r)},MIN(INT(${fin}),${act}),INT(${fin})),${act})`;
  const end = `IF(${is(r.status, 'late')},${lateEnd},IF(${fin}<>"",INT(${fin}),${r.asOf}))`;
  // Late on the system is counted from the system's due (core: against what the system showed).
  const from = `IF(${is(r.status, 'late_on_system')},INT(${r.systemDue}),INT(${r.dueOut}))`;
  return `IF(${isAny(r.status, ['late', 'late_on_system', 'overdue'])},MAX(0,${cal.count(end)}-${cal.count(from)}),"")`;
}

const OPEN: readonly Status[] = ['pending', 'due_soon', 'overdue', 'awaiting_citizen'];

/** placement.ts finishDayOf, with a finished status and no date taken as finished on the count end. */
export function finishDayFormula(r: RowRefs): string {
  const first = (a: string, b: string, c: string) => `IF(${a}<>"",INT(${a}),IF(${b}<>"",INT(${b}),IF(${c}<>"",INT(${c}),${r.end})))`;
  return `IF(${isAny(r.status, OPEN)},"",IF(${is(r.status, 'late_on_system')},${first(r.actualResult, r.finished, r.returned)},${first(r.finished, r.returned, r.actualResult)}))`;
}

/** placement.ts: 0 outside the period or excluded, else the received column (KIND_CODES). */
export function kindFormula(r: RowRefs, rules: Pick<RuleOptions, 'withdrawnCountAsOnTime' | 'awaitingCountAsWithinDeadline'>): string {
  const excluded: Status[] = ['rejected', 'stopped', 'invalid', 'not_received'];
  if (!rules.withdrawnCountAsOnTime) excluded.push('withdrawn');
  if (!rules.awaitingCountAsWithinDeadline) excluded.push('awaiting_citizen');
  const outside = `OR(IF(${r.received}="",FALSE,INT(${r.received})>${r.end}),IF(${r.finishDay}="",FALSE,${r.finishDay}<${r.from}))`;
  const carried = `IF(${r.received}="",FALSE,INT(${r.received})<${r.from})`;
  return `IF(OR(${outside},${isAny(r.status, excluded)}),0,IF(${carried},${KIND_CODES.carriedOver},IF(${r.online}=1,${KIND_CODES.online},${KIND_CODES.directOrPostal})))`;
}

/** placement.ts outcome (OUTCOME_CODES), 0 when not counted. */
export function outcomeFormula(r: RowRefs): string {
  const fd = r.finishDay;
  const O = OUTCOME_CODES;
  const resolved =
    `IF(${is(r.status, 'early')},${O.early},IF(${is(r.status, 'late')},${O.late},` +
    `IF(${is(r.status, 'late_on_system')},IF(${r.dueOut}="",${O.onTime},IF(${fd}<INT(${r.dueOut}),${O.early},${O.onTime})),${O.onTime})))`;
  const open = `IF(OR(${is(r.status, 'awaiting_citizen')},${r.dueOut}=""),${O.withinDeadline},IF(INT(${r.dueOut})<${r.end},${O.overdue},${O.withinDeadline}))`;
  return `IF(${r.kind}=0,0,IF(IF(${fd}="",FALSE,${fd}<=${r.end}),${resolved},${open}))`;
}

/** placement.ts lateOnSystem: counted, late on the system only, and resolved in the period. */
export function lateOnSystemFormula(r: RowRefs): string {
  return `IF(${r.kind}=0,0,IF(${is(r.status, 'late_on_system')},IF(${r.finishDay}="",0,IF(${r.finishDay}<=${r.end},1,0)),0))`;
}
