import type { ConsolidateResult } from '../../../core/index.js';
import { applySheetPlan } from './apply-plan.js';
import { loadExcelJS } from './load-exceljs.js';
import { saveWithCharts } from './save-with-charts.js';

/**
 * Writes a consolidation as a new workbook: Biểu 06a by unit, the ranking, Phụ lục I/II
 * and the list of sheets read, in that order, with the ranking's chart.
 */
export async function writeMergeWorkbook(result: ConsolidateResult, outPath: string): Promise<void> {
  const workbook = new (await loadExcelJS()).Workbook();
  for (const sheet of result.sheets) applySheetPlan(workbook, sheet);
  await saveWithCharts(workbook, result.sheets, outPath);
}
