/** Dossiers placed once for all report tabs, and the grouping helpers the tabs share. */
import type { Stamp } from '../calendar/day.js';
import type { ClassifiedDossier } from '../classify/classified.js';
import { REPORT_LABELS } from '../labels.vi.js';
import { addPlacement, emptyTally06a, type Tally06a } from './counts-06a.js';
import { compareVi } from './format.js';
import { placeDossier, type CountOptions, type Placement } from './placement.js';

/** A dossier counted in the period's 06a, with where, and its labels as shown (computed once). */
export interface PlacedDossier {
  dossier: ClassifiedDossier;
  placement: Placement;
  unit: string;
  field: string;
  officer: string;
}

/** Every dossier of the period: the counted ones, and the tally of all (total row, exclusions). */
export interface PlacedSet {
  placed: PlacedDossier[];
  total: Tally06a;
}

/**
 * Places every dossier once (placement.ts rules).
 * @example placeAll(dossiers, { period, asOf, rules: DEFAULT_RULES }).total.counts.received // => 20
 */
export function placeAll(dossiers: readonly ClassifiedDossier[], options: CountOptions): PlacedSet {
  const placed: PlacedDossier[] = [];
  const total = emptyTally06a();
  for (const dossier of dossiers) {
    const result = placeDossier(dossier, options);
    if (result.kind === 'counted') {
      placed.push({ dossier, placement: result.placement, unit: unitLabel(dossier), field: fieldLabel(dossier), officer: officerLabel(dossier) });
      addPlacement(total, result.placement);
    } else if (result.kind === 'excluded') {
      total.excluded[result.reason]++;
    }
  }
  return { placed, total };
}

/**
 * The unit name as shown, "(Không rõ đơn vị)" when missing; fieldLabel and officerLabel alike.
 * @example unitLabel(d) // => "Phòng Tư pháp"
 */
export function unitLabel(d: ClassifiedDossier): string {
  return d.record.unit?.trim() || REPORT_LABELS.unknownUnit;
}
/** The lĩnh vực as shown, "(Không rõ lĩnh vực)" when missing. @example fieldLabel(d) // => "Hộ tịch" */
export function fieldLabel(d: ClassifiedDossier): string {
  return d.record.field?.trim() || REPORT_LABELS.unknownField;
}
/** The officer as shown, "(Không rõ cán bộ)" when missing. @example officerLabel(d) // => "Nguyễn Văn An" */
export function officerLabel(d: ClassifiedDossier): string {
  return d.record.officer?.trim() || REPORT_LABELS.unknownOfficer;
}

/** True for the "(Không rõ …)" labels, which sort last. */
function isUnknown(label: string): boolean {
  return label === REPORT_LABELS.unknownUnit || label === REPORT_LABELS.unknownField || label === REPORT_LABELS.unknownOfficer;
}

/**
 * Sorts labels the Vietnamese way, the unknown ones last.
 * @example ['(Không rõ đơn vị)', 'UBND xã A'].sort(compareLabels) // => ['UBND xã A', '(Không rõ đơn vị)']
 */
export function compareLabels(a: string, b: string): number {
  const ua = isUnknown(a);
  const ub = isUnknown(b);
  if (ua !== ub) return ua ? 1 : -1;
  return compareVi(a, b);
}

/**
 * The rank of each label in Vietnamese order (unknown last): the collator runs once per
 * distinct label, and sorts then compare integers.
 * @example rankLabels(['UBND xã A', 'Phòng Tư pháp']).get('Phòng Tư pháp') // => 0
 */
export function rankLabels(labels: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(labels)].sort(compareLabels);
  return new Map(distinct.map((label, i) => [label, i]));
}

/**
 * Groups items by a label, groups in label order (unknown last), items in insertion order.
 * @example groupByLabel(items, (x) => x.unit) // => [{ label: 'Phòng Tư pháp', items: [...] }, …]
 */
export function groupByLabel<T>(items: readonly T[], labelOf: (item: T) => string): { label: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const label = labelOf(item);
    const list = groups.get(label);
    if (list === undefined) groups.set(label, [item]);
    else list.push(item);
  }
  return [...groups.entries()].sort((a, b) => compareLabels(a[0], b[0])).map(([label, list]) => ({ label, items: list }));
}

/**
 * The Day serial of a stamp for a date cell (the time is dropped: the lists show dd/mm/yyyy).
 * @example dateCell({ day: 45449.5, sec: 43200 }) // => 45449
 */
export function dateCell(stamp: Stamp | null): number | null {
  return stamp === null ? null : Math.floor(stamp.day);
}

/**
 * Orders dossiers by due day (none last), then by their row in the export.
 * @example [b, a].sort(byDueThenRow) // => [a, b] when a is due first
 */
export function byDueThenRow(a: ClassifiedDossier, b: ClassifiedDossier): number {
  return dueRowKey(a) - dueRowKey(b);
}

/** One number ordering by due day, then export row (rows stay below 2^21 > 1,048,576 sheet rows). */
function dueRowKey(d: ClassifiedDossier): number {
  const due = d.dueAt === null ? 999_999 : Math.floor(d.dueAt.day);
  return due * 2_097_152 + d.record.row;
}

/**
 * Items sorted by due day, then export row: keys are computed once, so 100,000 items
 * sort in a few milliseconds. Returns a new array.
 * @example sortByDueThenRow(placed, (p) => p.dossier)[0] // => the dossier due first
 */
export function sortByDueThenRow<T>(items: readonly T[], dossierOf: (item: T) => ClassifiedDossier): T[] {
  const keys = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) keys[i] = dueRowKey(dossierOf(items[i]));
  const order = new Uint32Array(items.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => keys[a] - keys[b]);
  const out = new Array<T>(items.length);
  for (let i = 0; i < order.length; i++) out[i] = items[order[i]];
  return out;
}

/**
 * One 06a tally per label (field, unit…), in label order, unknown last.
 * @example tallyByLabel(placed, (p) => p.unit)[0].tally.counts.received // => 12
 */
export function tallyByLabel(placed: readonly PlacedDossier[], labelOf: (p: PlacedDossier) => string): { label: string; tally: Tally06a }[] {
  return groupByLabel(placed, labelOf).map((g) => {
    const tally = emptyTally06a();
    for (const p of g.items) addPlacement(tally, p.placement);
    return { label: g.label, tally };
  });
}
