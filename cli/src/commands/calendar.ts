import { parseArgs } from 'node:util';
import {
  buildCalendar,
  dayFromYmd,
  daysOffInYear,
  formatIsoDay,
  hasProjectedDaysOff,
  isoWeekday,
  parseIsoDay,
  pendingDaysOff,
  type Day,
  type YearDaysOff,
} from '../../../core/index.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { UsageError } from '../usage-error.js';

const M = CLI_MESSAGES.calendar;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** Reads `<year> [--json]`; throws UsageError on anything else. */
function parseCalendarArgs(args: string[]): { year: number; json: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${M.badOption(error instanceof Error ? error.message : String(error))}\n${M.usage}`);
  }
  const { positionals, values } = parsed;
  if (positionals.length === 0) throw new UsageError(`${M.missingYear}\n${M.usage}`);
  if (positionals.length > 1) throw new UsageError(`${M.badOption(positionals.slice(1).join(' '))}\n${M.usage}`);
  const text = positionals[0];
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) throw new UsageError(`${M.badYear(text)}\n${M.usage}`);
  return { year, json: values.json === true };
}

/** `dd/MM/yyyy` from `YYYY-MM-DD`. */
function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function weekdayName(iso: string): string {
  return M.weekdays[isoWeekday(parseIsoDay(iso) as Day)];
}

/** The human-readable table of one year. */
export function formatCalendarText(result: YearDaysOff, notes: string[]): string {
  const lines = [M.title(result.year), ''];
  if (result.daysOff.length === 0) {
    lines.push(M.noDaysOff);
  } else {
    const rows = result.daysOff.map((d) => [vnDate(d.date), weekdayName(d.date), d.name || M.userDayOff, d.source]);
    const head = [M.headers.date, M.headers.weekday, M.headers.name, M.headers.source];
    const widths = [0, 1, 2].map((i) => Math.max(head[i].length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  ').trimEnd();
    lines.push(line(head), line(widths.map((w) => '-'.repeat(w)).concat('-'.repeat(M.headers.source.length))));
    for (const row of rows) lines.push(line(row));
    lines.push('', M.total(result.daysOff.length));
  }
  lines.push(result.workingSaturdays.length > 0 ? M.workingSaturdays(result.workingSaturdays.map(vnDate).join(', ')) : M.noWorkingSaturdays);
  if (notes.length > 0) lines.push('', ...notes);
  return lines.join('\n');
}

/**
 * `dunghan calendar <year> [--json]`: the non-working Monday–Fridays and the make-up
 * Saturdays of a year for state agencies. Returns the exit code.
 */
export async function runCalendar(args: string[]): Promise<number> {
  const { year, json } = parseCalendarArgs(args);
  const cal = buildCalendar();
  const result = daysOffInYear(cal, year);
  const from = dayFromYmd({ y: year, m: 1, d: 1 });
  const to = dayFromYmd({ y: year, m: 12, d: 31 });
  const notes: string[] = [];
  if (hasProjectedDaysOff(cal, from, to)) notes.push(M.projectedNote);
  const pending = pendingDaysOff(cal, from, to);
  if (pending.length > 0) notes.push(M.pendingNote(pending.map((d) => vnDate(formatIsoDay(d))).join(', ')));

  if (json) {
    console.log(JSON.stringify(result, null, 2));
    // Notes go to stderr so stdout stays exactly the JSON document.
    for (const note of notes) console.error(note);
  } else {
    console.log(formatCalendarText(result, notes));
  }
  return 0;
}
