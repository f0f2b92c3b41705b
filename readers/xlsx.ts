/**
 * .xlsx reading without ExcelJS and without Node APIs: fflate opens the ZIP, saxes parses
 * the XML, and a worksheet is read row by row (in blocks) so a large sheet is never one
 * string. Values are what Excel shows as the value: dates as 1900-system serials, rich
 * text as plain text, formulas as their cached result (never evaluated), errors as text.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { InputCell, SheetGrid } from '../core/index.js';
import { resolvePart } from './part-path.js';
import { textDecoder } from './text-decoder.js';

/** One worksheet of an .xlsx as a grid, and whether Excel hides it. */
export interface XlsxSheet {
  grid: SheetGrid;
  hidden: boolean;
}

/** A worksheet listed in the workbook, not read yet. */
export interface XlsxSheetEntry {
  name: string;
  hidden: boolean;
  /** Its part in the package, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

/** An opened workbook: its sheets, shared strings and date formats. */
export interface XlsxBook {
  sheets: XlsxSheetEntry[];
  date1904: boolean;
  sharedStrings: string[];
  /** Per cell format (xf) index: true when its number format shows a date or time. */
  dateXfs: boolean[];
  /** Decompressed parts that were asked for (worksheets are read on demand). */
  files: Record<string, Uint8Array>;
  bytes: Uint8Array;
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1462;
/** Bytes of XML handed to the parser at a time. */
const CHUNK_BYTES = 1 << 20;

/** Thrown when the bytes are not an .xlsx workbook this reader understands. */
export class XlsxError extends Error {
  override readonly name = 'XlsxError';
}

/**
 * Opens the package and reads the workbook, its relationships, shared strings and styles
 * (not the worksheets).
 * @example openXlsx(bytes).sheets.map((s) => s.name) // => ['Danh sách hồ sơ']
 */
export function openXlsx(bytes: Uint8Array): XlsxBook {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => !/^xl\/worksheets\/[^/]+\.xml$/.test(f.name) && !/\.(png|jpe?g|gif|emf|wmf|bin)$/i.test(f.name) });
  } catch (error) {
    throw new XlsxError(`not a ZIP: ${String(error)}`);
  }
  const text = (name: string) => {
    const data = files[name];
    return data === undefined ? null : textDecoder().decode(data);
  };
  const rootRels = text('_rels/.rels');
  const workbookPath = (rootRels && relationships(rootRels).find((r) => r.type.endsWith('/officeDocument'))?.target.replace(/^\//, '')) || 'xl/workbook.xml';
  const workbookXml = text(workbookPath);
  if (workbookXml === null) throw new XlsxError('no workbook part');
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = relationships(text(`${dir}_rels/${workbookPath.slice(dir.length)}.rels`) ?? '');
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: XlsxSheetEntry[] = [];
  let date1904 = false;
  parseXml(workbookXml, {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'workbookPr') {
        const v = tag.attributes.date1904;
        date1904 = v === '1' || v === 'true';
      } else if (name === 'sheet') {
        const id = prefixedAttribute(tag, 'id');
        const rel = id === undefined ? undefined : byId.get(id);
        if (!rel || !rel.type.endsWith('/worksheet')) return;
        const state = tag.attributes.state;
        sheets.push({ name: tag.attributes.name ?? '', hidden: state === 'hidden' || state === 'veryHidden', part: resolvePart(dir, rel.target) });
      }
    },
  });
  const sstRel = rels.find((r) => r.type.endsWith('/sharedStrings'));
  const stylesRel = rels.find((r) => r.type.endsWith('/styles'));
  const sstXml = sstRel ? text(resolvePart(dir, sstRel.target)) : null;
  const stylesXml = stylesRel ? text(resolvePart(dir, stylesRel.target)) : null;
  return {
    sheets,
    date1904,
    sharedStrings: sstXml ? readSharedStrings(sstXml) : [],
    dateXfs: stylesXml ? readDateXfs(stylesXml) : [],
    files,
    bytes,
  };
}

/**
 * Reads every worksheet into grids (the cells of a merged range, except its first, are null).
 * @example readXlsx(bytes)[0].grid.cells[1][3] // => 45658.5 for a date cell 01/01/2025 12:00
 */
export function readXlsx(bytes: Uint8Array): XlsxSheet[] {
  const book = openXlsx(bytes);
  return book.sheets.map((sheet) => {
    const cells: InputCell[][] = [];
    const merges: string[] = [];
    readSheetRows(book, sheet.part, (rows, first) => {
      for (let i = 0; i < rows.length; i++) cells[first - 1 + i] = rows[i];
    }, { onMerge: (ref) => merges.push(ref) });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = [];
    for (const ref of merges) blankMerged(cells, ref);
    while (cells.length > 0 && cells[cells.length - 1].every((c) => c === null)) cells.pop();
    return { grid: { sheetName: sheet.name, cells }, hidden: sheet.hidden };
  });
}

export interface SheetRowsOptions {
  /** Rows given per call. @default 2000 */
  blockRows?: number;
  onMerge?: (ref: string) => void;
  /** The worksheet's XML as it streams, for a writer that copies it (see `onRaw`). */
  onRawChunk?: (text: string) => void;
}

/**
 * Streams a worksheet's rows in blocks: `onRows(rows, firstRow)` where rows[0] is sheet
 * row `firstRow` (1-based) and rows are contiguous (missing rows are empty arrays). A row
 * is as long as its last cell with a value. Trailing empty rows may be given.
 */
export function readSheetRows(
  book: XlsxBook,
  part: string,
  onRows: (rows: InputCell[][], firstRow: number) => void,
  options: SheetRowsOptions = {},
): void {
  const blockRows = options.blockRows ?? 2000;
  let block: InputCell[][] = [];
  let blockFirst = 1;
  let nextRow = 1;
  const flush = () => {
    if (block.length > 0) onRows(block, blockFirst);
    block = [];
    blockFirst = nextRow;
  };
  const pushRow = (r: number, cells: InputCell[]) => {
    while (nextRow < r) {
      block.push([]);
      nextRow++;
      if (block.length >= blockRows) flush();
    }
    block.push(cells);
    nextRow = r + 1;
    if (block.length >= blockRows) flush();
  };
  const reader = new SheetXmlReader(book, pushRow, options.onMerge);
  sheetText(book, part, (text) => {
    options.onRawChunk?.(text);
    reader.write(text);
  });
  reader.close();
  flush();
}

/** Compressed bytes handed to the decompressor at a time. */
const ZIP_PIECE = 1 << 16;

/**
 * A worksheet's XML as text, in pieces of about a megabyte, decompressed as it is read:
 * the sheet of a 100,000-row export is 50 MB of XML that is never held whole.
 * `onText(text, last)`: the last piece says so (it may be empty).
 */
export function sheetText(book: XlsxBook, part: string, onText: (text: string, last: boolean) => void): void {
  const decoder = textDecoder('utf-8');
  const cached = book.files[part];
  if (cached) {
    for (let at = 0; at < cached.length || at === 0; at += CHUNK_BYTES) {
      const last = at + CHUNK_BYTES >= cached.length;
      onText(decoder.decode(cached.subarray(at, at + CHUNK_BYTES), { stream: !last }), last);
      if (last) break;
    }
    return;
  }
  let found = false;
  let ended = false;
  let pending = '';
  let failed: Error | null = null;
  // An error of the caller's (in onText) passes through untouched.
  let theirs: { error: unknown } | null = null;
  const unzip = new Unzip((file) => {
    if (file.name !== part || found) return;
    found = true;
    file.ondata = (error, chunk, final) => {
      if (error) {
        failed ??= new XlsxError(`damaged part ${part}: ${String(error)}`);
        return;
      }
      pending += decoder.decode(chunk, { stream: !final });
      if (pending.length >= CHUNK_BYTES || final) {
        const text = pending;
        pending = '';
        if (final) ended = true;
        try {
          onText(text, final);
        } catch (error) {
          theirs = { error };
          throw error;
        }
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < book.bytes.length && !ended; at += ZIP_PIECE) {
      unzip.push(book.bytes.subarray(at, at + ZIP_PIECE), at + ZIP_PIECE >= book.bytes.length);
      if (failed) throw failed;
    }
  } catch (error) {
    if (theirs !== null) throw (theirs as { error: unknown }).error;
    if (error instanceof XlsxError) throw error;
    throw new XlsxError(`damaged part ${part}: ${String(error)}`);
  }
  if (!found) throw new XlsxError(`missing part ${part}`);
  if (!ended) onText(pending + decoder.decode(), true);
}

/** The decompressed bytes of a worksheet part. */
export function sheetBytes(book: XlsxBook, part: string): Uint8Array {
  const cached = book.files[part];
  if (cached) return cached;
  const found = unzipSync(book.bytes, { filter: (f) => f.name === part })[part];
  if (!found) throw new XlsxError(`missing part ${part}`);
  return found;
}

/**
 * Turns worksheet XML, given in pieces of any size, into rows of values. Exported for
 * the test that splits a Vietnamese string across every chunk boundary.
 */
export class SheetXmlReader {
  private readonly parser = new SaxesParser({ xmlns: false });
  private row: InputCell[] = [];
  private rowNumber = 0;
  private col = 0;
  private type = 'n';
  private xf = 0;
  private inValue = false;
  private inInline = false;
  private inPhonetic = false;
  private text = '';
  private hasValue = false;

  constructor(
    private readonly book: Pick<XlsxBook, 'sharedStrings' | 'dateXfs' | 'date1904'>,
    private readonly onRow: (row: number, cells: InputCell[]) => void,
    onMerge?: (ref: string) => void,
  ) {
    const p = this.parser;
    p.on('opentag', (tag) => {
      const name = localName(tag.name);
      switch (name) {
        case 'row': {
          const r = tag.attributes.r;
          this.rowNumber = r === undefined ? this.rowNumber + 1 : Number(r);
          this.row = [];
          this.col = 0;
          break;
        }
        case 'c': {
          const ref = tag.attributes.r;
          this.col = ref === undefined ? this.col + 1 : columnOf(ref);
          this.type = tag.attributes.t ?? 'n';
          this.xf = Number(tag.attributes.s ?? 0);
          this.text = '';
          this.hasValue = false;
          break;
        }
        case 'v':
          this.inValue = true;
          this.text = '';
          break;
        case 'is':
          this.inInline = true;
          this.text = '';
          break;
        case 'rPh':
          this.inPhonetic = true;
          break;
        case 'mergeCell':
          if (onMerge && tag.attributes.ref) onMerge(tag.attributes.ref);
          break;
      }
    });
    p.on('text', (t) => {
      if ((this.inValue || this.inInline) && !this.inPhonetic) this.text += t;
    });
    p.on('closetag', (tag) => {
      const name = localName(tag.name);
      switch (name) {
        case 'v':
          this.inValue = false;
          this.hasValue = true;
          break;
        case 'is':
          this.inInline = false;
          this.hasValue = true;
          break;
        case 'rPh':
          this.inPhonetic = false;
          break;
        case 'c': {
          const value = this.hasValue ? this.value() : null;
          if (value !== null) {
            const row = this.row;
            while (row.length < this.col - 1) row.push(null);
            row[this.col - 1] = value;
          }
          break;
        }
        case 'row':
          this.onRow(this.rowNumber, this.row);
          break;
      }
    });
  }

  write(text: string): void {
    this.parser.write(text);
  }

  close(): void {
    this.parser.close();
  }

  private value(): InputCell {
    const t = this.text;
    switch (this.type) {
      case 's': {
        const s = this.book.sharedStrings[Number(t)];
        return s === undefined || s === '' ? null : s;
      }
      case 'inlineStr':
      case 'str':
      case 'e':
        return t === '' ? null : t;
      case 'b':
        return t === '1' || t === 'true';
      default: {
        if (t === '') return null;
        const n = Number(t);
        if (!Number.isFinite(n)) return t;
        return this.book.dateXfs[this.xf] ? dateSerial(n, this.book.date1904) : n;
      }
    }
  }
}

/**
 * A date cell's serial in the 1900 system, at millisecond precision (as Excel shows it,
 * and as ExcelJS read it).
 * @example dateSerial(45658 - 1462, true) // => 45658
 */
export function dateSerial(n: number, date1904: boolean): number {
  const ms = Math.round((n + (date1904 ? DATE_1904_OFFSET : 0) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let text = '';
  let inT = false;
  let inPhonetic = false;
  parseXml(xml, {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'si') text = '';
      else if (name === 't') inT = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    text(t) {
      if (inT && !inPhonetic) text += t;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') out.push(text);
    },
  });
  return out;
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function readDateXfs(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const xfs: boolean[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'numFmt') custom.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        const code = custom.get(id);
        xfs.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_IDS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfs;
}

/**
 * True when a number format code shows a date or time: y, m, d, h or s outside quotes
 * and brackets (ExcelJS's rule, so grids read the same as before).
 * @example isDateFormat('dd/mm/yyyy hh:mm') // => true
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  parseXml(xml, {
    open(tag) {
      if (localName(tag.name) !== 'Relationship') return;
      const a = tag.attributes;
      if (a.Id && a.Type && a.Target && a.TargetMode !== 'External') out.push({ id: a.Id, type: a.Type, target: a.Target });
    },
  });
  return out;
}

interface XmlHandlers {
  open?: (tag: SaxesTagPlain) => void;
  text?: (text: string) => void;
  close?: (localName: string) => void;
}

function parseXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.text) parser.on('text', handlers.text);
  const close = handlers.close;
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new XlsxError(`bad XML: ${String(error)}`);
  }
}

/** A prefixed attribute by its local name (the relationship id "r:id", whatever the prefix). */
function prefixedAttribute(tag: SaxesTagPlain, local: string): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) {
    const colon = key.indexOf(':');
    if (colon > 0 && key.slice(colon + 1) === local) return value;
  }
  return undefined;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The column (1-based) of a reference such as "AB12". */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col;
}

/** Cells of a merged range other than its first read as null, as ExcelJS gave them. */
function blankMerged(cells: InputCell[][], ref: string): void {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return;
  const c1 = columnOf(m[1]);
  const r1 = Number(m[2]);
  const c2 = columnOf(m[3]);
  const r2 = Number(m[4]);
  while (cells.length < r2) cells.push([]);
  for (let r = r1; r <= r2; r++) {
    const row = cells[r - 1];
    while (row.length < c2) row.push(null);
    for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) row[c - 1] = null;
  }
}
