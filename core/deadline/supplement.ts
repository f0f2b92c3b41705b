import type { Stamp } from '../calendar/day.js';
import type { WorkCalendar } from '../calendar/working-days.js';
import { addWorkingHours, countWorkingSeconds, type WorkingHoursOptions } from '../calendar/working-hours.js';
import { computeDue, type DueResult } from './due.js';
import type { Period } from './period.js';
import type { RuleOptions } from './rule-presets.js';

/** A time the dossier waited for the citizen: from the request (yêu cầu bổ sung) to the complete dossier. */
export interface Suspension {
  from: Stamp;
  to: Stamp;
}

/**
 * Computes the due date of a dossier that was sent back for supplementation, per
 * `rules.supplementation`:
 * - 'restart': the period is counted again from zero from the day the complete dossier
 *   arrived (the latest `to`), as if received then;
 * - 'pause': the due is pushed out by the working time spent waiting (overlapping
 *   suspensions are counted once; waiting before receipt is ignored). A stamp without
 *   time is the beginning of its day.
 * Legal source: NĐ 61/2018/NĐ-CP Điều 19.4 ("tính lại từ đầu", restart); QĐ 766/QĐ-TTg
 * index description (the national portal subtracts the waiting time, pause).
 * @example computeDueWithSupplement({ day: dayFromYmd({ y: 2024, m: 6, d: 3 }), sec: 9 * 3600 },
 *   { unit: 'workingDays', amount: 5 }, [{ from: …2024-06-05 10:00, to: …2024-06-07 10:00 }], cal,
 *   { ...DEFAULT_RULES, supplementation: 'restart' }).dueAt // => Fri 2024-06-14 17:00
 */
export function computeDueWithSupplement(
  received: Stamp,
  period: Period,
  suspensions: readonly Suspension[],
  cal: WorkCalendar,
  rules: Pick<RuleOptions, 'sameDayCutoffSec' | 'supplementation'>,
  hours: WorkingHoursOptions = {},
): DueResult {
  const valid = suspensions.filter((s) => byStart(s.to, s.from) > 0 && byStart(s.to, received) > 0);
  if (valid.length === 0) return computeDue(received, period, cal, rules, hours);

  if (rules.supplementation === 'restart') {
    const completeAt = valid.reduce((latest, s) => (byStart(s.to, latest) > 0 ? s.to : latest), valid[0].to);
    const restarted = computeDue(completeAt, period, cal, rules, hours);
    return { ...restarted, received, steps: [{ kind: 'supplementRestart', completeAt }, ...restarted.steps] };
  }

  const base = computeDue(received, period, cal, rules, hours);
  const waitedSec = waitedWorkingSeconds(received, valid, cal, hours);
  if (waitedSec === 0) return base;
  const dueAt = addWorkingHours(cal, base.dueAt, waitedSec / 3600, hours);
  return {
    ...base,
    dueAt,
    legal: 'qd766-index',
    steps: [...base.steps, { kind: 'supplementPause', rounds: valid.length, waitedSec, from: base.dueAt, to: dueAt }],
  };
}

function waitedWorkingSeconds(received: Stamp, suspensions: readonly Suspension[], cal: WorkCalendar, hours: WorkingHoursOptions): number {
  // Clip to the receipt and merge overlaps so no working second is counted twice.
  const clipped = suspensions
    .map((s) => ({ from: byStart(s.from, received) < 0 ? received : s.from, to: s.to }))
    .sort((a, b) => byStart(a.from, b.from));
  let total = 0;
  let current = clipped[0];
  for (let i = 1; i < clipped.length; i++) {
    const next = clipped[i];
    if (byStart(next.from, current.to) <= 0) {
      if (byStart(next.to, current.to) > 0) current = { from: current.from, to: next.to };
    } else {
      total += countWorkingSeconds(cal, current.from, current.to, hours);
      current = next;
    }
  }
  return total + countWorkingSeconds(cal, current.from, current.to, hours);
}

/** Orders stamps with a stamp without time at the beginning of its day, as countWorkingSeconds does. */
function byStart(a: Stamp, b: Stamp): number {
  return a.day !== b.day ? a.day - b.day : (a.sec ?? 0) - (b.sec ?? 0);
}
