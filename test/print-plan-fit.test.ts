/**
 * From the plan alone: every formatted number fits its column at its font size (a host
 * prints "###" otherwise), and every wrapped text has the row height its lines need.
 * Run on the report tabs of the three samples, consolidated, and of generated exports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildReports,
  checkSheet,
  consolidate,
  defaultSettings,
  formatCount,
  formatDecimal,
  formatPercent,
  formatShortDate,
  fullRowHeights,
  headerWithAgency,
  textWidthPt,
  wrappedHeightPt,
  wrappedLines,
  CELL_PADDING_PT,
  type CellStyle,
  type Day,
  type SheetPlan,
} from '../core/index.js';
import { loadInput } from '../cli/src/files/load-input.js';
import { exportGrid, PRINT_AS_OF } from './print-helpers.js';

/** How a spreadsheet shows a number under the plan's format codes. */
function rendered(value: number, format: string | undefined): string {
  switch (format) {
    case '#,##0':
      return formatCount(value);
    case '0.00%':
      return formatPercent(value);
    case '0.00':
      return formatDecimal(value, 2);
    case 'dd/mm/yyyy':
      // Always two-digit day and month: the widest form of the date.
      return formatShortDate(Math.floor(value) as Day).replace(/\/(\d)\//, '/0$1/');
    default:
      return String(value);
  }
}

/** Per cell: the merged style (later entries win). */
function styleAt(plan: SheetPlan, row: number, col: number): CellStyle {
  let style: CellStyle = {};
  for (const s of plan.styles) {
    const r = s.range;
    if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) style = { ...style, ...s.style };
  }
  return style;
}

function widthAt(plan: SheetPlan, row: number, col: number): number {
  const merge = plan.merges.find((m) => m.row === row && m.col === col);
  let width = 0;
  for (let c = col; c < col + (merge?.cols ?? 1); c++) width += plan.columnWidthsPt[c - 1] ?? 48;
  return width;
}

let tabs: SheetPlan[] = [];

beforeAll(async () => {
  const settings = defaultSettings(PRINT_AS_OF);
  const samples = await Promise.all(['samples/xa-dan-tu-excel.xlsx', 'samples/opencps-ho-so.csv', 'samples/thanh-hoa-ho-so.xls'].map(loadInput));
  const grids = [...samples.map((s) => s.sheets[0]), exportGrid(5), exportGrid(60)];
  for (const grid of grids) {
    const result = checkSheet(grid, settings);
    tabs.push(...buildReports(result.dossiers, { ...settings, header: headerWithAgency(settings.header, result.agency) }));
  }
  tabs.push(...consolidate(samples.map((s, i) => ({ name: `mau-${i}`, grid: s.sheets[0] })), settings).sheets);
  tabs = tabs.filter((t) => t.kind !== 'days-off');
});

describe('report plans print without "###" and without text over text', () => {
  it('fits every formatted number in its column at its font size', () => {
    const tooWide: string[] = [];
    let checked = 0;
    for (const plan of tabs) {
      plan.cells.forEach((line, r) => {
        line.forEach((value, c) => {
          if (typeof value !== 'number') return;
          const style = styleAt(plan, r + 1, c + 1);
          const text = rendered(value, style.numberFormat);
          const need = textWidthPt(text, style.fontSize ?? 12, style.bold === true) + CELL_PADDING_PT;
          checked++;
          if (need > widthAt(plan, r + 1, c + 1)) tooWide.push(`${plan.name} R${r + 1}C${c + 1} "${text}" needs ${need.toFixed(1)} pt of ${widthAt(plan, r + 1, c + 1)}`);
        });
      });
    }
    expect(checked).toBeGreaterThan(1000);
    expect(tooWide).toEqual([]);
  });

  it('gives every row of wrapped text a stored height that holds all its lines', () => {
    const short: string[] = [];
    for (const plan of tabs) {
      const stored = new Map(plan.rowHeightsPt.map((h) => [h.row, h.heightPt]));
      expect(plan.rowHeightsPt.length).toBe(plan.cells.length);
      plan.cells.forEach((line, r) => {
        line.forEach((value, c) => {
          if (typeof value !== 'string' || value === '') return;
          const style = styleAt(plan, r + 1, c + 1);
          if (!style.wrap) return;
          const merge = plan.merges.find((m) => m.row === r + 1 && m.col === c + 1);
          if (merge !== undefined && merge.rows > 1) return;
          const width = widthAt(plan, r + 1, c + 1);
          const size = style.fontSize ?? 12;
          if (wrappedLines(value, width, size, style.bold === true) < 2) return;
          const need = wrappedHeightPt(value, width, size, style.bold === true);
          if ((stored.get(r + 1) ?? 0) < need) short.push(`${plan.name} R${r + 1}: ${stored.get(r + 1)} < ${need}`);
        });
      });
      // What hosts print is what core stored.
      expect(fullRowHeights(plan).slice(1)).toEqual(plan.rowHeightsPt.map((h) => h.heightPt));
    }
    expect(short).toEqual([]);
  });

  it('keeps page breaks between table rows, the 06a\'s last rows with its signers, and each group row with its first dossier', () => {
    for (const plan of tabs) {
      const breaks = plan.print.rowBreaks ?? [];
      for (const block of plan.print.keepTogether ?? []) {
        for (const b of breaks) expect([plan.name, b >= block.from && b < block.to]).toEqual([plan.name, false]);
      }
      if (plan.print.repeatRows) for (const b of breaks) expect(b).toBeGreaterThan(plan.print.repeatRows.to);
    }
    const big = tabs.find((t) => t.kind === 'form-06a' && t.cells.length > 80)!;
    expect(big.print.rowBreaks!.length).toBeGreaterThan(0);
  });
});
