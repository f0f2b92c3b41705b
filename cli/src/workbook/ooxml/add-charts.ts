/**
 * Adds the report tabs' charts to a written .xlsx package: for every tab with charts, a
 * drawing part, its chart parts, the relationships and content types, and a <drawing>
 * element in the sheet. Works on any package (the patcher's and ExcelJS's), so every
 * writer of the CLI draws the same charts as the Excel add-in.
 */
import type { SheetPlan } from '../../../../core/index.js';
import { safeSheetName } from '../apply-sheet-plan.js';
import { chartXml, drawingXml } from './chart-xml.js';
import { attr, escapeXml, unescapeXml } from './xml.js';
import { partText, textPart, type PackagePart, type ZipPart } from './zip.js';
import { resolvePart } from '../../../../readers/part-path.js';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING_CT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const RELS_CT = 'application/vnd.openxmlformats-package.relationships+xml';
/** Elements a <drawing> must come before in a worksheet (CT_Worksheet order). */
const AFTER_DRAWING = /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/**
 * The package with a drawing and chart parts for every tab in `tabs` that has charts (by
 * sheet name, as written). Tabs not in the package, and tabs without charts, are left alone.
 * @example addChartParts(readZip(bytes), reportTabs).some((p) => p.name.startsWith('xl/charts/')) // => true
 */
export function addChartParts<P extends PackagePart>(parts: readonly P[], tabs: readonly SheetPlan[]): (P | ZipPart)[] {
  const withCharts = tabs.filter((t) => t.charts.length > 0);
  if (withCharts.length === 0) return [...parts];
  const byName = new Map(parts.map((p) => [p.name, p]));
  const text = (name: string) => {
    const part = byName.get(name);
    return part === undefined ? null : partText(part);
  };
  const workbookPath = officeDocument(text('_rels/.rels') ?? '');
  if (workbookPath === null) return [...parts];
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const workbook = text(workbookPath) ?? '';
  const workbookRels = text(relsPathOf(workbookPath)) ?? '';
  let types = text('[Content_Types].xml') ?? '';
  const relTargets = new Map((workbookRels.match(/<Relationship\b[^>]*\/>/g) ?? []).map((r) => [attr(r, 'Id') ?? '', attr(r, 'Target') ?? '']));
  const sheetParts = new Map<string, string>();
  for (const sheet of workbook.match(/<sheet\b[^>]*\/>/g) ?? []) {
    const name = attr(sheet, 'name');
    const rid = /\br:id="([^"]+)"|\b\w+:id="([^"]+)"/.exec(sheet);
    const target = rid ? relTargets.get(rid[1] ?? rid[2]) : undefined;
    if (name !== null && target !== undefined) sheetParts.set(unescapeXml(name), resolvePart(dir, target));
  }

  const replaced = new Map<string, ZipPart>();
  const added: ZipPart[] = [];
  let drawingNo = nextNumber(parts, `${dir}drawings/drawing`);
  let chartNo = nextNumber(parts, `${dir}charts/chart`);
  for (const tab of withCharts) {
    const sheetName = safeSheetName(tab.name);
    const sheetPath = sheetParts.get(sheetName);
    const sheetXml = sheetPath === undefined ? null : text(sheetPath);
    if (sheetPath === undefined || sheetXml === null || /<drawing\b/.test(sheetXml)) continue;
    const drawingPath = `${dir}drawings/drawing${drawingNo++}.xml`;
    const chartRids: string[] = [];
    const drawingRels: string[] = [];
    tab.charts.forEach((spec, i) => {
      const chartPath = `${dir}charts/chart${chartNo++}.xml`;
      added.push(textPart(chartPath, chartXml(tab, sheetName, spec)));
      types = addOverride(types, chartPath, CHART_CT);
      chartRids.push(`rId${i + 1}`);
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL_NS}/chart" Target="../charts/${chartPath.slice(chartPath.lastIndexOf('/') + 1)}"/>`);
    });
    added.push(textPart(drawingPath, drawingXml(tab.charts, chartRids)));
    added.push(textPart(relsPathOf(drawingPath), relsXml(drawingRels)));
    types = addOverride(types, drawingPath, DRAWING_CT);

    // The sheet's own relationships: extend the existing part or make one.
    const sheetRelsPath = relsPathOf(sheetPath);
    const oldRels = text(sheetRelsPath);
    const used = (oldRels?.match(/Id="([^"]+)"/g) ?? []).map((m) => m.slice(4, -1));
    let n = used.length + 1;
    while (used.includes(`rId${n}`)) n++;
    const rid = `rId${n}`;
    const rel = `<Relationship Id="${rid}" Type="${REL_NS}/drawing" Target="../drawings/${drawingPath.slice(drawingPath.lastIndexOf('/') + 1)}"/>`;
    const rels = oldRels === null ? relsXml([rel]) : oldRels.replace('</Relationships>', `${rel}</Relationships>`);
    if (oldRels === null) added.push(textPart(sheetRelsPath, rels));
    else replaced.set(sheetRelsPath, textPart(sheetRelsPath, rels));

    const withNs = /xmlns:r="/.test(sheetXml) ? sheetXml : sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_NS}"`);
    const at = AFTER_DRAWING.exec(withNs)!.index;
    replaced.set(sheetPath, textPart(sheetPath, `${withNs.slice(0, at)}<drawing r:id="${rid}"/>${withNs.slice(at)}`));
  }
  if (!/Extension="rels"/.test(types)) types = types.replace('</Types>', `<Default Extension="rels" ContentType="${RELS_CT}"/></Types>`);
  replaced.set('[Content_Types].xml', textPart('[Content_Types].xml', types));
  return [...parts.map((p) => replaced.get(p.name) ?? p), ...added];
}

function relsXml(rels: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}

function addOverride(types: string, part: string, contentType: string): string {
  return types.replace('</Types>', `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/></Types>`);
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function nextNumber(parts: readonly PackagePart[], prefix: string): number {
  let max = 0;
  for (const p of parts) {
    if (!p.name.startsWith(prefix)) continue;
    const n = Number(/^(\d+)\.xml$/.exec(p.name.slice(prefix.length))?.[1] ?? 0);
    if (n > max) max = n;
  }
  return max + 1;
}

function officeDocument(rootRels: string): string | null {
  const rel = (rootRels.match(/<Relationship\b[^>]*\/>/g) ?? []).find((r) => (attr(r, 'Type') ?? '').endsWith('/officeDocument'));
  const t = rel ? attr(rel, 'Target') : null;
  return t === null ? null : t.replace(/^\//, '');
}

