/** Small helpers for the SpreadsheetML strings this writer reads and writes. */

/** Escapes text for an XML element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x?[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The value of an attribute in a start tag's attribute text, or null. */
const ATTR_RES = new Map<string, RegExp>();

export function attr(attrs: string, name: string): string | null {
  let re = ATTR_RES.get(name);
  if (!re) ATTR_RES.set(name, (re = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  const match = re.exec(attrs);
  return match ? (match[1].includes('&') ? unescapeXml(match[1]) : match[1]) : null;
}

/** Sets (or adds) an attribute in a start tag's attribute text. */
const SET_RES = new Map<string, RegExp>();

export function setAttr(attrs: string, name: string, value: string): string {
  let re = SET_RES.get(name);
  if (!re) SET_RES.set(name, (re = new RegExp(`(^|\\s)${name}="[^"]*"`)));
  const escaped = escapeXml(value);
  return re.test(attrs) ? attrs.replace(re, `$1${name}="${escaped}"`) : `${attrs} ${name}="${escaped}"`;
}

const REMOVE_RES = new Map<string, RegExp>();

export function removeAttr(attrs: string, name: string): string {
  let re = REMOVE_RES.get(name);
  if (!re) REMOVE_RES.set(name, (re = new RegExp(`\\s${name}="[^"]*"`)));
  return attrs.replace(re, '');
}

/** 1 → "A", 27 → "AA". */
export function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "AA" → 27. */
export function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/**
 * The child elements named `tag` of an XML fragment, as strings, in order. Works for the
 * flat lists of styles.xml (fonts, fills, xf…), whose items never nest their own tag.
 */
export function elements(fragment: string, tag: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g');
  return fragment.match(re) ?? [];
}

/** The inner text of the first `<tag …>…</tag>` block, with where it starts and ends, or null. */
export function section(xml: string, tag: string): { start: number; end: number; open: string; inner: string } | null {
  const open = new RegExp(`<${tag}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  if (open[1] === '/') return { start: open.index, end: open.index + open[0].length, open: open[0].replace(/\/>$/, '>'), inner: '' };
  const close = xml.indexOf(`</${tag}>`, open.index);
  if (close < 0) return null;
  return { start: open.index, end: close + tag.length + 3, open: open[0], inner: xml.slice(open.index + open[0].length, close) };
}
