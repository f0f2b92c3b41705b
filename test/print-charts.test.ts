/**
 * The CLI workbook's charts read back: the package (opened with JSZip, as Excel opens it)
 * relates each report tab to a drawing and each drawing to its charts; every chart part is
 * well-formed XML (saxes) whose elements follow the order of the DrawingML schema
 * (CT_ChartSpace, CT_BarChart, CT_BarSer, axes), whose series point at the tab's own cells
 * and carry those cells' values. LibreOffice drawing them is in print-forms.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportTabs } from '../cli/src/workbook/write-check.js';
import { checkToFile, tempDir, type CheckRunResult } from './workbook-helpers.js';

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const root: Node = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: Node[] = [root];
  parser.on('opentag', (tag) => {
    const node: Node = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => (stack[stack.length - 1].text += t));
  parser.write(xml).close();
  return root.children[0];
}

const kids = (n: Node, name: string) => n.children.filter((c) => c.name === name);
const kid = (n: Node, name: string) => kids(n, name)[0];
const names = (n: Node) => n.children.map((c) => c.name);

/** True when `got` lists elements in the order `schema` allows (each at most where listed). */
function inSchemaOrder(got: readonly string[], schema: readonly string[]): boolean {
  let at = 0;
  for (const name of got) {
    const i = schema.indexOf(name, at);
    if (i < 0) return false;
    at = i;
  }
  return true;
}

const CHART_SPACE = ['c:date1904', 'c:lang', 'c:roundedCorners', 'c:style', 'c:clrMapOvr', 'c:pivotSource', 'c:protection', 'c:chart', 'c:spPr', 'c:txPr', 'c:externalData', 'c:printSettings', 'c:userShapes'];
const CHART = ['c:title', 'c:autoTitleDeleted', 'c:pivotFmts', 'c:view3D', 'c:floor', 'c:sideWall', 'c:backWall', 'c:plotArea', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs'];
const BAR_CHART = ['c:barDir', 'c:grouping', 'c:varyColors', 'c:ser', 'c:dLbls', 'c:gapWidth', 'c:overlap', 'c:serLines', 'c:axId'];
const BAR_SER = ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:pictureOptions', 'c:dPt', 'c:dLbls', 'c:trendline', 'c:errBars', 'c:cat', 'c:val', 'c:shape'];
const CAT_AX = ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', 'c:crosses', 'c:crossesAt', 'c:auto', 'c:lblAlgn', 'c:lblOffset', 'c:noMultiLvlLbl'];
const VAL_AX = ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', 'c:crosses', 'c:crossesAt', 'c:crossBetween', 'c:majorUnit'];

describe.each(['package', 'exceljs'] as const)('chart parts of the CLI workbook (%s writer)', (engine) => {
  let zip: JSZip;
  let run: CheckRunResult;

  beforeAll(async () => {
    const out = join(tempDir(), 'ket-qua.xlsx');
    run = await checkToFile('samples/xa-dan-tu-excel.xlsx', out, undefined, engine);
    zip = await JSZip.loadAsync(readFileSync(out));
  });

  const text = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`no part ${path}`);
    return file.async('string');
  };

  /** Sheet name → its part, from workbook.xml and its relationships. */
  const sheetParts = async () => {
    const wb = parseXml(await text('xl/workbook.xml'));
    const rels = parseXml(await text('xl/_rels/workbook.xml.rels'));
    const target = new Map(kids(rels, 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target.replace(/^\/?xl\//, '')]));
    return new Map(kids(kid(wb, 'sheets'), 'sheet').map((s) => [s.attrs.name, `xl/${target.get(s.attrs['r:id'])}`]));
  };

  it('relates every report tab with charts to a drawing, and the drawing to one chart part per chart, with content types', async () => {
    const tabs = reportTabs(run.result, run.settings).filter((t) => t.charts.length > 0);
    expect(tabs.map((t) => t.name)).toEqual(['Biểu 06a', 'Cán bộ', 'Chỉ số 766']);
    const parts = await sheetParts();
    const types = await text('[Content_Types].xml');
    for (const tab of tabs) {
      const sheetPath = parts.get(tab.name)!;
      const sheet = parseXml(await text(sheetPath));
      const drawingRid = kid(sheet, 'drawing').attrs['r:id'];
      // <drawing> comes after the page setup, header and breaks, as CT_Worksheet orders them.
      const order = names(sheet);
      expect(order.indexOf('drawing')).toBeGreaterThan(order.indexOf('pageSetup'));
      if (order.includes('rowBreaks')) expect(order.indexOf('drawing')).toBeGreaterThan(order.indexOf('rowBreaks'));
      const dir = sheetPath.slice(0, sheetPath.lastIndexOf('/'));
      const sheetRels = parseXml(await text(`${dir}/_rels/${sheetPath.slice(dir.length + 1)}.rels`));
      const drawingTarget = kids(sheetRels, 'Relationship').find((r) => r.attrs.Id === drawingRid)!.attrs.Target;
      const drawingPath = `xl/drawings/${drawingTarget.split('/').pop()}`;
      expect(types).toContain(`PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"`);
      const drawing = parseXml(await text(drawingPath));
      const anchors = kids(drawing, 'xdr:oneCellAnchor');
      expect(anchors).toHaveLength(tab.charts.length);
      anchors.forEach((a, i) => {
        const from = kid(a, 'xdr:from');
        // Anchored beside the table: right of the form's last column.
        expect([Number(kid(from, 'xdr:col').text) + 1, Number(kid(from, 'xdr:row').text) + 1]).toEqual([tab.charts[i].anchor.col, tab.charts[i].anchor.row]);
        expect(tab.charts[i].anchor.col).toBeGreaterThan(tab.columnWidthsPt.length);
        expect(Number(kid(a, 'xdr:ext').attrs.cx)).toBe(Math.round(tab.charts[i].widthPt * 12_700));
      });
      const drawingRels = parseXml(await text(`xl/drawings/_rels/${drawingPath.split('/').pop()}.rels`));
      for (const rel of kids(drawingRels, 'Relationship')) {
        expect(rel.attrs.Type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart');
        expect(types).toContain(`PartName="/xl/charts/${rel.attrs.Target.split('/').pop()}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
      }
    }
  });

  it('writes chart XML in schema order whose series read the tab\'s own cells, with their values cached', async () => {
    const tabs = reportTabs(run.result, run.settings).filter((t) => t.charts.length > 0);
    const specs = tabs.flatMap((t) => t.charts.map((c) => ({ tab: t, c })));
    const files = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    expect(files).toHaveLength(specs.length);
    for (let i = 0; i < files.length; i++) {
      const { tab, c } = specs[i];
      const space = parseXml(await text(files[i]));
      expect(space.name).toBe('c:chartSpace');
      expect(inSchemaOrder(names(space), CHART_SPACE)).toBe(true);
      const chart = kid(space, 'c:chart');
      expect(inSchemaOrder(names(chart), CHART)).toBe(true);
      expect(kid(kid(kid(kid(kid(kid(chart, 'c:title'), 'c:tx'), 'c:rich'), 'a:p'), 'a:r'), 'a:t').text).toBe(c.title);
      const plot = kid(chart, 'c:plotArea');
      const bar = kid(plot, 'c:barChart');
      expect(inSchemaOrder(names(bar), BAR_CHART)).toBe(true);
      expect(kid(bar, 'c:barDir').attrs.val).toBe(c.kind === 'bar' ? 'bar' : 'col');
      expect(kid(bar, 'c:grouping').attrs.val).toBe(c.kind === 'stackedColumn' ? 'stacked' : 'clustered');
      // Both axes exist and cross each other.
      const axIds = kids(bar, 'c:axId').map((a) => a.attrs.val);
      const cat = kid(plot, 'c:catAx');
      const val = kid(plot, 'c:valAx');
      expect(inSchemaOrder(names(cat), CAT_AX) && inSchemaOrder(names(val), VAL_AX)).toBe(true);
      expect([kid(cat, 'c:axId').attrs.val, kid(val, 'c:axId').attrs.val]).toEqual(axIds);
      expect([kid(cat, 'c:crossAx').attrs.val, kid(val, 'c:crossAx').attrs.val]).toEqual([axIds[1], axIds[0]]);
      const series = kids(bar, 'c:ser');
      expect(series.map((s) => kid(kid(s, 'c:tx'), 'c:v').text)).toEqual(c.seriesNames);
      series.forEach((s, k) => {
        expect(inSchemaOrder(names(s), BAR_SER)).toBe(true);
        const numRef = kid(kid(s, 'c:val'), 'c:numRef');
        const r = c.series[k];
        const letter = String.fromCharCode(64 + r.col);
        expect(kid(numRef, 'c:f').text).toBe(`'${tab.name}'!$${letter}$${r.row}:$${letter}$${r.row + r.rows - 1}`);
        const cached = kids(kid(numRef, 'c:numCache'), 'c:pt').map((p) => [Number(p.attrs.idx), Number(kid(p, 'c:v').text)]);
        const cells = Array.from({ length: r.rows }, (_, j) => tab.cells[r.row - 1 + j][r.col - 1]);
        expect(cached).toEqual(cells.flatMap((v, j) => (typeof v === 'number' ? [[j, v]] : [])));
        const cats = kids(kid(kid(kid(s, 'c:cat'), 'c:strRef'), 'c:strCache'), 'c:pt').map((p) => kid(p, 'c:v').text);
        expect(cats).toEqual(Array.from({ length: c.categories.rows }, (_, j) => String(tab.cells[c.categories.row - 1 + j][c.categories.col - 1])));
      });
    }
  });
});
