/**
 * Who reports to whom, for the CLI: `--co-quan "Ủy ban nhân dân xã …"` (Đơn vị báo cáo),
 * `--noi-nhan "…"` (Đơn vị nhận báo cáo), `--dia-danh "…"` (place of the date line), and
 * `--cai-dat tep.json`, a settings file in the format the add-ins keep in the workbook
 * (core serializeSettings, or just {"header": {…}}), whose "header" fills what the flags leave out. Unset fields
 * stay empty: the report then takes the agency from the export's banner, or prints dots.
 */
import { readFileSync } from 'node:fs';
import type { ReportHeader, Settings } from '../../../core/index.js';
import { UsageError } from '../usage-error.js';

/** The parseArgs options of these flags, spread into each command's own. */
export const HEADER_OPTIONS = {
  'co-quan': { type: 'string' },
  'noi-nhan': { type: 'string' },
  'dia-danh': { type: 'string' },
  'cai-dat': { type: 'string' },
} as const;

export interface HeaderArgs {
  reportingUnit?: string;
  receivingUnit?: string;
  place?: string;
  /** Path of the settings file. */
  settingsFile?: string;
}

/** The flags' values as HeaderArgs. */
export function headerArgs(values: Partial<Record<keyof typeof HEADER_OPTIONS, string | undefined>>): HeaderArgs {
  const out: HeaderArgs = {};
  if (values['co-quan'] !== undefined) out.reportingUnit = values['co-quan'];
  if (values['noi-nhan'] !== undefined) out.receivingUnit = values['noi-nhan'];
  if (values['dia-danh'] !== undefined) out.place = values['dia-danh'];
  if (values['cai-dat'] !== undefined) out.settingsFile = values['cai-dat'];
  return out;
}

/**
 * The settings with the header of the settings file, then the flags, applied.
 * @example withHeaderArgs(settings, { reportingUnit: 'UBND xã A' }).header.reportingUnit // => "UBND xã A"
 */
export function withHeaderArgs(settings: Settings, args: HeaderArgs): Settings {
  let header: ReportHeader = settings.header;
  if (args.settingsFile !== undefined) {
    let stored: unknown;
    try {
      stored = JSON.parse(readFileSync(args.settingsFile, 'utf8'));
    } catch (error) {
      throw new UsageError(`Không đọc được tệp cài đặt "${args.settingsFile}": ${(error as Error).message}. Tệp cần là JSON, ví dụ {"header": {"reportingUnit": "Ủy ban nhân dân xã …", "receivingUnit": "…", "place": "…"}}.`);
    }
    // The "header" of the stored settings (core serializeSettings), known text fields only.
    const given = stored !== null && typeof stored === 'object' ? (stored as { header?: unknown }).header : undefined;
    if (given !== null && typeof given === 'object') {
      const next: ReportHeader = { ...header };
      for (const key of Object.keys(header) as (keyof ReportHeader)[]) {
        const value = (given as Record<string, unknown>)[key];
        if (typeof value === 'string') next[key] = value;
      }
      header = next;
    }
  }
  return {
    ...settings,
    header: {
      ...header,
      ...(args.reportingUnit !== undefined ? { reportingUnit: args.reportingUnit } : {}),
      ...(args.receivingUnit !== undefined ? { receivingUnit: args.receivingUnit } : {}),
      ...(args.place !== undefined ? { place: args.place } : {}),
    },
  };
}
