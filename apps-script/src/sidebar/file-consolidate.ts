/**
 * "Tổng hợp từ tệp…" in the sidebar: the pane has read the files in the browser; here core's
 * consolidate() runs in the browser too, with the office's settings from the server, and its
 * tab plans go to the server cut into parts (core's slicePlan) in blocks of at most
 * FILE_BLOCK_BYTES of JSON (run-file-tabs.ts). The files themselves never leave the computer:
 * only the finished report tabs travel, as they would to any sheet of the spreadsheet.
 */
import { consolidate, slicePlan, type ConsolidateInput, type PlanSlice, type Settings } from '../../../core/index.js';
import { fileProblem, type InputsSummary } from '../../../pane/files-model.js';
import { FILES_LABELS } from '../../../pane/labels-files.vi.js';
import type { RunHooks } from '../../../pane/model.js';
import { FILE_BLOCK_BYTES, FILE_SLICE_BYTES, type FileSlicesRequest, type FileSlicesStep, type OfficeSettings } from '../rpc-files-types.js';
import { call } from './server.js';

export interface SliceItem {
  index: number;
  slice: PlanSlice;
}

/**
 * The parts in blocks of at most `maxBytes` of JSON each (a part larger than that goes alone).
 * @example sliceBlocks(slices, 1_000_000).length // => 5 for 50 units of 2,000 dossiers
 */
export function sliceBlocks(slices: readonly PlanSlice[], maxBytes = FILE_BLOCK_BYTES): SliceItem[][] {
  const blocks: SliceItem[][] = [];
  let block: SliceItem[] = [];
  let bytes = 0;
  slices.forEach((slice, index) => {
    const size = JSON.stringify(slice).length + 16;
    if (block.length > 0 && bytes + size > maxBytes) {
      blocks.push(block);
      block = [];
      bytes = 0;
    }
    block.push({ index, slice });
    bytes += size;
  });
  if (block.length > 0) blocks.push(block);
  return blocks;
}

/** The "Tổng hợp" tabs of the inputs, written block by block; nothing is written when no input merged. */
export async function consolidateInSidebar(inputs: ConsolidateInput[], settings: Settings, hooks: RunHooks, blockBytes = FILE_BLOCK_BYTES): Promise<InputsSummary> {
  const office = await call<OfficeSettings>('rpcOfficeSettings', { settings });
  const merged = consolidate(inputs, office.settings);
  const problems = office.problems.concat(merged.problems.map((p) => fileProblem(p)));
  if (!merged.inputs.some((i) => i.merged)) return { names: [], notes: [], declined: false, problems, inputs: merged.inputs };
  const slices: PlanSlice[] = [];
  for (const plan of merged.sheets) slices.push(...slicePlan(plan, Math.min(FILE_SLICE_BYTES, Math.floor(blockBytes / 2))));
  const blocks = sliceBlocks(slices, blockBytes);
  let token: string | null = null;
  let names: string[] = [];
  let done = 0;
  for (let b = 0; b < blocks.length; ) {
    hooks.progress({ message: FILES_LABELS.sending(String(done + 1), String(slices.length)), done, total: slices.length });
    const request: FileSlicesRequest = { slices: blocks[b], total: slices.length, token };
    const step: FileSlicesStep = await call<FileSlicesStep>('rpcWriteTabSlices', request);
    token = step.token;
    names = step.sheetNames;
    done += step.written;
    // The server writes at least one part a call; when its time ran out inside the block, the rest goes in the next call.
    if (step.written <= 0) throw { message: FILES_LABELS.nothingWritten, detail: 'rpcWriteTabSlices wrote no part' };
    if (step.written < blocks[b].length) blocks[b] = blocks[b].slice(step.written);
    else b++;
  }
  return { names, notes: [], declined: false, problems, inputs: merged.inputs };
}
