/**
 * One measured stage, run in its own process so its peak memory is its own.
 * Prints one JSON line: { rows, ms }.
 */
import { performance } from 'node:perf_hooks';
import {
  buildCalendar,
  checkSheet,
  classifyDossiers,
  dayFromYmd,
  defaultSettings,
  DEFAULT_RULES,
  readExport,
  type InputCell,
} from '../core/index.js';
import { loadInput } from '../cli/src/files/load-input.js';
import { HEADINGS, rowCells, syntheticRecords, syntheticRows } from './synthetic.js';

const AS_OF = dayFromYmd({ y: 2024, m: 6, d: 14 });

async function main(stage: string, arg: string, seed: number): Promise<{ rows: number; ms: number }> {
  switch (stage) {
    case 'classify': {
      const records = syntheticRecords(Number(arg), seed);
      const start = performance.now();
      const calendar = buildCalendar();
      const dossiers = classifyDossiers(records, { asOf: AS_OF, calendar, rules: DEFAULT_RULES });
      return { rows: dossiers.length, ms: performance.now() - start };
    }
    case 'check-core':
    case 'check-core-warm': {
      const cells: InputCell[][] = [HEADINGS];
      let i = 0;
      for (const row of syntheticRows(Number(arg), seed)) cells.push(rowCells(row, i++));
      // Warm: one run first, so the JIT has compiled the hot paths (a long-lived add-in session).
      if (stage === 'check-core-warm') checkSheet({ sheetName: 'Danh sách hồ sơ', cells }, defaultSettings(AS_OF));
      const start = performance.now();
      const result = checkSheet({ sheetName: 'Danh sách hồ sơ', cells }, defaultSettings(AS_OF));
      return { rows: result.dossiers.length, ms: performance.now() - start };
    }
    case 'read': {
      const start = performance.now();
      const input = await loadInput(arg);
      const read = readExport(input.sheets[0], {});
      return { rows: read.dossiers.length, ms: performance.now() - start };
    }
    default:
      throw new Error(`unknown stage ${stage}`);
  }
}

const [stage, arg, seed] = process.argv.slice(2);
const result = await main(stage, arg, Number(seed ?? 1));
process.stdout.write(`${JSON.stringify(result)}\n`);
