import { describe, expect, it } from 'vitest';
import type { InputCell } from './read-result.js';
import { findHeader } from './find-header.js';

const headings = (cells: InputCell[][]) => {
  const found = findHeader(cells);
  return found && { rows: found.rows, columns: found.columns.map((c) => [c.index, c.heading, c.match?.kind === 'field' ? c.match.field : c.match?.kind ?? null]) };
};

describe('findHeader', () => {
  it('finds a one-row header under banner, title and period rows', () => {
    const cells: InputCell[][] = [
      ['UBND TỈNH THANH HÓA', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', null, null, 'Độc lập - Tự do - Hạnh phúc'],
      ['Phụ lục I'],
      ['DANH SÁCH ĐƠN VỊ, CÁ NHÂN CHẬM TRỄ TRONG VIỆC GIẢI QUYẾT HỒ SƠ TTHC'],
      ['(Từ ngày 15/02/2024 đến ngày 14/03/2024)'],
      ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Đơn vị giải quyết', 'Ghi chú'],
      [1, 'H56.12-240216-0003', '16/02/2024', '23/02/2024', '26/02/2024', 'Sở Tư pháp', ''],
    ];
    expect(headings(cells)).toEqual({
      rows: [5],
      columns: [
        [0, 'STT', 'other'], [1, 'Mã hồ sơ', 'code'], [2, 'Ngày tiếp nhận', 'received'], [3, 'Ngày hẹn trả', 'due'],
        [4, 'Ngày có kết quả', 'finished'], [5, 'Đơn vị giải quyết', 'unit'], [6, 'Ghi chú', 'remarks'],
      ],
    });
  });

  it('joins a merged group heading with its sub-headings: "Ngày, tháng, năm / Nhận hồ sơ" is received (Sổ theo dõi)', () => {
    const cells: InputCell[][] = [
      ['SỔ THEO DÕI TÌNH HÌNH TIẾP NHẬN HỒ SƠ TTHC'],
      ['STT', 'Mã hồ sơ', 'Nội dung hồ sơ', 'Số lượng (bộ)', 'Họ tên chủ hồ sơ', 'Ngày, tháng, năm', null, null, 'Trả kết quả', null, 'Người nhận hồ sơ', 'Ghi chú'],
      [null, null, null, null, null, 'Nhận hồ sơ', 'Hẹn trả kết quả', 'Ngày nhận kết quả', 'Bên giao (Ký tên)', 'Bên nhận', null, null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)'],
      [1, 'H56.31-240301-0001', 'Đăng ký khai sinh', 1, 'Hà Thị Yến', '01/03/2024', '04/03/2024', '04/03/2024', '', '', 'Lương Văn An', ''],
    ];
    expect(headings(cells)).toEqual({
      rows: [1, 2],
      columns: [
        [0, 'STT', 'other'], [1, 'Mã hồ sơ', 'code'], [2, 'Nội dung hồ sơ', 'procedure'], [3, 'Số lượng (bộ)', 'other'],
        [4, 'Họ tên chủ hồ sơ', 'applicant'], [5, 'Ngày, tháng, năm / Nhận hồ sơ', 'received'],
        [6, 'Ngày, tháng, năm / Hẹn trả kết quả', 'due'], [7, 'Ngày, tháng, năm / Ngày nhận kết quả', 'finished'],
        [8, 'Trả kết quả / Bên giao (Ký tên)', 'other'], [9, 'Trả kết quả / Bên nhận', 'other'],
        [10, 'Người nhận hồ sơ', 'officer'], [11, 'Ghi chú', 'remarks'],
      ],
    });
  });

  it('reads a 3-row header with nested groups', () => {
    const cells: InputCell[][] = [
      ['STT', 'Mã hồ sơ', 'Thời gian', null, null, null],
      [null, null, 'Tiếp nhận', 'Giải quyết', null, null],
      [null, null, 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày hoàn thành', 'Ngày trả kết quả thực tế'],
      [1, 'H56-240301-0001', '01/03/2024', '08/03/2024', '07/03/2024', '07/03/2024'],
    ];
    expect(headings(cells)).toEqual({
      rows: [0, 1, 2],
      columns: [
        [0, 'STT', 'other'], [1, 'Mã hồ sơ', 'code'], [2, 'Thời gian / Tiếp nhận / Ngày tiếp nhận', 'received'],
        [3, 'Thời gian / Giải quyết / Ngày hẹn trả', 'due'], [4, 'Thời gian / Giải quyết / Ngày hoàn thành', 'finished'],
        [5, 'Thời gian / Giải quyết / Ngày trả kết quả thực tế', 'actualResult'],
      ],
    });
  });

  it('does not take the first data row or an index row into the header', () => {
    const cells: InputCell[][] = [
      ['Mã hồ sơ', 'Trạng thái', 'Ngày hẹn trả'],
      ['1', '2', '3'],
      ['H56-240301-0001', 'Đang xử lý', '08/03/2024'],
    ];
    expect(findHeader(cells)?.rows).toEqual([0]);
  });

  it('finds a header without diacritics, in upper case', () => {
    const cells: InputCell[][] = [['MA HO SO', 'NGAY TIEP NHAN', 'NGAY HEN TRA', 'TRANG THAI']];
    expect(headings(cells)?.columns.map((c) => c[2])).toEqual(['code', 'received', 'due', 'status']);
  });

  it('needs a code or a date column: a table of names and addresses is not an export', () => {
    const cells: InputCell[][] = [['STT', 'Họ tên', 'Địa chỉ', 'Số điện thoại'], [1, 'Lê Văn An', 'Thôn 2', '0912000000']];
    expect(findHeader(cells)).toBeNull();
  });

  it('looks only at the first 40 rows', () => {
    const cells: InputCell[][] = [...Array.from({ length: 45 }, () => ['x', 'y']), ['Mã hồ sơ', 'Ngày hẹn trả']];
    expect(findHeader(cells)).toBeNull();
  });

  it('returns null for an empty grid', () => {
    expect(findHeader([])).toBeNull();
  });
});
