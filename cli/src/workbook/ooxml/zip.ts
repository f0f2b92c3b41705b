/**
 * The ZIP container of an .xlsx, read and written with fflate. A part the tool does not
 * change keeps its bytes exactly (its content is copied as read; only the compression
 * is redone). Parts can be added whole or streamed, so a sheet of a million rows is
 * deflated as it is written and never held as one string. The CLI deflates with Node's
 * native zlib through fflate's entry interface: on a 100,000-row sheet fflate's own
 * JavaScript deflate took 3 s of the run's 10 s. Deflating streamed pieces on libuv's
 * threads instead, while the next piece is made, gave no gain on the 100,000-row check
 * (2 cores) and held 90 MB more in flight, so deflate stays synchronous.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { unzipSync, Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { concatBytes, XmlBytes } from './xml-bytes.js';

/** One part of the package. */
export interface ZipPart {
  name: string;
  /** Uncompressed bytes. */
  data: Uint8Array;
}

/**
 * A part written when the ZIP is: its XML is written into the entry as it is made (a list
 * tab of 300,000 dossiers is never one string). `last`: written after every other part
 * (styles.xml, which the tabs add formats to as they are written).
 */
export interface LazyPart {
  name: string;
  write(out: XmlBytes): void;
  last?: boolean;
}

export type PackagePart = ZipPart | LazyPart;

export function isLazyPart(part: PackagePart): part is LazyPart {
  return !('data' in part);
}

/** Thrown for archives fflate cannot read (encrypted, ZIP64, damaged); the writer then uses ExcelJS instead. */
export class UnsupportedZipError extends Error {
  override readonly name = 'UnsupportedZipError';
}

/** A fixed time for every entry (1980-01-01 local, the DOS epoch): no clock read, same bytes every run. */
const ENTRY_TIME = '1980-01-01T00:00:00';
/** Deflate level for written parts: speed over a few per cent of size on large sheets. */
const LEVEL = 1;

/**
 * Lists the parts of a ZIP, in the archive's order, decompressed; parts named in `skip`
 * are listed with no data (a streamed sheet the caller reads and writes itself).
 */
export function readZip(bytes: Uint8Array, skip: ReadonlySet<string> = new Set()): ZipPart[] {
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return !skip.has(f.name);
      },
    });
  } catch (error) {
    throw new UnsupportedZipError(String(error));
  }
  return names.map((name) => ({ name, data: files[name] ?? new Uint8Array(0) }));
}

/** The uncompressed bytes of a part. */
export function partData(part: ZipPart): Uint8Array {
  return part.data;
}

export function partText(part: PackagePart): string {
  if (isLazyPart(part)) throw new TypeError(`partText: ${part.name} is written lazily`);
  return new TextDecoder().decode(part.data);
}

/** A new or replaced part. */
export function textPart(name: string, text: string): ZipPart {
  return { name, data: new TextEncoder().encode(text) };
}

/** A part being written piece by piece (see ZipWriter.open): into `out`, or as text with `write`. */
export interface ZipStreamPart {
  readonly out: XmlBytes;
  write(text: string): void;
  close(): void;
}

/**
 * Writes a ZIP to a sink as it goes: whole parts with `add`, streamed ones with `open`
 * (pieces are encoded and deflated as they come). Parts are written in the order added.
 */
export class ZipWriter {
  private readonly zip: Zip;
  private failed: Error | null = null;

  constructor(sink: (chunk: Uint8Array) => void) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failed = error;
      else sink(chunk);
    });
  }

  add(part: ZipPart): void {
    const entry = this.entry(part.name);
    entry.push(part.data, true);
    this.check();
  }

  /** Writes the parts in order, lazy ones made as they are written, those marked `last` at the end. */
  addAll(parts: readonly PackagePart[]): void {
    const later: LazyPart[] = [];
    for (const part of parts) {
      if (!isLazyPart(part)) this.add(part);
      else if (part.last) later.push(part);
      else this.addLazy(part);
    }
    for (const part of later) this.addLazy(part);
  }

  private addLazy(part: LazyPart): void {
    const stream = this.open(part.name);
    part.write(stream.out);
    stream.close();
  }

  open(name: string): ZipStreamPart {
    const entry = this.entry(name);
    // Each buffer of XML is deflated as soon as it fills.
    const out = new XmlBytes((bytes) => {
      entry.push(bytes, false);
      this.check();
    });
    return {
      out,
      write: (text) => out.raw(text),
      close: () => {
        entry.push(out.take(), true);
        this.check();
      },
    };
  }

  private entry(name: string): NativeDeflate {
    const entry = new NativeDeflate(name);
    this.zip.add(entry);
    return entry;
  }

  finish(): void {
    this.zip.end();
    this.check();
  }

  private check(): void {
    if (this.failed) throw this.failed;
  }
}

/** Writes a whole ZIP in memory. */
export function writeZip(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new ZipWriter((chunk) => chunks.push(chunk));
  for (const part of parts) writer.add(part);
  writer.finish();
  return concatBytes(chunks);
}

/**
 * A ZIP entry deflated by node:zlib piece by piece: each piece is an independent raw
 * deflate run ended by a sync flush (byte-aligned, not final), the last one by a finish,
 * which together are one valid deflate stream.
 */
class NativeDeflate implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  readonly mtime = ENTRY_TIME;
  ondata!: AsyncFlateStreamHandler;

  constructor(readonly filename: string) {}

  push(data: Uint8Array, final: boolean): void {
    this.size += data.length;
    // zlib.crc32 of an empty buffer gives 0 whatever the running value (Node 20): skip it.
    if (data.length > 0) this.crc = crc32(data, this.crc);
    const out = deflateRawSync(data, { level: LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.ondata(null, new Uint8Array(out.buffer, out.byteOffset, out.length), final);
  }
}
