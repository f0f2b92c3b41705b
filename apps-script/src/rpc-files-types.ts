/** What crosses google.script.run for "Tổng hợp từ tệp…" (run-file-tabs.ts): plain JSON. */
import type { PlanSlice, Settings } from '../../core/index.js';
import type { SheetProblem } from './rpc-types.js';

/**
 * Most JSON characters the sidebar sends in one call. google.script.run has no documented
 * argument limit; 1 MB keeps a block a few seconds of upload on a slow office line, its
 * parse and write well inside one call's time budget (CALL_BUDGET_MS), and far below the
 * sizes reported to fail (tens of MB). One tab part is cut to half of it (FILE_SLICE_BYTES).
 */
export const FILE_BLOCK_BYTES = 1_000_000;
/** Cell JSON of one tab part (core's slicePlan): two parts fit a block with their styles. */
export const FILE_SLICE_BYTES = 400_000;

export interface OfficeSettings {
  settings: Settings;
  /** Problems of the "Ngày nghỉ" tab. */
  problems: SheetProblem[];
}

export interface FileSlicesRequest {
  /** Parts in order, each with its index among all parts of the run. */
  slices: { index: number; slice: PlanSlice }[];
  /** Parts in the whole run. */
  total: number;
  /** The previous step's token; null for the first call. */
  token: string | null;
}

export interface FileSlicesStep {
  /** How many of the block's parts were written (the rest go in the next call). */
  written: number;
  /** Tabs written so far. */
  sheetNames: string[];
  token: string;
}
