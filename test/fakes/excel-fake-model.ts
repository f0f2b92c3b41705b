/**
 * The state of a fake Excel workbook: what a real workbook would hold after the
 * adapter's requests. Plain data, no Office types; compact enough for 100,000-row
 * sheets (cell formats are interned style objects shared between cells).
 *
 * Self-contained on purpose (type-only imports): the browser test transpiles these
 * files into the fake Office host script.
 */

export type FakeValue = string | number | boolean;

/** 1-based rectangle, like core's CellRange. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Format properties by path ("fill.color", "font.bold", "borders.EdgeTop.style", "numberFormat"). */
export type Style = Readonly<Record<string, string | number | boolean>>;

export interface FakeConditionalFormat {
  type: string;
  ranges: Rect[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeChartSeries {
  name: string | null;
  values: string | null;
  xValues: string | null;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string | null;
  title: string | null;
  position: { start: string; end: string | null } | null;
  widthPt: number | null;
  heightPt: number | null;
  series: FakeChartSeries[];
}

/** Excel's error for a failed request (OfficeExtension.Error has code and message). */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

const KEY_COLS = 16_384;
const EMPTY_STYLE: Style = Object.freeze({});

/** Interns styles so 100,000 cells with the same format share one object. */
export class StylePool {
  private readonly byJson = new Map<string, Style>([['[]', EMPTY_STYLE]]);
  private readonly edits = new Map<Style, Map<string, Style>>();

  empty(): Style {
    return EMPTY_STYLE;
  }

  /** `style` with `path` set (or removed when value is undefined), interned. */
  with(style: Style, path: string, value: string | number | boolean | undefined): Style {
    return this.edit(path, value)(style);
  }

  /** A cached function applying one edit; styling 100,000 cells costs one Map lookup each. */
  edit(path: string, value: string | number | boolean | undefined): (style: Style) => Style {
    const editKey = `${path}\u0000${JSON.stringify(value ?? null)}\u0000${value === undefined ? 'del' : 'set'}`;
    return (style) => {
      let cache = this.edits.get(style);
      if (!cache) this.edits.set(style, (cache = new Map()));
      const hit = cache.get(editKey);
      if (hit) return hit;
      const next: Record<string, string | number | boolean> = { ...style };
      if (value === undefined) delete next[path];
      else next[path] = value;
      const interned = this.intern(next);
      cache.set(editKey, interned);
      return interned;
    };
  }

  /** `style` without every path starting with one of `prefixes`. */
  without(style: Style, keep: (path: string) => boolean): Style {
    const next: Record<string, string | number | boolean> = {};
    for (const [path, value] of Object.entries(style)) if (keep(path)) next[path] = value;
    return this.intern(next);
  }

  private intern(style: Record<string, string | number | boolean>): Style {
    const json = JSON.stringify(Object.keys(style).sort().map((k) => [k, style[k]]));
    let found = this.byJson.get(json);
    if (!found) this.byJson.set(json, (found = Object.freeze(style)));
    return found;
  }
}

export class FakeSheet {
  /** Dense rows of values (index = row − 1, col − 1); undefined is an empty cell. */
  readonly rows: (FakeValue | undefined)[][] = [];
  /** Formulas (A1, with "=") by cell key: only the live workbook writes them, never from user text. */
  readonly formulas = new Map<number, string>();
  readonly styles = new Map<number, Style>();
  merges: Rect[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  charts: FakeChart[] = [];
  pageLayout: Record<string, unknown> = {};
  readonly columnWidths = new Map<number, number | 'autofit'>();
  /** Columns hidden through Range.columnHidden (ExcelApi 1.2). */
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  freeze: { rows: number; cols: number } | null = null;
  tabColor: string | null = null;
  /** Worksheet.id (ExcelApi 1.1): stable through renames, new for a sheet added again. */
  readonly id: string;
  private static nextId = 1;

  constructor(
    public name: string,
    readonly pool: StylePool,
  ) {
    this.id = `{00000000-0001-0000-0000-${String(FakeSheet.nextId++).padStart(12, '0')}}`;
  }

  static key(row: number, col: number): number {
    return row * KEY_COLS + (col - 1);
  }

  value(row: number, col: number): FakeValue | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  setValue(row: number, col: number, value: FakeValue | undefined): void {
    let line = this.rows[row - 1];
    if (!line) {
      if (value === undefined) return;
      for (let r = this.rows.length; r < row; r++) if (!this.rows[r]) this.rows[r] = [];
      line = this.rows[row - 1];
    }
    line[col - 1] = value;
  }

  style(row: number, col: number): Style {
    return this.styles.get(FakeSheet.key(row, col)) ?? this.pool.empty();
  }

  setStyle(row: number, col: number, style: Style): void {
    const key = FakeSheet.key(row, col);
    if (style === this.pool.empty()) this.styles.delete(key);
    else this.styles.set(key, style);
  }

  /** The smallest rectangle holding every value (and, unless valuesOnly, every format). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    this.rows.forEach((line, r) => {
      if (!line) return;
      line.forEach((v, c) => {
        if (v === undefined) return;
        top = Math.min(top, r + 1);
        bottom = Math.max(bottom, r + 1);
        left = Math.min(left, c + 1);
        right = Math.max(right, c + 1);
      });
    });
    if (!valuesOnly) {
      for (const key of this.styles.keys()) {
        const row = Math.floor(key / KEY_COLS);
        const col = (key % KEY_COLS) + 1;
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
    }
    if (bottom === 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

export class FakeWorkbook {
  readonly pool = new StylePool();
  sheets: FakeSheet[] = [];
  activeSheet: string;
  selection: Rect = { row: 1, col: 1, rows: 1, cols: 1 };
  /** Every area of a Ctrl+click selection; [] or one area for an ordinary one. */
  selectionAreas: Rect[] = [];
  /** Office.context.document.settings. */
  readonly settings = new Map<string, unknown>();

  constructor(sheetNames: readonly string[] = ['Sheet1']) {
    for (const name of sheetNames) this.addSheet(name);
    this.activeSheet = sheetNames[0] ?? '';
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  getSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeExcelError('ItemNotFound', `no worksheet named ${name}`);
    return sheet;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeExcelError('ItemAlreadyExists', `worksheet ${name} exists`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeExcelError('InvalidArgument', `bad sheet name ${name}`);
    const sheet = new FakeSheet(name, this.pool);
    this.sheets.push(sheet);
    return sheet;
  }

  /** A user renaming a tab (Excel compares names without regard to case). */
  renameSheet(from: string, to: string): void {
    const sheet = this.getSheet(from);
    const clash = this.sheet(to);
    if (clash && clash !== sheet) throw new FakeExcelError('ItemAlreadyExists', `worksheet ${to} exists`);
    if (this.activeSheet.toLowerCase() === sheet.name.toLowerCase()) this.activeSheet = to;
    sheet.name = to;
  }

  deleteSheet(name: string): void {
    const sheet = this.getSheet(name);
    if (this.sheets.length === 1) throw new FakeExcelError('InvalidOperation', 'cannot delete the only sheet');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheet.toLowerCase() === name.toLowerCase()) this.activeSheet = this.sheets[0].name;
  }

  /** Writes user data (a test's setup), bypassing requests. */
  fill(sheetName: string, cells: readonly (readonly (FakeValue | null | undefined)[])[], origin = { row: 1, col: 1 }): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    cells.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') sheet.setValue(origin.row + r, origin.col + c, v);
      }),
    );
  }
}

/** Parts of `a` outside `b` (up to four rectangles). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows) - 1;
  const left = Math.max(a.col, b.col);
  const right = Math.min(a.col + a.cols, b.col + b.cols) - 1;
  if (top > bottom || left > right) return [a];
  const out: Rect[] = [];
  if (a.row < top) out.push({ row: a.row, col: a.col, rows: top - a.row, cols: a.cols });
  if (bottom < a.row + a.rows - 1) out.push({ row: bottom + 1, col: a.col, rows: a.row + a.rows - 1 - bottom, cols: a.cols });
  if (a.col < left) out.push({ row: top, col: a.col, rows: bottom - top + 1, cols: left - a.col });
  if (right < a.col + a.cols - 1) out.push({ row: top, col: right + 1, rows: bottom - top + 1, cols: a.col + a.cols - 1 - right });
  return out;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return !(a.row + a.rows <= b.row || b.row + b.rows <= a.row || a.col + a.cols <= b.col || b.col + b.cols <= a.col);
}

/** "B2:D5", "C:E", "5:7", "$8:$11", "A1" → a rectangle (whole rows/columns span the sheet). */
export function parseAddress(address: string): Rect {
  const bare = address.replace(/\$/g, '').replace(/^.*!/, '').toUpperCase();
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const [first, second = first] = bare.split(':');
  const colOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  if (/^[A-Z]{1,3}$/.test(first) && /^[A-Z]{1,3}$/.test(second)) {
    const a = colOf(first);
    const b = colOf(second);
    return { row: 1, col: Math.min(a, b), rows: 1_048_576, cols: Math.abs(b - a) + 1 };
  }
  if (/^\d+$/.test(first) && /^\d+$/.test(second)) {
    const a = Number(first);
    const b = Number(second);
    return { row: Math.min(a, b), col: 1, rows: Math.abs(b - a) + 1, cols: 16_384 };
  }
  const m1 = cell.exec(first);
  const m2 = cell.exec(second);
  if (!m1 || !m2) throw new FakeExcelError('InvalidArgument', `bad address ${address}`);
  const r1 = Number(m1[2]);
  const r2 = Number(m2[2]);
  const c1 = colOf(m1[1]);
  const c2 = colOf(m2[1]);
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export function formatAddress(rect: Rect): string {
  const letter = (col: number) => {
    let n = col;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  const a = `${letter(rect.col)}${rect.row}`;
  if (rect.rows === 1 && rect.cols === 1) return a;
  return `${a}:${letter(rect.col + rect.cols - 1)}${rect.row + rect.rows - 1}`;
}

/**
 * An R1C1 formula as the A1 text Excel shows in the cell (row, col). Written apart from
 * core's converter on purpose: the fake checks the adapter, not core against itself.
 */
const REF_AT = /R(\[-?\d+\]|\d+)C(\[-?\d+\]|\d+)/y;

export function a1FromR1C1Fake(formula: string, row: number, col: number): string {
  let out = '';
  let i = 0;
  const letter = (n: number) => formatAddress({ row: 1, col: n, rows: 1, cols: 1 }).replace(/\d+$/, '');
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = formula.indexOf(ch, i + 1);
      let j = end;
      while (j >= 0 && formula[j + 1] === ch) j = formula.indexOf(ch, j + 2);
      const stop = j < 0 ? formula.length : j + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    REF_AT.lastIndex = i;
    const m = REF_AT.exec(formula);
    const before = i === 0 ? '' : formula[i - 1];
    if (m && !/[A-Za-z0-9_.]/.test(before)) {
      const r = m[1][0] === '[' ? String(row + Number(m[1].slice(1, -1))) : `$${m[1]}`;
      const c = m[2][0] === '[' ? letter(col + Number(m[2].slice(1, -1))) : `$${letter(Number(m[2]))}`;
      out += `${c}${r}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
