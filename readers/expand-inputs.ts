/**
 * The files behind what the user gave, host-neutral (bytes in, files out): plain .zip
 * archives read in memory (one zip inside another is read, deeper is refused), a zip
 * bomb refused whole, Excel's lock files and hidden files passed over, a second copy of
 * the same content (SHA-256) left out. An .xlsx is a zip too: only a zip without
 * "[Content_Types].xml" counts as an archive. What is left out is listed with a
 * Vietnamese reason, never dropped silently. The CLI adds the folder walk
 * (cli/src/files/expand-inputs.ts); the panes hand the files the user picked.
 */
import { unzipSync } from 'fflate';
import { INPUT_LABELS as L } from './labels.vi.js';
import { sha256Hex } from './sha256.js';

/** A file to read: its bytes and the name it goes by in messages ("thang6.zip/xa-a.xlsx"). */
export interface InputFile {
  label: string;
  bytes: Uint8Array;
}

/** An input left out before reading, and why. */
export interface SkippedInput {
  label: string;
  reason: string;
}

/** Bounds on what an archive may unpack to (a zip bomb is refused whole). */
export interface ArchiveLimits {
  /** Largest uncompressed entry. */
  entryBytes: number;
  /** Largest total uncompressed size of one archive. */
  totalBytes: number;
  /** Most entries in one archive. */
  entries: number;
}

/** 50 units × a 2,000-row export is about 30 MB; these leave room for a province's month. */
export const ARCHIVE_LIMITS: ArchiveLimits = { entryBytes: 200 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024, entries: 5000 };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Collects the files to read, in the order they are added, each content once.
 * @example const c = new InputCollector(); c.add('thang6.zip', zipBytes); c.files.map((f) => f.label) // => ['thang6.zip/xa-a.xlsx', 'thang6.zip/xa-b.csv']
 */
export class InputCollector {
  readonly files: InputFile[] = [];
  readonly skipped: SkippedInput[] = [];
  private readonly seen: Record<string, string> = {};

  constructor(private readonly limits: ArchiveLimits = ARCHIVE_LIMITS) {}

  /** A file's bytes: an archive is opened, anything else kept unless it is a copy of one kept. */
  add(label: string, bytes: Uint8Array, depth = 0): void {
    if (isPlainZip(bytes)) return this.addArchive(label, bytes, depth);
    const hash = sha256Hex(bytes);
    const first = this.seen[hash];
    if (first !== undefined) return void this.skipped.push({ label, reason: L.duplicateFile(first) });
    this.seen[hash] = label;
    this.files.push({ label, bytes });
  }

  /** An input left out for a reason found by the caller (not found, a lock file in a folder…). */
  skip(label: string, reason: string): void {
    this.skipped.push({ label, reason });
  }

  private addArchive(label: string, bytes: Uint8Array, depth: number): void {
    // One zip inside another is read (a unit's own zip in the month's); deeper is refused.
    if (depth >= 2) return this.skip(label, L.archiveNested);
    const entries = unzipArchive(bytes, this.limits);
    if (typeof entries === 'string') return this.skip(label, entries);
    if (entries.length === 0) return this.skip(label, L.archiveEmpty);
    for (const [name, data] of entries) {
      const entryLabel = `${label}/${name}`;
      const why = ignoredName(name);
      if (why !== null) this.skip(entryLabel, why);
      else this.add(entryLabel, data, depth + 1);
    }
  }
}

/**
 * Why a file in a folder or archive is passed over: Excel's lock files and hidden files; null to read it.
 * @example ignoredName('thang6/~$xa-a.xlsx') // => 'tệp khoá tạm của Excel (~$…), không phải dữ liệu.'
 */
export function ignoredName(name: string): string | null {
  if (name.endsWith('/')) return null;
  const parts = name.split(/[\\/]/);
  const base = parts[parts.length - 1];
  if (base.startsWith('~$')) return L.lockFile;
  if (base.startsWith('.') || name.startsWith('__MACOSX/')) return L.hiddenFile;
  return null;
}

function isPlainZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) return false;
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
  } catch {
    return false; // not a readable zip: the reader says what it is
  }
  return names.indexOf('[Content_Types].xml') < 0;
}

/** The archive's files (folders left out), sorted by name, or the reason it is refused. */
function unzipArchive(bytes: Uint8Array, limits: ArchiveLimits): [string, Uint8Array][] | string {
  let total = 0;
  let count = 0;
  let tooBig = false;
  const refused = () => L.archiveTooLarge(formatMb(limits.totalBytes), formatMb(limits.entryBytes), String(limits.entries));
  try {
    const entries = unzipSync(bytes, {
      filter: (f) => {
        if (f.name.endsWith('/')) return false;
        count++;
        total += f.originalSize;
        if (f.originalSize > limits.entryBytes || total > limits.totalBytes || count > limits.entries) tooBig = true;
        return !tooBig;
      },
    });
    if (tooBig) return refused();
    const out = Object.keys(entries).map((name): [string, Uint8Array] => [name, entries[name]]);
    // The sizes in the zip's directory may lie: check what was really unpacked.
    if (out.some(([, d]) => d.length > limits.entryBytes) || out.reduce((n, [, d]) => n + d.length, 0) > limits.totalBytes) return refused();
    return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    return L.archiveUnreadable(String((error as Error).message ?? error));
  }
}

const formatMb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
