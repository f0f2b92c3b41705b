import { describe, expect, it } from 'vitest';
import type { DataSheetPlan } from '../../../../core/index.js';
import { patchDataSheetXml, UnsupportedSheetError } from './data-sheet.js';
import { StylesPatch } from './styles.js';

const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '</styleSheet>';

/** Header on row 1 (A: code, B: due), dossiers on rows 2–3, a footer note far right on row 5. */
const SHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F5"/>' +
  '<cols><col min="1" max="16384" width="12" customWidth="1"/></cols><sheetData>' +
  '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
  '<row r="2" spans="1:2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>45680</v></c></row>' +
  '<row r="3" spans="1:2"><c r="A3" t="s"><v>3</v></c><c r="B3" s="1"><v>45700</v></c></row>' +
  '<row r="5"><c r="F5" t="s"><v>4</v></c></row>' +
  '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

const LATE = { status: 'late' as const, label: 'Trễ hạn', fill: '#F8CBAD', fontColor: '#843C0C' };

function plan(overrides: Partial<DataSheetPlan> = {}): DataSheetPlan {
  return {
    headerRow: 1,
    firstCol: 3,
    headings: ['Tình trạng (Đúng Hạn)', 'Hạn xử lý (Đúng Hạn)', 'Số ngày trễ (Đúng Hạn)'],
    values: [['Trễ hạn', 45680, 3], ['Trong hạn', 45700, null]],
    numberFormats: ['@', 'dd/mm/yyyy', '0'],
    clear: null,
    fills: [{ color: LATE, ranges: [{ row: 2, col: 3, rows: 1, cols: 3 }, { row: 2, col: 2, rows: 1, cols: 1 }] }],
    statusRules: null,
    legend: { anchor: { row: 1, col: 7 }, rows: [LATE] },
    lastRow: 3,
    ...overrides,
  };
}

/** What a cell shows: its reference, value and the meaning of its format. */
function cellsOf(sheetXml: string, stylesXml: string): string[][] {
  const list = (outer: string, tag: string) => {
    const inner = stylesXml.slice(stylesXml.indexOf(`<${outer}`), stylesXml.indexOf(`</${outer}>`));
    return inner.match(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g')) ?? [];
  };
  const xfs = list('cellXfs', 'xf');
  const fonts = list('fonts', 'font');
  const fills = list('fills', 'fill');
  const num = (xml: string, name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(xml)?.[1] ?? 0);
  const meaning = (s: number) => {
    const xf = xfs[s];
    const font = fonts[num(xf, 'fontId')];
    const fill = /fgColor rgb="(\w+)"/.exec(fills[num(xf, 'fillId')])?.[1] ?? '-';
    const color = /<color rgb="(\w+)"/.exec(font)?.[1] ?? '-';
    return `fmt ${num(xf, 'numFmtId')} fill ${fill} font ${color}${font.includes('<b/>') ? ' bold' : ''}`;
  };
  return rowsOf(sheetXml).map((row) =>
    (row.match(/<c r="[A-Z]+\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g) ?? []).map((c) => {
      const ref = /r="(\w+)"/.exec(c)![1];
      const value = /<t[^>]*>([^<]*)<\/t>|<v>([^<]*)<\/v>/.exec(c);
      return `${ref} ${value ? (value[1] ?? value[2]) : '·'} | ${meaning(num(c, ' s'))}`;
    }),
  );
}

const rowsOf = (xml: string) => xml.slice(xml.indexOf('<sheetData>') + 11, xml.indexOf('</sheetData>')).split('</row>').filter(Boolean);

describe('patchDataSheetXml', () => {
  it('appends the tool cells, recolors due cell B2 on a copy of its format, and keeps B3 and the far-right note', () => {
    const styles = new StylesPatch(STYLES);
    const xml = patchDataSheetXml(SHEET, plan(), styles, 'Chú giải (Đúng Hạn)');
    const plain = 'fmt 0 fill - font -';
    expect(cellsOf(xml, styles.serialize())).toEqual([
      [
        `A1 0 | ${plain}`, `B1 1 | ${plain}`,
        'C1 Tình trạng (Đúng Hạn) | fmt 0 fill - font - bold', 'D1 Hạn xử lý (Đúng Hạn) | fmt 0 fill - font - bold',
        'E1 Số ngày trễ (Đúng Hạn) | fmt 0 fill - font - bold', 'G1 Chú giải (Đúng Hạn) | fmt 0 fill - font - bold',
      ],
      [
        // B2 keeps its date format 14 and bold font, with the late fill and font color.
        `A2 2 | ${plain}`, 'B2 45680 | fmt 14 fill FFF8CBAD font FF843C0C bold',
        'C2 Trễ hạn | fmt 49 fill FFF8CBAD font FF843C0C', 'D2 45680 | fmt 164 fill FFF8CBAD font FF843C0C',
        'E2 3 | fmt 1 fill FFF8CBAD font FF843C0C', 'G2 Trễ hạn | fmt 0 fill FFF8CBAD font FF843C0C',
      ],
      [`A3 3 | ${plain}`, 'B3 45700 | fmt 14 fill - font - bold', 'C3 Trong hạn | fmt 49 fill - font -', 'D3 45700 | fmt 164 fill - font -', 'E3 · | fmt 1 fill - font -'],
      [`F5 4 | ${plain}`],
    ]);
    expect(xml).toContain('<dimension ref="A1:G5"/>');
    expect(xml).toContain(
      '<cols><col min="1" max="2" width="12" customWidth="1"/><col min="3" max="3" width="34" customWidth="1"/><col min="4" max="4" width="17" customWidth="1"/>' +
        '<col min="5" max="5" width="11" customWidth="1"/><col min="6" max="6" width="12" customWidth="1"/><col min="7" max="7" width="48" customWidth="1"/>' +
        '<col min="8" max="16384" width="12" customWidth="1"/></cols>',
    );
  });

  it('on a re-run drops the old block (C–G) and resets the due colors it set', () => {
    const styles = new StylesPatch(STYLES);
    const first = patchDataSheetXml(SHEET, plan(), styles, 'Chú giải');
    const again = patchDataSheetXml(
      first,
      plan({
        values: [['Đúng hạn', 45680, null], ['Trễ hạn', null, 1]],
        clear: { row: 1, col: 3, rows: 3, cols: 5 },
        resetFormats: { row: 2, col: 2, rows: 2, cols: 1 },
        fills: [{ color: LATE, ranges: [{ row: 3, col: 3, rows: 1, cols: 3 }, { row: 3, col: 2, rows: 1, cols: 1 }] }],
      }),
      styles,
      'Chú giải',
    );
    const rows = rowsOf(again);
    expect(rows.map((r) => (r.match(/r="[A-Z]+\d+"/g) ?? []).join(' '))).toEqual([
      'r="A1" r="B1" r="C1" r="D1" r="E1" r="G1"',
      'r="A2" r="B2" r="C2" r="D2" r="E2" r="G2"',
      'r="A3" r="B3" r="C3" r="D3" r="E3"',
      'r="F5"',
    ]);
    const cells = cellsOf(again, styles.serialize());
    // B2 is no longer late: its old fill and color are gone; B3 now is: it gets them.
    expect([cells[1][1], cells[2][1]]).toEqual(['B2 45680 | fmt 14 fill - font - bold', 'B3 45700 | fmt 14 fill FFF8CBAD font FF843C0C bold']);
  });

  it('adds a colored due cell where a late row has none (an empty "Ngày hẹn trả")', () => {
    const styles = new StylesPatch(STYLES);
    const noDue = SHEET.replace('<c r="B2" s="1"><v>45680</v></c>', '');
    const cells = cellsOf(patchDataSheetXml(noDue, plan(), styles, 'Chú giải'), styles.serialize());
    expect(cells[1].slice(0, 3)).toEqual(['A2 2 | fmt 0 fill - font -', 'B2 · | fmt 0 fill FFF8CBAD font FF843C0C', 'C2 Trễ hạn | fmt 49 fill FFF8CBAD font FF843C0C']);
  });

  it('writes rows the sheet does not have (the legend below short data) in row order', () => {
    const styles = new StylesPatch(STYLES);
    const legend = [LATE, { ...LATE, status: 'overdue' as const, label: 'Quá hạn' }, { ...LATE, status: 'invalid' as const, label: 'Thiếu' }, { ...LATE, label: 'x' }];
    const xml = patchDataSheetXml(SHEET, plan({ legend: { anchor: { row: 1, col: 7 }, rows: legend } }), styles, 'Chú giải');
    expect(rowsOf(xml).map((r) => /^<row r="(\d+)"/.exec(r)![1])).toEqual(['1', '2', '3', '4', '5']);
    expect(rowsOf(xml)[4]).toMatch(/^<row r="5"><c r="F5" t="s"><v>4<\/v><\/c><c r="G5" s="\d+" t="inlineStr">/);
  });

  it('moves due dates to the 1904 date system when asked', () => {
    const xml = patchDataSheetXml(SHEET, plan(), new StylesPatch(STYLES), 'Chú giải', -1462);
    expect(/<c r="D2" s="\d+"><v>(\d+)<\/v><\/c>/.exec(xml)?.[1]).toBe(String(45680 - 1462));
  });

  it('refuses rows without a reference, so the caller can fall back to ExcelJS', () => {
    const noRef = SHEET.replace('<row r="2" spans="1:2">', '<row>');
    expect(() => patchDataSheetXml(noRef, plan(), new StylesPatch(STYLES), 'Chú giải')).toThrow(UnsupportedSheetError);
  });
});
