import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar/day.js';
import { TOOL_HEADINGS } from '../labels.vi.js';
import type { InputCell, SheetGrid } from './read-result.js';
import { readExport } from './read-export.js';

const grid = (cells: InputCell[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({ sheetName: 'DS', cells, ...extra });
const day = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });
const codesOf = (cells: InputCell[][]) => readExport(grid(cells)).problems.map((p) => p.code);

describe('readExport: rows', () => {
  it('reports the same code twice on the second row, naming the first', () => {
    const result = readExport(grid([
      ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái', 'Ngày trả kết quả thực tế'],
      ['H56.12-240301-0001', '01/03/2024', '08/03/2024', 'Đang xử lý', ''],
      ['H56.12-240301-0001', '01/03/2024', '08/03/2024', 'Đang xử lý', ''],
    ]));
    expect(result.problems).toEqual([
      { code: 'row.duplicateCode', row: 3, column: 'Mã hồ sơ', columnLetter: 'A', value: 'H56.12-240301-0001', severity: 'warning', detail: '2' },
    ]);
    expect(result.dossiers.length).toEqual(2);
  });

  it('keeps a row without a code as a dossier with code null and a warning', () => {
    const result = readExport(grid([
      ['STT', 'Mã hồ sơ', 'Ngày hẹn trả'],
      [1, '', '08/03/2024'],
    ]));
    expect(result.dossiers.map((d) => [d.code, d.due])).toEqual([[null, { day: day(2024, 3, 8), sec: null }]]);
    expect(result.problems.filter((p) => p.row > 0)).toEqual([
      { code: 'row.noCode', row: 2, column: 'Mã hồ sơ', columnLetter: 'B', severity: 'warning' },
    ]);
  });

  it('reads text that looks like a formula as plain text, never evaluating it', () => {
    const link = '=HYPERLINK("https://dichvucong.gov.vn/hs/123","H56.12-240301-0001")';
    const result = readExport(grid([
      ['Mã hồ sơ', 'Ngày hẹn trả', 'Ghi chú'],
      [link, '=DATE(2024,3,8)', '+84 912 000 000'],
    ]));
    expect([result.dossiers[0].code, result.dossiers[0].due, result.dossiers[0].remarks]).toEqual([link, null, '+84 912 000 000']);
    expect(result.problems.filter((p) => p.row > 0)).toEqual([
      { code: 'date.unreadable', row: 2, column: 'Ngày hẹn trả', columnLetter: 'B', value: '=DATE(2024,3,8)', severity: 'error' },
    ]);
  });

  it('reports every unreadable date cell with its row, heading, letter and raw text', () => {
    const result = readExport(grid([
      ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả'],
      ['H56-240301-0001', '31/02/2024', 'sáng mai'],
      ['H56-240301-0002', 1234, '15/03/1999'],
    ]));
    expect(result.problems.filter((p) => p.row > 0)).toEqual([
      { code: 'date.impossible', row: 2, column: 'Ngày tiếp nhận', columnLetter: 'B', value: '31/02/2024', severity: 'error' },
      { code: 'date.unreadable', row: 2, column: 'Ngày hẹn trả', columnLetter: 'C', value: 'sáng mai', severity: 'error' },
      { code: 'date.outOfRange', row: 3, column: 'Ngày tiếp nhận', columnLetter: 'B', value: '1234', severity: 'error' },
      { code: 'date.outOfRange', row: 3, column: 'Ngày hẹn trả', columnLetter: 'C', value: '15/03/1999', severity: 'error' },
    ]);
  });

  it('carries a group row down as the unit when the sheet has no unit column', () => {
    const result = readExport(grid([
      ['STT', 'Mã hồ sơ', 'Ngày hẹn trả'],
      ['UBND xã Quảng Phú'],
      [1, 'H56-240301-0001', '08/03/2024'],
      ['II', 'UBND phường Điện Biên'],
      [1, 'H56-240301-0002', '08/03/2024'],
    ]));
    expect(result.dossiers.map((d) => [d.unit, d.group])).toEqual([
      ['UBND xã Quảng Phú', 'UBND xã Quảng Phú'],
      ['UBND phường Điện Biên', 'UBND phường Điện Biên'],
    ]);
    expect(result.skipped).toEqual([
      { row: 2, reason: 'group', text: 'UBND xã Quảng Phú' },
      { row: 4, reason: 'group', text: 'UBND phường Điện Biên' },
    ]);
  });

  it('reads a dossier row below a signature-like line: the line is a note, the footer starts after the last dossier (issue 9)', () => {
    const result = readExport(grid([
      ['Mã hồ sơ', 'Ngày hẹn trả'],
      ['H56-240301-0001', '08/03/2024'],
      ['Hà Nội, ngày … tháng … năm 2024'],
      ['H56-240301-0009', '08/03/2024'],
      [],
      ['NGƯỜI LẬP BIỂU'],
    ]));
    expect(result.dossiers.map((d) => d.code)).toEqual(['H56-240301-0001', 'H56-240301-0009']);
    expect(result.skipped).toEqual([
      { row: 3, reason: 'note', text: 'Hà Nội, ngày … tháng … năm 2024' }, { row: 5, reason: 'blank' }, { row: 6, reason: 'footer' },
    ]);
  });

  it('tells totals from names: "Tổng số" and "Cộng" are totals, "Tống Văn An" is an applicant', () => {
    const result = readExport(grid([
      ['Chủ hồ sơ', 'Ngày hẹn trả', 'Mã hồ sơ'],
      ['Tống Văn An', '08/03/2024', ''],
      ['Cộng', null, 1],
      ['Tổng số', null, 1],
    ]));
    expect([result.dossiers.map((d) => d.applicant), result.skipped.map((s) => s.reason)]).toEqual([['Tống Văn An'], ['total', 'total']]);
  });

  it('skips an index row repeated with the header after a page break', () => {
    const header = ['STT', 'Mã hồ sơ', 'Ngày hẹn trả'];
    const result = readExport(grid([
      header, ['1', '2', '3'], [1, 'H56-240301-0001', '08/03/2024'], header, ['1', '2', '3'], [2, 'H56-240301-0002', '08/03/2024'],
    ]));
    expect(result.skipped).toEqual([
      { row: 2, reason: 'index' }, { row: 4, reason: 'repeatedHeader' }, { row: 5, reason: 'index' },
    ]);
  });

  it('counts trailing blank rows of the grid as blank rows', () => {
    const result = readExport(grid([['Mã hồ sơ', 'Ngày hẹn trả'], ['H56-240301-0001', '08/03/2024'], [], [null, '']]));
    expect([result.rowsIn, result.lastRow, result.skipped]).toEqual([3, 2, [{ row: 3, reason: 'blank' }, { row: 4, reason: 'blank' }]]);
  });
});

describe('readExport: statuses and channels', () => {
  const header = ['Mã hồ sơ', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Trạng thái', 'Hình thức nộp'];

  it('warns when the status contradicts the dates: done without an end date, open with one', () => {
    const result = readExport(grid([
      header,
      ['H56-240301-0001', '08/03/2024', '', '9 Đã xử lý xong', 'Trực tuyến'],
      ['H56-240301-0002', '08/03/2024', '07/03/2024', '4 Đang xử lý', 'Trực tiếp'],
      ['H56-240301-0003', '08/03/2024', '07/03/2024', 'Đã trả kết quả', 'BCCI'],
    ]));
    expect(result.problems.filter((p) => p.row > 0)).toEqual([
      { code: 'status.contradictsDates', row: 2, column: 'Trạng thái', columnLetter: 'D', value: '9 Đã xử lý xong', severity: 'warning' },
      { code: 'status.contradictsDates', row: 3, column: 'Trạng thái', columnLetter: 'D', value: '4 Đang xử lý', severity: 'warning' },
    ]);
    expect(result.dossiers.map((d) => [d.statusCode, d.channel])).toEqual([[9, 'online'], [4, 'direct'], [10, 'postal']]);
  });

  it('keeps unknown status and channel text, with warnings', () => {
    const result = readExport(grid([header, ['H56-240301-0001', '08/03/2024', '', 'Lưu kho', 'Fax']]));
    expect([result.dossiers[0].statusCode, result.dossiers[0].statusText, result.dossiers[0].channel]).toEqual([null, 'Lưu kho', null]);
    expect(result.problems.filter((p) => p.row > 0).map((p) => [p.code, p.columnLetter, p.value])).toEqual([
      ['status.unknown', 'D', 'Lưu kho'],
      ['channel.unknown', 'E', 'Fax'],
    ]);
  });
});

describe('readExport: header decisions', () => {
  it('takes the receipt date from the code when there is no receipt column (TT 01/2018 Điều 19)', () => {
    const result = readExport(grid([
      ['Mã hồ sơ', 'Ngày hẹn trả', 'Trạng thái', 'Ngày trả KQ thực tế'],
      ['000.00.xx.H56-240315-0001', '22/03/2024', 'Đang xử lý', ''],
      ['HS-KHONG-NGAY', '22/03/2024', 'Đang xử lý', ''],
    ]));
    expect(result.dossiers.map((d) => [d.received, d.receivedFromCode])).toEqual([
      [{ day: day(2024, 3, 15), sec: null }, true],
      [null, false],
    ]);
    expect(result.problems).toEqual([{ code: 'date.fromCode', row: 0, severity: 'warning', detail: '1' }]);
  });

  it('decides "Thời hạn" by its content: dates make it the due date', () => {
    const result = readExport(grid([['Mã hồ sơ', 'Thời hạn'], ['H56-240301-0001', '08/03/2024 17:00']]));
    expect([result.mapping.map((m) => [m.field, m.heading, m.confidence]), result.dossiers[0].due]).toEqual([
      [['code', 'Mã hồ sơ', 1], ['due', 'Thời hạn', 0.7]],
      { day: day(2024, 3, 8), sec: 17 * 3600 },
    ]);
  });

  it('decides "Thời hạn" by its content: "05 ngày làm việc" makes it the period', () => {
    const result = readExport(grid([
      ['Mã hồ sơ', 'Ngày tiếp nhận', 'Thời hạn'],
      ['H56-240301-0001', '01/03/2024', '05 ngày làm việc'],
    ]));
    expect([result.mapping.map((m) => m.field), result.dossiers[0].period]).toEqual([['code', 'received', 'period'], '05 ngày làm việc']);
    expect(result.problems.map((p) => p.detail)).toEqual(['status', 'actualResult']);
  });

  it('maps "Hạn xử lý" to the due date only when it holds dates', () => {
    const result = readExport(grid([['Mã hồ sơ', 'Hạn xử lý'], ['H56-240301-0001', '08/03/2024']]));
    expect(result.mapping.map((m) => m.field)).toEqual(['code', 'due']);
  });

  it('warns when two headings tie for one field and takes the leftmost', () => {
    const result = readExport(grid([['Mã hồ sơ', 'Ngày hẹn trả', 'Hẹn trả kết quả'], ['H56-240301-0001', '08/03/2024', '09/03/2024']]));
    expect([result.mapping.map((m) => [m.field, m.letter]), result.problems[0]]).toEqual([
      [['code', 'A'], ['due', 'B']],
      { code: 'header.ambiguous', row: 0, column: 'Ngày hẹn trả', columnLetter: 'B', severity: 'warning', detail: 'Hẹn trả kết quả' },
    ]);
  });

  it('lists the important missing fields', () => {
    expect(codesOf([['Mã hồ sơ', 'Ngày tiếp nhận'], ['H56-240301-0001', '01/03/2024']])).toEqual([
      'header.missingField', 'header.missingField', 'header.missingField',
    ]);
    const result = readExport(grid([['Mã hồ sơ', 'Ngày tiếp nhận'], ['H56-240301-0001', '01/03/2024']]));
    expect(result.problems.map((p) => [p.detail, p.column])).toEqual([
      ['due', 'Ngày hẹn trả'], ['status', 'Trạng thái'], ['actualResult', 'Ngày trả kết quả thực tế'],
    ]);
  });
});

describe('readExport: user mapping', () => {
  const cells: InputCell[][] = [
    ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn', 'Cột phụ', 'Trạng thái'],
    ['H56-240301-0001', '01/03/2024', '05/03/2024', '08/03/2024', 'Đang xử lý'],
  ];

  it('takes a column letter: due is D', () => {
    const result = readExport(grid(cells), { mapping: { due: 'D' } });
    expect([result.mapping.find((m) => m.field === 'due'), result.dossiers[0].due]).toEqual([
      { field: 'due', col: 4, letter: 'D', heading: 'Cột phụ', confidence: 1, source: 'user' },
      { day: day(2024, 3, 8), sec: null },
    ]);
  });

  it('takes a heading as written, compared without case or diacritics', () => {
    const result = readExport(grid(cells), { mapping: { due: 'COT PHU' } });
    expect(result.mapping.find((m) => m.field === 'due')?.letter).toEqual('D');
  });

  it('moves a column to the field the user named: C becomes the receipt date', () => {
    const result = readExport(grid(cells), { mapping: { received: 'C' } });
    expect(result.mapping.map((m) => [m.field, m.letter])).toEqual([['code', 'A'], ['received', 'C'], ['status', 'E']]);
  });

  it('unmaps a field given as empty text', () => {
    const result = readExport(grid(cells), { mapping: { status: '' } });
    expect(result.dossiers[0].statusCode).toBeNull();
  });

  it('reports a column that does not exist', () => {
    const result = readExport(grid(cells), { mapping: { due: 'Ngày hẹn trả lần 2', finished: 'Z' } });
    expect(result.problems.filter((p) => p.code === 'header.mapUnknownColumn')).toEqual([
      { code: 'header.mapUnknownColumn', row: 0, column: 'Ngày hẹn trả lần 2', severity: 'error', detail: 'due' },
      { code: 'header.mapUnknownColumn', row: 0, column: 'Z', severity: 'error', detail: 'finished' },
    ]);
    expect(result.mapping.find((m) => m.field === 'due')?.letter).toEqual('C');
  });
});

describe('readExport: sheet level', () => {
  it('returns no dossiers, rowsIn 0 and one error when no header is found', () => {
    const result = readExport(grid([['Báo cáo tháng 3'], ['Nội dung tự do', 'khác']]));
    expect(result).toEqual({
      sheetName: 'DS', headerRows: [], mapping: [], toolColumns: [], lastDataCol: 2, lastRow: 2, dossiers: [], skipped: [],
      problems: [{ code: 'sheet.noHeader', row: 0, severity: 'error' }], rowsIn: 0,
    });
  });

  it('reports an empty sheet', () => {
    expect(readExport(grid([[], [null, '  ']])).problems).toEqual([{ code: 'sheet.empty', row: 0, severity: 'error' }]);
  });

  it("finds the tool's columns from a previous run and never reads them as data", () => {
    const result = readExport(grid([
      ['Mã hồ sơ', 'Ngày hẹn trả', 'Ghi chú', '', ...TOOL_HEADINGS, '', 'Chú giải'],
      ['H56-240301-0001', '08/03/2024', '', 'ghi thêm', 'Trễ hạn', '08/03/2024', 3, '', 'Trễ hạn'],
    ]));
    expect([result.toolColumns, result.lastDataCol, result.mapping.map((m) => m.field)]).toEqual([[5, 6, 7], 4, ['code', 'due', 'remarks']]);
    expect(result.dossiers[0].statusText).toBeNull();
  });

  it('numbers rows and columns from the grid origin', () => {
    const result = readExport(grid([['Mã hồ sơ', 'Ngày hẹn trả'], ['H56-240301-0001', 'x']], { origin: { row: 5, col: 3 } }));
    expect([result.headerRows, result.dossiers[0].row, result.mapping.map((m) => [m.col, m.letter]), result.problems.at(-1)]).toEqual([
      [5], 6, [[3, 'C'], [4, 'D']],
      { code: 'date.unreadable', row: 6, column: 'Ngày hẹn trả', columnLetter: 'D', value: 'x', severity: 'error' },
    ]);
  });

  it('reads serials of the 1904 date system: 43904 is 2024-03-15', () => {
    const result = readExport(grid([['Mã hồ sơ', 'Ngày hẹn trả'], ['H56-240301-0001', 43904.5]], { dateSystem: '1904' }));
    expect(result.dossiers[0].due).toEqual({ day: day(2024, 3, 15), sec: 12 * 3600 });
  });

  it('does not mutate the grid', () => {
    const cells: InputCell[][] = [['Mã hồ sơ', 'Ngày tiếp nhận'], ['H56-240301-0001', '15/03/2024'], ['H56-240301-0002', 45415]];
    const copy = structuredClone(cells);
    readExport(grid(cells));
    expect(cells).toEqual(copy);
  });
});
