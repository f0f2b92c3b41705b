/**
 * The "Cài đặt" form, derived from core's settings model and SETTINGS_LABELS: each rule
 * option's kind follows its default value (boolean → checkbox, number → number, text →
 * one radio per labelled choice), and every report-header field with a label is a text
 * box. A new field added to RuleOptions or ReportHeader with its label in core shows here
 * without pane changes; ALIASES names labels whose key differs from the option's.
 */
import {
  breakSettings,
  DATA_LAST_YEAR,
  DEFAULT_RULES,
  formatHm,
  projectedBreakSettings,
  SETTINGS_LABELS,
  UNDECIDED_DAYS_LABELS,
  ymdFromDay,
  type BreakSetting,
  type ReportHeader,
  type RuleOptions,
  type Settings,
} from '../core/index.js';

export type SettingControl =
  | { kind: 'checkbox'; id: string; label: string; value: boolean; set: (s: Settings, v: boolean) => Settings }
  | { kind: 'number'; id: string; label: string; value: number; min: number; max: number; set: (s: Settings, v: number) => Settings }
  | { kind: 'time'; id: string; label: string; value: string; set: (s: Settings, seconds: number) => Settings }
  | { kind: 'radio'; id: string; label: string; value: string; options: { value: string; label: string }[]; set: (s: Settings, v: string) => Settings }
  | { kind: 'text'; id: string; label: string; value: string; set: (s: Settings, v: string) => Settings };

type RuleKey = keyof RuleOptions;

/** Rule options whose label sits under another key of SETTINGS_LABELS.rules. */
const ALIASES: Partial<Record<RuleKey, string>> = { dueSoonWorkingDays: 'dueSoon', sameDayCutoffSec: 'sameDayCutoff' };
/** Options stored in seconds after midnight, shown as HH:MM. */
const TIME_OPTIONS: readonly string[] = ['sameDayCutoffSec'];
const NUMBER_LIMITS: Partial<Record<RuleKey, [number, number]>> = { dueSoonWorkingDays: [0, 30] };

type LabelEntry = string | { title: string; [choice: string]: string };

function ruleLabel(key: string): LabelEntry | undefined {
  const labels = SETTINGS_LABELS.rules as unknown as Record<string, LabelEntry | undefined>;
  return labels[ALIASES[key as RuleKey] || key];
}

function withRule(s: Settings, key: string, value: unknown): Settings {
  const rules = { ...s.rules } as Record<string, unknown>;
  rules[key] = value;
  return { ...s, rules: rules as unknown as RuleOptions };
}

/** "HH:MM" → seconds after midnight, or null. */
export function secondsFromHm(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return Number(m[1]) * 3600 + Number(m[2]) * 60;
}

/** The rule options with a label in core, in the order of DEFAULT_RULES, then the other switches. */
export function ruleControls(settings: Settings): SettingControl[] {
  const out: SettingControl[] = [];
  const current = settings.rules as unknown as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_RULES)) {
    const label = ruleLabel(key);
    if (label === undefined) continue;
    const value = current[key] === undefined ? (DEFAULT_RULES as unknown as Record<string, unknown>)[key] : current[key];
    const id = `rule-${key}`;
    if (typeof label === 'object') {
      const options = Object.keys(label)
        .filter((k) => k !== 'title')
        .map((k) => ({ value: k, label: label[k] }));
      out.push({ kind: 'radio', id, label: label.title, value: String(value), options, set: (s, v) => withRule(s, key, v) });
    } else if (typeof value === 'boolean') {
      out.push({ kind: 'checkbox', id, label, value, set: (s, v) => withRule(s, key, v) });
    } else if (typeof value === 'number' && TIME_OPTIONS.indexOf(key) >= 0) {
      out.push({ kind: 'time', id, label, value: formatHm(value), set: (s, v) => withRule(s, key, v) });
    } else if (typeof value === 'number') {
      const [min, max] = NUMBER_LIMITS[key as RuleKey] || [0, 999];
      out.push({ kind: 'number', id, label, value, min, max, set: (s, v) => withRule(s, key, v) });
    }
  }
  out.push({
    kind: 'checkbox',
    id: 'rule-saturdayMorning',
    label: SETTINGS_LABELS.rules.saturdayMorning,
    value: settings.hours.saturdayMorning === true,
    set: (s, v) => ({ ...s, hours: { ...s.hours, saturdayMorning: v } }),
  });
  out.push({
    kind: 'checkbox',
    id: 'rule-colorFinishedOnTime',
    label: SETTINGS_LABELS.rules.colorFinishedOnTime,
    value: settings.colorFinishedOnTime,
    set: (s, v) => ({ ...s, colorFinishedOnTime: v }),
  });
  return out;
}

/** One text box per labelled field of the report header (SETTINGS_LABELS.header). */
export function headerControls(settings: Settings): SettingControl[] {
  const labels = SETTINGS_LABELS.header as unknown as Record<string, string>;
  const header = settings.header as unknown as Record<string, string | undefined>;
  return Object.keys(labels)
    .filter((k) => k !== 'title')
    .map((key) => ({
      kind: 'text' as const,
      id: `header-${key}`,
      label: labels[key],
      value: header[key] || '',
      set: (s: Settings, v: string) => ({ ...s, header: { ...s.header, [key]: v } as ReportHeader }),
    }));
}

/**
 * One radio group per break whose days off are not decided yet (core breakSettings), and
 * for the report year and the next when they are after the calendar table, their projected
 * Tết split and 2/9 side; the projected option is marked. Decided breaks are not shown.
 */
export function calendarControls(settings: Settings): SettingControl[] {
  const choices = settings.calendar.undecided || {};
  const year = ymdFromDay(settings.asOf).y;
  const breaks: BreakSetting[] = breakSettings(choices).filter((b) => !b.decided);
  for (const y of [year, year + 1]) if (y > DATA_LAST_YEAR) breaks.push(...projectedBreakSettings(y, choices));
  return breaks.map((b) => ({
    kind: 'radio' as const,
    id: `calendar-${b.id}`,
    label: b.title,
    value: b.chosen,
    options: b.options.map((o) => ({ value: o.id, label: o.id === b.projected ? UNDECIDED_DAYS_LABELS.projectedOption(o.label) : o.label })),
    set: (s: Settings, v: string) => ({ ...s, calendar: { ...s.calendar, undecided: { ...(s.calendar.undecided || {}), [b.id]: v } } }),
  }));
}
