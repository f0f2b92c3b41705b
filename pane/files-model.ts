/**
 * "Tổng hợp từ tệp…": what the pane and a host bridge exchange beside pane/model.ts. The
 * pane reads and parses the picked files itself (pane/read-files.ts); the bridge only
 * consolidates the sheets read and writes the "Tổng hợp" tabs, as its sheet-based
 * consolidate does.
 */
import type { ConsolidatedInput, ConsolidateInput, Problem, Settings } from '../core/index.js';
import type { FileOutcome } from '../readers/index.js';
import type { HostBridge, PaneProblem, RunHooks, TabsSummary } from './model.js';

/** A file the user picked, as the browser hands it over (a File, or a test's stand-in). */
export interface PickedFile {
  name: string;
  size: number;
}

/** The tabs written and core's account of every sheet it was given, in the order given. */
export interface InputsSummary extends TabsSummary {
  inputs: ConsolidatedInput[];
}

/** A bridge that can consolidate sheets the pane read from files. */
export interface FileHostBridge extends HostBridge {
  /**
   * Consolidates the inputs with core's consolidate() and writes its tabs, as
   * `consolidate` does for the workbook's own sheets; writes nothing when no input merged.
   */
  consolidateInputs(inputs: ConsolidateInput[], settings: Settings, hooks: RunHooks): Promise<InputsSummary>;
}

export function canConsolidateFiles(bridge: HostBridge): bridge is FileHostBridge {
  return typeof (bridge as Partial<FileHostBridge>).consolidateInputs === 'function';
}

/** The outcome of "Tổng hợp từ tệp…": the tabs (none when nothing merged) and every file's line. */
export interface FilesResult {
  summary: InputsSummary | null;
  outcomes: FileOutcome[];
}

/**
 * A consolidation problem of files: its rows are in a file, not on a sheet of the workbook,
 * so it is no link to a cell; its detail (which inputs, which row) is shown in its place.
 * @example fileProblem({ code: 'merge.duplicateCode', row: 12, detail: 'Xã B …', severity: 'warning' }).row // => 0
 */
export function fileProblem(p: Problem): PaneProblem {
  return { ...p, row: 0, sheetName: p.detail || '' };
}
