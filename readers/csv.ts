import type { InputCell, Problem, SheetGrid } from '../core/index.js';
import { ChunkDecoder, decodeText, guessEncoding } from './decode-text.js';
import { CsvTokenizer, type CsvDelimiter, type CsvRecord } from './csv-tokenizer.js';

export type { CsvDelimiter } from './csv-tokenizer.js';

/** A CSV file read as one grid. */
export interface CsvRead {
  grid: SheetGrid;
  delimiter: CsvDelimiter;
  encoding: string;
  /** 'file.encoding' when the file was not UTF-8; 'file.unclosedQuote' per broken row. */
  problems: Problem[];
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
const SNIFF_CHARS = 64 * 1024;

/**
 * Reads CSV bytes into one grid of strings (empty fields are null). The encoding is
 * UTF-8 with or without BOM, UTF-16 with BOM, or else Windows-1258; the delimiter is
 * sniffed among `,` `;` and tab (an Excel `sep=;` first line is obeyed and not shown).
 * Every record is one row, blank lines included, so row numbers match what Excel shows.
 * A quote that is never closed is reported with its line, and that line is read as plain text.
 * @example readCsv(bytesOf('Mã hồ sơ;Ngày hẹn trả\nA1;05/06/2024'), 'x').grid.cells[1] // => ['A1', '05/06/2024']
 */
export function readCsv(bytes: Uint8Array, sheetName: string): CsvRead {
  const decoded = decodeText(bytes);
  const cells: InputCell[][] = [];
  const stream = new CsvStream((records) => {
    for (const r of records) cells.push(r);
  });
  stream.pushText(decoded.text, true);
  // A final empty line would be one more record: drop trailing empty records.
  while (cells.length > 0 && cells[cells.length - 1].every((cell) => cell === null)) cells.pop();
  const problems: Problem[] = decoded.assumedWindows1258 ? [encodingProblem(decoded.encoding)] : [];
  problems.push(...stream.problems);
  return { grid: { sheetName, cells }, delimiter: stream.delimiter ?? ',', encoding: decoded.encoding, problems };
}

function encodingProblem(encoding: string): Problem {
  return { code: 'file.encoding', row: 0, severity: 'warning', detail: encoding };
}

/**
 * A CSV read piece by piece: text (or bytes, through `CsvByteStream`) goes in, rows of
 * cells come out in blocks, so a file of any size is read in bounded memory. The
 * delimiter is sniffed on the first 64 KB (or an Excel `sep=` line). Trailing empty
 * rows are given too; the caller drops them at the end.
 */
export class CsvStream {
  delimiter: CsvDelimiter | null = null;
  readonly problems: Problem[] = [];
  private tokenizer: CsvTokenizer | null = null;
  private pending = '';
  private started = false;
  private rowIndex = 0;

  constructor(private readonly onRows: (rows: InputCell[][], firstRow: number) => void) {}

  /** Feeds decoded text; `last` ends the file. */
  pushText(text: string, last: boolean): void {
    if (this.tokenizer === null) {
      this.pending += text;
      if (this.pending.length < SNIFF_CHARS && !last) return;
      this.start(this.pending);
      const all = this.pending;
      this.pending = '';
      this.feed(all, last);
      return;
    }
    this.feed(text, last);
  }

  private start(head: string): void {
    this.started = true;
    const sep = /^sep=(.)\r?\n/i.exec(head);
    if (sep && (DELIMITERS as readonly string[]).includes(sep[1])) {
      this.delimiter = sep[1] as CsvDelimiter;
      this.skipSep = sep[0].length;
    } else {
      this.delimiter = sniffDelimiter(head);
    }
    this.tokenizer = new CsvTokenizer(this.delimiter);
  }

  private skipSep = 0;

  private feed(text: string, last: boolean): void {
    let t = text;
    if (this.skipSep > 0) {
      t = t.slice(this.skipSep);
      this.skipSep = 0;
    }
    const tokenizer = this.tokenizer as CsvTokenizer;
    const records = tokenizer.push(t, last);
    this.emit(records);
  }

  private emit(records: CsvRecord[]): void {
    if (!this.started || records.length === 0) return;
    const rows = new Array<InputCell[]>(records.length);
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      const fields = record.fields;
      const row = new Array<InputCell>(fields.length);
      for (let j = 0; j < fields.length; j++) row[j] = fields[j] === '' ? null : fields[j];
      rows[i] = row;
      if (record.unclosedQuoteLine !== null) {
        this.problems.push({
          code: 'file.unclosedQuote', row: this.rowIndex + i + 1, severity: 'error', detail: String(record.unclosedQuoteLine),
        });
      }
    }
    const first = this.rowIndex + 1;
    this.rowIndex += records.length;
    this.onRows(rows, first);
  }
}

/**
 * CSV bytes read in chunks: the encoding is decided first (`guessEncoding` on the whole
 * file's bytes, or on what the caller passes), then each chunk is decoded and parsed.
 */
export class CsvByteStream {
  readonly text: CsvStream;
  private readonly decoder: ChunkDecoder;
  readonly encoding: string;
  readonly assumedWindows1258: boolean;

  constructor(encodingSample: Uint8Array | { encoding: string; bomLength: number; assumedWindows1258: boolean }, onRows: (rows: InputCell[][], firstRow: number) => void) {
    const guess = encodingSample instanceof Uint8Array ? guessEncoding(encodingSample) : encodingSample;
    this.decoder = new ChunkDecoder(guess);
    this.encoding = guess.encoding;
    this.assumedWindows1258 = guess.assumedWindows1258;
    this.text = new CsvStream(onRows);
  }

  push(chunk: Uint8Array, last: boolean): void {
    this.text.pushText(this.decoder.decode(chunk, last), last);
  }

  /** The encoding warning and the broken rows. */
  get problems(): Problem[] {
    return [...(this.assumedWindows1258 ? [encodingProblem(this.encoding)] : []), ...this.text.problems];
  }
}

/**
 * Picks the delimiter whose most common field count (above 1) covers the most fields in
 * the first 64 KB; quoted delimiters do not count.
 * @example sniffDelimiter('a;b;c\n1;2,5;3\n') // => ';'
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  let sample = text.slice(0, SNIFF_CHARS);
  if (text.length > SNIFF_CHARS) sample = sample.slice(0, Math.max(sample.lastIndexOf('\n'), 0));
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const score = delimiterScore(sample, delimiter);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function delimiterScore(sample: string, delimiter: CsvDelimiter): number {
  const records = new CsvTokenizer(delimiter).push(sample, true);
  const frequency = new Map<number, number>();
  for (const record of records) {
    if (record.unclosedQuoteLine !== null) continue;
    const n = record.fields.length;
    if (n > 1) frequency.set(n, (frequency.get(n) ?? 0) + 1);
  }
  let score = 0;
  for (const [fields, count] of frequency) score = Math.max(score, count * (fields - 1));
  return score;
}
