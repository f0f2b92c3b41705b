import { textDecoder } from './text-decoder.js';

/** What a file's first bytes say it is, whatever its extension. */
export type SniffedFormat = 'xlsx' | 'binaryXls' | 'encrypted' | 'html' | 'text' | 'unknown' | 'empty';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Sniffs the content: a ZIP is an .xlsx, an OLE2 compound file is a binary Excel 97–2003
 * .xls (or, holding an "EncryptedPackage" stream, a password-protected .xlsx), `<table`/`<html`/`<!DOCTYPE` after an optional BOM and whitespace is an HTML table
 * saved as .xls, other text is CSV. Vendors name HTML ".xls", so the extension is ignored.
 * @example sniffFormat(new TextEncoder().encode('\uFEFF <html><table>')) // => 'html'
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE2)) return hasEncryptedPackage(bytes) ? 'encrypted' : 'binaryXls';
  const head = isUtf16(bytes) ? utf16Head(bytes) : latin1Head(bytes, 4096);
  const markup = markupKind(head);
  if (markup !== 'none') return markup === 'html' ? 'html' : 'unknown';
  if (isUtf16(bytes)) return 'text';
  // NUL bytes never occur in UTF-8 or Windows-1258 text: some binary file we do not know.
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  return probe.includes(0) ? 'unknown' : 'text';
}

/** True for a UTF-16 byte-order mark (Excel's "Unicode Text" saves UTF-16LE). */
export function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function latin1Head(bytes: Uint8Array, length: number): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  return String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + length)));
}

function utf16Head(bytes: Uint8Array): string {
  const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
  return textDecoder(label).decode(bytes.subarray(0, Math.min(bytes.length, 8192)));
}

/** 'html' when the text opens with markup holding <html or <table; 'other' for other markup (e.g. XML). */
function markupKind(head: string): 'html' | 'other' | 'none' {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('<')) return 'none';
  return /<(?:html|table)\b/i.test(text) ? 'html' : 'other';
}

/** "EncryptedPackage" in UTF-16LE: the stream Office puts a password-protected .xlsx in (MS-OFFCRYPTO §2.3.4). */
const ENCRYPTED_PACKAGE = Array.prototype.concat.apply([], 'EncryptedPackage'.split('').map((c) => [c.charCodeAt(0), 0])) as number[];

function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const first = ENCRYPTED_PACKAGE[0];
  for (let i = bytes.indexOf(first); i >= 0 && i + ENCRYPTED_PACKAGE.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < ENCRYPTED_PACKAGE.length && bytes[i + j] === ENCRYPTED_PACKAGE[j]) j++;
    if (j === ENCRYPTED_PACKAGE.length) return true;
  }
  return false;
}
