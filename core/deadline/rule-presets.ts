/**
 * Every switchable rule, with its default and legal source. Where the law and the
 * national index disagree, both are offered and the default is the law.
 */
export interface RuleOptions {
  /**
   * Supplementation (yêu cầu bổ sung): 'restart' counts the period again from zero
   * when the complete dossier arrives (NĐ 61/2018 Điều 19.4); 'pause' stops the clock
   * while waiting (QĐ 766 national index).
   * @default 'restart'
   */
  supplementation: 'restart' | 'pause';
  /**
   * Same-day procedures: received at or before this time (seconds after midnight) → due
   * that day; after it ("sau 15 giờ") → the next working day. A receipt at exactly 15:00
   * is not after 15:00. @default 54000 (15:00; NĐ 61/2018 Điều 18.2; NĐ 118/2025 Điều 18.2
   * as amended by NĐ 309/2026)
   */
  sameDayCutoffSec: number;
  /** "Sắp đến hạn": open dossiers due within this many working days of asOf. @default 1 */
  dueSoonWorkingDays: number;
  /**
   * Which due date to measure against when the dossier was re-appointed (hẹn lại,
   * NĐ 61/2018 Điều 19.9): 'original' keeps the first appointment; 'extended' uses the new one.
   * @default 'original'
   */
  measureAgainst: 'original' | 'extended';
  /**
   * 06a: count withdrawn dossiers (rút hồ sơ) as resolved on time, as some vendors do,
   * instead of leaving them out. @default false
   */
  withdrawnCountAsOnTime: boolean;
  /**
   * 06a: count dossiers waiting for the citizen as "in progress, within deadline", as some
   * vendors do, instead of leaving them out. @default true
   */
  awaitingCountAsWithinDeadline: boolean;
  /**
   * How a finish is compared with its due: 'datetime' to the second when both have a time,
   * as the national QĐ 766 index compares; 'day' by calendar day only, a period in days
   * ending at 24:00 of its last day (BLDS 2015 Điều 148.6). A stamp without time is
   * always compared by day. @default 'datetime'
   */
  compareBy: 'datetime' | 'day';
}

export const DEFAULT_RULES: RuleOptions = {
  supplementation: 'restart',
  sameDayCutoffSec: 15 * 3600,
  dueSoonWorkingDays: 1,
  measureAgainst: 'original',
  withdrawnCountAsOnTime: false,
  awaitingCountAsWithinDeadline: true,
  compareBy: 'datetime',
};
