/**
 * Range and RangeList of the Apps Script fake (see gas-fake-sheet.ts for the behaviours
 * it copies from Sheets).
 */
import type { RangeRef } from './gas-fake-format.js';
import type { CellProp, FakeSheet } from './gas-fake-sheet.js';
import { a1FromR1C1Fake } from './excel-fake-model.js';

/** Key of a cell in the sheet's property maps. */
export const cellKey = (row: number, col: number) => row * 20_000 + col;

/** A string Sheets turned into a formula because the cell was not plain text. */
export interface CoercedFormula {
  formula: string;
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    if (![row, col, rows, cols].every((n) => Number.isInteger(n) && n >= 1)) throw new Error(`fake: bad range ${row},${col},${rows},${cols}`);
    if (row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxCols) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  peekRef(): RangeRef {
    return { sheetName: this.sheet.name, row: this.row, col: this.col, rows: this.rows, cols: this.cols };
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.cols;
  }
  getValues(): unknown[][] {
    const out: unknown[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const line = this.sheet.values[this.row - 1 + r];
      const row: unknown[] = new Array(this.cols);
      for (let c = 0; c < this.cols; c++) {
        const v = line?.[this.col - 1 + c];
        row[c] = v === undefined ? '' : v;
      }
      out.push(row);
    }
    return out;
  }
  setValues(values: unknown[][]): this {
    this.checkDims(values, 'setValues');
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        const row = this.row + r;
        const col = this.col + c;
        this.sheet.peekSetValue(row, col, asTyped(v, this.sheet.peekProp('numberFormat', row, col)));
      }),
    );
    return this;
  }
  /** Range.setValue: one value for every cell, read as typed like setValues. */
  setValue(value: unknown): this {
    return this.setValues(Array.from({ length: this.rows }, () => new Array<unknown>(this.cols).fill(value)));
  }
  /** Range.setFormulas: strings starting with "=" are formulas (English, A1); '' clears. */
  setFormulas(formulas: string[][]): this {
    this.checkDims(formulas, 'setFormulas');
    formulas.forEach((line, r) =>
      line.forEach((f, c) => {
        if (typeof f !== 'string') throw new Error('Exception: setFormulas takes strings');
        this.sheet.peekSetValue(this.row + r, this.col + c, f === '' ? undefined : f.startsWith('=') ? ({ formula: f } satisfies CoercedFormula) : asTyped(f, this.sheet.peekProp('numberFormat', this.row + r, this.col + c)));
      }),
    );
    return this;
  }
  /** Range.setFormulaR1C1: the formula in every cell, as seen from that cell (stored in A1). */
  setFormulaR1C1(formula: string): this {
    if (!formula.startsWith('=')) throw new Error('fake: an R1C1 formula starts with "="');
    for (let r = this.row; r < this.row + this.rows; r++) {
      for (let c = this.col; c < this.col + this.cols; c++) this.sheet.peekSetValue(r, c, { formula: a1FromR1C1Fake(formula, r, c) } satisfies CoercedFormula);
    }
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    return this.setGrid('numberFormat', formats, 'setNumberFormats');
  }
  setNumberFormat(format: string): this {
    return this.setAll('numberFormat', format);
  }
  setNote(note: string): this {
    for (let r = this.row; r < this.row + this.rows; r++) for (let c = this.col; c < this.col + this.cols; c++) this.sheet.notes.set(`${r},${c}`, String(note));
    return this;
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.setGrid('background', colors, 'setBackgrounds');
  }
  setFontColors(colors: (string | null)[][]): this {
    return this.setGrid('fontColor', colors, 'setFontColors');
  }
  setBackground(color: string | null): this {
    return this.setAll('background', color);
  }
  setFontColor(color: string | null): this {
    return this.setAll('fontColor', color);
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this.setGrid('fontWeight', weights, 'setFontWeights');
  }
  setFontWeight(weight: string): this {
    return this.setAll('fontWeight', weight);
  }
  setWrap(wrap: boolean): this {
    return this.setAll('wrap', wrap);
  }
  setHorizontalAlignment(a: string): this {
    return this.setAll('hAlign', a);
  }
  setVerticalAlignment(a: string): this {
    return this.setAll('vAlign', a);
  }
  setBorder(...args: unknown[]): this {
    return this.setAll('border', args[0] === true ? String(args[6] ?? '#000000') : null);
  }
  clear(): this {
    for (let r = this.row; r < this.row + this.rows; r++) {
      for (let c = this.col; c < this.col + this.cols; c++) {
        const line = this.sheet.values[r - 1];
        if (line) line[c - 1] = undefined;
        for (const map of this.sheet.props.values()) map.delete(cellKey(r, c));
      }
    }
    return this;
  }
  breakApart(): this {
    this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m, this.peekRef()));
    return this;
  }
  merge(): this {
    return this.addMerge(this.peekRef());
  }
  mergeAcross(): this {
    for (let r = 0; r < this.rows; r++) this.addMerge({ ...this.peekRef(), row: this.row + r, rows: 1 });
    return this;
  }
  mergeVertically(): this {
    for (let c = 0; c < this.cols; c++) this.addMerge({ ...this.peekRef(), col: this.col + c, cols: 1 });
    return this;
  }
  activate(): this {
    this.sheet.activate();
    this.sheet.activeCell = { row: this.row, col: this.col };
    return this;
  }

  setAllUntracked(prop: CellProp, value: unknown): this {
    return this.setAll(prop, value);
  }

  private addMerge(ref: RangeRef): this {
    if (this.sheet.merges.some((m) => overlaps(m, ref))) throw new Error('fake: merge overlaps an existing merge');
    this.sheet.merges.push(ref);
    return this;
  }
  private setAll(prop: CellProp, value: unknown): this {
    for (let r = this.row; r < this.row + this.rows; r++) {
      for (let c = this.col; c < this.col + this.cols; c++) this.sheet.peekSetProp(prop, r, c, value);
    }
    return this;
  }
  private setGrid(prop: CellProp, grid: unknown[][], method: string): this {
    this.checkDims(grid, method);
    grid.forEach((line, r) => line.forEach((v, c) => this.sheet.peekSetProp(prop, this.row + r, this.col + c, v)));
    return this;
  }
  private checkDims(grid: unknown[][], method: string): void {
    if (grid.length !== this.rows || grid.some((line) => line.length !== this.cols)) {
      throw new Error(`Exception: The number of rows or columns in the data does not match the range (${method}).`);
    }
  }
}

export class FakeRangeList {
  constructor(private readonly ranges: FakeRange[]) {}
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  private each(prop: CellProp, value: unknown): this {
    for (const r of this.ranges) r.setAllUntracked(prop, value);
    return this;
  }
  setBackground(c: string) { return this.each('background', c); }
  setFontColor(c: string) { return this.each('fontColor', c); }
  setFontWeight(w: string) { return this.each('fontWeight', w); }
  setFontStyle(s: string) { return this.each('fontStyle', s); }
  setFontSize(n: number) { return this.each('fontSize', n); }
  setFontFamily(f: string) { return this.each('fontFamily', f); }
  setHorizontalAlignment(a: string) { return this.each('hAlign', a); }
  setVerticalAlignment(a: string) { return this.each('vAlign', a); }
  setWrap(w: boolean) { return this.each('wrap', w); }
  setNumberFormat(f: string) { return this.each('numberFormat', f); }
  setBorder(...args: unknown[]) { return this.each('border', args[0] === true ? String(args[6] ?? '#000000') : null); }
}

/** How Sheets stores a value written by setValues into a cell with this number format. */
function asTyped(value: unknown, format: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || format === '@') return value;
  if (/^[=+\-@]/.test(value) && value.length > 1) return { formula: value } satisfies CoercedFormula;
  if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return value;
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

