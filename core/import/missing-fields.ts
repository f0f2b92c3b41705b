/** Warnings for the fields a check needs but the header lacks. */
import type { Problem } from '../problem.js';
import { FIELD_LABELS } from '../labels.vi.js';
import type { Field } from './dossier.js';

/**
 * One 'header.missingField' warning (row 0) per missing field that matters: the code, the
 * receipt date (unless the codes gave it), the due date (unless a period and a receipt date
 * let it be computed), the status, and the actual result date (without it, late-on-system
 * cannot be told from late). `column` is the field's usual name, `detail` its key.
 * @example missingFieldProblems({ code: 1, due: 5, status: 7 }, false).map((p) => p.detail) // => ['received', 'actualResult']
 */
export function missingFieldProblems(index: Partial<Record<Field, number>>, receivedFromCode: boolean): Problem[] {
  const missing: Field[] = [];
  const receivedKnown = index.received !== undefined || receivedFromCode;
  if (index.code === undefined) missing.push('code');
  if (!receivedKnown) missing.push('received');
  if (index.due === undefined && !(index.period !== undefined && receivedKnown)) missing.push('due');
  if (index.status === undefined) missing.push('status');
  if (index.actualResult === undefined) missing.push('actualResult');
  return missing.map((field) => ({
    code: 'header.missingField', row: 0, column: FIELD_LABELS[field], severity: 'warning', detail: field,
  }));
}
