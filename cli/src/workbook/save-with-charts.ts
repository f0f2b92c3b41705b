import { writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import type { SheetPlan } from '../../../core/index.js';
import { addChartParts } from './ooxml/add-charts.js';
import { readZip, writeZip } from './ooxml/zip.js';

/**
 * Saves an ExcelJS workbook with the tabs' charts: ExcelJS has no chart API, so its
 * package is read back and the DrawingML chart parts are added (ooxml/add-charts.ts).
 * @example await saveWithCharts(workbook, result.sheets, 'tong-hop.xlsx')
 */
export async function saveWithCharts(workbook: ExcelJS.Workbook, tabs: readonly SheetPlan[], outPath: string): Promise<void> {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const parts = tabs.some((t) => t.charts.length > 0) ? addChartParts(readZip(bytes), tabs) : null;
  await writeFile(outPath, parts === null ? bytes : writeZip(parts));
}
