/**
 * Text decoding with the platform's TextDecoder (Node and browsers alike; no Buffer, no
 * iconv), or readers/text-decoder.ts where the webview has none. Windows-1258 is in the
 * WHATWG Encoding Standard, so every TextDecoder has it.
 */
import { textDecoder, type TextDecoderLike } from './text-decoder.js';

/** Text and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: string;
  /** True when the bytes were not valid UTF-8 and Windows-1258 was assumed (problem 'file.encoding'). */
  assumedWindows1258: boolean;
}

/** What the first bytes and validity say a text file is. */
export interface TextEncodingGuess {
  /** A TextDecoder label. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | string;
  /** Bytes of the byte-order mark to skip. */
  bomLength: number;
  assumedWindows1258: boolean;
}

/**
 * Decodes a text file: a BOM wins (UTF-8, UTF-16LE/BE); then a declared charset (HTML <meta>);
 * then strict UTF-8; bytes that are not valid UTF-8 are read as Windows-1258, which
 * Vietnamese Windows Excel writes for "CSV (Comma delimited)". Text is returned in NFC,
 * because Windows-1258 spells tone marks as combining characters.
 * @example decodeText(new Uint8Array([0x4d, 0x61, 0xde])).text // => 'Mã'
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  const guess = guessEncoding(bytes, declared);
  const body = bytes.subarray(guess.bomLength);
  let text = textDecoder(guess.encoding, { ignoreBOM: true }).decode(body);
  if (guess.encoding !== 'utf-8' && !guess.encoding.startsWith('utf-16')) text = text.normalize('NFC');
  return { text, encoding: guess.encoding, assumedWindows1258: guess.assumedWindows1258 };
}

/**
 * The encoding of a text file from its BOM, a declared charset, or whether the bytes are
 * valid UTF-8 (checked on all of them: a Windows-1258 letter may come late in a file).
 * @example guessEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).bomLength // => 3
 */
export function guessEncoding(bytes: Uint8Array, declared?: string): TextEncodingGuess {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, assumedWindows1258: false };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, assumedWindows1258: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, assumedWindows1258: false };
  const label = declared?.trim().toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8' && decoderExists(label)) return { encoding: label, bomLength: 0, assumedWindows1258: false };
  if (isUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0, assumedWindows1258: false };
  return { encoding: 'windows-1258', bomLength: 0, assumedWindows1258: true };
}

/** True when the bytes are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    textDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decoderExists(label: string): boolean {
  try {
    textDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes bytes that arrive in chunks (a file read piece by piece): a letter whose bytes
 * are split between two chunks comes out whole. Windows-1258 text is given in NFC; a tone
 * mark at the very end of a chunk is held back until the next one, so "e" + "̣" never
 * split into two pieces of text.
 */
export class ChunkDecoder {
  private readonly decoder: TextDecoderLike;
  private readonly normalize: boolean;
  private held = '';
  private skip: number;

  constructor(guess: TextEncodingGuess) {
    this.decoder = textDecoder(guess.encoding, { ignoreBOM: true });
    this.normalize = guess.encoding !== 'utf-8' && !guess.encoding.startsWith('utf-16');
    this.skip = guess.bomLength;
  }

  /** The text of the next chunk (`last` for the final one, which may be empty). */
  decode(chunk: Uint8Array, last = false): string {
    let bytes = chunk;
    if (this.skip > 0) {
      const n = Math.min(this.skip, bytes.length);
      bytes = bytes.subarray(n);
      this.skip -= n;
    }
    let text = this.held + this.decoder.decode(bytes, { stream: !last });
    this.held = '';
    if (!this.normalize) return text;
    if (!last) {
      // Hold back the last base letter and its marks: the next chunk may add a mark to it.
      let cut = text.length;
      while (cut > 0 && /\p{M}/u.test(text[cut - 1])) cut--;
      if (cut > 0) cut--;
      this.held = text.slice(cut);
      text = text.slice(0, cut);
    }
    return text.normalize('NFC');
  }
}
