/**
 * "Trễ trên hệ thống" (seed 004): every dossier of the period that the system shows late
 * or overdue (status late, overdue, late_on_system), for the unit to write the date the
 * result was actually handed over.
 *
 * The loop: the tab is a plain one-row-header table whose headings are the export
 * headings the reader already knows ("Mã hồ sơ", "Ngày hẹn trả", "Ngày kết thúc xử lý",
 * "Ngày trả kết quả thực tế"…), with no merges or group rows inside the table. The unit
 * fills "Ngày trả kết quả thực tế"; on the next run the orchestration reads this tab
 * with the ordinary export reader and copies each filled actual date into the data's
 * record of the same dossier code before classifying, so those dossiers become
 * late_on_system. Dates already known (record.actualResult) are written back here, so a
 * re-run never loses them. The tab name is fixed (REPORT_LABELS.sheetNames.lateOnSystem).
 */
import type { Status } from '../classify/status.js';
import { REPORT_LABELS, STATUS_LABELS } from '../labels.vi.js';
import type { SheetPlan } from '../plan/plan.js';
import { buildListSheet, type ListColumn } from './dossier-list.js';
import { periodRangeLine, type ReportPeriod } from './period.js';
import { dateCell, groupByLabel, sortByDueThenRow, type PlacedDossier } from './placed.js';

const ON_SYSTEM: ReadonlySet<Status> = new Set<Status>(['late', 'overdue', 'late_on_system']);

/** The stable tab name the orchestration reads back. */
export const LATE_ON_SYSTEM_SHEET_NAME: string = REPORT_LABELS.sheetNames.lateOnSystem;

/** The heading of the column the unit fills, as the reader must find it. */
export const ACTUAL_RESULT_HEADING: string = REPORT_LABELS.lateOnSystem.actualResult;

/**
 * Builds the tab: sorted by unit, then due day, then code; frozen under the headings.
 * @example buildLateOnSystem(placed, { period }).cells[7][9] // => the heading "Ngày trả kết quả thực tế"
 */
export function buildLateOnSystem(placed: readonly PlacedDossier[], options: { period: ReportPeriod }): SheetPlan {
  const A = REPORT_LABELS.appendix;
  const L = REPORT_LABELS.lateOnSystem;
  const items = placed.filter((p) => ON_SYSTEM.has(p.dossier.status));
  const sorted = groupByLabel(items, (p) => p.unit).flatMap((g) => sortByDueThenRow(g.items, (p) => p.dossier));
  const columns: ListColumn<PlacedDossier>[] = [
    { heading: REPORT_LABELS.stt, widthMm: 8, kind: 'stt', value: () => null },
    { heading: A.code, widthMm: 32, kind: 'text', value: (p) => p.dossier.record.code },
    { heading: A.procedure, widthMm: 40, kind: 'text', value: (p) => p.dossier.record.procedure },
    { heading: A.unit, widthMm: 24, kind: 'text', value: (p) => p.dossier.record.unit },
    { heading: A.officer, widthMm: 22, kind: 'text', value: (p) => p.officer },
    { heading: A.received, widthMm: 21, kind: 'date', value: (p) => dateCell(p.dossier.record.received) },
    { heading: A.due, widthMm: 21, kind: 'date', value: (p) => dateCell(p.dossier.dueAt) },
    { heading: L.finishedOnSystem, widthMm: 21, kind: 'date', value: (p) => dateCell(p.dossier.record.finished) },
    { heading: L.check, widthMm: 24, kind: 'text', value: (p) => STATUS_LABELS[p.dossier.status] },
    { heading: L.actualResult, widthMm: 21, kind: 'date', value: (p) => dateCell(p.dossier.record.actualResult) },
    { heading: L.note, widthMm: 18, kind: 'text', value: (p) => p.dossier.record.remarks },
  ];
  return buildListSheet({
    name: LATE_ON_SYSTEM_SHEET_NAME,
    kind: 'late-on-system',
    orientation: 'landscape',
    title: { title: L.title, lines: [periodRangeLine(options.period), L.instruction] },
    columns,
    groups: [{ label: null, items: sorted }],
    codeRow: false,
    totalLine: true,
    freezeHeader: true,
  });
}
