import iconv from 'iconv-lite';

/** Text and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: string;
  /** True when the bytes were not valid UTF-8 and Windows-1258 was assumed (problem 'file.encoding'). */
  assumedWindows1258: boolean;
}

/**
 * Decodes a text file: a BOM wins (UTF-8, UTF-16LE/BE); then a declared charset (HTML <meta>);
 * then strict UTF-8; bytes that are not valid UTF-8 are read as Windows-1258, which
 * Vietnamese Windows Excel writes for "CSV (Comma delimited)". Text is returned in NFC,
 * because Windows-1258 spells tone marks as combining characters.
 * @example decodeText(iconv.encode('Mã hồ sơ', 'windows1258')).text // => 'Mã hồ sơ'
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)) ?? lenientUtf8(bytes.subarray(3)), encoding: 'utf-8', assumedWindows1258: false };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', assumedWindows1258: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', assumedWindows1258: false };
  const label = declared?.trim().toLowerCase();
  if (label && !isUtf8Label(label) && iconv.encodingExists(label)) {
    return { text: iconv.decode(Buffer.from(bytes), label).normalize('NFC'), encoding: label, assumedWindows1258: false };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', assumedWindows1258: false };
  return { text: iconv.decode(Buffer.from(bytes), 'windows1258').normalize('NFC'), encoding: 'windows-1258', assumedWindows1258: true };
}

function isUtf8Label(label: string): boolean {
  return label === 'utf-8' || label === 'utf8';
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function lenientUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/**
 * Encodes Vietnamese text as Windows-1258: letters with a tone mark are written as the
 * base letter (â, ê, ô, ơ, ư, ă, đ are single bytes) plus a combining tone mark, the way
 * Windows does; iconv-lite alone would turn precomposed "ệ" into "?".
 * @example encodeWindows1258('Nguyễn').length // => 7
 */
export function encodeWindows1258(text: string): Buffer {
  return iconv.encode(toWindows1258Form(text), 'windows1258');
}

// Grave, acute, tilde, hook above, dot below: the five tone marks Windows-1258 has as combining bytes.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

function toWindows1258Form(text: string): string {
  let out = '';
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
    const tones = cluster.match(TONE_MARKS) ?? [];
    out += cluster.replace(TONE_MARKS, '').normalize('NFC') + tones.join('');
  }
  return out;
}
