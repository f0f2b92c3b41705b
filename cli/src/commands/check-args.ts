import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  FIELD_LABELS,
  FIELDS,
  normalizeKey,
  type Day,
  type Field,
  type MappingOverride,
} from '../../../core/index.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { UsageError } from '../usage-error.js';
import { isoDayArg, parsePeriodArgs, type PeriodArg } from './period-args.js';
import { HEADER_OPTIONS, headerArgs, type HeaderArgs } from './header-args.js';

export { resolvePeriod } from './period-args.js';

const M = CLI_MESSAGES.check;

/** `dunghan check` arguments, validated. */
export interface CheckArgs {
  file: string;
  sheet: string | null;
  /** Null: today in Vietnam (the caller reads the clock). */
  asOf: Day | null;
  mapping: MappingOverride;
  out: string | null;
  /** Null: the default period of the settings (core defaultSettings). */
  period: PeriodArg;
  json: boolean;
  quiet: boolean;
  /** --live: the workbook's status, due and 06a are formulas (needs --out). */
  live: boolean;
  /** --co-quan, --noi-nhan, --dia-danh, --cai-dat (header-args.ts). */
  header: HeaderArgs;
}

/**
 * Parses `dunghan check <file> [--sheet NAME] [--as-of YYYY-MM-DD] [--map field="Heading"]...
 * [--out result.xlsx] [--period month15|month|quarter|year] [--from YYYY-MM-DD --to YYYY-MM-DD]
 * [--json] [--quiet]`; throws UsageError with a Vietnamese message.
 * @example parseCheckArgs(['ho-so.csv', '--as-of', '2025-06-30']).asOf // => 45838
 */
export function parseCheckArgs(args: string[]): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: 'string' },
        'as-of': { type: 'string' },
        map: { type: 'string', multiple: true },
        out: { type: 'string' },
        period: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean' },
        quiet: { type: 'boolean' },
        live: { type: 'boolean' },
        ...HEADER_OPTIONS,
      },
    });
  } catch (error) {
    throw new UsageError(M.badOption((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(M.missingFile);
  if (positionals.length > 1) throw new UsageError(M.tooManyFiles);
  if (values.live && values.out === undefined) throw new UsageError(M.liveNeedsOut);
  return {
    file: positionals[0],
    sheet: values.sheet ?? null,
    asOf: values['as-of'] === undefined ? null : isoDayArg('--as-of', values['as-of']),
    mapping: parseMappings(values.map ?? []),
    out: values.out === undefined ? null : outPathArg(values.out),
    period: parsePeriodArgs(values.period, values.from, values.to),
    json: values.json ?? false,
    quiet: values.quiet ?? false,
    live: values.live ?? false,
    header: headerArgs(values),
  };
}

/**
 * An --out path whose folder exists (writing into a missing one would fail after all the
 * work, with a system error); UsageError with a Vietnamese message otherwise.
 */
export function outPathArg(path: string): string {
  const folder = dirname(resolve(path));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(M.outFolderMissing(path, dirname(path)));
  return path;
}

/** `field="Heading"` or `field=F`; the field by its code (due) or its Vietnamese name (Ngày hẹn trả). */
function parseMappings(items: readonly string[]): MappingOverride {
  const mapping: MappingOverride = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    const field = eq > 0 ? fieldNamed(item.slice(0, eq)) : null;
    const column = eq > 0 ? unquote(item.slice(eq + 1).trim()) : '';
    if (field === null || column === '') throw new UsageError(M.badMap(item, FIELDS.join(', ')));
    mapping[field] = column;
  }
  return mapping;
}

function fieldNamed(name: string): Field | null {
  const key = normalizeKey(name);
  return FIELDS.find((f) => normalizeKey(f) === key || normalizeKey(FIELD_LABELS[f]) === key) ?? null;
}

function unquote(text: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(text);
  return quoted ? quoted[2] : text;
}
