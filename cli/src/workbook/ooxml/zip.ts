/**
 * The ZIP container of an .xlsx, read and written with node:zlib. Parts we do not change
 * are copied with their compressed bytes as they were, so the user's workbook parts stay
 * byte for byte. ZIP64 and encrypted archives are refused (the caller falls back to ExcelJS).
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** One part of the package. */
export interface ZipPart {
  name: string;
  /** Compressed bytes as stored, for copying unchanged (null for new parts). */
  raw: Uint8Array | null;
  method: number;
  crc: number;
  size: number;
  /** Uncompressed bytes, set for new or changed parts. */
  data: Uint8Array | null;
}

/** Thrown for archives this reader does not handle; the writer then uses ExcelJS instead. */
export class UnsupportedZipError extends Error {
  override readonly name = 'UnsupportedZipError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Lists the parts of a ZIP (central directory order). */
export function readZip(bytes: Uint8Array): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnsupportedZipError('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new UnsupportedZipError('ZIP64');
  const decoder = new TextDecoder();
  const parts: ZipPart[] = [];
  for (let k = 0; k < count; k++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new UnsupportedZipError('bad central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const csize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new UnsupportedZipError('encrypted');
    if (method !== 0 && method !== 8) throw new UnsupportedZipError(`method ${method}`);
    if (csize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw new UnsupportedZipError('ZIP64');
    if (view.getUint32(local, true) !== LOCAL) throw new UnsupportedZipError('bad local header');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    parts.push({ name, raw: bytes.subarray(start, start + csize), method, crc, size, data: null });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** The uncompressed bytes of a part. */
export function partData(part: ZipPart): Uint8Array {
  if (part.data) return part.data;
  if (!part.raw) throw new RangeError(`zip part ${part.name} has no data`);
  return part.method === 0 ? part.raw : new Uint8Array(inflateRawSync(part.raw));
}

export function partText(part: ZipPart): string {
  return new TextDecoder().decode(partData(part));
}

/** A new or replaced part. */
export function textPart(name: string, text: string): ZipPart {
  const data = new TextEncoder().encode(text);
  return { name, raw: null, method: 8, crc: 0, size: data.length, data };
}

/**
 * Writes a ZIP: unchanged parts copied compressed as they were; new parts deflated at a
 * low level (speed over a few per cent of size on large sheets).
 */
export function writeZip(parts: readonly ZipPart[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    let raw = part.raw;
    let method = part.method;
    let crc = part.crc;
    let size = part.size;
    if (part.data) {
      size = part.data.length;
      crc = crc32(part.data) >>> 0;
      raw = new Uint8Array(deflateRawSync(part.data, { level: 1 }));
      method = 8;
    }
    if (!raw) throw new RangeError(`zip part ${part.name} has no data`);
    const name = encoder.encode(part.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, method, true);
    lv.setUint16(10, 0, true);
    lv.setUint16(12, 0x21, true); // 1980-01-01: no clock read, same bytes every run
    lv.setUint32(14, crc, true);
    lv.setUint32(18, raw.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const cv = new DataView(entry.buffer);
    cv.setUint32(0, CENTRAL, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, method, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, raw.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    entry.set(name, 46);
    chunks.push(local, raw);
    central.push(entry);
    offset += local.length + raw.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, parts.length, true);
  ev.setUint16(10, parts.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const c of [...chunks, ...central, end]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
