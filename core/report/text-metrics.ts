/**
 * How wide text prints in Times New Roman (Liberation Serif has the same advance widths),
 * so core can size rows of wrapped text and check that every formatted number fits its
 * column: a host shows "###" when a number does not, and clips wrapped text when a row is
 * too low. Widths are in em (1 em = the font size in points).
 */

/** Advance widths of Times New Roman regular, in 1/1000 em, for the printable ASCII range. */
const ASCII_WIDTHS: Record<string, number> = {
  ' ': 250, '!': 333, '"': 408, '#': 500, $: 500, '%': 833, '&': 778, "'": 180, '(': 333, ')': 333, '*': 500, '+': 564,
  ',': 250, '-': 333, '.': 250, '/': 278, ':': 278, ';': 278, '<': 564, '=': 564, '>': 564, '?': 444, '@': 921,
  '[': 333, '\\': 278, ']': 333, '^': 469, _: 500, '`': 333, '{': 480, '|': 200, '}': 480, '~': 541,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
};
const DIGIT = 500;
/** Bold Times is about 4 % wider on average. */
const BOLD_FACTOR = 1.04;
/** Horizontal padding a spreadsheet keeps inside a cell (both sides), in points. */
export const CELL_PADDING_PT = 4.5;
/** Line height of a wrapped line, as a multiple of the font size (Times: ascent + descent ≈ 1.15, plus leading). */
const LINE_FACTOR = 1.17;

/** Widths by UTF-16 code unit (0 = not worked out yet): the lists measure hundreds of thousands of cells. */
const UNIT_WIDTHS = new Uint16Array(0x10000);
for (const [ch, w] of Object.entries(ASCII_WIDTHS)) UNIT_WIDTHS[ch.charCodeAt(0)] = w;
for (let d = 0; d <= 9; d++) UNIT_WIDTHS[48 + d] = DIGIT;

/** Width of one UTF-16 code unit in 1/1000 em: Vietnamese letters by their base letter (ư like u, đ like d). */
function unitWidth(code: number): number {
  const known = UNIT_WIDTHS[code];
  if (known !== 0) return known;
  const ch = String.fromCharCode(code);
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đ]/g, 'd').replace(/[Đ]/g, 'D');
  const first = base.charAt(0);
  // ư and ơ carry a horn that adds a little width.
  const horn = /[ưƯơƠ]/.test(ch) ? 60 : 0;
  const width = Math.max(1, (ASCII_WIDTHS[first] ?? (first >= '0' && first <= '9' ? DIGIT : 556)) + horn);
  UNIT_WIDTHS[code] = width;
  return width;
}

/** Sum of the widths of text[from, to) in 1/1000 em; a surrogate pair counts as one character. */
function milliWidth(text: string, from: number, to: number): number {
  let milli = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      i++;
      milli += 556;
    } else milli += unitWidth(code);
  }
  return milli;
}

/**
 * Printed width of a single line of text, in points.
 * @example textWidthPt('Quá hạn 71 ngày', 12) // => about 84
 */
export function textWidthPt(text: string, fontSize: number, bold = false): number {
  return (milliWidth(text, 0, text.length) / 1000) * fontSize * (bold ? BOLD_FACTOR : 1);
}

/** Results of wrappedLines by cell shape, then text: list tabs repeat the same names thousands of times. */
const wrapCache = new Map<string, Map<string, number>>();
const WRAP_CACHE_MAX = 20_000;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Lines the text takes when wrapped at word boundaries in a cell `widthPt` wide (padding
 * included); a word longer than the line is broken, as spreadsheets do.
 * @example wrappedLines('Đăng ký đất đai, tài sản gắn liền với đất lần đầu', 100, 12) // => 3
 */
export function wrappedLines(text: string, widthPt: number, fontSize: number, bold = false): number {
  const shape = `${widthPt}|${fontSize}|${bold ? 1 : 0}`;
  let cache = wrapCache.get(shape);
  if (cache === undefined) wrapCache.set(shape, (cache = new Map()));
  const known = cache.get(text);
  if (known !== undefined) return known;
  const lines = countLines(text, widthPt, fontSize, bold);
  if (cache.size >= WRAP_CACHE_MAX) cache.clear();
  cache.set(text, lines);
  return lines;
}

function countLines(text: string, widthPt: number, fontSize: number, bold: boolean): number {
  const factor = bold ? BOLD_FACTOR : 1;
  const room = Math.max(fontSize, widthPt - CELL_PADDING_PT);
  const space = (UNIT_WIDTHS[32] / 1000) * fontSize * factor;
  let lines = 1;
  let used = 0;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    // A paragraph break starts a new line whatever the room.
    if (i < n && text.charCodeAt(i) === 10) {
      lines++;
      used = 0;
      i++;
      continue;
    }
    if (i < n && isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (i === n) break;
    let j = i;
    while (j < n && text.charCodeAt(j) !== 10 && !isSpace(text.charCodeAt(j))) j++;
    let w = (milliWidth(text, i, j) / 1000) * fontSize * factor;
    i = j;
    if (used > 0 && used + space + w <= room) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    while (w > room) {
      lines++;
      w -= room;
    }
    used = w;
  }
  return lines;
}

/**
 * Row height in points for text wrapped in a cell `widthPt` wide.
 * @example wrappedHeightPt('Hộ tịch', 170, 12) // => 16.5
 */
export function wrappedHeightPt(text: string, widthPt: number, fontSize: number, bold = false): number {
  return lineHeightPt(fontSize) * wrappedLines(text, widthPt, fontSize, bold) + 2;
}

/** The height of one line of text at the size, in points (rounded up to a half point). */
export function lineHeightPt(fontSize: number): number {
  return Math.ceil(fontSize * LINE_FACTOR * 2) / 2;
}
