/**
 * A new one-sheet package holding a grid exactly as read (a CSV or HTML export): strings
 * stay strings (inline, so text that looks like a formula is text), numbers stay numbers.
 * The checked workbook is then made from it like from an .xlsx.
 */
import type { InputCell, SheetGrid } from '../../../../core/index.js';
import { colLetters, escapeXml } from './xml.js';
import { textPart, type ZipPart } from './zip.js';
import { xmlText } from './xml-bytes.js';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const BASE_STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** The parts of a workbook whose only sheet, `sheetName`, holds the grid. */
export function basePackageParts(grid: SheetGrid, sheetName: string, sheetXml: string = gridSheetXml(grid)): ZipPart[] {
  return [
    textPart(
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '</Types>',
    ),
    textPart(
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    textPart(
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews>` +
        `<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
    ),
    textPart(
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ),
    textPart('xl/styles.xml', BASE_STYLES),
    textPart('xl/worksheets/sheet1.xml', sheetXml),
  ];
}

function gridSheetXml(grid: SheetGrid): string {
  const row0 = grid.origin?.row ?? 1;
  const col0 = grid.origin?.col ?? 1;
  const rows = gridRowsXml(grid.cells, row0, col0);
  const lastRow = row0 + Math.max(grid.cells.length, 1) - 1;
  return `${gridSheetHead(grid.cells, col0, { maxCol: rows.maxCol, lastRow })}<sheetData>${rows.xml}</sheetData>${GRID_SHEET_TAIL}`;
}

/** What follows <sheetData> in a grid's sheet. */
export const GRID_SHEET_TAIL = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/**
 * The sheet XML before <sheetData>: column widths from the first 200 rows, and the
 * dimension when the extent is known (a streamed sheet goes without).
 */
export function gridSheetHead(firstRows: readonly (readonly unknown[])[], col0 = 1, extent: { maxCol: number; lastRow: number } | null = null): string {
  const widths: number[] = [];
  firstRows.slice(0, 200).forEach((line) =>
    line.forEach((value, c) => {
      if (value === null || value === undefined || value === '') return;
      widths[c] = Math.max(widths[c] ?? 8, Math.min(40, String(value).length + 2));
    }),
  );
  const cols = widths.flatMap((w, c) => (w === undefined ? [] : [`<col min="${col0 + c}" max="${col0 + c}" width="${w}" customWidth="1"/>`]));
  return (
    `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (extent ? `<dimension ref="A1:${colLetters(extent.maxCol)}${extent.lastRow}"/>` : '') +
    '<sheetViews><sheetView workbookViewId="0" tabSelected="1"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '')
  );
}

/** <row> elements for rows of a grid, values as read (strings inline, so formula-like text stays text). */
export function gridRowsXml(cells: readonly (readonly InputCell[])[], row0: number, col0 = 1): { xml: string; maxCol: number } {
  let maxCol = 1;
  const xml = xmlText((out) =>
    cells.forEach((line, r) => {
      const filled = (c: number) => line[c] !== null && line[c] !== undefined && line[c] !== '';
      if (!line.some((_, c) => filled(c))) return;
      out.raw(`<row r="${row0 + r}">`);
      line.forEach((value, c) => {
        if (!filled(c)) return;
        const col = col0 + c;
        if (col > maxCol) maxCol = col;
        out.cell(col, row0 + r, value, 0);
      });
      out.raw('</row>');
    }),
  );
  return { xml, maxCol };
}
