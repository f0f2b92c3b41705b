/// <reference types="office-js" />
/**
 * Charts of the report tabs from core's ChartSpec: the chart is created on the first
 * series, then each series gets its name, values and categories (ExcelApi 1.7). On
 * ExcelApi 1.6 only a chart whose categories and series form one block can be drawn.
 */
import type { CellRange, ChartKind, ChartSpec } from '../../core/index.js';
import { cellAddress, rangeAddress } from './a1.js';
import type { Batch } from './excel-batch.js';

const CHART_TYPES: Record<ChartKind, 'BarClustered' | 'ColumnClustered' | 'ColumnStacked' | 'Pie'> = {
  bar: 'BarClustered',
  column: 'ColumnClustered',
  stackedColumn: 'ColumnStacked',
  pie: 'Pie',
};

/** Why a chart was not drawn (the pane says so). */
export type ChartSkip = { title: string; reason: 'unsupportedKind' | 'needsExcelApi17' };

/** The categories and series as one block (categories left of or above the series), or null. */
export function contiguousBlock(spec: ChartSpec): CellRange | null {
  const all = [spec.categories, ...spec.series];
  const byCols = all.every((r, i) => r.cols === 1 && r.row === spec.categories.row && r.rows === spec.categories.rows && r.col === spec.categories.col + i);
  if (byCols) return { row: spec.categories.row, col: spec.categories.col, rows: spec.categories.rows, cols: all.length };
  const byRows = all.every((r, i) => r.rows === 1 && r.col === spec.categories.col && r.cols === spec.categories.cols && r.row === spec.categories.row + i);
  if (byRows) return { row: spec.categories.row, col: spec.categories.col, rows: all.length, cols: spec.categories.cols };
  return null;
}

export async function queueChart(batch: Batch, sheet: Excel.Worksheet, spec: ChartSpec, supports: (v: string) => boolean): Promise<ChartSkip | null> {
  const type = (CHART_TYPES as Partial<Record<string, (typeof CHART_TYPES)[ChartKind]>>)[spec.kind];
  if (!type || spec.series.length === 0) return { title: spec.title, reason: 'unsupportedKind' };
  const seriesBy = (r: CellRange) => (r.cols === 1 ? 'Columns' : 'Rows');
  await batch.charge(400 + 300 * spec.series.length);
  let chart: Excel.Chart;
  if (supports('1.7')) {
    chart = sheet.charts.add(type, sheet.getRange(rangeAddress(spec.series[0])), seriesBy(spec.series[0]));
    spec.series.forEach((range, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(spec.seriesNames[i]);
      if (i === 0) series.name = spec.seriesNames[0] ?? '';
      else series.setValues(sheet.getRange(rangeAddress(range)));
      series.setXAxisValues(sheet.getRange(rangeAddress(spec.categories)));
    });
  } else {
    const block = contiguousBlock(spec);
    if (!block) return { title: spec.title, reason: 'needsExcelApi17' };
    chart = sheet.charts.add(type, sheet.getRange(rangeAddress(block)), block.cols > 1 && spec.categories.cols === 1 ? 'Columns' : 'Rows');
  }
  chart.title.text = spec.title;
  chart.setPosition(cellAddress(spec.anchor.row, spec.anchor.col));
  chart.width = spec.widthPt;
  chart.height = spec.heightPt;
  return null;
}
