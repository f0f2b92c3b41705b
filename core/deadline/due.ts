import { dayFromYmd, isoWeekday, type Day, type Stamp } from '../calendar/day.js';
import { addWorkingDays, isWorkingDay, nextWorkingDayFrom, type WorkCalendar } from '../calendar/working-days.js';
import {
  addWorkingHours,
  endOfWorkingDay,
  isSaturdayCounterOpen,
  workingWindowsOn,
  type WorkingHoursOptions,
} from '../calendar/working-hours.js';
import { monthsDue } from './months.js';
import type { Period, PeriodUnit } from './period.js';
import type { RuleOptions } from './rule-presets.js';

/** Legal texts a counting step rests on; `DEADLINE_LABELS.legal` holds their citations. */
export type LegalSourceKey =
  | 'blds-147-1'
  | 'blds-147-2'
  | 'blds-148-5'
  | 'blds-148-3'
  | 'nd61-18-2'
  | 'nd61-19-4'
  | 'nd118-17-3'
  | 'nd118-18-2'
  | 'nd118-309-17-3'
  | 'nd118-309-18-2'
  | 'qd766-index';

/** NĐ 118/2025/NĐ-CP replaces NĐ 61/2018 from this day (law.md §8). */
export const ND118_FROM: Day = dayFromYmd({ y: 2025, m: 7, d: 1 });
/** NĐ 309/2026/NĐ-CP amends NĐ 118/2025 from this day, in force on signature (law.md §8). */
export const ND309_FROM: Day = dayFromYmd({ y: 2026, m: 8, d: 5 });

/** The NĐ 118/2025 text holding each NĐ 61/2018 rule: the 15:00 rule kept in Điều 18.2; the period running from the complete receipt, Điều 17.3. */
const ND118_OF: Partial<Record<LegalSourceKey, readonly [LegalSourceKey, LegalSourceKey]>> = {
  'nd61-18-2': ['nd118-18-2', 'nd118-309-18-2'],
  'nd61-19-4': ['nd118-17-3', 'nd118-309-17-3'],
};

/**
 * The text that governed a dossier by its receipt day: NĐ 61/2018 before 01/7/2025,
 * NĐ 118/2025 from then, as amended by NĐ 309/2026 from 05/8/2026. BLDS and QĐ 766
 * sources are the same for every date.
 * @example legalSourceFor('nd61-18-2', dayFromYmd({ y: 2025, m: 9, d: 1 })) // => 'nd118-18-2'
 */
export function legalSourceFor(key: LegalSourceKey, received: Day): LegalSourceKey {
  const later = ND118_OF[key];
  if (later === undefined || received < ND118_FROM) return key;
  return received < ND309_FROM ? later[0] : later[1];
}

/** A day off skipped (or a make-up Saturday counted) while counting working days. */
export interface NamedDay {
  day: Day;
  name: string;
}

/** One step of how a due date was counted: data for `dunghan due` and the task pane. */
export type DueStep =
  | { kind: 'receiptDayNotCounted'; received: Day; firstCounted: Day }
  | { kind: 'receivedOnDayOff'; received: Day; firstCounted: Day }
  | { kind: 'countWorkingDays'; amount: number; from: Day; to: Day; daysOff: NamedDay[]; makeUpSaturdays: NamedDay[] }
  | { kind: 'countCalendarDays'; amount: number; from: Day; to: Day }
  | { kind: 'countMonths'; amount: number; lastDay: Day }
  | { kind: 'lastDayOffMoved'; lastDay: Day; movedTo: Day }
  | { kind: 'startMovedToOpening'; received: Stamp; start: Stamp }
  | { kind: 'countWorkingHours'; amount: number; from: Stamp; to: Stamp }
  | { kind: 'sameDayBeforeCutoff'; cutoffSec: number }
  | { kind: 'sameDayAfterCutoff'; cutoffSec: number; movedTo: Day }
  | { kind: 'sameDayOnDayOff'; received: Day; movedTo: Day }
  | { kind: 'dueAtEndOfWorkingDay'; sec: number }
  | { kind: 'supplementRestart'; completeAt: Stamp }
  | { kind: 'supplementPause'; rounds: number; waitedSec: number; from: Stamp; to: Stamp };

/** The legal source of each kind of step, where there is one, in the words of NĐ 61/2018; see `stepLegalSource` for a dossier's own date. */
export const DUE_STEP_LEGAL: Partial<Record<DueStep['kind'], LegalSourceKey>> = {
  receiptDayNotCounted: 'blds-147-2',
  countCalendarDays: 'blds-147-2',
  countMonths: 'blds-148-3',
  lastDayOffMoved: 'blds-148-5',
  countWorkingHours: 'blds-147-1',
  sameDayAfterCutoff: 'nd61-18-2',
  supplementRestart: 'nd61-19-4',
  supplementPause: 'qd766-index',
};

/**
 * The legal source of one step of a dossier received on `received`, or null.
 * @example stepLegalSource({ kind: 'sameDayAfterCutoff', cutoffSec: 54000, movedTo }, dayFromYmd({ y: 2026, m: 9, d: 1 })) // => 'nd118-309-18-2'
 */
export function stepLegalSource(step: DueStep, received: Day): LegalSourceKey | null {
  const key = DUE_STEP_LEGAL[step.kind];
  return key === undefined ? null : legalSourceFor(key, received);
}

/** A due date-time and how it was counted. */
export interface DueResult {
  received: Stamp;
  period: Period;
  dueAt: Stamp;
  /** The main legal source of the rule applied, as in force on the receipt day (legalSourceFor). */
  legal: LegalSourceKey;
  steps: DueStep[];
}

const RULE_LEGAL: Record<PeriodUnit, LegalSourceKey> = {
  workingDays: 'blds-147-2',
  calendarDays: 'blds-148-5',
  workingHours: 'blds-147-1',
  sameDay: 'nd61-18-2',
  months: 'blds-148-3',
};

/**
 * Computes the due date-time of a dossier from its receipt and resolution period.
 * - N working days: WORKDAY(receipt day, N), i.e. the receipt day is not counted and a
 *   receipt on a day off starts counting on the next working day.
 * - N calendar days: receipt day + N; a last day that is a day off moves to the next
 *   working day (BLDS Điều 148.5).
 * - Working hours: addWorkingHours; the due is that exact moment.
 * - Same day: received at or before `rules.sameDayCutoffSec` (15:00) on a working day →
 *   that day; after it ("sau 15 giờ": 15:00 itself is not after), or on a day off → the
 *   next working day; a receipt without time is taken as before the cut-off.
 * Day-based dues end at the close of that working day (17:00 by default), not at 24:00
 * (BLDS Điều 148.6), because results are returned at the counter during working hours
 * and the one-stop systems print "17:00" on the appointment slip.
 * Legal source: Bộ luật Dân sự 2015, Điều 147–148; NĐ 61/2018/NĐ-CP Điều 18.2.
 * @example computeDue({ day: dayFromYmd({ y: 2025, m: 3, d: 1 }), sec: 9 * 3600 },
 *   { unit: 'workingDays', amount: 1 }, cal, DEFAULT_RULES).dueAt // => Mon 2025-03-03 17:00
 */
export function computeDue(
  received: Stamp,
  period: Period,
  cal: WorkCalendar,
  rules: Pick<RuleOptions, 'sameDayCutoffSec'>,
  hours: WorkingHoursOptions = {},
): DueResult {
  const steps: DueStep[] = [];
  const dueAt = dueFrom(received, period, cal, rules, hours, steps);
  return { received, period, dueAt, legal: legalSourceFor(RULE_LEGAL[period.unit], received.day), steps };
}

/**
 * computeDue without the explanation, for classifying many rows.
 * @example computeDueAt({ day: dayFromYmd({ y: 2025, m: 1, d: 24 }), sec: null },
 *   { unit: 'workingDays', amount: 5 }, cal, DEFAULT_RULES) // => Fri 2025-02-07 17:00
 */
export function computeDueAt(
  received: Stamp,
  period: Period,
  cal: WorkCalendar,
  rules: Pick<RuleOptions, 'sameDayCutoffSec'>,
  hours: WorkingHoursOptions = {},
): Stamp {
  return dueFrom(received, period, cal, rules, hours, null);
}

function dueFrom(
  received: Stamp,
  period: Period,
  cal: WorkCalendar,
  rules: Pick<RuleOptions, 'sameDayCutoffSec'>,
  hours: WorkingHoursOptions,
  steps: DueStep[] | null,
): Stamp {
  const closeSec = endOfWorkingDay(hours);
  switch (period.unit) {
    case 'workingDays': {
      const n = period.amount;
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`computeDue: working days must be an integer >= 1, got ${n}`);
      const due = addWorkingDays(cal, received.day, n);
      if (steps) {
        const firstCounted = addWorkingDays(cal, received.day, 1);
        steps.push({ kind: 'receiptDayNotCounted', received: received.day, firstCounted });
        if (!isWorkingDay(cal, received.day)) steps.push({ kind: 'receivedOnDayOff', received: received.day, firstCounted });
        steps.push({ kind: 'countWorkingDays', amount: n, from: firstCounted, to: due, ...namedDaysBetween(cal, received.day, due) });
        steps.push({ kind: 'dueAtEndOfWorkingDay', sec: closeSec });
      }
      return { day: due, sec: closeSec };
    }
    case 'calendarDays': {
      const n = period.amount;
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`computeDue: calendar days must be an integer >= 1, got ${n}`);
      const lastDay = (received.day + n) as Day;
      const due = nextWorkingDayFrom(cal, lastDay);
      if (steps) {
        steps.push({ kind: 'countCalendarDays', amount: n, from: (received.day + 1) as Day, to: lastDay });
        if (due !== lastDay) steps.push({ kind: 'lastDayOffMoved', lastDay, movedTo: due });
        steps.push({ kind: 'dueAtEndOfWorkingDay', sec: closeSec });
      }
      return { day: due, sec: closeSec };
    }
    case 'workingHours': {
      const start = addWorkingHours(cal, received, 0, hours);
      const due = addWorkingHours(cal, start, period.amount, hours);
      if (steps) {
        steps.push({ kind: 'countWorkingHours', amount: period.amount, from: start, to: due });
        if (received.sec === null || start.day !== received.day || start.sec !== received.sec) {
          steps.push({ kind: 'startMovedToOpening', received, start });
        }
      }
      return due;
    }
    case 'sameDay':
      return sameDayDue(received, cal, rules.sameDayCutoffSec, hours, closeSec, steps);
    case 'months': {
      // months.ts (issue 9): BLDS Điều 148.3, then 148.5.
      const { lastDay, due } = monthsDue(received, period.amount, cal);
      if (steps) {
        steps.push({ kind: 'countMonths', amount: period.amount, lastDay });
        if (due !== lastDay) steps.push({ kind: 'lastDayOffMoved', lastDay, movedTo: due });
        steps.push({ kind: 'dueAtEndOfWorkingDay', sec: closeSec });
      }
      return { day: due, sec: closeSec };
    }
  }
}

function sameDayDue(
  received: Stamp,
  cal: WorkCalendar,
  cutoffSec: number,
  hours: WorkingHoursOptions,
  closeSec: number,
  steps: DueStep[] | null,
): Stamp {
  const day = received.day;
  const saturday = isSaturdayCounterOpen(cal, day, hours);
  if (!saturday && !isWorkingDay(cal, day)) {
    const movedTo = addWorkingDays(cal, day, 1);
    steps?.push({ kind: 'sameDayOnDayOff', received: day, movedTo }, { kind: 'dueAtEndOfWorkingDay', sec: closeSec });
    return { day: movedTo, sec: closeSec };
  }
  // A Saturday counter closes before the cut-off: its close is the cut-off that day.
  const windows = workingWindowsOn(cal, day, hours);
  const dayCloseSec = windows[windows.length - 1].endSec;
  const effectiveCutoff = saturday && dayCloseSec < cutoffSec ? dayCloseSec : cutoffSec;
  if (received.sec === null || received.sec <= effectiveCutoff) {
    steps?.push({ kind: 'sameDayBeforeCutoff', cutoffSec: effectiveCutoff }, { kind: 'dueAtEndOfWorkingDay', sec: dayCloseSec });
    return { day, sec: dayCloseSec };
  }
  const movedTo = addWorkingDays(cal, day, 1);
  steps?.push({ kind: 'sameDayAfterCutoff', cutoffSec: effectiveCutoff, movedTo }, { kind: 'dueAtEndOfWorkingDay', sec: closeSec });
  return { day: movedTo, sec: closeSec };
}

/** Weekday days off skipped and make-up Saturdays counted in (after, until]. */
function namedDaysBetween(cal: WorkCalendar, after: Day, until: Day): { daysOff: NamedDay[]; makeUpSaturdays: NamedDay[] } {
  const daysOff: NamedDay[] = [];
  const makeUpSaturdays: NamedDay[] = [];
  const applied = cal.applied;
  let lo = 0;
  let hi = applied.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (applied[mid].day <= after) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < applied.length && applied[i].day <= until; i++) {
    const { day, name } = applied[i];
    if (isoWeekday(day) > 5) makeUpSaturdays.push({ day, name });
    else daysOff.push({ day, name });
  }
  return { daysOff, makeUpSaturdays };
}
