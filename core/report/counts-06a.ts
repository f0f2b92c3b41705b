/**
 * The eleven numbers of a Biểu 06a row, columns (3)–(13), and how to get them from
 * dossiers. Consolidation reuses these to add up units' rows.
 */
import type { ClassifiedDossier } from '../classify/classified.js';
import { EXCLUSION_REASONS, placeDossier, type CountOptions, type ExclusionReason, type Placement } from './placement.js';

/** One 06a row, columns (3)–(13) (law.md §2.2). */
export interface Counts06a {
  /** (3) = (4) + (5) + (6) = (7) + (11) */
  received: number;
  /** (4) new, online */
  online: number;
  /** (5) new, direct or by post */
  directOrPostal: number;
  /** (6) carried over from the previous period */
  carriedOver: number;
  /** (7) = (8) + (9) + (10) */
  resolved: number;
  /** (8) */
  early: number;
  /** (9) */
  onTime: number;
  /** (10) resolved after the due date */
  late: number;
  /** (11) = (12) + (13) */
  inProgress: number;
  /** (12) */
  withinDeadline: number;
  /** (13) open past the due date */
  overdue: number;
}

/** The keys of Counts06a in column order (3)…(13). */
export const COUNT_KEYS: readonly (keyof Counts06a)[] = [
  'received', 'online', 'directOrPostal', 'carriedOver',
  'resolved', 'early', 'onTime', 'late',
  'inProgress', 'withinDeadline', 'overdue',
];

/** A 06a row with what is reported around it: late-on-system dossiers and the ones left out. */
export interface Tally06a {
  counts: Counts06a;
  /** Dossiers in (8)/(9) that are late only on the system. */
  lateOnSystem: number;
  excluded: Record<ExclusionReason, number>;
}

/**
 * A row of zeros.
 * @example emptyCounts06a().received // => 0
 */
export function emptyCounts06a(): Counts06a {
  return { received: 0, online: 0, directOrPostal: 0, carriedOver: 0, resolved: 0, early: 0, onTime: 0, late: 0, inProgress: 0, withinDeadline: 0, overdue: 0 };
}

/**
 * A tally of zeros, every exclusion reason present.
 * @example emptyTally06a().excluded // => { rejected: 0, stopped: 0, invalid: 0, withdrawn: 0, awaiting_citizen: 0 }
 */
export function emptyTally06a(): Tally06a {
  const excluded = {} as Record<ExclusionReason, number>;
  for (const reason of EXCLUSION_REASONS) excluded[reason] = 0;
  return { counts: emptyCounts06a(), lateOnSystem: 0, excluded };
}

/**
 * Adds one placed dossier to a tally (mutates the tally: it is the accumulator).
 * @example addPlacement(t, { received: 'online', outcome: 'early', lateOnSystem: false, finishDay }) // t.counts.online + 1, t.counts.early + 1
 */
export function addPlacement(tally: Tally06a, p: Placement): void {
  const c = tally.counts;
  c.received++;
  c[p.received]++;
  if (p.outcome === 'withinDeadline' || p.outcome === 'overdue') c.inProgress++;
  else c.resolved++;
  c[p.outcome]++;
  if (p.lateOnSystem) tally.lateOnSystem++;
}

/**
 * Counts dossiers into one 06a row, with the late-on-system and excluded numbers.
 * Period semantics: see placement.ts.
 * @example tally06a(dossiers, { period, asOf, rules: DEFAULT_RULES }).counts.received // => 20
 */
export function tally06a(dossiers: readonly ClassifiedDossier[], options: CountOptions): Tally06a {
  const tally = emptyTally06a();
  for (const d of dossiers) {
    const placed = placeDossier(d, options);
    if (placed.kind === 'counted') addPlacement(tally, placed.placement);
    else if (placed.kind === 'excluded') tally.excluded[placed.reason]++;
  }
  return tally;
}

/**
 * The 06a row of a set of dossiers (e.g. one unit's, for consolidation).
 * @example count06a(dossiers, { period, asOf, rules: DEFAULT_RULES }) // => { received: 20, online: 7, … }
 */
export function count06a(dossiers: readonly ClassifiedDossier[], options: CountOptions): Counts06a {
  return tally06a(dossiers, options).counts;
}

/**
 * Adds rows up column by column.
 * @example sumCounts06a([a, b]).received // => a.received + b.received
 */
export function sumCounts06a(rows: readonly Counts06a[]): Counts06a {
  const sum = emptyCounts06a();
  for (const row of rows) for (const key of COUNT_KEYS) sum[key] += row[key];
  return sum;
}

/**
 * Adds tallies up (counts, late on system and exclusions), e.g. units into a province.
 * @example sumTallies06a([a, b]).lateOnSystem // => a.lateOnSystem + b.lateOnSystem
 */
export function sumTallies06a(tallies: readonly Tally06a[]): Tally06a {
  const sum = emptyTally06a();
  for (const t of tallies) {
    for (const key of COUNT_KEYS) sum.counts[key] += t.counts[key];
    sum.lateOnSystem += t.lateOnSystem;
    for (const reason of EXCLUSION_REASONS) sum.excluded[reason] += t.excluded[reason];
  }
  return sum;
}

/**
 * The 06a identities a row breaks, by their column formula; empty when the row is
 * consistent: (3) = (4)+(5)+(6), (3) = (7)+(11), (7) = (8)+(9)+(10), (11) = (12)+(13).
 * @example check06aIdentities({ ...emptyCounts06a(), received: 1 }) // => ['(3) = (4) + (5) + (6)', '(3) = (7) + (11)']
 */
export function check06aIdentities(c: Counts06a): string[] {
  const broken: string[] = [];
  if (c.received !== c.online + c.directOrPostal + c.carriedOver) broken.push('(3) = (4) + (5) + (6)');
  if (c.received !== c.resolved + c.inProgress) broken.push('(3) = (7) + (11)');
  if (c.resolved !== c.early + c.onTime + c.late) broken.push('(7) = (8) + (9) + (10)');
  if (c.inProgress !== c.withinDeadline + c.overdue) broken.push('(11) = (12) + (13)');
  for (const key of COUNT_KEYS) if (!Number.isInteger(c[key]) || c[key] < 0) broken.push(`${key} >= 0`);
  return broken;
}

/**
 * Share resolved early or on time, (8)+(9) over (7); null when nothing was resolved.
 * @example onTimeRateResolved({ ...emptyCounts06a(), resolved: 4, early: 1, onTime: 2, late: 1 }) // => 0.75
 */
export function onTimeRateResolved(c: Counts06a): number | null {
  return c.resolved === 0 ? null : (c.early + c.onTime) / c.resolved;
}

/**
 * The QĐ 766 on-time share: resolved early/on time plus in progress within deadline,
 * over everything received and processed in the period, ((8)+(9)+(12)) / (3); null when (3) is 0.
 * Legal source: QĐ 766/QĐ-TTg (2022), chỉ số Tiến độ giải quyết (law.md §3.3).
 * @example onTimeRate766({ ...emptyCounts06a(), received: 4, resolved: 2, onTime: 2, inProgress: 2, withinDeadline: 1, overdue: 1 }) // => 0.75
 */
export function onTimeRate766(c: Counts06a): number | null {
  return c.received === 0 ? null : (c.early + c.onTime + c.withinDeadline) / c.received;
}
