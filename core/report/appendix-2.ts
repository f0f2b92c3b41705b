/** Phụ lục II: dossiers still open past their due date at the cut-off (column (13) of Biểu 06a), by unit. */
import { isInCalendar, countWorkingDays, type WorkCalendar } from '../calendar/working-days.js';
import type { Day } from '../calendar/day.js';
import { REPORT_LABELS } from '../labels.vi.js';
import type { SheetPlan } from '../plan/plan.js';
import { leadingColumns, unitGroups, type AppendixOptions } from './appendix-1.js';
import { buildListSheet, type ListColumn } from './dossier-list.js';
import { formatShortDate } from './format.js';
import { countEnd } from './placement.js';
import { periodRangeLine } from './period.js';
import type { PlacedDossier } from './placed.js';

export interface Appendix2Options extends AppendixOptions {
  asOf: Day;
  cal: WorkCalendar;
}

/**
 * Working days a dossier open at the end of `end` is past its due day:
 * NETWORKDAYS(due + 1, end); the classifier's figure when a day is outside the calendar.
 * @example overdueWorkingDays(d, dayFromYmd({ y: 2024, m: 6, d: 14 }), cal) // => 3 for a dossier due Mon 2024-06-10
 */
export function overdueWorkingDays(p: PlacedDossier, end: Day, cal: WorkCalendar): number {
  const due = p.dossier.dueAt;
  if (due === null) return p.dossier.workingDaysLate;
  const next = Math.floor(due.day) + 1;
  if (next > end) return 0;
  if (!isInCalendar(cal, next) || !isInCalendar(cal, end)) return p.dossier.workingDaysLate;
  return countWorkingDays(cal, next as Day, end);
}

/**
 * Builds Phụ lục II "Danh sách hồ sơ TTHC đang giải quyết quá hạn", counted to the
 * cut-off day min(period end, asOf), same shape as Phụ lục I without "Ngày có kết quả".
 * Legal source: NĐ 30/2020/NĐ-CP, Phụ lục III, Mẫu 2.1 (title block).
 * @example buildAppendix2(placed, { period, asOf, cal }).name // => "Phụ lục II"
 */
export function buildAppendix2(placed: readonly PlacedDossier[], options: Appendix2Options): SheetPlan {
  const A = REPORT_LABELS.appendix;
  const end = countEnd(options.period, options.asOf);
  const groups = unitGroups(placed, 'overdue');
  const columns: ListColumn<PlacedDossier>[] = [
    ...leadingColumns(),
    { heading: A.daysOverdue(formatShortDate(end)), widthMm: 22, kind: 'count', value: (p) => overdueWorkingDays(p, end, options.cal) },
    { heading: A.unit, widthMm: 32, kind: 'text', value: (p) => p.dossier.record.unit },
    { heading: A.officer, widthMm: 30, kind: 'text', value: (p) => p.officer },
    { heading: A.reason, widthMm: 28, kind: 'text', value: (p) => p.dossier.record.remarks },
  ];
  return buildListSheet({
    name: options.name ?? REPORT_LABELS.sheetNames.appendix2,
    kind: 'appendix-2',
    orientation: 'landscape',
    title: { number: A.number('II'), title: REPORT_LABELS.appendix2.title, lines: [periodRangeLine(options.period), A.attached] },
    columns,
    groups,
    codeRow: true,
    totalLine: true,
  });
}
