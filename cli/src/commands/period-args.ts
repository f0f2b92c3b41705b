import { normalizeKey, parseDateText, periodFromPreset, type Day, type PeriodPreset, type ReportPeriod } from '../../../core/index.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { UsageError } from '../usage-error.js';

const M = CLI_MESSAGES.check;

const PRESETS = ['month15', 'month', 'quarter', 'year'] as const;

/** --period in English or Vietnamese, with or without diacritics ("tháng", "thang15", "quý", "năm"). */
const PRESET_WORDS: Record<string, (typeof PRESETS)[number]> = {
  month15: 'month15',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  thang15: 'month15',
  'thang 15': 'month15',
  thang: 'month',
  quy: 'quarter',
  nam: 'year',
};

/** --period / --from --to as given; null when neither was given. */
export type PeriodArg = { preset: Exclude<PeriodPreset, 'custom'> } | { preset: 'custom'; from: Day; to: Day } | null;

/**
 * A date option value, yyyy-mm-dd or dd/mm/yyyy, read by core's one date parser (never
 * month-first); UsageError naming the option otherwise, saying so when the date does not exist.
 * @example isoDayArg('--as-of', '30/06/2025') === isoDayArg('--as-of', '2025-06-30') // => true
 */
export function isoDayArg(option: string, value: string): Day {
  const text = value.trim();
  const parsed = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDateText(text) : null;
  if (parsed !== null && parsed.ok && parsed.value.sec === null) return parsed.value.day;
  if (parsed !== null && !parsed.ok && parsed.code === 'date.impossible') throw new UsageError(M.impossibleDate(option, value));
  throw new UsageError(M.badDate(option, value));
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
  const known = PRESET_WORDS[normalizeKey(preset)];
  if (known === undefined) throw new UsageError(M.badPeriod(preset));
  return { preset: known };
}

/** The settings period: --from/--to (custom), else --period, else the given default. */
export function resolvePeriod(period: PeriodArg, asOf: Day, fallback: ReportPeriod): ReportPeriod {
  if (period === null) return fallback;
  if (period.preset === 'custom') return periodFromPreset('custom', asOf, { from: period.from, to: period.to });
  return periodFromPreset(period.preset, asOf);
}
