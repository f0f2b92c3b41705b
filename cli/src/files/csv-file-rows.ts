/**
 * A CSV file's rows, read from disk in chunks (Node side of readers/csv.ts): the encoding
 * is decided on a first pass over the bytes (strict UTF-8 or else Windows-1258), then the
 * file is decoded and parsed piece by piece, so its size does not matter.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { CsvByteStream, type TextEncodingGuess } from '../../../readers/index.js';
import type { InputCell, Problem } from '../../../core/index.js';

const CHUNK = 1 << 20;

/** Rows of a CSV file, in blocks, with the file's problems once read. */
export class CsvFileRows implements AsyncIterable<InputCell[][]> {
  private stream: CsvByteStream | null = null;

  constructor(readonly path: string) {}

  /** Encoding warning and rows with a quote never closed (complete after iteration). */
  get problems(): Problem[] {
    return this.stream?.problems ?? [];
  }

  get encoding(): string | null {
    return this.stream?.encoding ?? null;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<InputCell[][]> {
    const guess = await guessFileEncoding(this.path);
    let out: InputCell[][] = [];
    const stream = new CsvByteStream(guess, (rows) => {
      for (const r of rows) out.push(r);
    });
    this.stream = stream;
    for await (const chunk of createReadStream(this.path, { highWaterMark: CHUNK })) {
      stream.push(view(chunk as Buffer), false);
      if (out.length > 0) {
        yield out;
        out = [];
      }
    }
    stream.push(new Uint8Array(0), true);
    if (out.length > 0) yield out;
  }
}

/** BOM, else strict UTF-8 over the whole file, else Windows-1258. */
export async function guessFileEncoding(path: string): Promise<TextEncodingGuess> {
  let first = true;
  let guess: TextEncodingGuess = { encoding: 'utf-8', bomLength: 0, assumedWindows1258: false };
  // The bytes of a character cut by the chunk's end, checked with the next chunk.
  let carry = new Uint8Array(0);
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
    let bytes = view(chunk as Buffer);
    if (first) {
      first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) guess = { encoding: 'utf-8', bomLength: 3, assumedWindows1258: false };
      else if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, assumedWindows1258: false };
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, assumedWindows1258: false };
    }
    if (carry.length > 0) {
      const joined = new Uint8Array(carry.length + bytes.length);
      joined.set(carry);
      joined.set(bytes, carry.length);
      bytes = joined;
    }
    const whole = completeLength(bytes);
    // node:buffer's isUtf8 is the strict check TextDecoder's fatal mode makes, without making the text.
    if (!isUtf8(bytes.subarray(0, whole))) return WINDOWS_1258;
    carry = bytes.slice(whole);
  }
  return carry.length > 0 ? WINDOWS_1258 : guess;
}

/** The chunk's bytes without a copy (new Uint8Array(chunk) would copy; the stream never reuses a chunk it gave). */
function view(chunk: Buffer): Uint8Array {
  return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
}

const WINDOWS_1258: TextEncodingGuess = { encoding: 'windows-1258', bomLength: 0, assumedWindows1258: true };

/** The length of `bytes` without a UTF-8 sequence cut short at its end (at most 3 bytes are left off). */
export function completeLength(bytes: Uint8Array): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && lead > bytes.length - 4 && (bytes[lead] & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes.length;
  const b = bytes[lead];
  const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return lead + need > bytes.length ? lead : bytes.length;
}
