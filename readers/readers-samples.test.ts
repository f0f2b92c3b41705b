import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { InputCell } from '../core/index.js';
import { encodeWindows1258 } from '../cli/src/files/decode-text.js';
import { readXlsx as readXlsxWithExcelJs } from '../test/fixtures/exceljs-reader.js';
import { CsvByteStream, readCsv } from './csv.js';
import { decodeText } from './decode-text.js';
import { readFileBytes } from './read-bytes.js';
import { SheetXmlReader } from './xlsx.js';

const SAMPLES = join(import.meta.dirname, '..', 'samples');
const files = readdirSync(SAMPLES).filter((f) => /\.(xlsx|csv|xls)$/.test(f));

/** What csv-parse (the CLI's reader before readers/csv.ts) made of the same text. */
function csvParseGrid(bytes: Uint8Array): InputCell[][] {
  const { text } = decodeText(bytes);
  const sample = text.slice(0, 4096);
  const delimiter = (sample.match(/;/g)?.length ?? 0) > (sample.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  const cells: InputCell[][] = records.map((r) => r.map((f) => (f === '' ? null : f)));
  while (cells.length > 0 && cells[cells.length - 1].every((c) => c === null)) cells.pop();
  return cells;
}

describe('readers on the bundled samples', () => {
  it('finds the samples', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });
  for (const file of files) {
    it(`${file}: the Node-free reader gives the grids the previous readers gave`, async () => {
      const bytes = new Uint8Array(readFileSync(join(SAMPLES, file)));
      const read = readFileBytes(bytes, 'x');
      if (!read.ok) throw new Error(read.reason);
      if (read.format === 'xlsx') {
        const before = await readXlsxWithExcelJs(bytes);
        expect(read.sheets).toEqual(before.map((s) => s.grid));
        expect(read.hiddenSheets).toEqual(before.filter((s) => s.hidden).map((s) => s.grid.sheetName));
      } else if (read.format === 'csv') {
        expect(read.sheets[0].cells).toEqual(csvParseGrid(bytes));
      } else {
        expect(read.sheets.length).toBeGreaterThan(0);
        expect(read.sheets[0].cells.length).toBeGreaterThan(100);
      }
    });
  }
});

const VIETNAMESE = 'Mã hồ sơ,Chủ hồ sơ,Ghi chú\r\nH56-250114-0007,Nguyễn Thị Ngọc Ánh,"Ủy ban nhân dân xã Đắk Hà, ""gấp""\nđã trả"\r\n';

function streamed(bytes: Uint8Array, cuts: number[]): InputCell[][] {
  const rows: InputCell[][] = [];
  const stream = new CsvByteStream(bytes, (block) => rows.push(...block));
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    stream.push(bytes.subarray(at, cut), cut === bytes.length);
    at = cut;
  }
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return rows;
}

describe('a Vietnamese string split across chunk boundaries', () => {
  const expected = [
    ['Mã hồ sơ', 'Chủ hồ sơ', 'Ghi chú'],
    ['H56-250114-0007', 'Nguyễn Thị Ngọc Ánh', 'Ủy ban nhân dân xã Đắk Hà, "gấp"\nđã trả'],
  ];
  it.each([
    ['UTF-8', new TextEncoder().encode(VIETNAMESE)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(VIETNAMESE)])],
    ['Windows-1258 (tone marks as separate bytes)', new Uint8Array(encodeWindows1258(VIETNAMESE))],
    ['UTF-16LE', new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...VIETNAMESE].map((c) => c.charCodeAt(0))).buffer)])],
  ])('%s: CSV split at every byte reads back intact', (_name, bytes) => {
    expect(readCsv(bytes, 'x').grid.cells).toEqual(expected);
    for (let k = 0; k <= bytes.length; k++) expect(streamed(bytes, [k]), `split at byte ${k}`).toEqual(expected);
    expect(streamed(bytes, Array.from({ length: bytes.length }, (_, i) => i))).toEqual(expected);
  });

  it('worksheet XML split at every byte (UTF-8 through a streaming decoder) reads back intact', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Nguyễn Thị Ngọc Ánh</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1"><v>45658.5</v></c></row>' +
      '<row r="3"><c r="B3" t="inlineStr"><is><r><t>Ủy ban </t></r><r><t>xã Đắk Hà &amp; "gấp"</t></r></is></c></row>' +
      '</sheetData></worksheet>';
    const bytes = new TextEncoder().encode(xml);
    const book = { sharedStrings: ['Đã trả kết quả'], dateXfs: [], date1904: false };
    const want = new Map<number, InputCell[]>([
      [1, ['Nguyễn Thị Ngọc Ánh', 'Đã trả kết quả', 45658.5]],
      [3, [null, 'Ủy ban xã Đắk Hà & "gấp"']],
    ]);
    for (let k = 0; k <= bytes.length; k++) {
      const rows = new Map<number, InputCell[]>();
      const reader = new SheetXmlReader(book, (r, cells) => rows.set(r, cells));
      const decoder = new TextDecoder();
      reader.write(decoder.decode(bytes.subarray(0, k), { stream: true }));
      reader.write(decoder.decode(bytes.subarray(k)));
      reader.close();
      expect(rows, `split at byte ${k}`).toEqual(want);
    }
  });
});

describe('a CSV quote never closed', () => {
  it('reads every other row and reports the broken one with its row and line', () => {
    const text = 'Mã hồ sơ,Chủ hồ sơ\nA1,Trần Văn Bình\nA2,"Lê Thị Cúc\nA3,Phạm Văn\nA4,Đỗ Minh\n';
    const read = readCsv(new TextEncoder().encode(text), 'x');
    expect(read.grid.cells).toEqual([
      ['Mã hồ sơ', 'Chủ hồ sơ'],
      ['A1', 'Trần Văn Bình'],
      ['A2', '"Lê Thị Cúc'],
      ['A3', 'Phạm Văn'],
      ['A4', 'Đỗ Minh'],
    ]);
    expect(read.problems).toEqual([{ code: 'file.unclosedQuote', row: 3, severity: 'error', detail: '3' }]);
  });
  it('counts file lines, not rows, when an earlier field spans lines', () => {
    const text = 'a,b\n"x\ny",1\nz,"open\nw,2\n';
    const read = readCsv(new TextEncoder().encode(text), 'x');
    expect(read.grid.cells).toEqual([['a', 'b'], ['x\ny', '1'], ['z', '"open'], ['w', '2']]);
    expect(read.problems).toEqual([{ code: 'file.unclosedQuote', row: 3, severity: 'error', detail: '4' }]);
  });
});
