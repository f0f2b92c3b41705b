import { dayFromYmd, ymdFromDay, type Day } from '../calendar/day.js';
import { REPORT_LABELS } from '../labels.vi.js';
import { formatShortDate, toRoman } from './format.js';

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

/**
 * The reporting period a preset gives for a report date.
 * - 'month15': "Tháng M" runs from the 15th of month M − 1 to the 14th of month M, where
 *   M is asOf's month, whatever asOf's day. From the 15th on, that is the period just
 *   ended (the one to report); before the 15th it is the period in progress (a live check).
 * - 'month', 'quarter', 'year': the calendar month, quarter, year holding asOf (as the
 *   national QĐ 766 dashboard counts them).
 * - 'custom': `custom` as given; it must be set, with from ≤ to.
 * Legal source: NĐ 09/2019/NĐ-CP Điều 12 (15th-to-14th convention, as cited by TT 05/2023/TT-BYT).
 * @example periodFromPreset('month15', dayFromYmd({ y: 2025, m: 1, d: 20 })) // => 15/12/2024 – 14/01/2025
 */
export function periodFromPreset(preset: PeriodPreset, asOf: Day, custom?: { from: Day; to: Day }): ReportPeriod {
  const { y, m } = ymdFromDay(asOf);
  switch (preset) {
    case 'month15': {
      const prev = m === 1 ? { y: y - 1, m: 12 } : { y, m: m - 1 };
      return { preset, from: dayFromYmd({ ...prev, d: 15 }), to: dayFromYmd({ y, m, d: 14 }) };
    }
    case 'month':
      return { preset, from: dayFromYmd({ y, m, d: 1 }), to: lastDayOfMonth(y, m) };
    case 'quarter': {
      const first = 3 * Math.floor((m - 1) / 3) + 1;
      return { preset, from: dayFromYmd({ y, m: first, d: 1 }), to: lastDayOfMonth(y, first + 2) };
    }
    case 'year':
      return { preset, from: dayFromYmd({ y, m: 1, d: 1 }), to: dayFromYmd({ y, m: 12, d: 31 }) };
    case 'custom': {
      if (custom === undefined) throw new TypeError('periodFromPreset: custom needs { from, to }');
      if (!Number.isInteger(custom.from) || !Number.isInteger(custom.to) || custom.from > custom.to) {
        throw new RangeError(`periodFromPreset: custom period must have integer days from <= to, got ${custom.from}–${custom.to}`);
      }
      return { preset, from: custom.from, to: custom.to };
    }
  }
}

/**
 * The period as the form's "Kỳ báo cáo" names it: "Tháng 6 năm 2024", "Quý II năm 2024",
 * "Năm 2024", or "Từ ngày 03/6/2024 đến ngày 20/6/2024" for a custom period (and for a
 * preset whose days do not have the preset's shape).
 * @example periodLabel(periodFromPreset('quarter', dayFromYmd({ y: 2024, m: 5, d: 2 }))) // => "Quý II năm 2024"
 */
export function periodLabel(period: ReportPeriod): string {
  const { y, m } = ymdFromDay(period.to);
  if (period.preset !== 'custom') {
    const again = periodFromPreset(period.preset, period.to);
    if (again.from === period.from && again.to === period.to) {
      if (period.preset === 'quarter') return REPORT_LABELS.period.quarter(toRoman(Math.ceil(m / 3)), y);
      if (period.preset === 'year') return REPORT_LABELS.period.year(y);
      return REPORT_LABELS.period.month(m, y);
    }
  }
  return REPORT_LABELS.period.range(formatShortDate(period.from), formatShortDate(period.to));
}

/**
 * The line under the title: "(Từ ngày 15/5/2024 đến ngày 14/6/2024)".
 * @example periodRangeLine(periodFromPreset('month15', dayFromYmd({ y: 2024, m: 6, d: 20 }))) // => "(Từ ngày 15/5/2024 đến ngày 14/6/2024)"
 */
export function periodRangeLine(period: ReportPeriod): string {
  return REPORT_LABELS.period.rangeLine(formatShortDate(period.from), formatShortDate(period.to));
}

function lastDayOfMonth(y: number, m: number): Day {
  const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
  return (dayFromYmd({ ...next, d: 1 }) - 1) as Day;
}
