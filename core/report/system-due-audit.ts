/**
 * "Kiểm tra hạn trên hệ thống": every dossier whose "Ngày hẹn trả" on the system differs
 * from the due the law gives (counted from the receipt and the period with the official
 * calendar, or the system's own due moved off a day off, BLDS 2015 Điều 148.5), with both
 * dates, by unit. Vendor calendars lacking a holiday (24/11) or a swap produce these rows.
 */
import { formatHm, type Day, type Stamp } from '../calendar/day.js';
import { countWorkingDays, type WorkCalendar } from '../calendar/working-days.js';
import type { WorkingHoursOptions } from '../calendar/working-hours.js';
import type { ClassifiedDossier } from '../classify/classified.js';
import { auditSystemDues, type SystemDueRow } from '../classify/classify.js';
import type { SystemDueCheck } from '../classify/system-due.js';
import type { RuleOptions } from '../deadline/rule-presets.js';
import type { DossierRecord } from '../import/dossier.js';
import { REPORT_LABELS, STATUS_LABELS, SYSTEM_DUE_LABELS } from '../labels.vi.js';
import type { SheetPlan } from '../plan/plan.js';
import { buildListSheet, type ListColumn } from './dossier-list.js';
import { formatShortDate } from './format.js';
import { dateCell, groupByLabel, unitLabel } from './placed.js';

export interface SystemDueAuditOptions {
  asOf: Day;
  cal: WorkCalendar;
  rules: RuleOptions;
  hours?: WorkingHoursOptions;
}

/** The stable tab name. */
export const SYSTEM_DUE_SHEET_NAME: string = SYSTEM_DUE_LABELS.sheetName;

/**
 * "06/6/2024 17:00", or the day alone without time.
 * @example formatStampShort({ day: dayFromYmd({ y: 2024, m: 6, d: 6 }), sec: 61200 }) // => "06/6/2024 17:00"
 */
export function formatStampShort(stamp: Stamp): string {
  const day = formatShortDate(stamp.day);
  return stamp.sec === null ? day : `${day} ${formatHm(stamp.sec)}`;
}

/**
 * Working days between the two dues, negative when the system's is earlier: the working
 * days after the earlier day up to the later one.
 * @example dueDifference({ systemDue: fri, lawfulDue: mon, … }, cal) // => -1
 */
export function dueDifference(check: SystemDueCheck, cal: WorkCalendar): number {
  const a = check.systemDue.day;
  const b = check.lawfulDue.day;
  if (a === b) return 0;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const n = countWorkingDays(cal, (lo + 1) as Day, hi);
  return a < b ? -n : n;
}

/** What the row shows: earlier or later, and whether the system's due is on a day off. */
function findingOf(check: SystemDueCheck): string {
  const L = SYSTEM_DUE_LABELS;
  const parts: string[] = [check.direction === 'earlier' ? L.earlier : L.later];
  if (check.onDayOff) parts.push(L.onDayOff);
  return parts.join(L.findingSeparator);
}

interface Item {
  row: SystemDueRow;
  dossier: ClassifiedDossier | undefined;
}

/**
 * Builds the tab from the run's dossiers (auditSystemDues on their records), by unit, in
 * row order within a unit.
 * Legal source: BLDS 2015 Điều 148.5; NĐ 61/2018 / NĐ 118/2025 (as amended by NĐ 309/2026).
 * @example buildSystemDueAudit(dossiers, { asOf, cal, rules: DEFAULT_RULES }).name // => "Kiểm tra hạn trên hệ thống"
 */
export function buildSystemDueAudit(dossiers: readonly ClassifiedDossier[], options: SystemDueAuditOptions): SheetPlan {
  const A = REPORT_LABELS.appendix;
  const L = SYSTEM_DUE_LABELS;
  const byRecord = new Map<DossierRecord, ClassifiedDossier>();
  for (const d of dossiers) byRecord.set(d.record, d);
  const rows = auditSystemDues(
    dossiers.map((d) => d.record),
    { asOf: options.asOf, calendar: options.cal, rules: options.rules, hours: options.hours },
  );
  const items: Item[] = rows.map((row) => ({ row, dossier: byRecord.get(row.record) }));
  const groups = groupByLabel(items, (i) => (i.dossier ? unitLabel(i.dossier) : i.row.record.unit?.trim() || REPORT_LABELS.unknownUnit));
  const columns: ListColumn<Item>[] = [
    { heading: REPORT_LABELS.stt, widthMm: 8, kind: 'stt', value: () => null },
    { heading: A.code, widthMm: 34, kind: 'text', value: (i) => i.row.record.code },
    { heading: A.procedure, widthMm: 44, kind: 'text', value: (i) => i.row.record.procedure },
    { heading: A.received, widthMm: 19, kind: 'date', value: (i) => dateCell(i.row.record.received) },
    { heading: L.period, widthMm: 22, kind: 'text', value: (i) => i.row.record.period },
    { heading: L.systemDue, widthMm: 21, kind: 'date', value: (i) => dateCell(i.row.check.systemDue) },
    { heading: L.lawfulDue, widthMm: 21, kind: 'date', value: (i) => dateCell(i.row.check.lawfulDue) },
    { heading: L.difference, widthMm: 18, kind: 'count', value: (i) => dueDifference(i.row.check, options.cal) },
    { heading: L.finding, widthMm: 40, kind: 'text', value: (i) => findingOf(i.row.check) },
    { heading: L.check, widthMm: 26, kind: 'text', value: (i) => (i.dossier ? STATUS_LABELS[i.dossier.status] : null) },
  ];
  return buildListSheet({
    name: SYSTEM_DUE_SHEET_NAME,
    kind: 'system-due-audit',
    orientation: 'landscape',
    title: { title: L.title, lines: [L.instruction] },
    columns,
    groups: groups.map((g) => ({ label: g.label, items: g.items })),
    codeRow: false,
    totalLine: true,
    freezeHeader: true,
  });
}
