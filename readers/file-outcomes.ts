/**
 * What became of every file given to "Tổng hợp từ tệp…" or `dunghan merge`: merged as
 * which unit, or not merged and why, in one list for the panes.
 */
import { PRINT_LABELS, type ConsolidatedInput, type ConsolidateInput } from '../core/index.js';
import type { SkippedInput } from './expand-inputs.js';

export interface FileOutcome {
  /** The file as the user knows it ("thang6.zip/xa-a.xlsx"). */
  file: string;
  /** The sheet read from it ("xa-a", "Sheet2 (xa-a.xlsx)"); null for a file left out before reading. */
  input: string | null;
  merged: boolean;
  /** The unit its dossiers count under ("UBND xã An Bình"), null when not merged. */
  unit: string | null;
  /** True when no banner or unit column named the unit and the file name stands in (flagged "(tên tệp)"). */
  unitFromFileName: boolean;
  dossiers: number | null;
  /** Core's line ("Đã gộp", "Chưa gộp: …") or why the file was left out. */
  note: string;
}

/**
 * The files in the order read (each sheet of a workbook on its own line), then those left out.
 * `consolidated` is core's `result.inputs`, in the order of `inputs`.
 * @example fileOutcomes(inputs, result.inputs, skipped)[0] // => { file: 'xa-a.csv', input: 'xa-a', merged: true, unit: 'UBND xã An Bình', … }
 */
export function fileOutcomes(inputs: readonly ConsolidateInput[], consolidated: readonly ConsolidatedInput[], skipped: readonly SkippedInput[]): FileOutcome[] {
  const read = inputs.map((input, i): FileOutcome => {
    const c = consolidated[i];
    return {
      file: input.source ?? input.name,
      input: input.name,
      merged: c.merged,
      unit: c.merged ? c.unit : null,
      unitFromFileName: c.merged && c.unit === PRINT_LABELS.fromFileName(input.name),
      dossiers: c.dossiers,
      note: c.result,
    };
  });
  return read.concat(skipped.map((s) => ({ file: s.label, input: null, merged: false, unit: null, unitFromFileName: false, dossiers: null, note: s.reason })));
}
