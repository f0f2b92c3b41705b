import { describe, expect, it } from 'vitest';
import { encodeWindows1258 } from '../cli/src/files/decode-text.js';
import { readHtmlTables } from './html.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readHtmlTables', () => {
  it('expands a 2-row header with rowspan and colspan; covered cells are null', () => {
    const html = `<table>
      <tr><th rowspan="2">STT</th><th rowspan="2">Mã hồ sơ</th><th colspan="2">Ngày, tháng, năm</th></tr>
      <tr><th>Nhận hồ sơ</th><th>Hẹn trả kết quả</th></tr>
      <tr><td colspan="4"><b>UBND xã Quảng Hòa</b></td></tr>
      <tr><td>1</td><td style='mso-number-format:"\\@"'>000.00.35.H56-250114-0007</td><td>14/01/2025 08:15:00</td><td>17/01/2025 17:00:00</td></tr>
    </table>`;
    expect(readHtmlTables(utf8(html), 'thong-ke').grids).toEqual([
      {
        sheetName: 'thong-ke',
        cells: [
          ['STT', 'Mã hồ sơ', 'Ngày, tháng, năm', null],
          [null, null, 'Nhận hồ sơ', 'Hẹn trả kết quả'],
          ['UBND xã Quảng Hòa', null, null, null],
          ['1', '000.00.35.H56-250114-0007', '14/01/2025 08:15:00', '17/01/2025 17:00:00'],
        ],
      },
    ]);
  });
  it('places a cell after a rowspan from the row above in the next free column', () => {
    const html = '<table><tr><td rowspan=2>A</td><td>B</td><td rowspan=2>C</td></tr><tr><td>D</td></tr><tr><td>E</td><td colspan=2>F</td></tr></table>';
    expect(readHtmlTables(utf8(html), 'x').grids[0].cells).toEqual([
      ['A', 'B', 'C'],
      [null, 'D', null],
      ['E', 'F', null],
    ]);
  });
  it('decodes entities, reads <br> as a space, flattens nested tags and collapses whitespace', () => {
    const html = '<table><tr><td>Trần&nbsp;Văn <b>Bình</b><br/>&amp; Lê&#32;Thị&#x20;Cúc</td><td>\n  </td><td><span><i>Đã</i> trả</span>\n kết quả</td></tr></table>';
    expect(readHtmlTables(utf8(html), 'x').grids[0].cells).toEqual([['Trần Văn Bình & Lê Thị Cúc', null, 'Đã trả kết quả']]);
  });
  it('gives one grid per table, nested tables separately', () => {
    const html = '<html><body><table><tr><td>Banner</td></tr></table><table><tr><td>a</td><td><table><tr><td>inner</td></tr></table></td></tr></table></body></html>';
    expect(readHtmlTables(utf8(html), 'f').grids).toEqual([
      { sheetName: 'f (1)', cells: [['Banner']] },
      { sheetName: 'f (2)', cells: [['a', null]] },
      { sheetName: 'f (3)', cells: [['inner']] },
    ]);
  });
  it('takes Excel-HTML x:num values as numbers and keeps mso-number-format text as text', () => {
    const html = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table>
      <tr><td x:num="45682.3541666667">25/01/2025 08:30</td><td x:num>7</td><td style="mso-number-format:'\\@'">0007</td><td x:bool="TRUE">TRUE</td></tr></table></html>`;
    expect(readHtmlTables(utf8(html), 'x').grids[0].cells).toEqual([[45682.3541666667, 7, '0007', true]]);
  });
  it('reads the charset from <meta> (Windows-1258) without a warning', () => {
    const head = utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><table><tr><td>');
    const body = encodeWindows1258('Ủy ban nhân dân xã Đắk Hà');
    const tail = utf8('</td></tr></table></body></html>');
    const read = readHtmlTables(new Uint8Array([...head, ...body, ...tail]), 'x');
    expect(read.grids[0].cells).toEqual([['Ủy ban nhân dân xã Đắk Hà']]);
    expect(read.encoding).toBe('windows-1258');
    expect(read.problems).toEqual([]);
  });
  it('skips tables without rows', () => {
    expect(readHtmlTables(utf8('<table></table>'), 'x').grids).toEqual([]);
  });
});
