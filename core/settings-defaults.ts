import type { Day } from './calendar/day.js';
import { DEFAULT_RULES } from './deadline/rule-presets.js';
import { periodFromPreset } from './report/period.js';
import type { Settings } from './settings.js';

/**
 * Settings for a first run: the report date given, the month period "Tháng M" holding it
 * (15th of the previous month to the 14th), the default rules and calendar, no column
 * overrides, early/on-time rows not colored, and an empty report header to fill in.
 * @example defaultSettings(dayFromYmd({ y: 2024, m: 6, d: 14 })).period // => { preset: 'month15', from: 15/5/2024, to: 14/6/2024 }
 */
export function defaultSettings(asOf: Day): Settings {
  return {
    asOf,
    period: periodFromPreset('month15', asOf),
    rules: { ...DEFAULT_RULES },
    calendar: {},
    hours: {},
    mapping: {},
    colorFinishedOnTime: false,
    header: { reportingUnit: '', receivingUnit: '', place: '', preparer: '', head: '', formTitle: '', formCode: '', formBasis: '' },
  };
}
