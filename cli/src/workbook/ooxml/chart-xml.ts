/**
 * Charts of the report tabs as DrawingML parts (ECMA-376 Part 1, §21.2 charts and §20.5
 * spreadsheet drawings): one chart part per ChartSpec and one drawing part per sheet that
 * anchors them. Series reference the sheet's cells and carry a cache of their values, so
 * Excel and LibreOffice draw them without recalculating.
 */
import type { CellRange, ChartKind, ChartSpec, PlanCell, SheetPlan } from '../../../../core/index.js';
import { colLetters, escapeXml } from './xml.js';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const EMU_PER_PT = 12_700;
const FONT = 'Times New Roman';
/** Series colors: blue, green, orange-red, then grey (on screen only; the forms print black). */
const COLORS = ['4472C4', '70AD47', 'C55A11', '7F7F7F', 'FFC000'];
const CAT_AX = 500_000_001;
const VAL_AX = 500_000_002;

/** A cell range as an absolute reference on the sheet: 'Biểu 06a'!$B$12:$B$15. */
export function rangeRef(sheetName: string, r: CellRange): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const from = `$${colLetters(r.col)}$${r.row}`;
  const to = `$${colLetters(r.col + r.cols - 1)}$${r.row + r.rows - 1}`;
  return `${quoted}!${from}:${to}`;
}

/** The values of a range in row-major order, from the plan's cells. */
function valuesOf(plan: SheetPlan, r: CellRange): PlanCell[] {
  const out: PlanCell[] = [];
  for (let row = r.row; row < r.row + r.rows; row++) {
    for (let col = r.col; col < r.col + r.cols; col++) out.push(plan.cells[row - 1]?.[col - 1] ?? null);
  }
  return out;
}

function strCache(values: readonly PlanCell[]): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly PlanCell[]): string {
  const pts = values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/></a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function seriesXml(plan: SheetPlan, sheetName: string, spec: ChartSpec, i: number): string {
  const range = spec.series[i];
  const fill = spec.kind === 'pie' ? '' : `<c:spPr><a:solidFill><a:srgbClr val="${COLORS[i % COLORS.length]}"/></a:solidFill></c:spPr>`;
  const invert = spec.kind === 'pie' ? '' : '<c:invertIfNegative val="0"/>';
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(spec.seriesNames[i] ?? '')}</c:v></c:tx>${fill}${invert}` +
    `<c:cat><c:strRef><c:f>${escapeXml(rangeRef(sheetName, spec.categories))}</c:f>${strCache(valuesOf(plan, spec.categories))}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(rangeRef(sheetName, range))}</c:f>${numCache(valuesOf(plan, range))}</c:numRef></c:val></c:ser>`
  );
}

function axesXml(kind: ChartKind, valueFormat: string): string {
  const horizontal = kind === 'bar';
  // A horizontal bar chart lists its first category at the top.
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return catAx + valAx;
}

/**
 * The chart part (xl/charts/chartN.xml) of one spec drawn from `plan`'s cells.
 * @example chartXml(plan, 'Biểu 06a', plan.charts[0]).includes('<c:barChart>') // => true
 */
export function chartXml(plan: SheetPlan, sheetName: string, spec: ChartSpec): string {
  const series = spec.series.map((_, i) => seriesXml(plan, sheetName, spec, i)).join('');
  let body: string;
  if (spec.kind === 'pie') {
    body = `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  } else {
    const stacked = spec.kind === 'stackedColumn';
    body =
      `<c:barChart><c:barDir val="${spec.kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
      `${series}<c:gapWidth val="80"/>${stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
      axesXml(spec.kind, spec.valueFormat ?? 'General');
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${richText(spec.title, 12, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${body}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    '</c:chartSpace>'
  );
}

/**
 * The drawing part of a sheet: each chart anchored at its cell, sized in points; `rids[i]`
 * is the drawing's relationship to chart i.
 */
export function drawingXml(specs: readonly ChartSpec[], rids: readonly string[]): string {
  const anchors = specs.map((spec, i) => {
    const from = `<xdr:from><xdr:col>${spec.anchor.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${spec.anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
    const ext = `<xdr:ext cx="${Math.round(spec.widthPt * EMU_PER_PT)}" cy="${Math.round(spec.heightPt * EMU_PER_PT)}"/>`;
    return (
      `<xdr:oneCellAnchor>${from}${ext}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}" descr="${escapeXml(spec.title)}"/>` +
      '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${rids[i]}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>'
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join('')}</xdr:wsDr>`;
}
