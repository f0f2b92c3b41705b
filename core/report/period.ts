import type { Day } from '../calendar/day.js';

/**
 * Reporting period presets: 'month15' = 15th of the previous month to the 14th
 * (NĐ 09/2019 practice), 'month' = calendar month, 'quarter', 'year', 'custom'.
 */
export type PeriodPreset = 'month15' | 'month' | 'quarter' | 'year' | 'custom';

/** A reporting period, both ends included. */
export interface ReportPeriod {
  preset: PeriodPreset;
  from: Day;
  to: Day;
}
