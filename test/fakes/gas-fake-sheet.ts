/**
 * Sheet, Range and RangeList of the Apps Script fake. Behaves like Sheets where the
 * add-on could go wrong: getRange beyond the grid throws, setValues needs exact
 * dimensions, a string written into a cell not formatted "@" is read as typed (a
 * formula, a number), merges may not overlap, freezing may not cut a merge.
 */
import { FakeChartBuilder, FakeRule, ruleHolds, type FakeChart, type RangeRef } from './gas-fake-format.js';
import { track, type CallLog } from './gas-fake-log.js';
import { cellKey, FakeRange, FakeRangeList } from './gas-fake-range.js';

export { FakeRange, FakeRangeList, type CoercedFormula } from './gas-fake-range.js';

export type CellProp =
  | 'numberFormat'
  | 'background'
  | 'fontColor'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontSize'
  | 'fontFamily'
  | 'hAlign'
  | 'vAlign'
  | 'wrap'
  | 'border';

const key = cellKey;

export class FakeSheet {
  values: unknown[][] = [];
  props = new Map<CellProp, Map<number, unknown>>();
  merges: RangeRef[] = [];
  rules: FakeRule[] = [];
  charts: FakeChart[] = [];
  frozen = { rows: 0, cols: 0 };
  tabColor: string | null = null;
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  rowHeights = new Map<number, number>();
  /** Cell notes by "row,col" (Range.setNote); notes do not print. */
  notes = new Map<string, string>();
  activeCell: { row: number; col: number } | null = null;
  /** Developer metadata on the sheet (key, value, visibility). */
  metadata: FakeDeveloperMetadata[] = [];

  constructor(
    public name: string,
    readonly id: number,
    public maxRows: number,
    public maxCols: number,
    private readonly log: CallLog,
    private readonly onActivate: (sheet: FakeSheet) => void,
    private readonly book?: SheetBook,
  ) {}

  // ---- Apps Script API ----
  getName(): string {
    return this.name;
  }
  getSheetId(): number {
    return this.id;
  }
  setName(name: string): this {
    if (this.book?.nameTaken(name, this)) throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return this;
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: string): this {
    // Apps Script: a key up to 256 characters, a value up to 30,000 (we keep them short).
    if (key.length > 256 || (value ?? '').length > 30_000) throw new Error('Exception: Argument too large');
    this.metadata.push(new FakeDeveloperMetadata(key, value ?? null, visibility ?? 'DOCUMENT', this));
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return [...this.metadata];
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  insertRowsAfter(after: number, n: number): void {
    if (after !== this.maxRows) throw new Error('fake: insertRowsAfter only at the end');
    this.book?.checkCellCap(n * this.maxCols);
    this.maxRows += n;
  }
  insertColumnsAfter(after: number, n: number): void {
    if (after !== this.maxCols) throw new Error('fake: insertColumnsAfter only at the end');
    this.book?.checkCellCap(n * this.maxRows);
    this.maxCols += n;
  }
  getDataRange(): FakeRange {
    let rows = 0;
    let cols = 0;
    this.values.forEach((line, i) => {
      if (!line) return;
      for (let c = line.length - 1; c >= 0; c--) {
        if (line[c] !== undefined && line[c] !== '') {
          rows = i + 1;
          cols = Math.max(cols, c + 1);
          break;
        }
      }
    });
    return this.range(1, 1, Math.max(rows, 1), Math.max(cols, 1));
  }
  getRange(row: number | string, col?: number, rows = 1, cols = 1): FakeRange {
    if (typeof row === 'string') {
      const r = parseA1(row);
      return this.range(r.row, r.col, r.rows, r.cols);
    }
    return this.range(row, col ?? 1, rows, cols);
  }
  getRangeList(a1s: string[]): FakeRangeList {
    return track(new FakeRangeList(a1s.map((a) => this.getRangeUntracked(a))), 'RangeList', this.log);
  }
  getConditionalFormatRules(): FakeRule[] {
    return [...this.rules];
  }
  setConditionalFormatRules(rules: FakeRule[]): void {
    this.rules = [...rules];
  }
  /** Sheet.hideColumns / showColumns: which columns are hidden. */
  hideColumns(col: number, count = 1): void {
    for (let c = col; c < col + count; c++) this.hiddenColumns.add(c);
  }
  showColumns(col: number, count = 1): void {
    for (let c = col; c < col + count; c++) this.hiddenColumns.delete(c);
  }
  setColumnWidth(col: number, px: number): void {
    this.columnWidths.set(col, px);
  }
  setColumnWidths(start: number, count: number, px: number): void {
    for (let c = start; c < start + count; c++) this.columnWidths.set(c, px);
  }
  setRowHeights(start: number, count: number, px: number): void {
    for (let r = start; r < start + count; r++) this.rowHeights.set(r, px);
  }
  setFrozenRows(n: number): void {
    if (this.merges.some((m) => m.row <= n && m.row + m.rows - 1 > n)) throw new Error('fake: cannot freeze through a merged cell');
    this.frozen.rows = n;
  }
  setFrozenColumns(n: number): void {
    if (this.merges.some((m) => m.col <= n && m.col + m.cols - 1 > n)) throw new Error('fake: cannot freeze through a merged cell');
    this.frozen.cols = n;
  }
  setTabColor(color: string | null): void {
    this.tabColor = color;
  }
  clearConditionalFormatRules(): void {
    this.rules = [];
  }
  clear(): void {
    this.values = [];
    this.props = new Map();
  }
  getCharts(): FakeChart[] {
    return [...this.charts];
  }
  removeChart(chart: FakeChart): void {
    this.charts = this.charts.filter((c) => c !== chart);
  }
  newChart(): FakeChartBuilder {
    return track(new FakeChartBuilder(this.log), 'EmbeddedChartBuilder', this.log);
  }
  insertChart(chart: FakeChart): void {
    this.charts.push(chart);
  }
  activate(): void {
    this.onActivate(this);
  }

  // ---- test helpers (not counted) ----
  peekValue(row: number, col: number): unknown {
    return this.values[row - 1]?.[col - 1];
  }
  peekProp(prop: CellProp, row: number, col: number): unknown {
    return this.props.get(prop)?.get(key(row, col));
  }
  peekSetProp(prop: CellProp, row: number, col: number, value: unknown): void {
    let map = this.props.get(prop);
    if (!map) this.props.set(prop, (map = new Map()));
    if (value === null || value === undefined) map.delete(key(row, col));
    else map.set(key(row, col), value);
  }
  peekSetValue(row: number, col: number, value: unknown): void {
    const line = (this.values[row - 1] ??= []);
    line[col - 1] = value;
  }
  /** Background and font color a conditional-format rule gives the cell (first rule that holds wins). */
  peekRuleColors(row: number, col: number): { background: string | null; fontColor: string | null } | null {
    for (const rule of this.rules) {
      const inside = rule.peekRefs().some((r) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols);
      if (inside && ruleHolds(rule, row, col, (r, c) => this.peekValue(r, c))) return { background: rule.background, fontColor: rule.fontColor };
    }
    return null;
  }
  getRangeUntracked(a1: string): FakeRange {
    const r = parseA1(a1);
    return new FakeRange(this, r.row, r.col, r.rows, r.cols);
  }

  private range(row: number, col: number, rows: number, cols: number): FakeRange {
    return track(new FakeRange(this, row, col, rows, cols), 'Range', this.log);
  }
}

/** What a sheet needs from its spreadsheet: the case-blind name check and the cell cap. */
export interface SheetBook {
  nameTaken(name: string, except?: FakeSheet): boolean;
  checkCellCap(extra: number): void;
}

/** Sheet-level developer metadata, as Apps Script's DeveloperMetadata. */
export class FakeDeveloperMetadata {
  constructor(
    private key: string,
    private value: string | null,
    private readonly visibility: string,
    private readonly sheet: FakeSheet,
  ) {}
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
  getVisibility(): string {
    return this.visibility;
  }
  setValue(value: string): this {
    this.value = value;
    return this;
  }
  remove(): void {
    this.sheet.metadata = this.sheet.metadata.filter((m) => m !== this);
  }
}

/** "B2:D10" or "B2" → 1-based range. */
export function parseA1(a1: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) throw new Error(`fake: bad A1 ${a1}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  if (m[3] === undefined) return { row, col, rows: 1, cols: 1 };
  const col2 = [...m[3]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row, col, rows: Number(m[4]) - row + 1, cols: col2 - col + 1 };
}
