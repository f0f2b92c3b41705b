/** Turns the named table and the filler into one sample's dossiers. */
import { STATUSES, type Status } from '../../core/classify/status.js';
import { makeFiller } from './filler.js';
import type { SampleDossier } from './model.js';
import { NAMED, type NamedDossier, type SampleName } from './named.js';
import type { Rng } from './prng.js';
import { personName } from './vocab.js';

export interface SampleSpec {
  name: SampleName;
  seed: number;
  units: number;
  fillerCount: number;
  dueDateOnly: boolean;
}

export interface Assembled {
  named: SampleDossier[];
  filler: SampleDossier[];
  officers: string[][];
}

export function assemble(rng: Rng, spec: SampleSpec): Assembled {
  const officers = Array.from({ length: spec.units }, () => [personName(rng), personName(rng), personName(rng)]);
  const named = NAMED.filter((n) => n.codes[spec.name] !== undefined).map((n) => fromNamed(n, spec, officers));
  const filler = makeFiller(rng, { count: spec.fillerCount, units: spec.units, officers, dueDateOnly: spec.dueDateOnly });
  return { named, filler, officers };
}

function fromNamed(n: NamedDossier, spec: SampleSpec, officers: string[][]): SampleDossier {
  const unit = n.unit % spec.units;
  return {
    key: n.key,
    intended: n.expected,
    procedure: n.procedure,
    unit,
    officer: officers[unit][0],
    applicant: n.applicant,
    channel: n.channel,
    submitted: n.submitted,
    received: n.received,
    due: n.due && spec.dueDateOnly ? { day: n.due.day, sec: null } : n.due,
    dueText: n.dueText,
    extendedDue: n.extendedDue,
    finished: n.finished,
    returned: n.statusCode === 10 ? n.finished : null,
    actual: n.actual,
    statusCode: n.statusCode,
    remarks: '',
    code: n.codes[spec.name],
  };
}

/** Sorts by receipt (or submission) time, then key: the order systems list dossiers in. */
export function byReceipt(a: SampleDossier, b: SampleDossier): number {
  const sa = a.received ?? a.submitted!;
  const sb = b.received ?? b.submitted!;
  return sa.day - sb.day || (sa.sec ?? 0) - (sb.sec ?? 0) || a.key.localeCompare(b.key);
}

/** Intended statuses counted over the rows written (a duplicated row counts twice). */
export function countIntended(rows: readonly SampleDossier[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const row of rows) counts[row.intended]++;
  return counts;
}
