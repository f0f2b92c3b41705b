import type { CheckResult, Settings } from '../../../core/index.js';
import type { LoadedInput } from '../files/load-input.js';

/** Writes the checked workbook: the user's data sheet untouched plus status columns, colors, legend and report tabs. */
export async function writeCheckWorkbook(_input: LoadedInput, _sheetName: string, _result: CheckResult, _settings: Settings, _outPath: string): Promise<void> {
  throw new Error('writeCheckWorkbook: not implemented yet');
}
