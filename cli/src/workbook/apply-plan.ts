import type ExcelJS from 'exceljs';
import type { Plan } from '../../../core/index.js';
import { applyDataPlan } from './apply-data-plan.js';
import { applySheetPlan } from './apply-sheet-plan.js';

export { applyDataPlan } from './apply-data-plan.js';
export { applySheetPlan, safeSheetName } from './apply-sheet-plan.js';

/**
 * Applies a whole plan to an ExcelJS workbook: the data sheet (when given) and every
 * report tab, each replacing the same-named tab of a previous run.
 */
export function applyPlan(workbook: ExcelJS.Workbook, dataSheet: ExcelJS.Worksheet | null, plan: Plan): void {
  if (dataSheet && plan.data) applyDataPlan(dataSheet, plan.data);
  for (const sheet of plan.sheets) applySheetPlan(workbook, sheet);
}
