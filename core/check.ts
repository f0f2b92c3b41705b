import type { ClassifiedDossier } from './classify/classified.js';
import type { Status } from './classify/status.js';
import type { ReadResult, SheetGrid } from './import/read-result.js';
import type { DataSheetPlan } from './plan/plan.js';
import type { Problem } from './problem.js';
import type { Settings } from './settings.js';

/** What "Kiểm tra hạn" produces for one sheet. */
export interface CheckResult {
  read: ReadResult;
  dossiers: ClassifiedDossier[];
  counts: Record<Status, number>;
  /** Reading and classification problems, sorted by row. */
  problems: Problem[];
  /** What to write on the data sheet; null when no header was found. */
  plan: DataSheetPlan | null;
}

/** Reads a grid, classifies every dossier as of settings.asOf and plans the data sheet. */
export function checkSheet(_grid: SheetGrid, _settings: Settings): CheckResult {
  throw new Error('checkSheet: not implemented yet');
}
