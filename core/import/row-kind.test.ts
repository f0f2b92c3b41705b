import { describe, expect, it } from 'vitest';
import { isFooterText, isGroupText, isIndexRow, isTotalLabel, looksLikeCode } from './row-kind.js';

describe('isIndexRow', () => {
  it.each([
    [['(1)', '(2)', '(3)', '(4)']],
    [[1, 2, 3, 4, 5]],
    [['A', 'B', '1', '2']],
    [['(1)', '(2)', '(3)=4+5', '(4)', '(5)']],
    [['I', 'II', 'III']],
  ])('reads %j as a column-index row', (row) => {
    expect(isIndexRow(row)).toBe(true);
  });

  it.each([
    [[1, 'H56.12-240301-0001', '01/03/2024']],
    [['(1)', '(2)']],
    [[1, 2, 45366]],
    [['Tổng cộng', 2, 3]],
  ])('does not read %j as one', (row) => {
    expect(isIndexRow(row)).toBe(false);
  });
});

describe('isTotalLabel', () => {
  it.each(['Tổng cộng', 'TỔNG CỘNG', 'Tổng số', 'Tổng số hồ sơ: 12', 'Cộng', 'Cộng:', 'Cộng 5 hồ sơ', 'Tổng cộng: 5 hồ sơ', 'TONG CONG', 'Total'])('%j is a total', (text) => {
    expect(isTotalLabel(text)).toBe(true);
  });

  it.each(['Tống Văn An', 'Công ty TNHH Minh Phát', 'Cộng đồng dân cư thôn 3', 'Tổng công ty Điện lực', 'Đơn vị tổng hợp'])('%j is not', (text) => {
    expect(isTotalLabel(text)).toBe(false);
  });
});

describe('isFooterText', () => {
  it.each([
    'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, họ tên)', '(Ký, họ tên, đóng dấu)', 'Thanh Hóa, ngày 15 tháng 3 năm 2024',
    'Hà Nội, ngày … tháng … năm 2024', 'KT. GIÁM ĐỐC', 'Nơi nhận:',
  ])('%j starts the footer', (text) => {
    expect(isFooterText(text)).toBe(true);
  });

  it.each(['UBND xã Quảng Phú', 'Đăng ký khai sinh', 'Ngày hẹn trả'])('%j does not', (text) => {
    expect(isFooterText(text)).toBe(false);
  });
});

describe('looksLikeCode and isGroupText', () => {
  it('tells codes from names', () => {
    expect(['000.00.xx.H56-240315-0001', 'CNTBD.181121.00334', '12345', '(12)', 'UBND xã A', 'Sở Tư pháp'].map(looksLikeCode)).toEqual([
      true, true, true, false, false, false,
    ]);
    expect(['UBND xã Quảng Phú', 'SỞ TƯ PHÁP', 'H56-240315-0001', '2024'].map(isGroupText)).toEqual([true, true, false, false]);
  });
});
