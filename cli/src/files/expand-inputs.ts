/**
 * The files `dunghan merge` reads from what it was given: files as they are, folders
 * walked recursively, plain .zip archives read in memory (nothing is extracted to disk).
 * An .xlsx is a zip too; only a zip without "[Content_Types].xml" counts as an archive.
 * What cannot be read is listed with a Vietnamese reason, never dropped silently.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { CLI_MESSAGES } from '../messages.vi.js';
import { FileError } from './file-error.js';
import { readBytes } from './load-input.js';

const M = CLI_MESSAGES.merge;

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
 * Every file behind the given paths, in the order given (a folder's files sorted by path),
 * each content once: a second copy is listed as skipped.
 * @example (await expandInputs(['thang6.zip', 'xa-c.xlsx'])).files.map((f) => f.label) // => ['thang6.zip/xa-a.xlsx', 'thang6.zip/xa-b.csv', 'xa-c.xlsx']
 */
export async function expandInputs(paths: readonly string[], limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<{ files: InputFile[]; skipped: SkippedInput[] }> {
  const files: InputFile[] = [];
  const skipped: SkippedInput[] = [];
  const seen = new Map<string, string>();
  const add = (label: string, bytes: Uint8Array, depth: number) => {
    if (isPlainZip(bytes)) return void addArchive(label, bytes, depth);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const first = seen.get(hash);
    if (first !== undefined) return void skipped.push({ label, reason: M.duplicateFile(first) });
    seen.set(hash, label);
    files.push({ label, bytes });
  };
  const addArchive = (label: string, bytes: Uint8Array, depth: number) => {
    // One zip inside another is read (a unit's own zip in the month's); deeper is refused.
    if (depth >= 2) return void skipped.push({ label, reason: M.archiveNested });
    const entries = unzipArchive(bytes, limits);
    if (typeof entries === 'string') return void skipped.push({ label, reason: entries });
    if (entries.length === 0) return void skipped.push({ label, reason: M.archiveEmpty });
    for (const [name, data] of entries) {
      const entryLabel = `${label}/${name}`;
      const why = ignoredName(name);
      if (why !== null) skipped.push({ label: entryLabel, reason: why });
      else add(entryLabel, data, depth + 1);
    }
  };

  for (const path of paths) {
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      skipped.push({ label: path, reason: CLI_MESSAGES.check.fileNotFound(path) });
      continue;
    }
    const list = isDir ? await filesUnder(path) : [path];
    if (isDir && list.length === 0) skipped.push({ label: path, reason: M.folderEmpty });
    for (const file of list) {
      const why = ignoredName(basename(file));
      if (isDir && why !== null) {
        skipped.push({ label: file, reason: why });
        continue;
      }
      try {
        add(file, await readBytes(file), 0);
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        skipped.push({ label: file, reason: error.message });
      }
    }
  }
  return { files, skipped };
}

/** Regular files below a folder, sorted by path (recursive). */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Why a file in a folder or archive is passed over: Excel's lock files and hidden files. */
function ignoredName(name: string): string | null {
  const base = name.split('/').pop() ?? name;
  if (name.endsWith('/')) return null;
  if (base.startsWith('~$')) return M.lockFile;
  if (base.startsWith('.') || name.startsWith('__MACOSX/')) return M.hiddenFile;
  return null;
}

function isPlainZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) return false;
  let names: string[];
  try {
    names = [];
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
  } catch {
    return false; // not a readable zip: the reader says what it is
  }
  return !names.includes('[Content_Types].xml');
}

/** The archive's files (folders left out), or the reason it is refused. */
function unzipArchive(bytes: Uint8Array, limits: ArchiveLimits): [string, Uint8Array][] | string {
  let total = 0;
  let count = 0;
  let tooBig = false;
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
    if (tooBig) return M.archiveTooLarge(formatMb(limits.totalBytes), formatMb(limits.entryBytes), String(limits.entries));
    const out = Object.entries(entries);
    // The sizes in the zip's directory may lie: check what was really unpacked.
    if (out.some(([, d]) => d.length > limits.entryBytes) || out.reduce((n, [, d]) => n + d.length, 0) > limits.totalBytes) {
      return M.archiveTooLarge(formatMb(limits.totalBytes), formatMb(limits.entryBytes), String(limits.entries));
    }
    return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    return M.archiveUnreadable(String((error as Error).message ?? error));
  }
}

const formatMb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
