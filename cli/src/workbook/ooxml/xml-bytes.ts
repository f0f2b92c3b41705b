/**
 * SpreadsheetML written as UTF-8 bytes: the one place that turns a cell into XML. A
 * 100,000-row sheet has about 1.6 million cells. Joining a string per row and encoding the
 * whole took 2.5 s of a 7 s check, most of it garbage collection; copying the markup byte
 * by byte in JavaScript took 1.1 s. Here the markup of a few rows is gathered in a short
 * string and encoded natively (Buffer.write) into a reused buffer, which is handed on (to
 * deflate) whenever it fills: 0.25 s, and nothing long-lived for the collector.
 */
import type { PlanCell } from '../../../../core/index.js';
import { colLetters } from './xml.js';

/** Characters gathered before they are encoded: short enough to die young, long enough that the native call is cheap. */
const PENDING_CHARS = 16_384;
/** Bytes of one UTF-16 unit at most (a surrogate pair is 2 units and 4 bytes). */
const MAX_BYTES_PER_UNIT = 3;

/** `<c r="` and the column letters, made once per column. */
const CELL_OPEN: string[] = [];
function cellOpen(col: number): string {
  return CELL_OPEN[col] ?? (CELL_OPEN[col] = `<c r="${colLetters(col)}`);
}

/**
 * A buffer of XML bytes given to `flushTo` each time it fills (and on `flush`). The bytes
 * given are a view of the buffer, valid until the next write: the receiver uses them at
 * once (deflates or copies them).
 */
export class XmlBytes {
  private readonly buf: Buffer;
  private at = 0;
  private pending = '';

  constructor(
    private readonly flushTo: (bytes: Uint8Array) => void,
    capacity = 1 << 20,
  ) {
    this.buf = Buffer.allocUnsafe(Math.max(capacity, 512));
  }

  /** The bytes written since the last flush (a view, as for flushTo), and starts again. */
  take(): Uint8Array {
    this.encodePending();
    // A plain Uint8Array (a Buffer's slice() would not copy).
    const out = new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.at);
    this.at = 0;
    return out;
  }

  flush(): void {
    this.encodePending();
    if (this.at > 0) this.flushTo(this.take());
  }

  /** Markup, copied as it is (UTF-8). */
  raw(text: string): void {
    this.append(text);
  }

  /** Text content or an attribute value: escaped, without the characters XML 1.0 forbids. */
  text(text: string): void {
    this.append(escapeText(text));
  }

  /**
   * One cell: text inline (never a formula, so text that looks like one stays text),
   * numbers as numbers, booleans as booleans; `xf` 0 writes no style.
   */
  cell(col: number, row: number, value: PlanCell | undefined, xf: number): void {
    const ref = xf > 0 ? `${cellOpen(col)}${row}" s="${xf}` : `${cellOpen(col)}${row}`;
    if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
      this.append(`${ref}"/>`);
    } else if (typeof value === 'number') {
      this.append(`${ref}"><v>${value}</v></c>`);
    } else if (typeof value === 'boolean') {
      this.append(`${ref}" t="b"><v>${value ? 1 : 0}</v></c>`);
    } else {
      // Excel trims a text's outer white space unless told to keep it; most cells have none,
      // and leaving the attribute off them makes the sheet XML a quarter smaller.
      const t = keepsSpace(value) ? '<t xml:space="preserve">' : '<t>';
      this.append(`${ref}" t="inlineStr"><is>${t}${escapeText(value)}</t></is></c>`);
    }
  }

  private append(text: string): void {
    this.pending += text;
    if (this.pending.length >= PENDING_CHARS) this.encodePending();
  }

  /** Encodes the gathered text into the buffer, flushing it as it fills (lone surrogates become U+FFFD, as TextEncoder writes them). */
  private encodePending(): void {
    let text = this.pending;
    this.pending = '';
    while (text.length > 0) {
      if (this.at + text.length * MAX_BYTES_PER_UNIT <= this.buf.length) {
        this.at += this.buf.write(text, this.at);
        return;
      }
      if (this.at > 0) {
        this.flushTo(this.take());
        continue;
      }
      // Longer than the whole buffer: a piece that surely fits, not cutting a surrogate pair.
      let n = Math.floor(this.buf.length / MAX_BYTES_PER_UNIT);
      const last = text.charCodeAt(n - 1);
      if (last >= 0xd800 && last <= 0xdbff) n--;
      this.at += this.buf.write(text.slice(0, n), 0);
      text = text.slice(n);
    }
  }
}

/** What text content must not hold as it is: markup characters, what XML 1.0 forbids, surrogates (checked further). */
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ESCAPED = /[&<>"]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPED, (ch) => {
    if (ch === '&') return '&amp;';
    if (ch === '<') return '&lt;';
    if (ch === '>') return '&gt;';
    if (ch === '"') return '&quot;';
    // A lone surrogate is written as U+FFFD here, so that it cannot pair with a neighbour.
    if (ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff) return '\uFFFD';
    return '';
  });
}

const decoder = new TextDecoder();

/** What `write` writes, as a string (for the parts and tests that want text). */
export function xmlText(write: (out: XmlBytes) => void): string {
  let text = '';
  const out = new XmlBytes((bytes) => (text += decoder.decode(bytes)), 1 << 12);
  write(out);
  out.flush();
  return text;
}

/** What `write` writes, as bytes (a part's data). */
export function xmlBytes(write: (out: XmlBytes) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  const out = new XmlBytes((bytes) => chunks.push(bytes.slice()), 1 << 16);
  write(out);
  out.flush();
  return concatBytes(chunks);
}

/** The chunks joined into one array (the chunk itself when there is one). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let length = 0;
  for (const c of chunks) length += c.length;
  const all = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/** One cell's XML as a string (see XmlBytes.cell). */
export function cellXml(col: number, row: number, value: PlanCell | undefined, xf: number): string {
  return xmlText((out) => out.cell(col, row, value, xf));
}

/** Text whose white space Excel would drop or fold without xml:space="preserve": at either end, a tab or line break, or a run of spaces. */
function keepsSpace(text: string): boolean {
  if (text.length === 0) return false;
  return isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)) || INNER_SPACE.test(text);
}

/** XML white space (tab, LF, CR, space), the only characters XML readers may fold. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

const INNER_SPACE = /[\t\n\r]| {2}/;
