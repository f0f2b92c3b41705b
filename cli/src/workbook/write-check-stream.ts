/**
 * The checked workbook of a sheet given as rows in blocks (a CSV of any length): each
 * block is checked by core's CheckStream and its rows are written to the data sheet at
 * once, deflated as they go; only what the report tabs need is kept. The result is the
 * workbook `writeCheckWorkbook` makes from the whole grid, except that the streamed sheet
 * has no <dimension> (Excel works it out).
 */
import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  CheckStream,
  DATA_SHEET_LABELS,
  type CheckBlock,
  type CheckStreamResult,
  type InputCell,
  type Settings,
  type SheetGrid,
  type StreamHints,
} from '../../../core/index.js';
import { safeSheetName } from './apply-plan.js';
import { BASE_STYLES, basePackageParts, GRID_SHEET_TAIL, gridSheetHead } from './ooxml/base-package.js';
import { dueColumnOf, patchRowsXml, patchSheetHead, planRows, UnsupportedSheetError, writeGridRowsPatched } from './ooxml/data-sheet.js';
import { patchPackage } from './ooxml/package.js';
import { StylesPatch } from './ooxml/styles.js';
import { SheetRowSplitter, type RawRow } from './ooxml/sheet-rows.js';
import { partText, readZip, ZipWriter, type ZipPart, type ZipStreamPart } from './ooxml/zip.js';
import { SheetXmlReader, sheetText, type XlsxBook, type XlsxSheetEntry } from '../../../readers/index.js';
import { reportTabs } from './write-check.js';

/** Excel's last row: a sheet longer than this does not open. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** The input has more rows than an Excel sheet; nothing was written. */
export class TooManyRowsError extends Error {
  override readonly name = 'TooManyRowsError';
  constructor(readonly rows: number) {
    super(`more than ${EXCEL_MAX_ROWS} rows`);
  }
}

export interface StreamWriteOptions {
  sheetName: string;
  settings: Settings;
  lateOnSystem?: SheetGrid | null;
  outPath: string;
  hints?: StreamHints;
  firstBlockRows?: number;
  blockRows?: number;
}

/** Milliseconds spent in each stage, for the bench. */
export interface StageTimes {
  read: number;
  /** Reading the export, classifying and planning the data sheet (core, block by block). */
  check: number;
  /** The report tabs (buildReports on the kept dossiers). */
  reports: number;
  /** XML and ZIP: the data sheet, the tabs, the package. */
  write: number;
}

export interface StreamWriteOutcome {
  done: CheckStreamResult;
  /** False when the file was not written: no header, a whole-column case, or hints to redo. */
  written: boolean;
  times: StageTimes;
}

/**
 * Checks `rows` and writes the checked workbook to `outPath`, in one pass, or not at all
 * (see `written`): with no header, when `done.needsInMemory` says the sheet must be checked
 * whole, or when `done.hintsWrong` says to run again with `hints: done.found`. A sheet of
 * more than 1,048,576 rows throws TooManyRowsError before the file is finished; the
 * partial file is removed.
 */
export async function writeCheckStream(rows: AsyncIterable<InputCell[][]>, options: StreamWriteOptions): Promise<StreamWriteOutcome> {
  const times: StageTimes = { read: 0, check: 0, reports: 0, write: 0 };
  const dataSheetName = safeSheetName(options.sheetName);
  const fd = openSync(options.outPath, 'w');
  let finished = false;
  try {
    const zip = new ZipWriter((chunk) => writeSync(fd, chunk));
    const styles = new StylesPatch(BASE_STYLES);
    const sheet = zip.open('xl/worksheets/sheet1.xml');
    const stream = new CheckStream(options.sheetName, options.settings, {
      lateOnSystem: options.lateOnSystem ?? null,
      hints: options.hints,
      firstBlockRows: options.firstBlockRows,
      blockRows: options.blockRows,
    });
    const writer = new BlockWriter(sheet, styles);
    let count = 0;
    let t = performance.now();
    for await (const block of rows) {
      const now = performance.now();
      times.read += now - t;
      count += block.length;
      if (count > EXCEL_MAX_ROWS) throw new TooManyRowsError(count);
      const done = stream.push(block);
      const checked = performance.now();
      times.check += checked - now;
      for (const b of done) writer.write(b);
      t = performance.now();
      times.write += t - checked;
    }
    times.read += performance.now() - t;
    t = performance.now();
    const last = stream.end();
    const done = stream.finish();
    times.check += performance.now() - t;
    if (done.result.read.headerRows.length === 0 || done.needsInMemory !== null || done.hintsWrong) return { done, written: false, times };
    t = performance.now();
    for (const b of last) writer.write(b);
    sheet.write(`</sheetData>${GRID_SHEET_TAIL}`);
    sheet.close();
    times.write += performance.now() - t;

    t = performance.now();
    const tabs = reportTabs(done.result, options.settings);
    times.reports += performance.now() - t;
    t = performance.now();
    const base = basePackageParts({ sheetName: dataSheetName, cells: [] }, dataSheetName, '<worksheet/>').map((p) =>
      p.name === 'xl/styles.xml' ? { name: p.name, data: new TextEncoder().encode(styles.serialize()) } : p,
    );
    const parts = patchPackage(base, { dataSheetName, dataPlan: null, tabs, legendTitle: DATA_SHEET_LABELS.legendTitle }, true);
    zip.addAll(parts.filter((part) => part.name !== 'xl/worksheets/sheet1.xml'));
    zip.finish();
    times.write += performance.now() - t;
    finished = true;
    return { done, written: true, times };
  } finally {
    closeSync(fd);
    if (!finished) unlinkSync(options.outPath);
  }
}

/** Writes each block's rows with the tool's cells; the sheet head goes with the first block. */
class BlockWriter {

  constructor(
    private readonly sheet: ZipStreamPart,
    private readonly styles: StylesPatch,
  ) {}

  write(block: CheckBlock): void {
    const plan = block.plan;
    if (plan === null) return;
    if (block.first) {
      this.sheet.write(`${patchSheetHead(gridSheetHead(block.rows), plan, 0, null)}<sheetData>`);
    }
    const ops = planRows(plan, this.styles, DATA_SHEET_LABELS.legendTitle, 0, block.first);
    writeGridRowsPatched(this.sheet.out, block.rows, block.firstRow, ops, dueColumnOf(plan), this.styles);
  }
}

/** Days between the 1900 and 1904 date systems' serials of one date. */
const DATE_1904_OFFSET = 1462;

export interface XlsxStreamOptions extends Omit<StreamWriteOptions, 'sheetName'> {
  book: XlsxBook;
  sheet: XlsxSheetEntry;
}

/**
 * The checked workbook of an .xlsx, its data sheet streamed: the sheet's XML is cut into
 * rows as it is decompressed, each block of rows is read and checked, and its rows are
 * copied as they were with the tool's cells added (as patchDataSheetXml does to the whole
 * sheet). Every other part is copied as it was, except those the tool owns. Same
 * `written` semantics as writeCheckStream; throws Unsupported…Error for package shapes
 * the patcher does not handle (the caller then checks in memory).
 */
export async function writeCheckStreamXlsx(options: XlsxStreamOptions): Promise<StreamWriteOutcome> {
  const times: StageTimes = { read: 0, check: 0, reports: 0, write: 0 };
  const { book, sheet: entry } = options;
  let t = performance.now();
  const parts = readZip(book.bytes, new Set([entry.part]));
  const stylesPart = stylesPartOf(parts);
  times.read += performance.now() - t;
  const fd = openSync(options.outPath, 'w');
  let finished = false;
  try {
    const zip = new ZipWriter((chunk) => writeSync(fd, chunk));
    const styles = new StylesPatch(partText(stylesPart));
    const sheet = zip.open(entry.part);
    const stream = new CheckStream(entry.name, options.settings, {
      lateOnSystem: options.lateOnSystem ?? null,
      hints: options.hints,
      firstBlockRows: options.firstBlockRows,
      blockRows: options.blockRows,
    });
    const dateOffset = book.date1904 ? -DATE_1904_OFFSET : 0;
    const splitter = new SheetRowSplitter();
    const raw: RawRow[] = [];
    let rawAt = 0;
    let pending: InputCell[][] = [];
    let nextRow = 1;
    const reader = new SheetXmlReader(book, (r, cells) => {
      while (nextRow < r) {
        pending.push([]);
        nextRow++;
      }
      pending.push(cells);
      nextRow = r + 1;
    });
    reader.write('<sheetData>');
    let headDone = false;
    const writeBlock = (block: CheckBlock) => {
      const plan = block.plan;
      const end = block.firstRow + block.rows.length - 1;
      let xml = '';
      while (rawAt < raw.length && raw[rawAt].r <= end) xml += raw[rawAt++].xml;
      if (rawAt > 2_000) {
        raw.splice(0, rawAt);
        rawAt = 0;
      }
      if (plan === null) return;
      if (block.first) {
        sheet.write(`${patchSheetHead(splitter.head, plan, 0, 0)}<sheetData>`);
        headDone = true;
      }
      const ops = planRows(plan, styles, DATA_SHEET_LABELS.legendTitle, dateOffset, block.first);
      sheet.write(patchRowsXml(xml, ops, null, dueColumnOf(plan), styles).xml);
    };
    const held: CheckBlock[] = [];
    let r0 = performance.now();
    sheetText(book, entry.part, (text) => {
      const rows = splitter.push(text);
      for (const row of rows) {
        reader.write(row.xml);
        raw.push(row);
      }
      if (nextRow - 1 > EXCEL_MAX_ROWS) throw new TooManyRowsError(nextRow - 1);
      const r1 = performance.now();
      times.read += r1 - r0;
      const blocks = stream.push(pending);
      pending = [];
      const r2 = performance.now();
      times.check += r2 - r1;
      // Blocks wait until the head is known (a first block always comes with it).
      held.push(...blocks);
      while (held.length > 0) writeBlock(held.shift()!);
      r0 = performance.now();
      times.write += r0 - r2;
    });
    times.read += performance.now() - r0;
    reader.write('</sheetData>');
    reader.close();
    t = performance.now();
    const lastBlocks = stream.end();
    const done = stream.finish();
    times.check += performance.now() - t;
    if (done.result.read.headerRows.length === 0 || done.needsInMemory !== null || done.hintsWrong) return { done, written: false, times };
    t = performance.now();
    for (const b of lastBlocks) writeBlock(b);
    if (!headDone) return { done, written: false, times };
    let rest = '';
    while (rawAt < raw.length) rest += raw[rawAt++].xml;
    sheet.write(`${rest}${splitter.tail}`);
    sheet.close();
    times.write += performance.now() - t;

    t = performance.now();
    const tabs = reportTabs(done.result, options.settings);
    times.reports += performance.now() - t;
    t = performance.now();
    const withStyles = parts.map((p) => (p === stylesPart ? { name: p.name, data: new TextEncoder().encode(styles.serialize()) } : p));
    const patched = patchPackage(withStyles, { dataSheetName: entry.name, dataPlan: null, tabs, legendTitle: DATA_SHEET_LABELS.legendTitle }, true);
    zip.addAll(patched.filter((part) => part.name !== entry.part));
    zip.finish();
    times.write += performance.now() - t;
    finished = true;
    return { done, written: true, times };
  } finally {
    closeSync(fd);
    if (!finished) unlinkSync(options.outPath);
  }
}

/** The styles part named by the workbook's relationships. */
function stylesPartOf(parts: readonly ZipPart[]): ZipPart {
  const rels = parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels');
  const target = rels ? /<Relationship\b[^>]*Type="[^"]*\/styles"[^>]*Target="([^"]+)"|<Relationship\b[^>]*Target="([^"]+)"[^>]*Type="[^"]*\/styles"/.exec(partText(rels)) : null;
  const path = target ? (target[1] ?? target[2]).replace(/^\//, '') : 'styles.xml';
  const name = path.startsWith('xl/') ? path : `xl/${path}`;
  const found = parts.find((p) => p.name === name);
  if (!found) throw new UnsupportedSheetError('no styles part');
  return found;
}
