/**
 * The files `dunghan merge` reads from what it was given: files as they are, folders
 * walked recursively. Everything that is not the file system (archives in memory, zip
 * bombs, nesting, duplicates, lock and hidden files, the reasons) is the shared
 * readers/expand-inputs.ts, which the panes use too.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ARCHIVE_LIMITS, ignoredName, InputCollector, type ArchiveLimits, type InputFile, type SkippedInput } from '../../../readers/index.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { FileError } from './file-error.js';
import { readBytes } from './load-input.js';

export { ARCHIVE_LIMITS, type ArchiveLimits, type InputFile, type SkippedInput };

const M = CLI_MESSAGES.merge;

/**
 * Every file behind the given paths, in the order given (a folder's files sorted by path),
 * each content once: a second copy is listed as skipped.
 * @example (await expandInputs(['thang6.zip', 'xa-c.xlsx'])).files.map((f) => f.label) // => ['thang6.zip/xa-a.xlsx', 'thang6.zip/xa-b.csv', 'xa-c.xlsx']
 */
export async function expandInputs(paths: readonly string[], limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<{ files: InputFile[]; skipped: SkippedInput[] }> {
  const inputs = new InputCollector(limits);
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      inputs.skip(path, CLI_MESSAGES.check.fileNotFound(path));
      continue;
    }
    const list = isDir ? await filesUnder(path) : [path];
    if (isDir && list.length === 0) inputs.skip(path, M.folderEmpty);
    for (const file of list) {
      const why = ignoredName(basename(file));
      if (isDir && why !== null) {
        inputs.skip(file, why);
        continue;
      }
      try {
        inputs.add(file, await readBytes(file));
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        inputs.skip(file, error.message);
      }
    }
  }
  return { files: inputs.files, skipped: inputs.skipped };
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
