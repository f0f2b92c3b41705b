/**
 * Settings saved in the workbook (Excel document settings, Sheets document properties)
 * so a colleague who opens the file gets the same result. Plain JSON; anything
 * unreadable falls back to the default rather than failing the run.
 */
import { formatIsoDay, parseIsoDay, type Day } from './calendar/day.js';
import { DEFAULT_RULES, type RuleOptions } from './deadline/rule-presets.js';
import { FIELDS, type Field } from './import/dossier.js';
import type { MappingOverride, ReadResult } from './import/read-result.js';
import type { PeriodPreset } from './report/period.js';
import type { ReportHeader, Settings } from './settings.js';

/** Bump when the stored shape changes incompatibly. */
const STORE_VERSION = 1;

interface StoredSettings {
  version: number;
  asOf?: string;
  period?: { preset: PeriodPreset; from: string; to: string };
  rules?: Partial<RuleOptions>;
  calendar?: { extraDaysOff?: string[]; extraWorkingDays?: string[]; confidences?: string[]; undecided?: Record<string, string> };
  mapping?: MappingOverride;
  colorFinishedOnTime?: boolean;
  saturdayMorning?: boolean;
  header?: Partial<ReportHeader>;
}

/** Settings as a JSON string for the host's document store. */
export function serializeSettings(settings: Settings): string {
  const stored: StoredSettings = {
    version: STORE_VERSION,
    asOf: formatIsoDay(settings.asOf),
    period: { preset: settings.period.preset, from: formatIsoDay(settings.period.from), to: formatIsoDay(settings.period.to) },
    rules: settings.rules,
    calendar: {
      extraDaysOff: (settings.calendar.extraDaysOff ?? []).map(formatIsoDay),
      extraWorkingDays: (settings.calendar.extraWorkingDays ?? []).map(formatIsoDay),
      confidences: settings.calendar.confidences ? [...settings.calendar.confidences] : undefined,
      undecided: settings.calendar.undecided ? { ...settings.calendar.undecided } : undefined,
    },
    mapping: settings.mapping,
    colorFinishedOnTime: settings.colorFinishedOnTime,
    saturdayMorning: settings.hours.saturdayMorning,
    header: settings.header,
  };
  return JSON.stringify(stored);
}

/**
 * Reads stored settings over `defaults`; unknown or malformed parts keep the default.
 * @example parseSettings('{"version":1,"rules":{"dueSoonWorkingDays":3}}', defaults).rules.dueSoonWorkingDays // => 3
 */
export function parseSettings(json: string | null | undefined, defaults: Settings): Settings {
  let stored: StoredSettings;
  try {
    stored = JSON.parse(json ?? '') as StoredSettings;
  } catch {
    return defaults;
  }
  if (!stored || typeof stored !== 'object' || stored.version !== STORE_VERSION) return defaults;
  const days = (list: unknown): Day[] =>
    Array.isArray(list) ? list.map((s) => (typeof s === 'string' ? parseIsoDay(s) : null)).filter((d): d is Day => d !== null) : [];
  const asOf = (typeof stored.asOf === 'string' && parseIsoDay(stored.asOf)) || defaults.asOf;
  const from = stored.period && parseIsoDay(stored.period.from);
  const to = stored.period && parseIsoDay(stored.period.to);
  const period = stored.period && from && to && from <= to ? { preset: stored.period.preset, from, to } : defaults.period;
  return {
    asOf,
    period,
    rules: { ...DEFAULT_RULES, ...defaults.rules, ...pickKnown(stored.rules, DEFAULT_RULES) },
    calendar: {
      ...defaults.calendar,
      extraDaysOff: days(stored.calendar?.extraDaysOff),
      extraWorkingDays: days(stored.calendar?.extraWorkingDays),
      ...(Array.isArray(stored.calendar?.confidences) ? { confidences: stored.calendar.confidences as Settings['calendar']['confidences'] } : {}),
      ...pickChoices(stored.calendar?.undecided),
    },
    hours: typeof stored.saturdayMorning === 'boolean' ? { ...defaults.hours, saturdayMorning: stored.saturdayMorning } : defaults.hours,
    mapping: pickMapping(stored.mapping),
    colorFinishedOnTime: typeof stored.colorFinishedOnTime === 'boolean' ? stored.colorFinishedOnTime : defaults.colorFinishedOnTime,
    header: { ...defaults.header, ...pickKnown(stored.header, defaults.header) },
  };
}

/** Keeps only keys of `shape` whose stored value has the same type. */
function pickKnown<T extends object>(value: unknown, shape: T): Partial<T> {
  if (!value || typeof value !== 'object') return {};
  const out: Partial<T> = {};
  for (const key of Object.keys(shape) as (keyof T)[]) {
    const v = (value as T)[key];
    if (v !== undefined && typeof v === typeof shape[key]) out[key] = v;
  }
  return out;
}

function pickMapping(value: unknown): MappingOverride {
  if (!value || typeof value !== 'object') return {};
  const out: MappingOverride = {};
  for (const field of FIELDS) {
    const v = (value as Record<string, unknown>)[field];
    if (typeof v === 'string' && v.trim() !== '') out[field as Field] = v;
  }
  return out;
}

/**
 * A key for "sheets with the same headings", so a mapping the user corrected once is
 * offered again for the next export of the same system.
 */
export function headerSignature(read: Pick<ReadResult, 'headerRows' | 'mapping'> & { headings?: string[] }): string {
  const headings = read.headings ?? read.mapping.map((m) => m.heading);
  return headings
    .map((h) => h.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim())
    .join('|');
}

/** The stored option per undecided break (issue 9), when it is a map of strings. */
function pickChoices(value: unknown): { undecided?: Record<string, string> } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const entries = Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length > 0 ? { undecided: Object.fromEntries(entries) } : {};
}
