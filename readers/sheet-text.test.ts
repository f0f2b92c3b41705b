import { strToU8, zipSync, type Zippable } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openXlsx, sheetText, XlsxError } from './xlsx.js';

const SHEET = 'xl/worksheets/sheet1.xml';

/** A minimal package around a sheet XML of about 3 MB of Vietnamese text (many decompression pieces). */
function sheetXml(): string {
  const rows: string[] = [];
  for (let r = 1; r <= 30_000; r++) rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Nguyễn Thị Ánh Tuyết ${r} — Đắk Hà, ưỡ</t></is></c></row>`);
  return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

function parts(xml: string): Record<string, string> {
  return {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hồ sơ" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    [SHEET]: xml,
  };
}

function collect(bytes: Uint8Array): { text: string; pieces: number; lastCalls: number } {
  const book = openXlsx(bytes);
  let text = '';
  let pieces = 0;
  let lastCalls = 0;
  sheetText(book, SHEET, (piece, last) => {
    text += piece;
    pieces++;
    if (last) lastCalls++;
  });
  return { text, pieces, lastCalls };
}

describe('sheetText', () => {
  const xml = sheetXml();
  it('gives a deflated sheet back intact, in pieces, the last one marked once', () => {
    const files: Zippable = {};
    for (const [name, text] of Object.entries(parts(xml))) files[name] = strToU8(text);
    const got = collect(zipSync(files, { level: 6 }));
    expect(got.text).toBe(xml);
    expect(got.pieces).toBeGreaterThan(2);
    expect(got.lastCalls).toBe(1);
  });
  it('reads a stored (uncompressed) sheet and one written with data descriptors (JSZip streaming)', async () => {
    const stored: Zippable = {};
    for (const [name, text] of Object.entries(parts(xml))) stored[name] = [strToU8(text), { level: 0 }];
    expect(collect(zipSync(stored)).text).toBe(xml);
    const zip = new JSZip();
    for (const [name, text] of Object.entries(parts(xml))) zip.file(name, text);
    const streamed = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true });
    expect(collect(streamed).text).toBe(xml);
  });
  it('says the part is damaged when its deflate data is cut, and passes the caller\'s own error through', () => {
    const files: Zippable = {};
    for (const [name, text] of Object.entries(parts(xml))) files[name] = strToU8(text);
    const bytes = zipSync(files, { level: 6 });
    const book = openXlsx(bytes);
    // Corrupt the middle of the archive (inside the sheet's deflate stream).
    const broken = bytes.slice();
    for (let i = Math.floor(broken.length / 2); i < Math.floor(broken.length / 2) + 64; i++) broken[i] ^= 0xa5;
    expect(() => sheetText({ ...book, bytes: broken }, SHEET, () => undefined)).toThrow(XlsxError);
    class Mine extends Error {}
    expect(() => sheetText(book, SHEET, () => { throw new Mine('stop'); })).toThrow(Mine);
  });
});
