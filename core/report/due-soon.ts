/**
 * "Sắp đến hạn" (seed 004 point 2: chase dossiers before they go late): open dossiers due
 * within the due-soon window and those already overdue, as of the report date, grouped
 * by officer and unit, the most urgent first.
 */
import type { Day } from '../calendar/day.js';
import { countWorkingDays, isInCalendar, type WorkCalendar } from '../calendar/working-days.js';
import type { ClassifiedDossier } from '../classify/classified.js';
import { PRINT_LABELS, REPORT_LABELS } from '../labels.vi.js';
import type { SheetPlan } from '../plan/plan.js';
import { buildListSheet, type ListColumn } from './dossier-list.js';
import { formatCount, formatShortDate, groupNumber } from './format.js';
import { byDueThenRow, dateCell, officerLabel, rankLabels, unitLabel } from './placed.js';

export interface DueSoonOptions {
  asOf: Day;
  cal: WorkCalendar;
  /** The window the classifier used, for the note (RuleOptions.dueSoonWorkingDays). */
  dueSoonWorkingDays: number;
  name?: string;
}

interface Item {
  dossier: ClassifiedDossier;
  remaining: number;
}

/**
 * Working days left before the due day, counted from the day after asOf (0 when due on
 * asOf); minus the working days late for an overdue dossier.
 * @example remainingWorkingDays(d, dayFromYmd({ y: 2024, m: 6, d: 7 }), cal) // => 1 for a dossier due Mon 2024-06-10
 */
export function remainingWorkingDays(d: ClassifiedDossier, asOf: Day, cal: WorkCalendar): number {
  if (d.status === 'overdue') return -d.workingDaysLate;
  if (d.dueAt === null) return 0;
  const due = Math.floor(d.dueAt.day);
  if (due <= asOf) return 0;
  const next = asOf + 1;
  if (!isInCalendar(cal, next) || !isInCalendar(cal, due)) return due - asOf;
  return countWorkingDays(cal, next as Day, due as Day);
}

/**
 * Builds the tab (A4 portrait, seven columns): working days left ("Còn lại", 0 when due
 * on the report date) or working days overdue, each a plain count in its own column.
 * @example buildDueSoon(dossiers, { asOf, cal, dueSoonWorkingDays: 1 }).name // => "Sắp đến hạn"
 */
export function buildDueSoon(dossiers: readonly ClassifiedDossier[], options: DueSoonOptions): SheetPlan {
  const A = REPORT_LABELS.appendix;
  const L = REPORT_LABELS.dueSoon;
  const P = PRINT_LABELS.dueSoon;
  const byUnit = new Map<string, Map<string, { officer: string; unit: string; items: Item[] }>>();
  const all: { officer: string; unit: string; items: Item[] }[] = [];
  for (const dossier of dossiers) {
    if (dossier.status !== 'due_soon' && dossier.status !== 'overdue') continue;
    const officer = officerLabel(dossier);
    const unit = unitLabel(dossier);
    let groups = byUnit.get(unit);
    if (groups === undefined) byUnit.set(unit, (groups = new Map()));
    let group = groups.get(officer);
    if (group === undefined) {
      groups.set(officer, (group = { officer, unit, items: [] }));
      all.push(group);
    }
    group.items.push({ dossier, remaining: remainingWorkingDays(dossier, options.asOf, options.cal) });
  }
  const urgentFirst = (a: Item, b: Item) => a.remaining - b.remaining || byDueThenRow(a.dossier, b.dossier);
  const rank = rankLabels(all.flatMap((g) => [g.officer, g.unit]));
  const at = (label: string) => rank.get(label) ?? 0;
  const groups = all
    .map((g) => ({ ...g, items: g.items.sort(urgentFirst) }))
    .sort((a, b) => urgentFirst(a.items[0], b.items[0]) || at(a.officer) - at(b.officer) || at(a.unit) - at(b.unit))
    .map((g, i) => ({ label: L.groupRow(groupNumber(i + 1), g.officer, g.unit), items: g.items }));
  const columns: ListColumn<Item>[] = [
    { heading: REPORT_LABELS.stt, widthMm: 10, kind: 'stt', value: () => null },
    { heading: A.code, widthMm: 36, kind: 'text', value: (x) => x.dossier.record.code },
    { heading: A.procedure, widthMm: 46, kind: 'text', value: (x) => x.dossier.record.procedure },
    { heading: A.due, widthMm: 21, kind: 'date', value: (x) => dateCell(x.dossier.dueAt) },
    // Plain counts in two columns, so no cell needs more room than its column ("###").
    { heading: L.remaining, widthMm: 16, kind: 'count', value: (x) => (x.remaining >= 0 ? x.remaining : null) },
    { heading: P.overdueDays, widthMm: 16, kind: 'count', value: (x) => (x.remaining < 0 ? -x.remaining : null) },
    { heading: A.unit, widthMm: 20, kind: 'text', value: (x) => x.dossier.record.unit },
  ];
  return buildListSheet({
    name: options.name ?? REPORT_LABELS.sheetNames.dueSoon,
    kind: 'due-soon',
    orientation: 'portrait',
    title: { title: L.title, lines: [L.asOfLine(formatShortDate(options.asOf))] },
    columns,
    groups,
    codeRow: false,
    totalLine: true,
    notes: [L.note(formatCount(options.dueSoonWorkingDays))],
    freezeHeader: true,
  });
}
