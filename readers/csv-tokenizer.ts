/**
 * An RFC 4180 CSV tokenizer that takes text in pieces (a quote, a CRLF or a field may be
 * split between two pieces) and gives back whole records. Kept hand-written because the
 * reader must run in a browser without Buffer or Node streams, resume across chunks, and
 * recover from a quote that is never closed (csv-parse throws away the whole file then).
 * Lenient like Excel: a quote inside an unquoted field is a character; text after a
 * closing quote is kept; rows may have any number of fields.
 */

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRecord {
  fields: string[];
  /** Physical line (1-based) where the record starts. */
  line: number;
  /** Line of a quote never closed, which this record was re-read without; else null. */
  unclosedQuoteLine: number | null;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvTokenizer {
  private readonly delim: number;
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  private atFieldStart = true;
  private recordHasText = false;
  private pendingCR = false;
  private lastWasCR = false;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 0;
  /** Raw text of the current record from earlier pieces (kept for recovery). */
  private raw = '';
  private quoteOffset = -1;
  private carry = '';
  /** During recovery: the offset (in the re-read text) of the quote to read as a character. */
  private literalAt = -1;
  private markNext: number | null = null;

  constructor(delimiter: CsvDelimiter) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Records completed by this piece of text; `last` ends the input. */
  push(piece: string, last: boolean): CsvRecord[] {
    const out: CsvRecord[] = [];
    this.run(this.carry + piece, last, out);
    return out;
  }

  private run(text: string, last: boolean, out: CsvRecord[]): void {
    this.carry = '';
    let n = text.length;
    // A quote at the very end inside a quoted field may be the first of "": wait for the next piece.
    if (!last && this.inQuotes && n > 0 && text.charCodeAt(n - 1) === QUOTE) {
      this.carry = '"';
      n--;
    }
    let seg = 0;
    let recStart = 0;
    const delim = this.delim;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === LF) {
          this.lastWasCR = false;
          seg = recStart = i + 1;
          continue;
        }
      }
      if (this.inQuotes) {
        if (c === QUOTE) {
          if (i + 1 < n && text.charCodeAt(i + 1) === QUOTE) {
            this.field += text.slice(seg, i + 1);
            i++;
            seg = i + 1;
          } else {
            this.field += text.slice(seg, i);
            this.inQuotes = false;
            seg = i + 1;
          }
          this.lastWasCR = false;
        } else if (c === LF) {
          if (!this.lastWasCR) this.line++;
          this.lastWasCR = false;
        } else if (c === CR) {
          this.line++;
          this.lastWasCR = true;
        } else {
          this.lastWasCR = false;
        }
        continue;
      }
      if (c === delim) {
        this.fields.push(this.field + text.slice(seg, i));
        this.field = '';
        seg = i + 1;
        this.atFieldStart = true;
        this.recordHasText = true;
        this.lastWasCR = false;
        continue;
      }
      if (c === LF || c === CR) {
        this.fields.push(this.field + text.slice(seg, i));
        this.endRecord(out);
        if (c === CR) {
          this.pendingCR = true;
          this.lastWasCR = true;
        } else {
          this.lastWasCR = false;
        }
        this.line++;
        this.recordLine = this.line;
        seg = recStart = i + 1;
        continue;
      }
      this.lastWasCR = false;
      this.recordHasText = true;
      if (c === QUOTE && this.atFieldStart && i === seg && this.field === '' && this.raw.length + (i - recStart) !== this.literalAt) {
        this.inQuotes = true;
        this.quoteLine = this.line;
        this.quoteOffset = this.raw.length + (i - recStart);
        seg = i + 1;
      }
      this.atFieldStart = false;
    }
    // The rest of this piece belongs to the record still open.
    if (this.inQuotes) this.field += text.slice(seg, n);
    else this.field += text.slice(seg, n);
    if (n > recStart) this.raw += text.slice(recStart, n);
    if (!last) return;
    if (this.inQuotes) {
      this.recover(out);
      return;
    }
    if (this.recordHasText || this.fields.length > 0 || this.field !== '') {
      this.fields.push(this.field);
      this.endRecord(out);
    }
  }

  /** Re-reads the open record with its opening quote as a plain character, then the rest. */
  private recover(out: CsvRecord[]): void {
    const text = this.raw;
    const literal = this.quoteOffset;
    const quoteLine = this.quoteLine;
    this.fields = [];
    this.field = '';
    this.inQuotes = false;
    this.atFieldStart = true;
    this.recordHasText = false;
    this.raw = '';
    this.line = this.recordLine;
    this.lastWasCR = false;
    this.pendingCR = false;
    this.literalAt = literal;
    this.markNext = quoteLine;
    this.run(text, true, out);
  }

  private endRecord(out: CsvRecord[]): void {
    out.push({ fields: this.fields, line: this.recordLine, unclosedQuoteLine: this.markNext });
    this.markNext = null;
    this.literalAt = -1;
    this.fields = [];
    this.field = '';
    this.raw = '';
    this.atFieldStart = true;
    this.recordHasText = false;
  }
}
