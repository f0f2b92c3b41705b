/** The ranking of units by on-time rate, and the tab listing what was read for the consolidation. */
import { CONSOLIDATE_LABELS as C, REPORT_LABELS } from '../labels.vi.js';
import type { SheetPlan } from '../plan/plan.js';
import { chartOnTimeByUnit, columnRange } from '../report/charts.js';
import { withCharts } from '../report/paginate.js';
import { onTimeRate766, onTimeRateResolved, type Counts06a } from '../report/counts-06a.js';
import { buildListSheet, type ListColumn } from '../report/dossier-list.js';
import { compareVi } from '../report/format.js';
import { FORMATS } from '../report/layout.js';
import { periodRangeLine, type ReportPeriod } from '../report/period.js';

/** One unit of a consolidation, with its 06a row and rank. */
export interface ConsolidatedUnit {
  name: string;
  counts: Counts06a;
  /** Resolved early or on time over resolved, (8)+(9) / (7); null when nothing was resolved. */
  onTimeRate: number | null;
  /** QĐ 766 share, ((8)+(9)+(12)) / (3); null when nothing was received. */
  rate766: number | null;
  /** 1 = best; units with the same rate and the same number resolved share a rank; null without a rate. */
  rank: number | null;
  /** Where its numbers came from. */
  from: 'export' | 'form-06a';
}

/**
 * Ranks units: on-time rate descending, then more dossiers resolved first, then name;
 * units without a rate last and unranked.
 * @example rankConsolidatedUnits([{ name: 'Xã A', counts }]).map((u) => u.rank) // => [1]
 */
export function rankConsolidatedUnits(units: readonly { name: string; counts: Counts06a; from: ConsolidatedUnit['from'] }[]): ConsolidatedUnit[] {
  const rated = units.map((u) => ({ ...u, onTimeRate: onTimeRateResolved(u.counts), rate766: onTimeRate766(u.counts), rank: null as number | null }));
  rated.sort((a, b) => {
    if (a.onTimeRate === null || b.onTimeRate === null) {
      if (a.onTimeRate !== b.onTimeRate) return a.onTimeRate === null ? 1 : -1;
    } else if (a.onTimeRate !== b.onTimeRate) {
      return b.onTimeRate - a.onTimeRate;
    }
    return b.counts.resolved - a.counts.resolved || compareVi(a.name, b.name);
  });
  rated.forEach((u, i) => {
    if (u.onTimeRate === null) return;
    const prev = rated[i - 1];
    u.rank = prev && prev.onTimeRate === u.onTimeRate && prev.counts.resolved === u.counts.resolved ? prev.rank : i + 1;
  });
  return rated;
}

/**
 * The "Xếp hạng đơn vị" tab: one row per unit in rank order and a bar chart of the rates.
 * @example buildRankingSheet(rankConsolidatedUnits(units), period, false).name // => "Xếp hạng đơn vị"
 */
export function buildRankingSheet(units: readonly ConsolidatedUnit[], period: ReportPeriod, hasFormOnlyUnits: boolean): SheetPlan {
  const columns: ListColumn<ConsolidatedUnit>[] = [
    { heading: C.rank, widthMm: 14, kind: 'count', value: (u) => u.rank },
    { heading: C.unit, widthMm: 62, kind: 'text', value: (u) => u.name },
    { heading: C.received, widthMm: 22, kind: 'count', value: (u) => u.counts.received },
    { heading: C.resolved, widthMm: 22, kind: 'count', value: (u) => u.counts.resolved },
    { heading: C.resolvedOnTime, widthMm: 24, kind: 'count', value: (u) => u.counts.early + u.counts.onTime },
    { heading: C.resolvedLate, widthMm: 22, kind: 'count', value: (u) => u.counts.late },
    { heading: C.overdue, widthMm: 22, kind: 'count', value: (u) => u.counts.overdue },
    { heading: C.rate, widthMm: 32, kind: 'number', format: FORMATS.rate, value: (u) => u.onTimeRate },
    { heading: C.rate766, widthMm: 32, kind: 'number', format: FORMATS.rate, value: (u) => u.rate766 },
  ];
  const plan = buildListSheet({
    name: C.rankingSheetName,
    kind: 'consolidated',
    orientation: 'landscape',
    title: { title: C.rankingTitle, lines: [periodRangeLine(period)] },
    columns,
    groups: [{ label: null, items: units }],
    codeRow: false,
    totalLine: false,
    notes: hasFormOnlyUnits ? [C.rankingNote, C.formOnlyNote] : [C.rankingNote],
  });
  const headingRow = plan.print.repeatRows?.from ?? 1;
  const rated = units.filter((u) => u.onTimeRate !== null).length;
  if (rated === 0) return plan;
  const chart = chartOnTimeByUnit(
    columnRange(headingRow + 1, 2, rated),
    columnRange(headingRow + 1, 8, rated),
    { row: headingRow, col: 1 },
    C.chartTitle,
  );
  // Beside the table, printed on a page of its own.
  return withCharts(plan, [chart], headingRow);
}

/** One input as the sources tab lists it. */
export interface SourceRow {
  name: string;
  kind: keyof typeof C.kinds;
  unit: string | null;
  dossiers: number | null;
  result: string;
}

/**
 * The "Nguồn số liệu" tab: every sheet read, what it was and whether it was merged,
 * so nothing is left out silently.
 */
export function buildSourcesSheet(rows: readonly SourceRow[], period: ReportPeriod): SheetPlan {
  const columns: ListColumn<SourceRow>[] = [
    { heading: REPORT_LABELS.stt, widthMm: 10, kind: 'stt', value: () => null },
    { heading: C.sourceName, widthMm: 70, kind: 'text', value: (r) => r.name },
    { heading: C.sourceKind, widthMm: 40, kind: 'text', value: (r) => C.kinds[r.kind] },
    { heading: C.sourceUnit, widthMm: 50, kind: 'text', value: (r) => r.unit },
    { heading: C.sourceDossiers, widthMm: 18, kind: 'count', value: (r) => r.dossiers },
    { heading: C.sourceResult, widthMm: 64, kind: 'text', value: (r) => r.result },
  ];
  return buildListSheet({
    name: C.sourcesSheetName,
    kind: 'consolidated',
    orientation: 'landscape',
    title: { title: C.sourcesTitle, lines: [periodRangeLine(period)] },
    columns,
    groups: [{ label: null, items: rows }],
    codeRow: false,
    totalLine: false,
  });
}
