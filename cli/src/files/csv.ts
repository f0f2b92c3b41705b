import { parse } from 'csv-parse/sync';
import type { InputCell, Problem, SheetGrid } from '../../../core/index.js';
import { decodeText } from './decode-text.js';

export type CsvDelimiter = ',' | ';' | '\t';

/** A CSV file read as one grid. */
export interface CsvRead {
  grid: SheetGrid;
  delimiter: CsvDelimiter;
  encoding: string;
  /** 'file.encoding' when the file was not UTF-8. */
  problems: Problem[];
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
const SNIFF_CHARS = 64 * 1024;

/**
 * Reads CSV bytes into one grid of strings (empty fields are null). The encoding is
 * UTF-8 with or without BOM, UTF-16 with BOM, or else Windows-1258; the delimiter is
 * sniffed among `,` `;` and tab (an Excel `sep=;` first line is obeyed and not shown).
 * Every record is one row, blank lines included, so row numbers match what Excel shows.
 * @example readCsv(bytesOf('Mã hồ sơ;Ngày hẹn trả\nA1;05/06/2024'), 'x').grid.cells[1] // => ['A1', '05/06/2024']
 */
export function readCsv(bytes: Uint8Array, sheetName: string): CsvRead {
  const decoded = decodeText(bytes);
  let text = decoded.text;
  let delimiter: CsvDelimiter | null = null;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep && (DELIMITERS as readonly string[]).includes(sep[1])) {
    delimiter = sep[1] as CsvDelimiter;
    text = text.slice(sep[0].length);
  }
  delimiter ??= sniffDelimiter(text);
  const records: string[][] = parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  });
  const cells: InputCell[][] = records.map((record) => record.map((field) => (field === '' ? null : field)));
  // A trailing newline yields no record in csv-parse, but a final empty line would: drop it.
  while (cells.length > 0 && cells[cells.length - 1].every((cell) => cell === null)) cells.pop();
  const problems: Problem[] = decoded.assumedWindows1258
    ? [{ code: 'file.encoding', row: 0, severity: 'warning', detail: decoded.encoding }]
    : [];
  return { grid: { sheetName, cells }, delimiter, encoding: decoded.encoding, problems };
}

/**
 * Picks the delimiter whose most common field count (above 1) covers the most fields in
 * the first 64 KB, parsing with csv-parse itself so quoted delimiters do not count.
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
  let records: string[][];
  try {
    records = parse(sample, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true, bom: true });
  } catch {
    return 0;
  }
  const frequency = new Map<number, number>();
  for (const record of records) {
    if (record.length > 1) frequency.set(record.length, (frequency.get(record.length) ?? 0) + 1);
  }
  let score = 0;
  for (const [fields, count] of frequency) score = Math.max(score, count * (fields - 1));
  return score;
}
