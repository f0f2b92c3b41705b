/**
 * Worksheet XML cut as it streams into its head (before <sheetData>), its <row> elements
 * (each kept as the exact text of the user's file) and its tail (from </sheetData>).
 */

export interface RawRow {
  /** Sheet row (1-based). */
  r: number;
  xml: string;
}

export class SheetRowSplitter {
  head = '';
  tail = '';
  private buf = '';
  private state: 'head' | 'rows' | 'tail' = 'head';
  private lastR = 0;

  /** Gives the whole rows completed by this piece of text. */
  push(text: string): RawRow[] {
    this.buf += text;
    const out: RawRow[] = [];
    if (this.state === 'head') {
      const at = this.buf.search(/<(?:\w+:)?sheetData\b/);
      if (at < 0) return out;
      const tagEnd = this.buf.indexOf('>', at);
      if (tagEnd < 0) return out;
      this.head = this.buf.slice(0, at);
      if (this.buf[tagEnd - 1] === '/') {
        this.state = 'tail';
        this.tail = `</sheetData>${this.buf.slice(tagEnd + 1)}`;
        this.buf = '';
        return out;
      }
      this.buf = this.buf.slice(tagEnd + 1);
      this.state = 'rows';
    }
    if (this.state === 'tail') {
      this.tail += this.buf;
      this.buf = '';
      return out;
    }
    let at = 0;
    const b = this.buf;
    for (;;) {
      const start = b.indexOf('<', at);
      if (start < 0) break;
      if (b.startsWith('</', start)) {
        // </sheetData>: the rest is the tail.
        this.state = 'tail';
        this.tail = b.slice(start);
        at = b.length;
        break;
      }
      const tagEnd = b.indexOf('>', start);
      if (tagEnd < 0) break;
      let end: number;
      if (b[tagEnd - 1] === '/') end = tagEnd + 1;
      else {
        const close = b.indexOf('</row>', tagEnd);
        if (close < 0) break;
        end = close + 6;
      }
      const xml = b.slice(start, end);
      const m = / r="(\d+)"/.exec(b.slice(start, tagEnd));
      const r = m ? Number(m[1]) : this.lastR + 1;
      this.lastR = r;
      out.push({ r, xml });
      at = end;
    }
    this.buf = b.slice(at);
    return out;
  }
}
