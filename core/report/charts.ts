/** Charts of the report tabs, drawn from cells of the same sheet. */
import { REPORT_LABELS } from '../labels.vi.js';
import type { CellRange, ChartSpec } from '../plan/plan.js';

/**
 * A column of `rows` cells starting at (row, col).
 * @example columnRange(12, 2, 3) // => { row: 12, col: 2, rows: 3, cols: 1 }
 */
export function columnRange(row: number, col: number, rows: number): CellRange {
  return { row, col, rows, cols: 1 };
}

/**
 * A bar chart of on-time rates by unit: one bar per unit label, the rates as one series.
 * Consolidation reuses it on its own table.
 * @example chartOnTimeByUnit(columnRange(12, 2, 5), columnRange(12, 8, 5), { row: 20, col: 2 })
 */
export function chartOnTimeByUnit(
  units: CellRange,
  rates: CellRange,
  anchor: { row: number; col: number },
  title: string = REPORT_LABELS.officers.chartTitle,
): ChartSpec {
  return {
    kind: 'bar',
    title,
    categories: units,
    series: [rates],
    seriesNames: [REPORT_LABELS.officers.rate],
    anchor,
    widthPt: 480,
    heightPt: Math.min(600, 60 + 22 * Math.max(units.rows, units.cols)),
    valueFormat: '0%',
  };
}

/**
 * A stacked column per 06a row of the dossiers resolved early, on time and late
 * (columns (8), (9), (10)).
 * @example chartResolvedBreakdown(columnRange(12, 2, 3), 12, 3, { row: 40, col: 2 }, 'Kết quả giải quyết theo lĩnh vực')
 */
export function chartResolvedBreakdown(
  labels: CellRange,
  firstRow: number,
  rows: number,
  anchor: { row: number; col: number },
  title: string,
): ChartSpec {
  const names = REPORT_LABELS.form06a;
  return {
    kind: 'stackedColumn',
    title,
    categories: labels,
    // Columns H, I, J hold (8) early, (9) on time, (10) late.
    series: [columnRange(firstRow, 8, rows), columnRange(firstRow, 9, rows), columnRange(firstRow, 10, rows)],
    seriesNames: [names.early, names.onTime, names.late],
    anchor,
    widthPt: 640,
    heightPt: 320,
  };
}
