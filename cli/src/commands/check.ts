import {
  checkSheet,
  defaultSettings,
  isToolTab,
  readToolTabs,
  formatCount,
  type CheckResult,
  type Day,
  type Settings,
  type SheetGrid,
} from '../../../core/index.js';
import { loadInput, type LoadedInput } from '../files/load-input.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { todayInVietnam } from '../today.js';
import { UsageError } from '../usage-error.js';
import { writeCheckWorkbook } from '../workbook/write-check.js';
import { withHeaderArgs } from './header-args.js';
import { parseCheckArgs, resolvePeriod, type CheckArgs } from './check-args.js';
import { checkJson, checkSummary, type CheckRun } from './check-output.js';

const M = CLI_MESSAGES.check;

/** Where `dunghan check` writes; tests pass their own. */
export interface CheckIo {
  stdout: (text: string) => void;
  /** Progress lines; null when stderr is not a terminal or --quiet. */
  progress: ((text: string) => void) | null;
  /** Today in Vietnam, for the default --as-of. */
  today: () => Day;
}

/**
 * `dunghan check <file> …`: reads an export, classifies every dossier as of --as-of
 * (default: today in Vietnam) and prints a Vietnamese summary, or one JSON object with
 * --json; --out also writes the checked workbook. Returns 0 when done, problems or not;
 * throws UsageError (exit 2) for bad arguments, an unreadable file or no header row.
 * @example await runCheck(['samples/opencps-ho-so.csv', '--as-of', '2025-06-30', '--json']) // => 0
 */
export async function runCheck(args: string[], sink?: CheckIo): Promise<number> {
  const options = parseCheckArgs(args);
  const io = sink ?? defaultIo(options.quiet);
  io.progress?.(M.progressReading(options.file));
  const input = await loadInput(options.file);
  const asOf = options.asOf ?? io.today();
  const base = defaultSettings(asOf);
  const fromTabs = readToolTabs(input.sheets, {
    ...base,
    period: resolvePeriod(options.period, asOf, base.period),
    mapping: options.mapping,
  });
  const settings: Settings = withHeaderArgs(fromTabs.settings, options.header);
  const { grid, result } = checkChosenSheet(input, options, settings, fromTabs.lateOnSystem);
  io.progress?.(M.progressRows(formatCount(result.read.rowsIn)));
  io.progress?.(M.progressClassified(formatCount(result.dossiers.length)));
  const run: CheckRun = {
    file: options.file,
    sheet: grid.sheetName,
    settings,
    result,
    fileProblems: [...input.problems, ...fromTabs.problems],
    periodDefaulted: options.period === null,
  };
  if (options.out !== null) {
    io.progress?.(M.progressWriting(options.out));
    await writeCheckWorkbook(input, grid.sheetName, result, settings, options.out, {
      onProgress: (step) => io.progress?.(M.writeSteps[step] ?? step),
    });
    io.progress?.(M.progressWritten(options.out));
  }
  if (options.json) {
    io.stdout(JSON.stringify(checkJson(run)));
  } else {
    io.stdout(checkSummary(run));
    if (options.out !== null) io.stdout(M.outWritten(options.out));
  }
  return 0;
}

/** --sheet, else the first visible sheet where a header row is found. */
function checkChosenSheet(
  input: LoadedInput,
  options: CheckArgs,
  settings: Settings,
  lateOnSystem: SheetGrid | null,
): { grid: SheetGrid; result: CheckResult } {
  const names = input.sheets.map((s) => s.sheetName);
  if (options.sheet !== null) {
    const wanted = options.sheet;
    const grid =
      input.sheets.find((s) => s.sheetName === wanted) ??
      input.sheets.find((s) => s.sheetName.toLowerCase() === wanted.toLowerCase());
    if (!grid) throw new UsageError(M.noSheet(wanted, names.map((n) => `"${n}"`).join(', ')));
    return requireHeader(options.file, grid, checkSheet(grid, settings, { lateOnSystem }));
  }
  const userSheets = input.sheets.filter((s) => !isToolTab(s.sheetName));
  const candidates = [
    ...userSheets.filter((s) => !input.hiddenSheets.includes(s.sheetName)),
    ...userSheets.filter((s) => input.hiddenSheets.includes(s.sheetName)),
  ];
  for (const grid of candidates) {
    const result = checkSheet(grid, settings, { lateOnSystem });
    if (result.read.headerRows.length > 0) return { grid, result };
  }
  throw new UsageError(M.noHeader(options.file, candidates[0]?.sheetName ?? ''));
}

function requireHeader(file: string, grid: SheetGrid, result: CheckResult): { grid: SheetGrid; result: CheckResult } {
  if (result.read.headerRows.length === 0) throw new UsageError(M.noHeader(file, grid.sheetName));
  return { grid, result };
}

function defaultIo(quiet: boolean): CheckIo {
  return {
    stdout: (text) => console.log(text),
    progress: process.stderr.isTTY && !quiet ? (text) => process.stderr.write(`${text}\n`) : null,
    today: () => todayInVietnam(),
  };
}
