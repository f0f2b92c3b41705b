/**
 * The "Tiến độ giải quyết" score of the national index (QĐ 766/QĐ-TTg), per unit and
 * in total, from the same counts as Biểu 06a.
 */
import { PRINT_LABELS, REPORT_LABELS } from '../labels.vi.js';
import type { ChartSpec, PlanCell, SheetPlan } from '../plan/plan.js';
import { columnRange } from './charts.js';
import { onTimeRateResolved, sumTallies06a, type Tally06a } from './counts-06a.js';
import { FORMATS, printSetup, widthsPt, writeAppendixTitle, writeCodeRow, writeHeadingRow, writeLine } from './layout.js';
import { paginate, withCharts } from './paginate.js';
import { compareLabels } from './placed.js';
import { periodRangeLine, type ReportPeriod } from './period.js';
import { createDraft, finishSheet, putBlock, skipRows, styleRange, writeRow } from './sheet-builder.js';

/** Maximum points of the Tiến độ group (QĐ 766). */
export const SCORE_766_MAX = 20;

export interface Score766 {
  /** Received and processed in the period, 06a column (3). */
  total: number;
  /** Resolved early or on time, or in progress within deadline, as the office counts them (late on system included). */
  good: number;
  /** Of `good`, late only on the system: the national portal counts these as late. */
  lateOnSystem: number;
  /** Resolved late or open past due, (10) + (13). */
  bad: number;
  /** (good − lateOnSystem) / total: what the national portal sees. */
  rateSystem: number | null;
  scoreSystem: number | null;
  /** good / total: the rate once the system is brought up to date. */
  rateActual: number | null;
  scoreActual: number | null;
  /** ((8) + (9)) / (7) of Biểu 06a. */
  rateResolved: number | null;
}

/**
 * The Tiến độ score: 20 × (resolved early/on time + in progress within deadline) / all
 * received and processed in the period; null rates and scores when nothing was processed.
 * Legal source: QĐ 766/QĐ-TTg (23/6/2022), chỉ số "Tỷ lệ hồ sơ xử lý đúng hạn", tối đa 20 điểm (law.md §3.3).
 * @example score766(tally).scoreSystem // => 17.5 for 35 good of 40 with no late-on-system dossier
 */
export function score766(t: Tally06a): Score766 {
  const c = t.counts;
  const total = c.received;
  const good = c.early + c.onTime + c.withinDeadline;
  const rate = (n: number) => (total === 0 ? null : n / total);
  const rateSystem = rate(good - t.lateOnSystem);
  const rateActual = rate(good);
  return {
    total,
    good,
    lateOnSystem: t.lateOnSystem,
    bad: c.late + c.overdue,
    rateSystem,
    scoreSystem: rateSystem === null ? null : SCORE_766_MAX * rateSystem,
    rateActual,
    scoreActual: rateActual === null ? null : SCORE_766_MAX * rateActual,
    rateResolved: onTimeRateResolved(c),
  };
}

/** STT 10, unit 50, then nine figures = 252 mm. */
const WIDTHS_MM = [10, 50, 20, 22, 20, 20, 22, 20, 22, 20, 26];

/**
 * Builds the "Chỉ số 766" tab: one row per unit, lowest system score first, the total
 * row, and the definitions under the table.
 * @example buildScore766([{ label: 'UBND xã A', tally }], { period }).name // => "Chỉ số 766"
 */
export function buildScore766(
  rows: readonly { label: string; tally: Tally06a }[],
  options: { period: ReportPeriod; total?: Tally06a; name?: string },
): SheetPlan {
  const S = REPORT_LABELS.score766;
  const widths = widthsPt(WIDTHS_MM);
  const d = createDraft(WIDTHS_MM.length);
  writeAppendixTitle(d, widths, { title: S.title, lines: [periodRangeLine(options.period)] });
  const headingRow = writeHeadingRow(d, widths, [
    REPORT_LABELS.stt, S.unit, S.total, S.good, S.lateOnSystem, S.bad, S.rateSystem, S.scoreSystem, S.rateActual, S.scoreActual, S.rateResolved,
  ]);
  const codeRow = writeCodeRow(d, WIDTHS_MM.length);
  const scored = rows
    .map((r) => ({ label: r.label, score: score766(r.tally) }))
    .sort((a, b) => (a.score.scoreSystem ?? 99) - (b.score.scoreSystem ?? 99) || compareLabels(a.label, b.label));
  const first = d.row;
  scored.forEach((r, i) => writeRow(d, d.row, [i + 1, r.label, ...figures(r.score)]));
  const totalRow = d.row;
  putBlock(d, totalRow, 1, 1, 2, REPORT_LABELS.total, { hAlign: 'center', bold: true });
  writeRow(d, totalRow, figures(score766(options.total ?? sumTallies06a(rows.map((r) => r.tally)))), 3);
  styleRange(d, totalRow, 3, 1, 9, { bold: true });

  const body = totalRow - first + 1;
  styleRange(d, first, 1, body, d.cols, { border: true });
  styleRange(d, first, 1, body, 1, { hAlign: 'center' });
  styleRange(d, first, 2, body, 1, { hAlign: 'left', wrap: true });
  styleRange(d, first, 3, body, 4, { hAlign: 'center', numberFormat: FORMATS.count });
  for (const col of [7, 9, 11]) styleRange(d, first, col, body, 1, { hAlign: 'center', numberFormat: FORMATS.rate });
  for (const col of [8, 10]) styleRange(d, first, col, body, 1, { hAlign: 'center', numberFormat: FORMATS.score });

  skipRows(d, 1);
  writeLine(d, widths, REPORT_LABELS.notesTitle, { bold: true, italic: true, fontSize: 11 });
  for (const text of S.definitions) writeLine(d, widths, `- ${text}`, { italic: true, fontSize: 11 });
  const plan = finishSheet(d, {
    name: options.name ?? REPORT_LABELS.sheetNames.score766,
    kind: 'score-766',
    columnWidthsPt: widths,
    print: printSetup('landscape', { from: headingRow, to: codeRow }),
  });
  const paged = paginate(plan, { body: { from: first, to: totalRow }, keepWithEnd: { from: totalRow, to: plan.cells.length } });
  if (scored.length === 0) return paged;
  // The score as the system sees it beside the score once late-on-system dossiers count as on time.
  // Horizontal bars: unit names read across instead of rotated under the axis.
  const chart: ChartSpec = {
    kind: 'bar',
    title: PRINT_LABELS.score766.chartTitle,
    categories: columnRange(first, 2, scored.length),
    series: [columnRange(first, 8, scored.length), columnRange(first, 10, scored.length)],
    seriesNames: [PRINT_LABELS.score766.seriesSystem, PRINT_LABELS.score766.seriesActual],
    anchor: { row: headingRow, col: 1 },
    widthPt: 480,
    heightPt: Math.min(440, 120 + 22 * scored.length),
  };
  return withCharts(paged, [chart], headingRow);
}

function figures(s: Score766): PlanCell[] {
  return [s.total, s.good, s.lateOnSystem, s.bad, s.rateSystem ?? '-', s.scoreSystem ?? '-', s.rateActual ?? '-', s.scoreActual ?? '-', s.rateResolved ?? '-'];
}
