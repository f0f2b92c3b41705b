import type { ClassifiedDossier } from '../classify/classified.js';
import type { SheetPlan } from '../plan/plan.js';
import type { Settings } from '../settings.js';

/** Builds every report tab (06a, Phụ lục I/II, late on system, officers, 766, due soon) for the period. */
export function buildReports(_dossiers: readonly ClassifiedDossier[], _settings: Settings): SheetPlan[] {
  throw new Error('buildReports: not implemented yet');
}
