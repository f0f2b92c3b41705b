/**
 * Writes a checked workbook by patching the user's .xlsx package: the data sheet's XML
 * gets the tool's cells, styles.xml gets the tool's formats, the tool's tabs replace
 * those of a previous run, and every other part is copied byte for byte (charts,
 * pictures, pivot tables and all that an ExcelJS round trip would rewrite or drop).
 */
import type { DataSheetPlan, SheetPlan } from '../../../../core/index.js';
import { safeSheetName } from '../apply-sheet-plan.js';
import { patchDataSheetXml, UnsupportedSheetError } from './data-sheet.js';
import { StylesPatch } from './styles.js';
import { addChartParts } from './add-charts.js';
import { printAreaRef, tabSheetXml, writeTabSheetXml } from './tab-sheet.js';
import { attr, escapeXml, section, setAttr } from './xml.js';
import { partText, textPart, type PackagePart, type ZipPart } from './zip.js';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
/** Days between the 1900 and 1904 date systems' serials of one date. */
const DATE_1904_OFFSET = 1462;

export interface PatchRequest {
  dataSheetName: string;
  dataPlan: DataSheetPlan | null;
  tabs: readonly SheetPlan[];
  legendTitle: string;
}

interface SheetEntry {
  xml: string;
  name: string;
  sheetId: number;
  rid: string;
  part: string;
}

/**
 * The package's parts with the plan applied. Throws Unsupported…Error for shapes it does
 * not handle. With `lazyTabs`, tabs without charts and styles.xml are lazy parts, made when
 * the ZIP is written (ZipWriter.addAll), so no tab is ever held as one string.
 */
export function patchPackage(parts: readonly ZipPart[], request: PatchRequest): ZipPart[];
export function patchPackage(parts: readonly ZipPart[], request: PatchRequest, lazyTabs: true): PackagePart[];
export function patchPackage(parts: readonly ZipPart[], request: PatchRequest, lazyTabs = false): PackagePart[] {
  const byName = new Map(parts.map((p) => [p.name, p]));
  const text = (name: string) => {
    const part = byName.get(name);
    if (!part) throw new UnsupportedSheetError(`missing part ${name}`);
    return partText(part);
  };
  const workbookPath = officeDocument(text('_rels/.rels'));
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`;
  let workbook = text(workbookPath);
  let rels = text(relsPath);
  let types = text('[Content_Types].xml');
  if (workbook.includes('purl.oclc.org/ooxml')) throw new UnsupportedSheetError('Strict Open XML');
  const target = (rid: string) => {
    const rel = (rels.match(/<Relationship\b[^>]*\/>/g) ?? []).find((r) => attr(r, 'Id') === rid);
    const t = rel ? attr(rel, 'Target') : null;
    if (t === null) throw new UnsupportedSheetError(`no relationship ${rid}`);
    return resolvePart(dir, t);
  };
  const stylesRel = (rels.match(/<Relationship\b[^>]*\/>/g) ?? []).find((r) => (attr(r, 'Type') ?? '').endsWith('/styles'));
  if (!stylesRel) throw new UnsupportedSheetError('no styles part');
  const stylesPath = resolvePart(dir, attr(stylesRel, 'Target')!);
  const styles = new StylesPatch(text(stylesPath));

  const relPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(workbook)?.[1];
  if (!relPrefix) throw new UnsupportedSheetError('no relationships namespace');
  const sheetsSection = section(workbook, 'sheets')!;
  const sheets: SheetEntry[] = (sheetsSection.inner.match(/<sheet\b[^>]*\/>/g) ?? []).map((xml) => {
    const rid = attr(xml, `${relPrefix}:id`)!;
    return { xml, name: attr(xml, 'name')!, sheetId: Number(attr(xml, 'sheetId')), rid, part: target(rid) };
  });
  const dataIndex = sheets.findIndex((s) => s.name === request.dataSheetName);
  if (dataIndex < 0) throw new UnsupportedSheetError(`no sheet ${request.dataSheetName}`);
  const replaced = new Map<string, PackagePart>();

  if (request.dataPlan) {
    const is1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
    const dataPart = sheets[dataIndex].part;
    replaced.set(dataPart, textPart(dataPart, patchDataSheetXml(text(dataPart), request.dataPlan, styles, request.legendTitle, is1904 ? -DATE_1904_OFFSET : 0)));
  }

  // Tabs of a previous run (same names) go; the user's data sheet never does.
  const dataName = request.dataSheetName.toLowerCase();
  const tabNames = request.tabs.map((t) => {
    const name = safeSheetName(t.name);
    return name.toLowerCase() === dataName ? safeSheetName(`${name.slice(0, 27)} (2)`) : name;
  });
  const wanted = new Set(tabNames.map((n) => n.toLowerCase()));
  const removed = sheets.filter((s, i) => i !== dataIndex && wanted.has(s.name.toLowerCase()));
  const kept = sheets.filter((s) => !removed.includes(s));
  const dropParts = new Set<string>();
  for (const s of removed) {
    dropParts.add(s.part);
    const sheetRels = `${s.part.slice(0, s.part.lastIndexOf('/') + 1)}_rels/${s.part.slice(s.part.lastIndexOf('/') + 1)}.rels`;
    dropParts.add(sheetRels);
    // The drawing and charts of the tool's old tab go with it.
    for (const owned of ownedDrawingParts(byName, sheetRels)) {
      dropParts.add(owned);
      types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRe(owned)}"[^>]*/>`), '');
    }
    rels = rels.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${s.rid}"[^>]*/>`), '');
    types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRe(s.part)}"[^>]*/>`), '');
  }

  let nextSheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  let nextRid = Math.max(0, ...(rels.match(/Id="rId(\d+)"/g) ?? []).map((m) => Number(/\d+/.exec(m)![0]))) + 1;
  let nextPart = 1;
  const added: PackagePart[] = [];
  const newEntries: string[] = [];
  const titles: string[] = [];
  request.tabs.forEach((tab, i) => {
    while (byName.has(`${dir}worksheets/sheet${nextPart}.xml`) && !dropParts.has(`${dir}worksheets/sheet${nextPart}.xml`)) nextPart++;
    const part = `${dir}worksheets/sheet${nextPart++}.xml`;
    const rid = `rId${nextRid++}`;
    const named = { ...tab, name: tabNames[i] };
    added.push(lazyTabs && tab.charts.length === 0 ? { name: part, write: (out) => writeTabSheetXml(named, styles, out) } : textPart(part, tabSheetXml(named, styles)));
    rels = rels.replace('</Relationships>', `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="${part.slice(dir.length)}"/></Relationships>`);
    types = types.replace('</Types>', `<Override PartName="/${part}" ContentType="${WORKSHEET_CT}"/></Types>`);
    newEntries.push(`<sheet name="${escapeXml(tabNames[i])}" sheetId="${nextSheetId++}" ${relPrefix}:id="${rid}"/>`);
    if (tab.print.repeatRows) {
      const { from, to } = tab.print.repeatRows;
      titles.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${kept.length + i}">${escapeXml(`'${tabNames[i].replace(/'/g, "''")}'!$${from}:$${to}`)}</definedName>`,
      );
    }
    const area = printAreaRef(tabNames[i], tab.print);
    if (area !== null) titles.push(`<definedName name="_xlnm.Print_Area" localSheetId="${kept.length + i}">${escapeXml(area)}</definedName>`);
  });

  const allSheets = [...kept.map((s) => s.xml), ...newEntries];
  workbook = `${workbook.slice(0, sheetsSection.start)}<sheets>${allSheets.join('')}</sheets>${workbook.slice(sheetsSection.end)}`;
  workbook = patchDefinedNames(workbook, sheets, removed, titles);
  workbook = patchActiveTab(workbook, sheets, removed, kept.findIndex((s) => s.name === request.dataSheetName));
  replaced.set(workbookPath, textPart(workbookPath, workbook));
  replaced.set(relsPath, textPart(relsPath, rels));
  replaced.set('[Content_Types].xml', textPart('[Content_Types].xml', types));
  const stylesPart: PackagePart = lazyTabs ? { name: stylesPath, write: (out) => out.raw(styles.serialize()), last: true } : textPart(stylesPath, styles.serialize());

  replaced.set(stylesPath, stylesPart);
  const out: PackagePart[] = [];
  for (const part of parts) {
    if (dropParts.has(part.name)) continue;
    out.push(replaced.get(part.name) ?? part);
  }
  // Charts of the tabs as drawing parts (the tabs were written without them).
  return addChartParts([...out, ...added.filter((p) => !byName.has(p.name) || dropParts.has(p.name))], request.tabs.map((t, i) => ({ ...t, name: tabNames[i] })));
}

function officeDocument(rootRels: string): string {
  const rel = (rootRels.match(/<Relationship\b[^>]*\/>/g) ?? []).find((r) => (attr(r, 'Type') ?? '').endsWith('/officeDocument'));
  const t = rel ? attr(rel, 'Target') : null;
  if (t === null) throw new UnsupportedSheetError('no officeDocument');
  return t.replace(/^\//, '');
}

function resolvePart(dir: string, targetPath: string): string {
  if (targetPath.startsWith('/')) return targetPath.slice(1);
  const segments = `${dir}${targetPath}`.split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** Drops names local to removed sheets, renumbers the others' sheet index, adds the new print titles. */
function patchDefinedNames(workbook: string, before: readonly SheetEntry[], removed: readonly SheetEntry[], titles: readonly string[]): string {
  const newIndex = new Map<number, number>();
  let n = 0;
  before.forEach((s, i) => {
    if (!removed.includes(s)) newIndex.set(i, n++);
  });
  const found = section(workbook, 'definedNames');
  const names = (found?.inner.match(/<definedName\b[^>]*>[\s\S]*?<\/definedName>|<definedName\b[^>]*\/>/g) ?? []).flatMap((d) => {
    const local = attr(d, 'localSheetId');
    if (local === null) return [d];
    const to = newIndex.get(Number(local));
    return to === undefined ? [] : [d.replace(/localSheetId="\d+"/, `localSheetId="${to}"`)];
  });
  const all = [...names, ...titles];
  const block = all.length > 0 ? `<definedNames>${all.join('')}</definedNames>` : '';
  if (found) return `${workbook.slice(0, found.start)}${block}${workbook.slice(found.end)}`;
  // definedNames come after sheets and externalReferences, before calcPr and the rest.
  const after = /<(?:calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/.exec(workbook);
  const at = after ? after.index : workbook.length;
  return `${workbook.slice(0, at)}${block}${workbook.slice(at)}`;
}

/** Keeps the active tab, renumbered; the data sheet when it was a removed tab. */
function patchActiveTab(workbook: string, before: readonly SheetEntry[], removed: readonly SheetEntry[], dataIndex: number): string {
  return workbook.replace(/<workbookView\b([^>]*?)(\/?)>/, (_m, attrs: string, close: string) => {
    const active = Number(attr(attrs, 'activeTab') ?? 0);
    const sheet = before[active];
    const index = sheet && !removed.includes(sheet) ? before.filter((s) => !removed.includes(s)).indexOf(sheet) : dataIndex;
    const next = setAttr(attrs, 'activeTab', String(Math.max(0, index))).replace(/\sfirstSheet="\d+"/, '');
    return `<workbookView${next}${close}>`;
  });
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The drawing parts a sheet's relationships point at, their charts and their relationship parts. */
function ownedDrawingParts(byName: ReadonlyMap<string, ZipPart>, sheetRels: string): string[] {
  const out: string[] = [];
  const relsOf = (partPath: string) => `${partPath.slice(0, partPath.lastIndexOf('/') + 1)}_rels/${partPath.slice(partPath.lastIndexOf('/') + 1)}.rels`;
  const targets = (relsPath: string, type: string) => {
    const part = byName.get(relsPath);
    if (!part) return [];
    const base = relsPath.slice(0, relsPath.lastIndexOf('_rels/'));
    return (partText(part).match(/<Relationship\b[^>]*\/>/g) ?? [])
      .filter((r) => (attr(r, 'Type') ?? '').endsWith(`/${type}`))
      .map((r) => resolvePart(base, attr(r, 'Target') ?? ''));
  };
  for (const drawing of targets(sheetRels, 'drawing')) {
    out.push(drawing, relsOf(drawing));
    for (const chart of targets(relsOf(drawing), 'chart')) out.push(chart, relsOf(chart));
  }
  return out.filter((p) => byName.has(p));
}
