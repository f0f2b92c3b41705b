import { writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import type { SheetPlan } from '../../../core/index.js';
import { safeSheetName } from './apply-sheet-plan.js';
import { addChartParts } from './ooxml/add-charts.js';
import { printAreaRef } from './ooxml/tab-sheet.js';
import { attr, escapeXml, unescapeXml } from './ooxml/xml.js';
import { partText, readZip, textPart, writeZip, type ZipPart } from './ooxml/zip.js';

/**
 * Saves an ExcelJS workbook with the tabs' charts and print areas: ExcelJS has no chart
 * API, so its package is read back and the DrawingML chart parts are added
 * (ooxml/add-charts.ts), with one print-area name per tab.
 * @example await saveWithCharts(workbook, result.sheets, 'tong-hop.xlsx')
 */
export async function saveWithCharts(workbook: ExcelJS.Workbook, tabs: readonly SheetPlan[], outPath: string): Promise<void> {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  if (!tabs.some((t) => t.charts.length > 0 || (t.print.printAreas?.length ?? 0) > 0)) {
    await writeFile(outPath, bytes);
    return;
  }
  const parts = addChartParts(readZip(bytes), tabs);
  await writeFile(outPath, writeZip(withPrintAreas(parts, tabs)));
}

/**
 * The tabs' print areas as one "_xlnm.Print_Area" name per sheet (areas separated by
 * commas, each printed on its own pages), which ExcelJS cannot write.
 */
function withPrintAreas(parts: readonly ZipPart[], tabs: readonly SheetPlan[]): ZipPart[] {
  const at = parts.findIndex((p) => p.name === 'xl/workbook.xml');
  if (at < 0) return [...parts];
  let workbook = partText(parts[at]);
  const names = (workbook.match(/<sheet\b[^>]*\/>/g) ?? []).map((s) => unescapeXml(attr(s, 'name') ?? ''));
  const added: string[] = [];
  for (const tab of tabs) {
    const index = names.indexOf(safeSheetName(tab.name));
    const ref = index < 0 ? null : printAreaRef(names[index], tab.print);
    if (ref !== null) added.push(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(ref)}</definedName>`);
  }
  if (added.length === 0) return [...parts];
  workbook = workbook.replace(/<definedName name="_xlnm\.Print_Area"[^>]*>[^<]*<\/definedName>/g, '');
  workbook = /<definedNames>/.test(workbook)
    ? workbook.replace('<definedNames>', `<definedNames>${added.join('')}`)
    : workbook.replace(/(<\/sheets>)/, `$1<definedNames>${added.join('')}</definedNames>`);
  workbook = workbook.replace('<definedNames></definedNames>', '');
  const out = [...parts];
  out[at] = textPart('xl/workbook.xml', workbook);
  return out;
}
