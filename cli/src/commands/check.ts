import {
  checkSheet,
  chooseDossierSheet,
  defaultSettings,
  isToolTab,
  readToolTabs,
  formatCount,
  type CheckResult,
  type InputCell,
  type Day,
  type Settings,
  type SheetGrid,
} from '../../../core/index.js';
import { open } from 'node:fs/promises';
import { openXlsx, readSheetRows, sniffFormat, type SniffedFormat, type XlsxBook, type XlsxSheetEntry } from '../../../readers/index.js';
import { UnsupportedSheetError } from '../workbook/ooxml/data-sheet.js';
import { UnsupportedStylesError } from '../workbook/ooxml/styles.js';
import { UnsupportedZipError } from '../workbook/ooxml/zip.js';
import { CsvFileRows } from '../files/csv-file-rows.js';
import { loadInput, readBytes, sheetNameFromPath, type LoadedInput } from '../files/load-input.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { todayInVietnam } from '../today.js';
import { UsageError } from '../usage-error.js';
import { writeCheckWorkbook } from '../workbook/write-check.js';
import { writeLiveWorkbook } from '../workbook/live/write-live.js';
import { EXCEL_MAX_ROWS, TooManyRowsError, writeCheckStream, writeCheckStreamXlsx } from '../workbook/write-check-stream.js';
import { withHeaderArgs } from './header-args.js';
import { parseCheckArgs, resolvePeriod, type CheckArgs } from './check-args.js';
import { checkJson, checkSummary, type CheckRun, type SheetChoiceNote } from './check-output.js';

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
  // --live needs every row's formulas and --json every dossier: both check in memory.
  if (options.out !== null && !options.json && !options.live) {
    const kind = await fileKind(options.file);
    const code = kind === 'text' ? await runCheckStreamed(options, io) : kind === 'xlsx' ? await runCheckStreamedXlsx(options, io) : null;
    if (code !== null) return code;
  }
  const input = await loadInput(options.file);
  const asOf = options.asOf ?? io.today();
  const base = defaultSettings(asOf);
  const fromTabs = readToolTabs(input.sheets, {
    ...base,
    period: resolvePeriod(options.period, asOf, base.period),
    mapping: options.mapping,
  });
  const settings: Settings = withHeaderArgs(fromTabs.settings, options.header);
  const { grid, result, sheetChoice } = checkChosenSheet(input, options, settings, fromTabs.lateOnSystem);
  io.progress?.(M.progressRows(formatCount(result.read.rowsIn)));
  io.progress?.(M.progressClassified(formatCount(result.dossiers.length)));
  const run: CheckRun = {
    file: options.file,
    sheet: grid.sheetName,
    settings,
    result,
    fileProblems: [...input.problems, ...fromTabs.problems],
    periodDefaulted: options.period === null,
    sheetChoice,
  };
  let liveLine: string | null = null;
  if (options.out !== null && options.live) {
    io.progress?.(M.progressWriting(options.out));
    const written = await writeLiveWorkbook(input, grid.sheetName, result, settings, options.out);
    liveLine = M.liveWritten(options.out, formatCount(written.liveRows), formatCount(written.fixedRows));
  } else if (options.out !== null) {
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
    if (liveLine !== null) io.stdout(liveLine);
    else if (options.out !== null) io.stdout(M.outWritten(options.out));
  }
  return 0;
}

/**
 * A CSV with --out is checked as it is read, in blocks (bounded memory, any length up to
 * Excel's 1,048,576 rows). Null when the sheet needs the whole-grid check instead (a
 * previous run's tool columns in the CSV): the caller then checks it in memory.
 */
async function runCheckStreamed(options: CheckArgs, io: CheckIo): Promise<number | null> {
  const out = options.out as string;
  const asOf = options.asOf ?? io.today();
  const base = defaultSettings(asOf);
  const fromTabs = readToolTabs([], { ...base, period: resolvePeriod(options.period, asOf, base.period), mapping: options.mapping });
  const settings = withHeaderArgs(fromTabs.settings, options.header);
  const sheetName = sheetNameFromPath(options.file);
  io.progress?.(M.progressWriting(out));
  let rows = new CsvFileRows(options.file);
  let outcome;
  try {
    outcome = await writeCheckStream(rows, { sheetName, settings, outPath: out });
    if (!outcome.written && outcome.done.hintsWrong && outcome.done.needsInMemory === null) {
      // A row wider than the first ones, or a due time first seen late: write again knowing it.
      rows = new CsvFileRows(options.file);
      outcome = await writeCheckStream(rows, { sheetName, settings, outPath: out, hints: outcome.done.found });
    }
  } catch (error) {
    if (error instanceof TooManyRowsError) throw new UsageError(M.tooManyRows(options.file, formatCount(EXCEL_MAX_ROWS)));
    throw error;
  }
  const { done } = outcome;
  if (done.needsInMemory !== null) return null;
  if (done.result.read.headerRows.length === 0) throw new UsageError(M.noHeader(options.file, sheetName));
  io.progress?.(M.progressRows(formatCount(done.result.read.rowsIn)));
  io.progress?.(M.progressWritten(out));
  const run: CheckRun = {
    file: options.file,
    sheet: sheetName,
    settings,
    result: done.result,
    fileProblems: [...rows.problems, ...fromTabs.problems],
    periodDefaulted: options.period === null,
  };
  io.stdout(checkSummary(run));
  io.stdout(M.outWritten(out));
  return 0;
}

/**
 * An .xlsx with --out: the data sheet is checked and written as it is decompressed, in
 * blocks. Null (check in memory instead) for what the stream cannot do: --sheet naming no
 * sheet (the in-memory path says so), a month-first paste repair, a previous run's tool
 * columns, a package shape the patcher does not handle, or a file that does not open.
 */
async function runCheckStreamedXlsx(options: CheckArgs, io: CheckIo): Promise<number | null> {
  const out = options.out as string;
  let book;
  try {
    book = openXlsx(await readBytes(options.file));
  } catch {
    return null;
  }
  const asOf = options.asOf ?? io.today();
  const base = defaultSettings(asOf);
  const toolGrids = book.sheets.filter((s) => isToolTab(s.name)).map((s) => sheetGrid(book, s));
  const fromTabs = readToolTabs(toolGrids, { ...base, period: resolvePeriod(options.period, asOf, base.period), mapping: options.mapping });
  const settings = withHeaderArgs(fromTabs.settings, options.header);
  let candidates: XlsxSheetEntry[];
  if (options.sheet !== null) {
    const wanted = options.sheet;
    const found = book.sheets.find((s) => s.name === wanted) ?? book.sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!found) return null;
    candidates = [found];
  } else {
    // Several sheets: choosing the one with the most dossier rows (chooseDossierSheet) needs them all read.
    const user = book.sheets.filter((s) => !isToolTab(s.name));
    if (user.length !== 1) return null;
    candidates = user;
  }
  io.progress?.(M.progressWriting(out));
  for (const sheet of candidates) {
    let outcome;
    try {
      outcome = await writeCheckStreamXlsx({ book, sheet, settings, lateOnSystem: fromTabs.lateOnSystem, outPath: out });
      if (!outcome.written && outcome.done.hintsWrong && outcome.done.needsInMemory === null) {
        outcome = await writeCheckStreamXlsx({ book, sheet, settings, lateOnSystem: fromTabs.lateOnSystem, outPath: out, hints: outcome.done.found });
      }
    } catch (error) {
      if (error instanceof UnsupportedSheetError || error instanceof UnsupportedStylesError || error instanceof UnsupportedZipError) return null;
      throw error;
    }
    const { done } = outcome;
    if (done.needsInMemory !== null) return null;
    if (done.result.read.headerRows.length === 0) {
      if (options.sheet !== null) throw new UsageError(M.noHeader(options.file, sheet.name));
      continue;
    }
    io.progress?.(M.progressRows(formatCount(done.result.read.rowsIn)));
    io.progress?.(M.progressWritten(out));
    const run: CheckRun = {
      file: options.file,
      sheet: sheet.name,
      settings,
      result: done.result,
      fileProblems: [...fromTabs.problems],
      periodDefaulted: options.period === null,
    };
    io.stdout(checkSummary(run));
    io.stdout(M.outWritten(out));
    return 0;
  }
  throw new UsageError(M.noHeader(options.file, candidates[0]?.name ?? ''));
}

/** A whole sheet of an opened workbook as a grid (for the small tool tabs). */
function sheetGrid(book: XlsxBook, sheet: XlsxSheetEntry): SheetGrid {
  const cells: InputCell[][] = [];
  readSheetRows(book, sheet.part, (rows) => cells.push(...rows));
  while (cells.length > 0 && cells[cells.length - 1].every((c) => c === null)) cells.pop();
  return { sheetName: sheet.name, cells };
}

/** What the file's first bytes say it is. */
async function fileKind(path: string): Promise<SniffedFormat | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    const head = new Uint8Array(8192);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return sniffFormat(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** --sheet, else the sheet with the most dossier rows under a recognised header (core chooseDossierSheet). */
function checkChosenSheet(
  input: LoadedInput,
  options: CheckArgs,
  settings: Settings,
  lateOnSystem: SheetGrid | null,
): { grid: SheetGrid; result: CheckResult; sheetChoice: SheetChoiceNote } {
  const names = input.sheets.map((s) => s.sheetName);
  if (options.sheet !== null) {
    const wanted = options.sheet;
    const grid =
      input.sheets.find((s) => s.sheetName === wanted) ??
      input.sheets.find((s) => s.sheetName.toLowerCase() === wanted.toLowerCase());
    if (!grid) throw new UsageError(M.noSheet(wanted, names.map((n) => `"${n}"`).join(', ')));
    return { ...requireHeader(options.file, grid, checkSheet(grid, settings, { lateOnSystem })), sheetChoice: { reason: 'user', sheets: [] } };
  }
  const choice = chooseDossierSheet(input.sheets, { hidden: input.hiddenSheets, exclude: isToolTab, mapping: settings.mapping });
  if (choice.index === null) {
    const first = input.sheets.find((s) => !isToolTab(s.sheetName) && !input.hiddenSheets.includes(s.sheetName)) ?? input.sheets[0];
    throw new UsageError(M.noHeader(options.file, first?.sheetName ?? ''));
  }
  const grid = input.sheets[choice.index];
  const sheets = choice.sheets.filter((s) => !isToolTab(s.sheetName)).map((s) => ({ name: s.sheetName, dossierRows: s.dossierRows }));
  return { grid, result: checkSheet(grid, settings, { lateOnSystem }), sheetChoice: { reason: choice.reason === 'only' ? 'only' : 'mostDossiers', sheets } };
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
