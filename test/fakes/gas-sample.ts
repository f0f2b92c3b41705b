/**
 * Sample sheets for the Apps Script fake: the hand-checked golden sample
 * (test/fixtures/golden-check.json) with its date texts turned into the Date objects
 * Sheets hands a script for a spreadsheet in a given zone, and the same rows tiled to
 * any length.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputCell, Status } from '../../core/index.js';
import type { FakeSheet, GasFake } from './gas-fake.js';
import { zonedInstant } from './gas-fake-zone.js';

export interface Golden {
  asOf: string;
  grid: { sheetName: string; cells: InputCell[][] };
  expected: {
    headerRow: number;
    rows: { row: number; status: Status; due: number | null; daysLate: number | null }[];
    colored: { row: number; fill: string | null; fontColor: string | null }[];
  };
}

export function golden(): Golden {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'golden-check.json'), 'utf8')) as Golden;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;

/** A date text as the instant Sheets stores for it in `timeZone`; other cells unchanged. */
export function sheetValue(cell: InputCell, timeZone: string): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell !== 'string') return cell;
  const m = DATE_TEXT.exec(cell);
  if (!m) return cell;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  return zonedInstant({ y, m: mo, d, h, mi, s }, timeZone);
}

/** Adds a sheet holding the cells (dates as Date objects in the spreadsheet's zone). */
export function addSheet(fake: GasFake, name: string, cells: readonly (readonly InputCell[])[], timeZone: string): FakeSheet {
  const width = cells.reduce((m, line) => Math.max(m, line.length), 0);
  const sheet = fake.ss.peekAddSheet(name, Math.max(1000, cells.length + 10), Math.max(26, width));
  sheet.values = cells.map((line) => line.map((cell) => sheetValue(cell, timeZone)));
  return sheet;
}

/** The golden sample's data rows repeated to `count` rows, each with its own code and index. */
export function tiledCells(count: number): InputCell[][] {
  const g = golden();
  const [heading, ...rows] = g.grid.cells;
  const out: InputCell[][] = [heading];
  for (let i = 0; i < count; i++) {
    const line = [...rows[i % rows.length]];
    line[0] = i + 1;
    line[1] = `H-${String(i + 1).padStart(6, '0')}`;
    out.push(line);
  }
  return out;
}
