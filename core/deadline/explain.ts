import { formatHm, isoWeekday, pad2, ymdFromDay, type Day, type Stamp } from '../calendar/day.js';
import { DEFAULT_WORKING_HOURS, type WorkingHoursOptions } from '../calendar/working-hours.js';
import { DEADLINE_LABELS as L, MONTH_PERIOD_LABELS } from '../labels.vi.js';
import { stepLegalSource, type DueResult, type DueStep, type NamedDay } from './due.js';
import type { Period } from './period.js';

/** How a due date was counted, in Vietnamese: one summary line and one line per step. */
export interface DueExplanation {
  /** "Hạn trả: 17:00 thứ Hai 03/03/2025 — 1 ngày làm việc, không tính ngày tiếp nhận (…)". */
  headline: string;
  /** One sentence per step, in `result.steps` order, each with its legal source. */
  lines: string[];
}

/** Steps that add detail but stay out of the headline. */
const DETAIL_ONLY: ReadonlySet<DueStep['kind']> = new Set(['countWorkingDays', 'dueAtEndOfWorkingDay']);

/**
 * Explains a computed due date in the words of `DEADLINE_LABELS`.
 * @example explainDue(computeDue({ day: dayFromYmd({ y: 2025, m: 3, d: 1 }), sec: 32400 },
 *   { unit: 'workingDays', amount: 1 }, cal, DEFAULT_RULES)).headline
 *   // => "Hạn trả: 17:00 thứ Hai 03/03/2025 — 1 ngày làm việc, không tính ngày tiếp nhận (BLDS 2015 Điều 147 khoản 2); …"
 */
export function explainDue(result: DueResult, hours: WorkingHoursOptions = {}): DueExplanation {
  const cited = new Set<string>();
  const summary: string[] = [];
  const lines: string[] = [];
  for (const step of result.steps) {
    const text = describeStep(step, result.period, hours);
    const legal = stepLegalSource(step, result.received.day);
    lines.push(capitalize(legal ? L.withLegal(text, L.legal[legal]) : text));
    if (DETAIL_ONLY.has(step.kind)) continue;
    // Cite each text once in the headline.
    summary.push(legal && !cited.has(legal) ? L.withLegal(text, L.legal[legal]) : text);
    if (legal) cited.add(legal);
  }
  return { headline: L.dueLine(formatStampVi(result.dueAt), summary.join(L.summarySeparator)), lines };
}

/** One step in words, without its legal source. */
export function describeStep(step: DueStep, period: Period, hours: WorkingHoursOptions = {}): string {
  const periodText = formatPeriodVi(period);
  switch (step.kind) {
    case 'receiptDayNotCounted':
      return L.receiptDayNotCounted(periodText);
    case 'receivedOnDayOff':
      return L.receivedOnDayOff(formatDayVi(step.received), formatDayVi(step.firstCounted));
    case 'countWorkingDays': {
      const parts = [L.countedFromTo(formatDayVi(step.from), formatDayVi(step.to))];
      if (step.daysOff.length > 0) parts.push(L.daysOffSkipped(formatNamedDays(step.daysOff)));
      if (step.makeUpSaturdays.length > 0) parts.push(L.makeUpSaturdaysCounted(formatNamedDays(step.makeUpSaturdays)));
      return parts.join(L.summarySeparator);
    }
    case 'countCalendarDays':
      return L.countCalendarDays(periodText);
    case 'countMonths':
      return MONTH_PERIOD_LABELS.countMonths(periodText, formatDayVi(step.lastDay));
    case 'lastDayOffMoved':
      return L.lastDayOffMoved(formatDayVi(step.lastDay), formatDayVi(step.movedTo));
    case 'startMovedToOpening':
      return step.received.sec === null ? L.startWithoutTime(formatStampVi(step.start)) : L.startMovedToOpening(formatStampVi(step.start));
    case 'countWorkingHours': {
      const windows = (hours.windows ?? DEFAULT_WORKING_HOURS).map((w) => `${formatHm(w.startSec)}–${formatHm(w.endSec)}`);
      return L.countWorkingHours(periodText, windows.join(L.windowsSeparator));
    }
    case 'sameDayBeforeCutoff':
      return L.sameDayBeforeCutoff(periodText, formatHm(step.cutoffSec));
    case 'sameDayAfterCutoff':
      return L.sameDayAfterCutoff(periodText, formatHm(step.cutoffSec));
    case 'sameDayOnDayOff':
      return L.sameDayOnDayOff(periodText, formatDayVi(step.received));
    case 'dueAtEndOfWorkingDay':
      return L.dueAtEndOfWorkingDay(formatHm(step.sec));
    case 'supplementRestart':
      return L.supplementRestart(formatStampVi(step.completeAt));
    case 'supplementPause':
      return L.supplementPause(formatNumberVi(step.waitedSec / 3600), String(step.rounds));
  }
}

/** "5 ngày làm việc", "0,5 giờ làm việc", "giải quyết trong ngày". */
export function formatPeriodVi(period: Period): string {
  return L.periods[period.unit](formatNumberVi(period.amount));
}

/** "thứ Hai 03/03/2025". */
export function formatDayVi(day: Day): string {
  const { y, m, d } = ymdFromDay(day);
  return L.at('', L.weekdays[isoWeekday(day) - 1], `${pad2(d)}/${pad2(m)}/${y}`);
}

/** "17:00 thứ Hai 03/03/2025"; without time, the day only. */
export function formatStampVi(stamp: Stamp): string {
  const { y, m, d } = ymdFromDay(stamp.day);
  const hm = stamp.sec === null ? '' : formatHm(stamp.sec);
  return L.at(hm, L.weekdays[isoWeekday(stamp.day) - 1], `${pad2(d)}/${pad2(m)}/${y}`);
}

/** Decimal comma, at most two decimals: 0.5 → "0,5". */
function formatNumberVi(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

function formatNamedDays(days: readonly NamedDay[]): string {
  return days.map((d) => L.namedDay(formatDayVi(d.day), d.name)).join(L.listSeparator);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
