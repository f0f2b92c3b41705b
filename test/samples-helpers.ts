/** Shared by the sample tests: load a sample, check it as of its report date, find rows by code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet, dayFromYmd, defaultSettings, type CheckResult, type ClassifiedDossier, type SheetGrid, type Status } from '../core/index.js';
import { loadInput, type LoadedInput } from '../cli/src/files/load-input.js';

export const SAMPLES = join(import.meta.dirname, '..', 'samples');
/** samples/README.md: the report date of every sample. */
export const SAMPLE_AS_OF = dayFromYmd({ y: 2025, m: 6, d: 30 });

export interface ExpectedSample {
  rows: number;
  intendedCounts: Record<Status, number>;
  named: Record<string, { code: string; status: Status }>;
}

/** samples/expected.json, written by scripts/make-samples.ts from the status each row was built to have. */
export function expectedSample(file: string): ExpectedSample {
  const all = JSON.parse(readFileSync(join(SAMPLES, 'expected.json'), 'utf8')) as { asOf: string; samples: Record<string, ExpectedSample> };
  return all.samples[file];
}

export interface CheckedSample {
  input: LoadedInput;
  grid: SheetGrid;
  result: CheckResult;
}

export async function checkSample(file: string): Promise<CheckedSample> {
  const input = await loadInput(join(SAMPLES, file));
  const grid = input.sheets[0];
  return { input, grid, result: checkSheet(grid, defaultSettings(SAMPLE_AS_OF)) };
}

/** Sheet rows (1-based) whose cells hold the text exactly. */
export function rowsHolding(grid: SheetGrid, text: string): number[] {
  const origin = grid.origin?.row ?? 1;
  return grid.cells.flatMap((row, i) => (row.includes(text) ? [origin + i] : []));
}

export function dossiersWithCode(result: CheckResult, code: string): ClassifiedDossier[] {
  return result.dossiers.filter((d) => d.record.code === code);
}

/** field → column letter, for comparing a detected mapping as a whole. */
export function mappingLetters(result: CheckResult): Record<string, string> {
  return Object.fromEntries(result.read.mapping.map((m) => [m.field, m.letter]));
}
