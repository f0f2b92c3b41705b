import { parseIsoDay, periodFromPreset, type Day, type PeriodPreset, type ReportPeriod } from '../../../core/index.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { UsageError } from '../usage-error.js';

const M = CLI_MESSAGES.check;

const PRESETS = ['month15', 'month', 'quarter', 'year'] as const;

/** --period / --from --to as given; null when neither was given. */
export type PeriodArg = { preset: Exclude<PeriodPreset, 'custom'> } | { preset: 'custom'; from: Day; to: Day } | null;

/** A strict YYYY-MM-DD option value; UsageError naming the option otherwise. */
export function isoDayArg(option: string, value: string): Day {
  const day = parseIsoDay(value);
  if (day === null) throw new UsageError(M.badDate(option, value));
  return day;
}

/** --from/--to (both, in order) win over --period; UsageError with a Vietnamese message. */
export function parsePeriodArgs(preset: string | undefined, from: string | undefined, to: string | undefined): PeriodArg {
  if (from !== undefined || to !== undefined) {
    if (from === undefined || to === undefined) throw new UsageError(M.fromToTogether);
    const range = { from: isoDayArg('--from', from), to: isoDayArg('--to', to) };
    if (range.from > range.to) throw new UsageError(M.fromAfterTo);
    return { preset: 'custom', ...range };
  }
  if (preset === undefined) return null;
  if (!(PRESETS as readonly string[]).includes(preset)) throw new UsageError(M.badPeriod(preset));
  return { preset: preset as (typeof PRESETS)[number] };
}

/** The settings period: --from/--to (custom), else --period, else the given default. */
export function resolvePeriod(period: PeriodArg, asOf: Day, fallback: ReportPeriod): ReportPeriod {
  if (period === null) return fallback;
  if (period.preset === 'custom') return periodFromPreset('custom', asOf, { from: period.from, to: period.to });
  return periodFromPreset(period.preset, asOf);
}
