import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADINGS, rowCells, syntheticRows } from '../bench/synthetic.js';
import {
  buildReports,
  checkSheet,
  CheckStream,
  dayFromYmd,
  ymdFromDay,
  defaultSettings,
  findLateOnSystemSheet,
  periodFromPreset,
  type CheckBlock,
  type InputCell,
  type PlanCell,
  type Settings,
  type SheetGrid,
} from '../core/index.js';
import { readFileBytes } from '../readers/index.js';

const AS_OF = dayFromYmd({ y: 2025, m: 6, d: 30 });

function sample(name: string): SheetGrid[] {
  const read = readFileBytes(new Uint8Array(readFileSync(`samples/${name}`)), name.replace(/\..*$/, ''));
  if (!read.ok) throw new Error(read.reason);
  return read.sheets;
}

/** A generated export with group rows, far-apart duplicate codes, blank rows and a footer. */
function generated(rows: number): SheetGrid {
  const cells: InputCell[][] = [['BÁO CÁO DANH SÁCH HỒ SƠ'], [], HEADINGS];
  let i = 0;
  for (const row of syntheticRows(rows, 7)) {
    if (i % 1500 === 0) cells.push([`UBND xã số ${i / 1500 + 1}`]);
    const line = rowCells(row, i);
    if (i % 2777 === 2000) line[1] = cells[5][1] as string;
    if (i % 3001 === 17) line[4] = null;
    cells.push(line);
    if (i % 4000 === 3999) cells.push([]);
    i++;
  }
  cells.push(['Người lập biểu'], ['Nguyễn Văn A']);
  return { sheetName: 'Danh sách', cells };
}

/** Pushes the grid in uneven pieces and gathers every block. */
function stream(grid: SheetGrid, settings: Settings, lateOnSystem: SheetGrid | null, sizes: { first: number; block: number }) {
  const s = new CheckStream(grid.sheetName, settings, { lateOnSystem, firstBlockRows: sizes.first, blockRows: sizes.block });
  const blocks: CheckBlock[] = [];
  let at = 0;
  let k = 0;
  while (at < grid.cells.length) {
    const n = 1 + ((k++ * 7919) % 113);
    blocks.push(...s.push(grid.cells.slice(at, at + n)));
    at += n;
  }
  blocks.push(...s.end());
  return { blocks, done: s.finish() };
}

/** Row → the tool's three cells, from a whole plan or from the blocks' plans. */
function toolCells(plans: readonly { headerRow: number; values: PlanCell[][] }[]): Map<number, PlanCell[]> {
  const out = new Map<number, PlanCell[]>();
  for (const plan of plans) plan.values.forEach((line, i) => {
    if (line.some((v) => v !== null)) out.set(plan.headerRow + 1 + i, line);
  });
  return out;
}

function expectSame(grid: SheetGrid, settings: Settings, lateOnSystem: SheetGrid | null, sizes = { first: 60, block: 37 }) {
  const full = checkSheet(grid, settings, { lateOnSystem });
  const { blocks, done } = stream(grid, settings, lateOnSystem, sizes);
  expect(done.needsInMemory).toBeNull();
  expect(done.hintsWrong).toBe(false);
  const got = done.result;
  expect(got.counts).toEqual(full.counts);
  expect(got.problems).toEqual(full.problems);
  expect(got.read.problems).toEqual(full.read.problems);
  expect(got.read.skipped).toEqual(full.read.skipped);
  expect([got.read.rowsIn, got.read.lastRow, got.read.lastDataCol, got.read.headerRows]).toEqual([full.read.rowsIn, full.read.lastRow, full.read.lastDataCol, full.read.headerRows]);
  expect(got.read.mapping).toEqual(full.read.mapping);
  expect(got.dossiers.length).toBe(full.dossiers.length);
  const plans = blocks.map((b) => b.plan!);
  expect(toolCells(plans)).toEqual(toolCells([full.plan!]));
  expect(plans[0].numberFormats).toEqual(full.plan!.numberFormats);
  expect([plans[0].firstCol, plans[0].headings, plans[0].legend]).toEqual([full.plan!.firstCol, full.plan!.headings, full.plan!.legend]);
  expect(done.reports()).toEqual(buildReports(full.dossiers, settings));
  // Bounded memory: only the listed dossiers are kept whole.
  return { full, done };
}

/** dd/mm/yyyy, as an office types it on the tab. */
function dmy(day: number): string {
  const { y, m, d } = ymdFromDay(day);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

describe('CheckStream gives what checkSheet gives on the whole sheet', () => {
  it('opencps-ho-so.csv, in blocks of 37 rows', () => {
    const [grid] = sample('opencps-ho-so.csv');
    expectSame(grid, defaultSettings(AS_OF), null);
  });

  it('thanh-hoa-ho-so.xls (banner, 2-row header, group rows carried into later blocks)', () => {
    const grids = sample('thanh-hoa-ho-so.xls');
    const grid = grids.find((g) => checkSheet(g, defaultSettings(AS_OF)).read.headerRows.length > 0)!;
    expectSame(grid, defaultSettings(AS_OF), null);
    expectSame(grid, { ...defaultSettings(AS_OF), period: periodFromPreset('quarter', AS_OF) }, null, { first: 61, block: 1 });
  });

  it('a generated 10,000-row export with groups, duplicates far apart, blank rows and a footer', () => {
    const grid = generated(10_000);
    const settings = defaultSettings(dayFromYmd({ y: 2024, m: 6, d: 14 }));
    const { full, done } = expectSame(grid, settings, null, { first: 2000, block: 1000 });
    expect(full.problems.some((p) => p.code === 'row.duplicateCode')).toBe(true);
    expect(full.read.skipped.some((s) => s.reason === 'footer')).toBe(true);
    expect(full.read.skipped.filter((s) => s.reason === 'group').length).toBeGreaterThan(5);
    expect(done.result.dossiers.length).toBe(10_000);
  });

  it('uses the actual dates typed on a previous run\'s "Trễ trên hệ thống" tab', () => {
    const [grid] = sample('opencps-ho-so.csv');
    const settings = defaultSettings(AS_OF);
    const first = checkSheet(grid, settings);
    const late = first.dossiers.filter((d) => d.status === 'late').slice(0, 5);
    expect(late.length).toBeGreaterThan(0);
    const tab: SheetGrid = {
      sheetName: 'Trễ trên hệ thống',
      cells: [['Mã hồ sơ', 'Ngày hẹn trả', 'Ngày trả kết quả thực tế'], ...late.map((d) => [d.record.code, dmy(d.dueAt!.day), dmy(d.dueAt!.day)])],
    };
    expect(findLateOnSystemSheet([tab])).not.toBeNull();
    const { full } = expectSame(grid, settings, tab);
    expect(full.counts.late_on_system).toBeGreaterThan(first.counts.late_on_system);
  });

  it('says a month-first paste needs the whole column (the commune workbook)', () => {
    const grids = sample('xa-dan-tu-excel.xlsx');
    const grid = grids.find((g) => checkSheet(g, defaultSettings(AS_OF)).read.headerRows.length > 0)!;
    expect(checkSheet(grid, defaultSettings(AS_OF)).problems.some((p) => p.code === 'date.monthFirst')).toBe(true);
    const { done } = stream(grid, defaultSettings(AS_OF), null, { first: 60, block: 37 });
    expect(done.needsInMemory).toBe('monthFirst');
  });

  it('says when the first block\'s last column was not the sheet\'s, so a second pass uses the right one', () => {
    const grid = generated(3000);
    grid.cells[2500] = [...(grid.cells[2500] as InputCell[]), null, null, 'ghi chú lạc cột'];
    const settings = defaultSettings(dayFromYmd({ y: 2024, m: 6, d: 14 }));
    const { done } = stream(grid, settings, null, { first: 1000, block: 500 });
    expect(done.hintsWrong).toBe(true);
    const s = new CheckStream(grid.sheetName, settings, { hints: done.found, firstBlockRows: 1000, blockRows: 500 });
    const blocks = [...s.push(grid.cells), ...s.end()];
    expect(s.finish().hintsWrong).toBe(false);
    expect(toolCells(blocks.map((b) => b.plan!))).toEqual(toolCells([checkSheet(grid, settings).plan!]));
  });
});
