import { HEADER_OPTIONS, headerArgs, withHeaderArgs, type HeaderArgs } from './header-args.js';
import { parseArgs } from 'node:util';
import {
  CONSOLIDATE_LABELS,
  consolidate,
  defaultSettings,
  formatCount,
  formatIsoDay,
  formatPercent,
  formatShortDate,
  PROBLEM_MESSAGES,
  type ConsolidateInput,
  type ConsolidateResult,
  type Day,
  type Settings,
} from '../../../core/index.js';
import { expandInputs, type SkippedInput } from '../files/expand-inputs.js';
import { readInputFile } from '../../../readers/index.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { todayInVietnam } from '../today.js';
import { UsageError } from '../usage-error.js';
import { writeMergeWorkbook } from '../workbook/write-merge.js';
import { isoDayArg, parsePeriodArgs, resolvePeriod, type PeriodArg } from './period-args.js';

const M = CLI_MESSAGES.merge;
const CHECK = CLI_MESSAGES.check;

/** `dunghan merge` arguments, validated. */
export interface MergeArgs {
  files: string[];
  out: string;
  asOf: Day | null;
  period: PeriodArg;
  unitFrom: 'input' | 'column';
  /** --co-quan, --noi-nhan, --dia-danh, --cai-dat (header-args.ts). */
  header: HeaderArgs;
  json: boolean;
}

/**
 * Parses `dunghan merge <files...> --out tong-hop.xlsx [--as-of YYYY-MM-DD]
 * [--period month15|month|quarter|year | --from YYYY-MM-DD --to YYYY-MM-DD] [--unit-from input|column] [--json]`.
 * @example parseMergeArgs(['a.xlsx', 'b.csv', '--out', 'th.xlsx']).files // => ['a.xlsx', 'b.csv']
 */
export function parseMergeArgs(args: string[]): MergeArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        'as-of': { type: 'string' },
        period: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'unit-from': { type: 'string' },
        json: { type: 'boolean' },
        quiet: { type: 'boolean' },
        ...HEADER_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError(CHECK.badOption((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(M.missingFiles);
  if (values.out === undefined) throw new UsageError(M.missingOut);
  const unitFrom = values['unit-from'] ?? 'input';
  if (unitFrom !== 'input' && unitFrom !== 'column') throw new UsageError(M.badUnitFrom(unitFrom));
  return {
    files: positionals,
    out: values.out,
    asOf: values['as-of'] === undefined ? null : isoDayArg('--as-of', values['as-of']),
    period: parsePeriodArgs(values.period, values.from, values.to),
    unitFrom,
    json: values.json ?? false,
    header: headerArgs(values),
  };
}

/**
 * `dunghan merge`: every sheet of every file is an input (an export or a Biểu 06a made by
 * this tool); folders are read recursively and .zip files in memory (expand-inputs.ts); writes Biểu 06a by unit, the ranking, Phụ lục I/II and the list of sheets
 * read, and prints the problems and the ranking. Exit 2 when no input could be merged.
 * @example await runMerge(['xa-a.xlsx', 'xa-b.csv', '--out', 'tong-hop.xlsx', '--as-of', '2025-06-30']) // => 0
 */
export async function runMerge(args: string[], stdout: (text: string) => void = (t) => console.log(t)): Promise<number> {
  const options = parseMergeArgs(args);
  const asOf = options.asOf ?? todayInVietnam();
  const settings = withHeaderArgs(settingsFor(asOf, options.period), options.header);
  const inputs: ConsolidateInput[] = [];
  const { files, skipped } = await expandInputs(options.files);
  for (const file of files) {
    const read = readInputFile(file.label, file.bytes);
    if (read.ok) inputs.push(...read.inputs);
    else skipped.push({ label: file.label, reason: read.reason });
  }
  if (!options.json) for (const s of skipped) stdout(M.inputSkipped(s.label, s.reason));
  if (inputs.length === 0) {
    if (options.json) stdout(JSON.stringify({ skipped }));
    stdout(M.nothingReadable);
    return 2;
  }
  const result = consolidate(inputs, settings, { unitFrom: options.unitFrom });
  if (!result.inputs.some((i) => i.merged)) {
    stdout(options.json ? JSON.stringify(mergeJson(result, settings, skipped)) : mergeSummary(result, settings));
    stdout(M.nothingReadable);
    return 2;
  }
  await writeMergeWorkbook(result, options.out);
  if (options.json) stdout(JSON.stringify(mergeJson(result, settings, skipped)));
  else {
    stdout(mergeSummary(result, settings));
    stdout(M.written(options.out));
  }
  return 0;
}

/** The default settings of the report date, with the chosen period. */
export function settingsFor(asOf: Day, period: MergeArgs['period']): Settings {
  const base = defaultSettings(asOf);
  return { ...base, period: resolvePeriod(period, asOf, base.period) };
}

/** The Vietnamese summary: period, sheets read, problems, ranking. */
export function mergeSummary(result: ConsolidateResult, settings: Settings): string {
  const lines = [
    M.summaryAsOf(formatShortDate(settings.asOf)),
    M.summaryPeriod(formatShortDate(settings.period.from), formatShortDate(settings.period.to)),
    M.inputsTitle(formatCount(result.inputs.length)),
  ];
  for (const input of result.inputs) {
    lines.push(
      M.inputLine(
        input.name,
        CONSOLIDATE_LABELS.kinds[input.kind],
        input.unit === null || input.unit === input.name ? '' : M.inputUnit(input.unit),
        input.dossiers === null ? '' : M.inputDossiers(formatCount(input.dossiers)),
        input.result,
      ),
    );
  }
  lines.push(result.problems.length === 0 ? M.noProblems : M.problemsTitle(formatCount(result.problems.length)));
  for (const p of result.problems) {
    lines.push(
      M.problemLine(
        PROBLEM_MESSAGES[p.code],
        p.detail ? M.problemDetail(p.detail) : '',
        p.row > 0 ? M.problemRow(String(p.row)) : '',
        p.value && p.code !== 'merge.periodMismatch' ? M.problemValue(p.value) : '',
      ),
    );
  }
  lines.push(M.rankingTitle);
  for (const u of result.units) {
    lines.push(
      M.rankingLine(
        u.rank === null ? M.noRank : String(u.rank),
        u.name,
        formatPercent(u.onTimeRate),
        formatCount(u.counts.early + u.counts.onTime),
        formatCount(u.counts.resolved),
        formatCount(u.counts.overdue),
      ),
    );
  }
  return lines.join('\n');
}

/** The --json object: period, files left out, inputs, units in rank order, problems with their message. */
export function mergeJson(result: ConsolidateResult, settings: Settings, skipped: readonly SkippedInput[] = []) {
  return {
    skipped,
    asOf: formatIsoDay(settings.asOf),
    period: { preset: settings.period.preset, from: formatIsoDay(settings.period.from), to: formatIsoDay(settings.period.to) },
    inputs: result.inputs,
    units: result.units.map((u) => ({ rank: u.rank, name: u.name, onTimeRate: u.onTimeRate, rate766: u.rate766, from: u.from, counts: u.counts })),
    problems: result.problems.map((p) => ({ ...p, message: PROBLEM_MESSAGES[p.code] })),
  };
}

