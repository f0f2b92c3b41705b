import type { ClassifiedDossier } from '../classify/classified.js';
import { CONSOLIDATE_LABELS } from '../labels.vi.js';
import type { Problem } from '../problem.js';

/** The dossiers of one input, in input order. */
export interface InputDossiers {
  name: string;
  dossiers: readonly ClassifiedDossier[];
}

/**
 * Keeps the first dossier of each code across inputs and lists every later one as a
 * 'merge.duplicateCode' problem (row and code of the later one, and where the first is),
 * so nothing is counted twice and nothing is dropped silently. Codes compare trimmed and
 * case-blind; repeats inside one input are the reader's business and are kept.
 * @example dropDuplicateCodes([{ name: 'Xã A', dossiers: [a] }, { name: 'Xã B', dossiers: [aAgain] }]).problems.length // => 1
 */
export function dropDuplicateCodes(inputs: readonly InputDossiers[]): { inputs: InputDossiers[]; problems: Problem[] } {
  const firstSeen = new Map<string, { input: number; name: string; row: number }>();
  const problems: Problem[] = [];
  const kept = inputs.map((input, index) => {
    const dossiers: ClassifiedDossier[] = [];
    for (const dossier of input.dossiers) {
      const code = dossier.record.code?.trim();
      if (!code) {
        dossiers.push(dossier);
        continue;
      }
      const key = code.toUpperCase();
      const first = firstSeen.get(key);
      if (first === undefined) {
        firstSeen.set(key, { input: index, name: input.name, row: dossier.record.row });
        dossiers.push(dossier);
      } else if (first.input === index) {
        dossiers.push(dossier);
      } else {
        problems.push({
          code: 'merge.duplicateCode',
          row: dossier.record.row,
          value: code,
          severity: 'warning',
          detail: CONSOLIDATE_LABELS.duplicateDetail(input.name, first.name, first.row),
        });
      }
    }
    return { name: input.name, dossiers };
  });
  return { inputs: kept, problems };
}
