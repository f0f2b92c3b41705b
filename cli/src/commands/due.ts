import { parseArgs } from 'node:util';
import {
  buildCalendar,
  computeDue,
  DEFAULT_RULES,
  DEADLINE_LABELS,
  describeStep,
  explainDue,
  formatHm,
  formatIsoDay,
  formatIsoStamp,
  hasPendingDaysOff,
  hasProjectedDaysOff,
  parseDateCell,
  parsePeriod,
  PROBLEM_MESSAGES,
  stepLegalSource,
  type DueResult,
  type DueStep,
  type Period,
  type Stamp,
  type WorkingHoursOptions,
} from '../../../core/index.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { UsageError } from '../usage-error.js';

const M = CLI_MESSAGES.due;
const TIME_ONLY = /^\d{1,2}\s*[:hg]\s*\d{2}$/;

interface DueArgs {
  receivedText: string;
  periodText: string;
  json: boolean;
  hours: WorkingHoursOptions;
}

/**
 * `dunghan due "<dd/MM/yyyy HH:mm>" "<period>" [--json] [--saturday-morning]`: the due date
 * and how it was counted. Forgiving about quotes: `due 01/03/2025 09:00 5 ngày làm việc` works.
 */
export async function runDue(args: string[]): Promise<number> {
  const parsed = parseDueArgs(args);
  if (parsed === 'help') {
    console.log(M.help);
    return 0;
  }
  const received = readReceived(parsed.receivedText);
  const period = readPeriod(parsed.periodText);
  const cal = buildCalendar();
  let result: DueResult;
  try {
    result = computeDue(received, period, cal, DEFAULT_RULES, parsed.hours);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(M.outOfRange(parsed.receivedText));
    throw error;
  }
  const notes: string[] = [];
  if (hasProjectedDaysOff(cal, received.day, result.dueAt.day)) notes.push(PROBLEM_MESSAGES['calendar.projected']);
  if (hasPendingDaysOff(cal, received.day, result.dueAt.day)) notes.push(PROBLEM_MESSAGES['calendar.pendingDaysOff']);

  const explanation = explainDue(result, parsed.hours);
  if (parsed.json) {
    console.log(JSON.stringify(dueToJson(result, explanation.headline, notes, parsed.hours), null, 2));
  } else {
    console.log([explanation.headline, '', M.howCounted, ...explanation.lines.map(M.bullet), ...(notes.length ? ['', ...notes] : [])].join('\n'));
  }
  return 0;
}

function parseDueArgs(args: string[]): DueArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        'saturday-morning': { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(M.badOption(error instanceof Error ? error.message : String(error)));
  }
  const { values } = parsed;
  if (values.help) return 'help';
  const positionals = [...parsed.positionals];
  // Unquoted "01/03/2025 09:00": the time arrives as its own argument.
  if (positionals.length >= 3 && TIME_ONLY.test(positionals[1])) positionals.splice(0, 2, `${positionals[0]} ${positionals[1]}`);
  if (positionals.length < 2) throw new UsageError(M.missingArgs);
  return {
    receivedText: positionals[0],
    periodText: positionals.slice(1).join(' '),
    json: values.json === true,
    hours: { saturdayMorning: values['saturday-morning'] === true },
  };
}

function readReceived(text: string): Stamp {
  const parsed = parseDateCell(text);
  if (parsed.ok) return parsed.value;
  if (parsed.code === 'date.impossible') throw new UsageError(M.impossibleDate(text));
  if (parsed.code === 'date.outOfRange') throw new UsageError(M.outOfRange(text));
  throw new UsageError(M.badDate(text));
}

function readPeriod(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new UsageError(M.badPeriod(text));
  return parsed.value;
}

/** The --json shape: ISO dates, HH:mm times, each step with its legal source and sentence. */
export function dueToJson(result: DueResult, summary: string, notes: string[], hours: WorkingHoursOptions = {}): object {
  return {
    received: formatIsoStamp(result.received),
    period: result.period,
    dueAt: formatIsoStamp(result.dueAt),
    legal: DEADLINE_LABELS.legal[result.legal],
    summary,
    steps: result.steps.map((step) => stepToJson(step, result.period, hours, result.received.day)),
    notes,
  };
}

function stepToJson(step: DueStep, period: Period, hours: WorkingHoursOptions, received: Stamp['day']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(step)) {
    if (key === 'sec') out.time = formatHm(value as number);
    else if (key === 'cutoffSec') out.cutoff = formatHm(value as number);
    else if (key === 'waitedSec') out.waitedHours = (value as number) / 3600;
    else if (Array.isArray(value)) out[key] = value.map((d: { day: number; name: string }) => ({ day: formatIsoDay(d.day as Stamp['day']), name: d.name }));
    else if (typeof value === 'object' && value !== null) out[key] = formatIsoStamp(value as Stamp);
    else if (typeof value === 'number' && key !== 'amount' && key !== 'rounds') out[key] = formatIsoDay(value as Stamp['day']);
    else out[key] = value;
  }
  const legal = stepLegalSource(step, received);
  out.legal = legal ? DEADLINE_LABELS.legal[legal] : null;
  out.text = describeStep(step, period, hours);
  return out;
}
