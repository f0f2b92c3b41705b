/**
 * Pure helpers that turn a tab plan's layout (merges, widths, heights, charts) into few
 * Sheets calls: repeated merges of a list become one mergeAcross/mergeVertically,
 * equal neighbouring widths one setColumnWidths.
 */
import type { CellRange, ChartSpec } from '../../core/index.js';

/** Points → Sheets pixels (96 dpi). */
export function pxFromPt(pt: number): number {
  return Math.max(1, Math.round((pt * 4) / 3));
}

export interface MergeOp {
  /** 'across' merges each row of the range, 'vertical' each column, 'merge' the whole range. */
  kind: 'merge' | 'across' | 'vertical';
  range: CellRange;
}

/**
 * Merge calls for a list of merges: one-row merges with the same columns on consecutive
 * rows become one mergeAcross, one-column merges with the same rows on consecutive
 * columns one mergeVertically.
 * @example mergeOps([{ row: 5, col: 2, rows: 1, cols: 3 }, { row: 6, col: 2, rows: 1, cols: 3 }]) // => [{ kind: 'across', range: { row: 5, col: 2, rows: 2, cols: 3 } }]
 */
export function mergeOps(merges: readonly CellRange[]): MergeOp[] {
  const ops: MergeOp[] = [];
  const across = new Map<string, number[]>();
  const vertical = new Map<string, number[]>();
  for (const m of merges) {
    if (m.rows === 1 && m.cols === 1) continue;
    if (m.rows === 1) push(across, `${m.col}:${m.cols}`, m.row);
    else if (m.cols === 1) push(vertical, `${m.row}:${m.rows}`, m.col);
    else ops.push({ kind: 'merge', range: m });
  }
  for (const [key, rows] of across) {
    const [col, cols] = key.split(':').map(Number);
    for (const [start, count] of consecutive(rows)) {
      ops.push({ kind: count === 1 ? 'merge' : 'across', range: { row: start, col, rows: count, cols } });
    }
  }
  for (const [key, colsList] of vertical) {
    const [row, rows] = key.split(':').map(Number);
    for (const [start, count] of consecutive(colsList)) {
      ops.push({ kind: count === 1 ? 'merge' : 'vertical', range: { row, col: start, rows, cols: count } });
    }
  }
  return ops;
}

function push(map: Map<string, number[]>, key: string, n: number): void {
  const list = map.get(key);
  if (list) list.push(n);
  else map.set(key, [n]);
}

/** Runs of consecutive integers as [start, count], from an unsorted list (duplicates dropped). */
function consecutive(list: readonly number[]): [number, number][] {
  const sorted = [...new Set(list)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === n) last[1]++;
    else runs.push([n, 1]);
  }
  return runs;
}

/**
 * Runs of equal sizes: [{ start, count, px }] for setColumnWidths / setRowHeights.
 * @example sizeRuns([{ index: 1, pt: 30 }, { index: 2, pt: 30 }]) // => [{ start: 1, count: 2, px: 40 }]
 */
export function sizeRuns(sizes: readonly { index: number; pt: number }[]): { start: number; count: number; px: number }[] {
  const sorted = [...sizes].sort((a, b) => a.index - b.index);
  const runs: { start: number; count: number; px: number }[] = [];
  for (const { index, pt } of sorted) {
    const px = pxFromPt(pt);
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === index && last.px === px) last.count++;
    else runs.push({ start: index, count: 1, px });
  }
  return runs;
}

/** How to build one embedded chart from a ChartSpec. */
export interface ChartBuild {
  type: 'column' | 'bar' | 'pie';
  stacked: boolean;
  /** Categories first, then each series. */
  ranges: CellRange[];
  /** True when the ranges run along rows, not columns. */
  transpose: boolean;
  title: string;
  widthPx: number;
  heightPx: number;
  /** Series legend names, by series index (Google Charts' `series.N.labelInLegend`). */
  series: Record<number, { labelInLegend: string }>;
  anchor: { row: number; col: number };
}

/**
 * A ChartSpec as builder settings.
 * @example chartBuild(spec).type // => 'bar'
 */
export function chartBuild(spec: ChartSpec): ChartBuild {
  const series: Record<number, { labelInLegend: string }> = {};
  spec.seriesNames.forEach((name, i) => {
    series[i] = { labelInLegend: name };
  });
  return {
    type: spec.kind === 'pie' ? 'pie' : spec.kind === 'bar' ? 'bar' : 'column',
    stacked: spec.kind === 'stackedColumn',
    ranges: [spec.categories, ...spec.series],
    transpose: spec.categories.rows === 1 && spec.categories.cols > 1,
    title: spec.title,
    widthPx: pxFromPt(spec.widthPt),
    heightPx: pxFromPt(spec.heightPt),
    series,
    anchor: spec.anchor,
  };
}
