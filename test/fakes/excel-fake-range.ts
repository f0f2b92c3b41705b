/**
 * Range proxies of the fake: values, number formats, formats, conditional formats,
 * merges. Strings are read the way Excel reads typed input unless the cell's number
 * format is text ("@"): "=…" becomes a formula, "123" a number, "TRUE" a boolean.
 */
import { FakeProxy, propList, type FakeRequestContext } from './excel-fake-context.js';
import { FakeConditionalFormats, FakeRangeFormat } from './excel-fake-format.js';
import { a1FromR1C1Fake, FakeExcelError, FakeSheet, formatAddress, overlaps, type FakeValue, type Rect } from './excel-fake-model.js';

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

/** Styling more cells than this at once means the adapter styled whole columns: refuse. */
const MAX_STYLED_CELLS = 5_000_000;
const NUMBER_LIKE = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Cells Excel loads or writes in one range at most. */
export const RANGE_CELL_LIMIT = 5_000_000;

export function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class FakeRange extends FakeProxy {
  private target: RangeTarget | null | undefined;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(
    ctx: FakeRequestContext,
    readonly label: string,
    resolve: () => RangeTarget | null,
  ) {
    super(ctx);
    ctx.enqueue('getRange', label, () => {
      this.target = resolve();
    });
    this.format = new FakeRangeFormat(this);
    this.conditionalFormats = new FakeConditionalFormats(this);
  }

  /** The bound sheet and rectangle (only inside a queued op). */
  bound(): RangeTarget {
    if (this.target === undefined) throw new FakeExcelError('InvalidReference', `${this.label} used before it was created`);
    if (this.target === null) throw new FakeExcelError('InvalidOperation', `${this.label} is a null object`);
    return this.target;
  }

  get context(): FakeRequestContext {
    return this.ctx;
  }

  get isNullObject(): boolean {
    return this.loaded<boolean>('isNullObject');
  }
  get values(): FakeValue[][] {
    return this.loaded('values');
  }
  set values(values: unknown) {
    this.ctx.enqueue('Range.values', { range: this.label, values }, () => writeCells(this.bound(), values, 'values'));
  }
  /** Range.formulas (ExcelApi 1.1): as values, a string starting with "=" is a formula unless the cell is text. */
  set formulas(formulas: unknown) {
    this.ctx.enqueue('Range.formulas', { range: this.label, formulas }, () => writeCells(this.bound(), formulas, 'values'));
  }
  /** Range.formulasR1C1 (ExcelApi 1.1): each cell gets the formula as seen from itself. */
  set formulasR1C1(formulas: unknown) {
    this.ctx.enqueue('Range.formulasR1C1', { range: this.label, formulas }, () => {
      const target = this.bound();
      const at = cellSource(formulas, target.rect);
      forEachCell(target.rect, (r, c) => {
        const f = at(r - target.rect.row, c - target.rect.col);
        const one = { sheet: target.sheet, rect: { row: r, col: c, rows: 1, cols: 1 } };
        writeCells(one, typeof f === 'string' && f.startsWith('=') ? a1FromR1C1Fake(f, r, c) : f, 'values');
      });
    });
  }
  /** Range.columnHidden (ExcelApi 1.2): hides or shows the range's columns. */
  set columnHidden(hidden: boolean) {
    this.ctx.enqueue('Range.columnHidden', { range: this.label, hidden }, () => {
      this.ctx.requireApi('1.2', 'columnHidden');
      const { sheet, rect } = this.bound();
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }
  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(formats: unknown) {
    this.ctx.enqueue('Range.numberFormat', { range: this.label, formats }, () => writeCells(this.bound(), formats, 'numberFormat'));
  }
  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get cellCount(): number {
    return this.loaded('cellCount');
  }

  load(props?: unknown): this {
    const names = propList(props);
    this.ctx.enqueueLoad('Range.load', { range: this.label, names }, () => {
      if (this.target === null) {
        this.setLoaded({ isNullObject: true });
        return { isNullObject: true };
      }
      const { sheet, rect } = this.bound();
      // Excel refuses to load values or formats of more than 5 million cells at once.
      if ((names.includes('values') || names.includes('numberFormat')) && rect.rows * rect.cols > this.ctx.host.options.rangeCellLimit) {
        throw new FakeExcelError('RangeExceedsLimit', `${rect.rows * rect.cols} cells`);
      }
      const all: Record<string, () => unknown> = {
        values: () => grid(rect, (r, c) => sheet.value(r, c) ?? ''),
        numberFormat: () => grid(rect, (r, c) => (sheet.style(r, c).numberFormat as string | undefined) ?? 'General'),
        address: () => `${quoteSheet(sheet.name)}!${formatAddress(rect)}`,
        rowIndex: () => rect.row - 1,
        columnIndex: () => rect.col - 1,
        rowCount: () => rect.rows,
        columnCount: () => rect.cols,
        cellCount: () => rect.rows * rect.cols,
      };
      const snapshot: Record<string, unknown> = { isNullObject: false };
      for (const name of names) {
        const get = all[name];
        if (!get) throw new FakeExcelError('InvalidArgument', `the fake cannot load Range.${name}`);
        snapshot[name] = get();
      }
      this.setLoaded(snapshot);
      return snapshot;
    });
    return this;
  }

  merge(across = false): void {
    this.ctx.enqueue('Range.merge', { range: this.label, across }, () => {
      this.ctx.requireApi('1.2', 'merge');
      const { sheet, rect } = this.bound();
      const parts = across ? Array.from({ length: rect.rows }, (_, i) => ({ ...rect, row: rect.row + i, rows: 1 })) : [rect];
      for (const part of parts) {
        if (part.rows * part.cols === 1) continue;
        if (sheet.merges.some((m) => overlaps(m, part))) throw new FakeExcelError('MergedRangeConflict', formatAddress(part));
        sheet.merges.push(part);
      }
    });
  }

  clear(applyTo: string = 'All'): void {
    this.ctx.enqueue('Range.clear', { range: this.label, applyTo }, () => {
      const { sheet, rect } = this.bound();
      forEachCell(rect, (r, c) => {
        if (applyTo === 'All' || applyTo === 'Contents') {
          sheet.setValue(r, c, undefined);
          sheet.formulas.delete(FakeSheet.key(r, c));
        }
        if (applyTo === 'All' || applyTo === 'Formats') sheet.setStyle(r, c, sheet.pool.empty());
      });
    });
  }

  select(): void {
    this.ctx.enqueue('Range.select', { range: this.label }, () => {
      const { sheet, rect } = this.bound();
      this.ctx.book.activeSheet = sheet.name;
      this.ctx.book.selection = rect;
    });
  }

  /** Sets one format path on every cell. */
  styleOp(call: string, path: string, value: string | number | boolean | undefined): void {
    this.ctx.enqueue(call, { range: this.label, value: value ?? null }, () => {
      const { sheet, rect } = this.bound();
      if (rect.rows * rect.cols > MAX_STYLED_CELLS) throw new FakeExcelError('FakeUnsupported', `styling ${formatAddress(rect)}`);
      const edit = sheet.pool.edit(path, value);
      forEachCell(rect, (r, c) => sheet.setStyle(r, c, edit(sheet.style(r, c))));
    });
  }
}

function grid<T>(rect: Rect, at: (row: number, col: number) => T): T[][] {
  return Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => at(rect.row + i, rect.col + j)));
}

function forEachCell(rect: Rect, fn: (row: number, col: number) => void): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++) for (let c = rect.col; c < rect.col + rect.cols; c++) fn(r, c);
}

/** Values or number formats: a 2-D array of the range's size, or one value for every cell. */
function writeCells({ sheet, rect }: RangeTarget, input: unknown, what: 'values' | 'numberFormat'): void {
  const at = cellSource(input, rect);
  forEachCell(rect, (r, c) => {
    const value = at(r - rect.row, c - rect.col);
    if (value === null || value === undefined) return; // Office.js leaves a null cell unchanged.
    if (what === 'numberFormat') {
      sheet.setStyle(r, c, sheet.pool.with(sheet.style(r, c), 'numberFormat', String(value)));
      return;
    }
    const key = FakeSheet.key(r, c);
    sheet.formulas.delete(key);
    if (value === '') return sheet.setValue(r, c, undefined);
    if (typeof value !== 'string') return sheet.setValue(r, c, value as FakeValue);
    if (sheet.style(r, c).numberFormat === '@') return sheet.setValue(r, c, value);
    if (value.startsWith('=')) {
      sheet.formulas.set(key, value);
      return sheet.setValue(r, c, undefined);
    }
    if (NUMBER_LIKE.test(value)) return sheet.setValue(r, c, Number(value));
    if (/^(true|false)$/i.test(value)) return sheet.setValue(r, c, value.toLowerCase() === 'true');
    sheet.setValue(r, c, value);
  });
}

function cellSource(input: unknown, rect: Rect): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[][];
  if (rows.length === 1 && Array.isArray(rows[0]) && rows[0].length === 1) return () => rows[0][0];
  const ok = rows.length === rect.rows && rows.every((line) => Array.isArray(line) && line.length === rect.cols);
  if (!ok) {
    throw new FakeExcelError('InvalidArgument', `array of ${rows.length}×${(rows[0] as unknown[] | undefined)?.length} for ${formatAddress(rect)}`);
  }
  return (i, j) => rows[i][j];
}
