import { describe, expect, it } from 'vitest';
import type { ClassifiedDossier } from '../classify/classified.js';
import type { DossierRecord } from '../import/dossier.js';
import { dropDuplicateCodes } from './duplicates.js';

function dossier(row: number, code: string | null): ClassifiedDossier {
  const record = { row, code } as DossierRecord;
  return { record, status: 'on_time', dueAt: null, dueSource: null, workingDaysLate: 0, reason: null };
}

describe('dropDuplicateCodes', () => {
  it('keeps the first of a code shared by two units and lists the second with where the first is', () => {
    const a = [dossier(4, '000.41.27.H99-250122-0051'), dossier(5, 'X-1')];
    const b = [dossier(2, ' 000.41.27.h99-250122-0051 '), dossier(3, 'X-2')];
    const result = dropDuplicateCodes([{ name: 'Xã A', dossiers: a }, { name: 'Xã B', dossiers: b }]);
    expect(result.inputs.map((i) => i.dossiers.map((d) => d.record.row))).toEqual([[4, 5], [3]]);
    expect(result.problems).toEqual([
      { code: 'merge.duplicateCode', row: 2, value: '000.41.27.h99-250122-0051', severity: 'warning', detail: 'Xã B; đã có ở Xã A, dòng 4' },
    ]);
  });

  it('keeps repeats inside one input (the reader reports them) and dossiers without a code', () => {
    const a = [dossier(4, 'X-1'), dossier(5, 'X-1'), dossier(6, null)];
    const b = [dossier(2, null)];
    const result = dropDuplicateCodes([{ name: 'Xã A', dossiers: a }, { name: 'Xã B', dossiers: b }]);
    expect([result.inputs.map((i) => i.dossiers.length), result.problems]).toEqual([[3, 1], []]);
  });
});
