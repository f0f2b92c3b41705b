import type { Stamp } from '../calendar/day.js';
import type { DossierRecord } from '../import/dossier.js';
import type { ProblemCode } from '../problem.js';
import type { Status } from './status.js';

/**
 * Where the due date a dossier was measured against came from; 'lawful' replaces a system
 * due (column or re-appointed) that was earlier than the lawful one or on a day off.
 */
export type DueSource = 'column' | 'extended' | 'computed' | 'lawful';

/** A dossier with its status as of a report date. */
export interface ClassifiedDossier {
  record: DossierRecord;
  status: Status;
  /** The due date-time the status was measured against; null when none could be had. */
  dueAt: Stamp | null;
  dueSource: DueSource | null;
  /**
   * Working days past due: NETWORKDAYS(day after due, finish day) for late ones, up to
   * asOf for overdue ones; for late_on_system the lateness the system shows (finish day,
   * or asOf when still open), which is what the office must explain; 0 otherwise, and 0
   * for a finish later on the due day itself.
   */
  workingDaysLate: number;
  /**
   * Why the dossier is `invalid`; for late_on_system, 'due.systemWrong' when only the
   * system's wrong due makes it late (dueAt is then the lawful due); null otherwise.
   */
  reason: ProblemCode | null;
}
