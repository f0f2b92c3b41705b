/**
 * SpreadsheetML written straight into UTF-8 bytes: the one place that turns a cell into
 * XML. A 100,000-row sheet has about 1.6 million cells; building a string per cell and
 * encoding the joined text took 2.5 s of a 7 s check, most of it garbage collection
 * (README, Performance). Here the markup is copied byte by byte into a reused buffer,
 * which is handed on (to deflate) whenever it fills.
 */
import type { PlanCell } from '../../../../core/index.js';
import { colLetters } from './xml.js';

/** Bytes a cell's markup needs besides its text: `<c r="XFD1048576" s="65535" t="inlineStr"><is><t xml:space="preserve">` and the closing tags. */
const CELL_MARKUP = 128;
/** Room kept at the end of the buffer while copying text: one character is at most 6 bytes (`&quot;`). */
const CHAR_ROOM = 8;

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const C_OPEN = ascii('<c r="');
const S_ATTR = ascii('" s="');
// Each starts with the quote that ends the r or s attribute.
const EMPTY_END = ascii('"/>');
const NUMBER_OPEN = ascii('"><v>');
const NUMBER_CLOSE = ascii('</v></c>');
const BOOLEAN_OPEN = ascii('" t="b"><v>');
const TEXT_OPEN = ascii('" t="inlineStr"><is><t>');
const TEXT_OPEN_SPACE = ascii('" t="inlineStr"><is><t xml:space="preserve">');
const TEXT_CLOSE = ascii('</t></is></c>');
const AMP = ascii('&amp;');
const LT = ascii('&lt;');
const GT = ascii('&gt;');
const QUOT = ascii('&quot;');

/** Column letters as bytes, made once per column. */
const LETTERS: Uint8Array[] = [];
function letterBytes(col: number): Uint8Array {
  return LETTERS[col] ?? (LETTERS[col] = ascii(colLetters(col)));
}

/**
 * A buffer of XML bytes given to `flushTo` each time it fills (and on `flush`). The bytes
 * given are a view of the buffer, valid until the next write: the receiver uses them at
 * once (deflates or copies them).
 */
export class XmlBytes {
  private buf: Uint8Array;
  private at = 0;

  constructor(
    private readonly flushTo: (bytes: Uint8Array) => void,
    capacity = 1 << 20,
  ) {
    this.buf = new Uint8Array(Math.max(capacity, CELL_MARKUP * 4));
  }

  /** The bytes written since the last flush (a view, as for flushTo), and starts again. */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.at);
    this.at = 0;
    return out;
  }

  flush(): void {
    if (this.at > 0) this.flushTo(this.take());
  }

  /** Markup, copied as it is (UTF-8). */
  raw(text: string): void {
    this.utf8(text, false);
  }

  /** Text content or an attribute value: escaped, without the characters XML 1.0 forbids. */
  text(text: string): void {
    this.utf8(text, true);
  }

  /**
   * One cell: text inline (never a formula, so text that looks like one stays text),
   * numbers as numbers, booleans as booleans; `xf` 0 writes no style.
   */
  cell(col: number, row: number, value: PlanCell | undefined, xf: number): void {
    this.room(CELL_MARKUP);
    this.bytes(C_OPEN);
    this.bytes(letterBytes(col));
    this.int(row);
    if (xf > 0) {
      this.bytes(S_ATTR);
      this.int(xf);
    }
    if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
      this.bytes(EMPTY_END);
    } else if (typeof value === 'number') {
      this.bytes(NUMBER_OPEN);
      this.utf8(String(value), false);
      this.bytes(NUMBER_CLOSE);
    } else if (typeof value === 'boolean') {
      this.bytes(BOOLEAN_OPEN);
      this.buf[this.at++] = value ? 49 : 48;
      this.bytes(NUMBER_CLOSE);
    } else {
      // Excel trims a text's outer white space unless told to keep it; most cells have none,
      // and leaving the attribute off them makes the sheet XML a quarter smaller.
      this.bytes(keepsSpace(value) ? TEXT_OPEN_SPACE : TEXT_OPEN);
      this.utf8(value, true);
      this.room(TEXT_CLOSE.length);
      this.bytes(TEXT_CLOSE);
    }
  }

  /** Writes a non-negative integer in decimal. */
  int(n: number): void {
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    const end = this.at + digits;
    let at = end;
    for (let x = n; at > this.at; x = Math.floor(x / 10)) this.buf[--at] = 48 + (x % 10);
    this.at = end;
  }

  private room(n: number): void {
    if (this.at + n > this.buf.length) this.flush();
  }

  private bytes(b: Uint8Array): void {
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < b.length; i++) buf[at++] = b[i];
    this.at = at;
  }

  private put(b: Uint8Array, at: number): number {
    for (let i = 0; i < b.length; i++) this.buf[at++] = b[i];
    return at;
  }

  /** UTF-8 of `text` (lone surrogates as U+FFFD, as TextEncoder does), flushing as the buffer fills. */
  private utf8(text: string, escape: boolean): void {
    let buf = this.buf;
    const limit = buf.length - CHAR_ROOM;
    let at = this.at;
    // Whole text fits however it encodes (the usual case): no check per character.
    const sure = at + text.length * 6 <= limit;
    for (let i = 0; i < text.length; i++) {
      if (!sure && at > limit) {
        this.at = at;
        this.flush();
        at = 0;
        buf = this.buf;
      }
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        if (escape && (c < 0x20 || c === 38 || c === 60 || c === 62 || c === 34)) {
          if (c === 38) at = this.put(AMP, at);
          else if (c === 60) at = this.put(LT, at);
          else if (c === 62) at = this.put(GT, at);
          else if (c === 34) at = this.put(QUOT, at);
          else if (c === 9 || c === 10 || c === 13) buf[at++] = c;
          // other control characters: not allowed in XML 1.0, dropped
          continue;
        }
        buf[at++] = c;
      } else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6);
        buf[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          buf[at++] = 0xf0 | (c >> 18);
          buf[at++] = 0x80 | ((c >> 12) & 0x3f);
          buf[at++] = 0x80 | ((c >> 6) & 0x3f);
          buf[at++] = 0x80 | (c & 0x3f);
        } else {
          buf[at++] = 0xef;
          buf[at++] = 0xbf;
          buf[at++] = 0xbd;
        }
      } else {
        if (escape && (c === 0xfffe || c === 0xffff)) continue;
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 0x3f);
        buf[at++] = 0x80 | (c & 0x3f);
      }
    }
    this.at = at;
  }
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
