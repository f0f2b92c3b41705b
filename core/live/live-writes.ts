/**
 * How a host puts live cells on a sheet in a number of calls that does not grow with the
 * rows: a block of cells becomes writes, each one rectangle. A column whose rows repeat
 * the same formula (the same text in R1C1, as live formulas do row after row) or the same
 * value is written run by run, one formula for the whole run ("fill"); the other columns
 * go together as one grid of cells. Which of the two a column takes is the one with
 * fewer bytes to send, so a block costs at most what writing every cell would.
 * Strings are literal text: their cells get the text format ("@") before the value, and
 * a formula never goes into a text cell (Excel and Sheets would keep it as text).
 */
import { columnLetter } from '../import/column-letter.js';
import type { CellRange, SheetPlan } from '../plan/plan.js';
import type { LiveDataPlan } from './build-live-plan.js';
import { isFormulaCell, type CellPatch, type LiveCell } from './live-cell.js';
import { r1c1FromA1 } from './r1c1.js';

/** A cell as a host types it: a formula with its "=", '' for empty. */
export type HostInput = string | number | boolean;

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** Bytes charged for one write besides its content (a host call: range, method, ids). */
const WRITE_OVERHEAD_BYTES = 200;

/** A rectangle of cells to write from (row, col), every cell given, with its number format. */
export interface CellBlock {
  row: number;
  col: number;
  cells: LiveCell[][];
  formats: string[][];
}

/** A rectangle set cell by cell: number formats first, then the inputs. */
export interface GridWrite {
  kind: 'grid';
  range: CellRange;
  inputs: HostInput[][];
  formats: string[][];
  /** Every input is a formula (Sheets: setFormulas; else setValues). */
  formulasOnly: boolean;
  /** Estimated bytes of the call's arguments. */
  bytes: number;
}

/** A rectangle whose every cell gets the same format and the same input (an R1C1 formula, or a value). */
export interface FillWrite {
  kind: 'fill';
  range: CellRange;
  format: string;
  /** The formula in R1C1 (the same text in every cell), or null for a value. */
  r1c1: string | null;
  /** The value when r1c1 is null ('' clears). */
  input: HostInput;
  bytes: number;
}

export type LiveWrite = GridWrite | FillWrite;

/**
 * A live cell as a host types it.
 * @example hostInput({ formula: 'A1+1' }) // => '=A1+1'
 */
export function hostInput(cell: LiveCell): HostInput {
  if (cell === null) return '';
  return isFormulaCell(cell) ? `=${cell.formula}` : cell;
}

/**
 * The number format a live cell is written with: text for a string, the column's (or the
 * patch's) format for a number or a formula, never text.
 * @example liveCellFormat({ formula: 'A1' }, '@') // => 'General'
 */
export function liveCellFormat(cell: LiveCell, format: string | undefined): string {
  if (typeof cell === 'string') return TEXT_FORMAT;
  if (cell === null) return format ?? GENERAL_FORMAT;
  return format === undefined || format === TEXT_FORMAT ? GENERAL_FORMAT : format;
}

/** Rows [from, to) of the data plan's block (0-based offsets into data.rows), with their formats. */
export function liveDataBlock(data: LiveDataPlan, from: number, to: number): CellBlock {
  const cells = data.rows.slice(from, to);
  const formats = cells.map((line) => line.map((cell, j) => liveCellFormat(cell, data.columns[j]?.numberFormat)));
  return { row: data.headerRow + 1 + from, col: data.firstCol, cells, formats };
}

/**
 * The number format a sheet plan's styles give a cell (later styles win), or undefined.
 * @example styleFormatAt(form06a)(12, 7) // => '0.00%'
 */
export function styleFormatAt(plan: SheetPlan): (row: number, col: number) => string | undefined {
  const formatted = plan.styles.filter((s) => s.style.numberFormat !== undefined);
  return (row, col) => {
    let found: string | undefined;
    for (const { range, style } of formatted) {
      if (row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols) found = style.numberFormat;
    }
    return found;
  };
}

/**
 * Patches as blocks: consecutive cells of a row become one run, and runs over the same
 * columns on consecutive rows one block, so a patched table is a few rectangles and no
 * other cell is touched. A later patch of the same cell wins.
 * @example patchBlocks([{ row: 2, col: 3, value: 1 }, { row: 2, col: 4, value: { formula: 'C2+1' } }]).length // => 1
 */
export function patchBlocks(patches: readonly CellPatch[], formatAt: (row: number, col: number) => string | undefined = () => undefined): CellBlock[] {
  const byCell = new Map<string, CellPatch>();
  for (const p of patches) byCell.set(`${p.row}:${p.col}`, p);
  const sorted = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const blocks: CellBlock[] = [];
  let open = new Map<string, CellBlock>();
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i].row;
    const next = new Map<string, CellBlock>();
    while (i < sorted.length && sorted[i].row === row) {
      let j = i + 1;
      while (j < sorted.length && sorted[j].row === row && sorted[j].col === sorted[j - 1].col + 1) j++;
      const run = sorted.slice(i, j);
      const key = `${run[0].col}:${run.length}`;
      const cells = run.map((p) => p.value);
      const formats = run.map((p) => p.numberFormat ?? liveCellFormat(p.value, formatAt(p.row, p.col)));
      const block = open.get(key);
      if (block !== undefined && block.row + block.cells.length === row) {
        block.cells.push(cells);
        block.formats.push(formats);
        next.set(key, block);
      } else {
        const fresh: CellBlock = { row, col: run[0].col, cells: [cells], formats: [formats] };
        blocks.push(fresh);
        next.set(key, fresh);
      }
      i = j;
    }
    open = next;
  }
  return blocks;
}

const jsonLength = (value: unknown) => JSON.stringify(value).length;

/** About the bytes of a cell's input in a grid (its JSON, without escaping). */
function inputLength(cell: LiveCell): number {
  if (cell === null) return 2;
  if (isFormulaCell(cell)) return cell.formula.length + 3;
  return typeof cell === 'string' ? cell.length + 2 : String(cell).length;
}

/** What one cell of a column compares on for runs: its formula in R1C1 (with its "="), or null and its value. */
interface CellKey {
  r1c1: string | null;
  format: string;
  value: LiveCell;
}

function sameKey(a: CellKey, b: CellKey): boolean {
  if (a.format !== b.format) return false;
  if (a.r1c1 !== null || b.r1c1 !== null) return a.r1c1 === b.r1c1;
  return a.value === b.value;
}

/**
 * The writes for a block: each column by runs when that sends fewer bytes, else in one
 * grid with its neighbours. Writing them in order sets every cell of the block.
 * @example blockWrites(liveDataBlock(plan.data, 0, plan.data.rows.length)).length // => about 20 for a sheet whose rows all follow formulas
 */
export function blockWrites(block: CellBlock): LiveWrite[] {
  const rows = block.cells.length;
  const cols = rows === 0 ? 0 : block.cells[0].length;
  const writes: LiveWrite[] = [];
  let gridFrom = -1;
  const flushGrid = (to: number) => {
    if (gridFrom < 0) return;
    writes.push(gridWrite(block, gridFrom, to));
    gridFrom = -1;
  };
  for (let j = 0; j < cols; j++) {
    const runs = columnRuns(block, j);
    let runBytes = 0;
    let cellBytes = 0;
    for (const run of runs) runBytes += WRITE_OVERHEAD_BYTES * 2 + run.bytes;
    for (let i = 0; i < rows; i++) cellBytes += inputLength(block.cells[i][j]) + block.formats[i][j].length + 4;
    if (runBytes < cellBytes) {
      flushGrid(j);
      for (const run of runs) writes.push(run.write);
    } else if (gridFrom < 0) gridFrom = j;
  }
  flushGrid(cols);
  return writes;
}

function columnRuns(block: CellBlock, j: number): { write: FillWrite; bytes: number }[] {
  const out: { write: FillWrite; bytes: number }[] = [];
  const col = block.col + j;
  const rows = block.cells.length;
  let start = 0;
  let first: CellKey | null = null;
  for (let i = 0; i <= rows; i++) {
    let key: CellKey | null = null;
    if (i < rows) {
      const cell = block.cells[i][j];
      key = { r1c1: isFormulaCell(cell) ? `=${r1c1FromA1(cell.formula, block.row + i, col)}` : null, format: block.formats[i][j], value: cell };
      if (first !== null && sameKey(key, first)) continue;
    }
    if (first !== null) out.push(fillWrite(block, j, start, i, first));
    start = i;
    first = key;
  }
  return out;
}

function fillWrite(block: CellBlock, j: number, from: number, to: number, key: CellKey): { write: FillWrite; bytes: number } {
  const row = block.row + from;
  const col = block.col + j;
  const input = key.r1c1 === null ? hostInput(key.value) : '';
  const bytes = (key.r1c1 === null ? jsonLength(input) : key.r1c1.length) + key.format.length;
  return { write: { kind: 'fill', range: { row, col, rows: to - from, cols: 1 }, format: key.format, r1c1: key.r1c1, input, bytes }, bytes };
}

function gridWrite(block: CellBlock, from: number, to: number): GridWrite {
  const inputs = block.cells.map((line) => line.slice(from, to).map(hostInput));
  const formats = block.formats.map((line) => line.slice(from, to));
  const formulasOnly = block.cells.every((line) => line.slice(from, to).every((cell) => isFormulaCell(cell)));
  const range = { row: block.row, col: block.col + from, rows: block.cells.length, cols: to - from };
  return { kind: 'grid', range, inputs, formats, formulasOnly, bytes: jsonLength(inputs) + jsonLength(formats) };
}

/**
 * Every cell a list of writes sets, as the host would type it in A1 (for tests and checks).
 * @example cellsOfWrites(blockWrites(block)).get('N4') // => '=IF(…)'
 */
export function cellsOfWrites(writes: readonly LiveWrite[], a1FromR1C1: (formula: string, row: number, col: number) => string): Map<string, { input: HostInput; format: string }> {
  const out = new Map<string, { input: HostInput; format: string }>();
  for (const w of writes) {
    for (let i = 0; i < w.range.rows; i++) {
      for (let j = 0; j < w.range.cols; j++) {
        const row = w.range.row + i;
        const col = w.range.col + j;
        const at = `${columnLetter(col)}${row}`;
        if (w.kind === 'grid') out.set(at, { input: w.inputs[i][j], format: w.formats[i][j] });
        else out.set(at, { input: w.r1c1 === null ? w.input : a1FromR1C1(w.r1c1, row, col), format: w.format });
      }
    }
  }
  return out;
}

/**
 * Runs of consecutive hidden (helper) columns of the data block, 1-based: one host call each.
 * @example hiddenColumnRuns(plan.data) // => [{ from: 18, to: 35 }]
 */
export function hiddenColumnRuns(data: Pick<LiveDataPlan, 'columns' | 'firstCol'>): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  data.columns.forEach((c, j) => {
    if (!c.hidden) return;
    const col = data.firstCol + j;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.to === col - 1) last.to = col;
    else runs.push({ from: col, to: col });
  });
  return runs;
}
