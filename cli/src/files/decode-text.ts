import iconv from 'iconv-lite';

export { decodeText, type DecodedText } from '../../../readers/decode-text.js';

/**
 * Encodes Vietnamese text as Windows-1258 (Node only: for samples and tests): letters with
 * a tone mark are written as the base letter (â, ê, ô, ơ, ư, ă, đ are single bytes) plus a
 * combining tone mark, the way Windows does; iconv-lite alone would turn precomposed "ệ" into "?".
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
