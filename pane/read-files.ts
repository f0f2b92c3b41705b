/**
 * "Tổng hợp từ tệp…" inside the pane: the picked files are read in the browser (FileReader,
 * which IE11 has; File.arrayBuffer it has not), archives opened and sheets parsed by the
 * shared readers (readers/expand-inputs.ts, readers/read-input.ts), one file at a time with
 * a progress line; then the bridge consolidates and writes the tabs. Nothing is sent
 * anywhere by this module.
 */
import { formatCount, type ConsolidateInput, type Settings } from '../core/index.js';
import { fileOutcomes, InputCollector, readInputFile, type SkippedInput } from '../readers/index.js';
import type { FileHostBridge, FilesResult } from './files-model.js';
import { FILES_LABELS as L } from './labels-files.vi.js';
import type { RunHooks } from './model.js';

/** A picked file: its name and a way to get its bytes. */
export interface FileSource {
  name: string;
  read(): Promise<Uint8Array>;
}

/** A browser File as a FileSource, read with FileReader (IE11 has no File.arrayBuffer). */
export function fileSourceOf(file: File): FileSource {
  return {
    name: file.name,
    read: () =>
      new Promise<Uint8Array>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
        reader.onerror = () => reject(reader.error || new Error(L.readError(file.name)));
        reader.readAsArrayBuffer(file);
      }),
  };
}

/** False where the readers cannot run: IE11 has no RegExp "u" flag, which the XML parser's name tables need. */
export function canReadFilesHere(): boolean {
  try {
    return new RegExp('\\u{1F600}', 'u').test('\uD83D\uDE00');
  } catch {
    return false;
  }
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads every picked file into the sheets to consolidate; what cannot be read is listed with its reason.
 * @example (await collectInputs([source('xa-a.csv')], hooks)).inputs.map((i) => i.name) // => ['xa-a']
 */
export async function collectInputs(files: readonly FileSource[], hooks: Pick<RunHooks, 'progress'>): Promise<{ inputs: ConsolidateInput[]; skipped: SkippedInput[] }> {
  const collector = new InputCollector();
  const inputs: ConsolidateInput[] = [];
  const skipped: SkippedInput[] = [];
  const total = formatCount(files.length);
  let parsed = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    hooks.progress({ message: L.reading(formatCount(i + 1), total, file.name), done: i, total: files.length });
    await pause();
    let bytes: Uint8Array;
    try {
      bytes = await file.read();
    } catch {
      skipped.push({ label: file.name, reason: L.readError(file.name) });
      continue;
    }
    collector.add(file.name, bytes);
    // An archive adds several files: each is parsed, with its own progress line.
    for (; parsed < collector.files.length; parsed++) {
      const entry = collector.files[parsed];
      if (entry.label !== file.name) {
        hooks.progress({ message: L.opening(formatCount(i + 1), total, entry.label), done: i, total: files.length });
        await pause();
      }
      const read = readInputFile(entry.label, entry.bytes, { short: true });
      if (read.ok) inputs.push(...read.inputs);
      else skipped.push({ label: entry.label, reason: read.reason });
    }
  }
  return { inputs, skipped: collector.skipped.concat(skipped) };
}

/**
 * The whole run: read and parse, then the bridge consolidates and writes (only when a sheet was read).
 * @example (await consolidateFiles(bridge, sources, settings, hooks)).outcomes.length // => 5
 */
export async function consolidateFiles(bridge: FileHostBridge, files: readonly FileSource[], settings: Settings, hooks: RunHooks): Promise<FilesResult> {
  const { inputs, skipped } = await collectInputs(files, hooks);
  if (inputs.length === 0) return { summary: null, outcomes: fileOutcomes([], [], skipped) };
  hooks.progress({ message: L.consolidating(formatCount(inputs.length)) });
  await pause();
  const summary = await bridge.consolidateInputs(inputs, settings, hooks);
  return { summary, outcomes: fileOutcomes(inputs, summary.inputs, skipped) };
}
