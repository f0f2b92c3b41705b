import { describe, expect, it } from 'vitest';
import { readCsv, sniffDelimiter } from './csv.js';
import { encodeWindows1258 } from '../cli/src/files/decode-text.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);

describe('readCsv', () => {
  it('reads UTF-8 with BOM: the BOM is not part of the first heading', () => {
    const read = readCsv(withBom('Mã hồ sơ,Ngày hẹn trả\r\nCNTBD.250121.00334,28/01/2025 09:24:00\r\n'), 'ho-so');
    expect(read).toEqual({
      grid: { sheetName: 'ho-so', cells: [['Mã hồ sơ', 'Ngày hẹn trả'], ['CNTBD.250121.00334', '28/01/2025 09:24:00']] },
      delimiter: ',',
      encoding: 'utf-8',
      problems: [],
    });
  });
  it('reads UTF-8 without BOM the same way', () => {
    expect(readCsv(utf8('Mã hồ sơ,Chủ hồ sơ\nA,Trần Thị Bé\n'), 'x').grid.cells).toEqual([
      ['Mã hồ sơ', 'Chủ hồ sơ'],
      ['A', 'Trần Thị Bé'],
    ]);
  });
  it('reads Windows-1258 bytes written by hand: "Mã" is M, a, combining tilde 0xDE', () => {
    // 4D 61 DE = "Mã"; 2C = ","; 0D 0A = CRLF; "hẹn" = 68 65 F2 6E (e, combining dot below, n)
    const bytes = new Uint8Array([0x4d, 0x61, 0xde, 0x2c, 0x68, 0x65, 0xf2, 0x6e, 0x0d, 0x0a, 0x31, 0x2c, 0x32]);
    const read = readCsv(bytes, 'x');
    expect(read.grid.cells).toEqual([
      ['Mã', 'hẹn'],
      ['1', '2'],
    ]);
    expect(read.encoding).toBe('windows-1258');
    expect(read.problems).toEqual([{ code: 'file.encoding', row: 0, severity: 'warning', detail: 'windows-1258' }]);
  });
  it('round-trips Vietnamese names through encodeWindows1258 (tone marks as combining bytes)', () => {
    const line = 'Chủ hồ sơ;Nguyễn Thị Ngọc Ánh;Ủy ban nhân dân xã Đắk Hà';
    const bytes = encodeWindows1258(line);
    expect([...bytes].includes(0x3f)).toBe(false); // no "?" for a letter iconv could not encode
    expect(readCsv(bytes, 'x').grid.cells).toEqual([['Chủ hồ sơ', 'Nguyễn Thị Ngọc Ánh', 'Ủy ban nhân dân xã Đắk Hà']]);
  });
  it('keeps quoted delimiters, quotes and newlines inside one field, and one record per row', () => {
    const cells = readCsv(utf8('a,b\n"Hà Nội, 2025","nói ""xin chào""\ndòng 2"\n\nx,y\n'), 'x').grid.cells;
    expect(cells).toEqual([['a', 'b'], ['Hà Nội, 2025', 'nói "xin chào"\ndòng 2'], [null], ['x', 'y']]);
  });
  it('keeps formula-looking text as text', () => {
    const cells = readCsv(utf8('Chủ hồ sơ\n"=HYPERLINK(""http://x"",""Nguyễn Văn A"")"\n'), 'x').grid.cells;
    expect(cells[1]).toEqual(['=HYPERLINK("http://x","Nguyễn Văn A")']);
  });
  it('obeys an Excel "sep=;" first line and does not show it as a row', () => {
    const read = readCsv(utf8('sep=;\nMã hồ sơ;Ngày hẹn trả\nA;05/06/2024\n'), 'x');
    expect(read.delimiter).toBe(';');
    expect(read.grid.cells).toEqual([['Mã hồ sơ', 'Ngày hẹn trả'], ['A', '05/06/2024']]);
  });
});

describe('sniffDelimiter', () => {
  it('picks ";" (Vietnamese-locale Excel) even with decimal commas in fields', () => {
    expect(sniffDelimiter('Mã;Số ngày;Ghi chú\nA;2,25;x\nB;1,5;y\n')).toBe(';');
  });
  it('picks tab when commas appear only inside text', () => {
    expect(sniffDelimiter('Mã\tNội dung\tNgày\nA\tCấp, đổi giấy phép\t05/06/2024\nB\tĐăng ký, khai sinh\t06/06/2024\n')).toBe('\t');
  });
  it('picks "," and ignores commas inside quotes', () => {
    expect(sniffDelimiter('a,b,c\n"x;y;z;w",2,3\n')).toBe(',');
  });
});
