import type { Day } from './calendar/day.js';
import type { WorkingHoursOptions } from './calendar/working-hours.js';
import type { CalendarOptions } from './calendar/working-days.js';
import type { RuleOptions } from './deadline/rule-presets.js';
import type { MappingOverride } from './import/read-result.js';
import type { ReportPeriod } from './report/period.js';

/** Who signs and receives the report forms; free text the office fills in. */
export interface ReportHeader {
  /** "Đơn vị báo cáo", e.g. "UBND xã Đắk Hà". */
  reportingUnit: string;
  /** "Đơn vị nhận báo cáo", e.g. "Văn phòng UBND tỉnh Kon Tum". */
  receivingUnit: string;
  /** Place name for the date line ("Kon Tum, ngày 06 tháng 6 năm 2024"). */
  place: string;
  /** Names under "Người lập biểu" and "Thủ trưởng đơn vị" (may be empty). */
  preparer: string;
  head: string;
  /**
   * The form's title, code line ("Biểu số II.06a/VPCP/KSTT") and "Ban hành theo …" line.
   * Empty or absent: today's text (REPORT_LABELS.form06a), since whether TT 03/2025 and
   * NĐ 309/2026 changed Biểu II.06a could not be confirmed (law.md §8).
   */
  formTitle?: string;
  formCode?: string;
  formBasis?: string;
}

/** Everything a run depends on; hosts keep it in the workbook so colleagues get the same result. */
export interface Settings {
  /** Report date ("Ngày chốt số liệu"): a calendar date passed in, never read from a clock. */
  asOf: Day;
  period: ReportPeriod;
  rules: RuleOptions;
  calendar: CalendarOptions;
  /** Working-hour windows and the Saturday-morning counter (hour-based and same-day periods). */
  hours: WorkingHoursOptions;
  mapping: MappingOverride;
  /** Color early/on-time rows green too (UX.md: optional). @default false */
  colorFinishedOnTime: boolean;
  header: ReportHeader;
}
