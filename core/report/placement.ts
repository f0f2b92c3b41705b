/**
 * Where one dossier goes in the period's counts: the period semantics shared by Biểu
 * 06a, Phụ lục I/II, the officer list and the 766 score.
 *
 * The counts are taken at the end of the cut-off day `end = min(period.to, asOf)`:
 * nothing after the report date is known, so a live check mid-period counts up to asOf.
 * - In scope: received on or before `end` (or no receipt date) and not finished before
 *   `period.from`. Every dossier in scope is either new or carried over, and either
 *   resolved or in progress, which is why (3) = (4)+(5)+(6) = (7)+(11) always holds.
 * - New, columns (4)/(5): received within [from, end] (no receipt date counts as new);
 *   online → (4); direct, postal or unknown channel → (5).
 * - Carried over, (6): received before `from`, not finished before `from`.
 * - Resolved, (7)–(10): finished within [from, end]; early / on time / late as the
 *   classifier judged it against the due date.
 * - In progress, (11)–(13): not finished by the end of `end`; overdue (13) when the due
 *   day is before `end` (a dossier due on `end` itself could still be finished that
 *   day, as the data sheet's "Sắp đến hạn" says when asOf = end), else within deadline (12).
 *   No due date → within deadline, as the Thanh Hóa system counts it.
 * - late_on_system: placed by its actual result date (record.actualResult), so it is
 *   resolved early/on time, or in progress within deadline; flagged `lateOnSystem`.
 * - withdrawn: resolved on time by its finish date when `withdrawnCountAsOnTime`, else
 *   excluded; awaiting_citizen: in progress within deadline when
 *   `awaitingCountAsWithinDeadline`, else excluded; rejected, stopped, invalid: excluded;
 *   not_received: outside the form (not received, no deadline runs).
 * - A finished status without any finish date is taken as finished on `end`.
 */
import type { Day } from '../calendar/day.js';
import type { ClassifiedDossier } from '../classify/classified.js';
import type { Status } from '../classify/status.js';
import type { RuleOptions } from '../deadline/rule-presets.js';
import type { ReportPeriod } from './period.js';

export type ReceivedKind = 'online' | 'directOrPostal' | 'carriedOver';
export type Outcome = 'early' | 'onTime' | 'late' | 'withinDeadline' | 'overdue';
/** Dossiers of the period left out of the 06a counts, by why. */
export type ExclusionReason = 'rejected' | 'stopped' | 'invalid' | 'withdrawn' | 'awaiting_citizen';
export const EXCLUSION_REASONS: readonly ExclusionReason[] = ['rejected', 'stopped', 'invalid', 'withdrawn', 'awaiting_citizen'];

/** Where a dossier in scope is counted. */
export interface Placement {
  received: ReceivedKind;
  outcome: Outcome;
  /** Late on the system only (counted in early/onTime by its actual date). */
  lateOnSystem: boolean;
  /** The finish day used (actual date for late_on_system); null when in progress at `end`. */
  finishDay: Day | null;
}

/** What a count needs: the period, the report date and the two 06a switches. */
export interface CountOptions {
  period: ReportPeriod;
  asOf: Day;
  rules: Pick<RuleOptions, 'withdrawnCountAsOnTime' | 'awaitingCountAsWithinDeadline'>;
}

/** The result for one dossier: counted, excluded (in the period but outside the form) or out of the period. */
export type PlaceResult =
  | { kind: 'counted'; placement: Placement }
  | { kind: 'excluded'; reason: ExclusionReason }
  | { kind: 'outside' };

const OPEN: ReadonlySet<Status> = new Set<Status>(['pending', 'due_soon', 'overdue', 'awaiting_citizen']);
const OUTSIDE: PlaceResult = { kind: 'outside' };

/**
 * The cut-off day of the counts: the period end, or asOf when the report is made
 * before the period ends.
 * @example countEnd({ preset: 'month', from: 45444, to: 45473 }, 45450) // => 45450
 */
export function countEnd(period: ReportPeriod, asOf: Day): Day {
  return (asOf < period.to ? asOf : period.to) as Day;
}

/**
 * The day a dossier finished, as the report counts it; null while open.
 * late_on_system uses the actual result date first; others the system's finish, then return date.
 * @example finishDayOf(dossier) // => 45450 when record.finished is 2024-06-06
 */
export function finishDayOf(d: ClassifiedDossier): Day | null {
  if (OPEN.has(d.status)) return null;
  const r = d.record;
  const first = d.status === 'late_on_system' ? r.actualResult ?? r.finished ?? r.returned : r.finished ?? r.returned ?? r.actualResult;
  return first === null ? null : (Math.floor(first.day) as Day);
}

/**
 * Places one dossier in the period's counts (see the module comment for every rule).
 * @example placeDossier(d, { period, asOf, rules: DEFAULT_RULES }) // => { kind: 'counted', placement: { received: 'online', outcome: 'onTime', … } }
 */
export function placeDossier(d: ClassifiedDossier, options: CountOptions): PlaceResult {
  // Not received yet: no deadline runs and the office has nothing to count (NĐ 118/2025 Điều 17.3).
  if (d.status === 'not_received') return OUTSIDE;
  const from = options.period.from;
  const end = countEnd(options.period, options.asOf);
  const received = d.record.received === null ? null : Math.floor(d.record.received.day);
  if (received !== null && received > end) return OUTSIDE;
  let finish = finishDayOf(d);
  if (finish === null && !OPEN.has(d.status)) finish = end;
  if (finish !== null && finish < from) return OUTSIDE;

  const status = d.status;
  if (status === 'rejected' || status === 'stopped' || status === 'invalid') return { kind: 'excluded', reason: status };
  if (status === 'withdrawn' && !options.rules.withdrawnCountAsOnTime) return { kind: 'excluded', reason: status };
  if (status === 'awaiting_citizen' && !options.rules.awaitingCountAsWithinDeadline) return { kind: 'excluded', reason: status };

  const receivedKind: ReceivedKind =
    received !== null && received < from ? 'carriedOver' : d.record.channel === 'online' ? 'online' : 'directOrPostal';
  const resolved = finish !== null && finish <= end;
  const due = d.dueAt === null ? null : Math.floor(d.dueAt.day);
  let outcome: Outcome;
  if (resolved) outcome = resolvedOutcome(d, finish as Day, due);
  else if (status === 'awaiting_citizen' || due === null) outcome = 'withinDeadline';
  else outcome = due < end ? 'overdue' : 'withinDeadline';
  return {
    kind: 'counted',
    placement: {
      received: receivedKind,
      outcome,
      lateOnSystem: status === 'late_on_system' && resolved,
      finishDay: resolved ? (finish as Day) : null,
    },
  };
}

function resolvedOutcome(d: ClassifiedDossier, finish: Day, due: number | null): Outcome {
  switch (d.status) {
    case 'early':
      return 'early';
    case 'late':
      return 'late';
    case 'late_on_system':
      // Late on the system only: the actual date was on or before the due day.
      return due !== null && finish < due ? 'early' : 'onTime';
    default:
      return 'onTime';
  }
}
