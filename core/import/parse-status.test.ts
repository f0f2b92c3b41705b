import { describe, expect, it } from 'vitest';
import { parseStatus } from './parse-status.js';

const code = (value: number) => ({ ok: true, value });
const UNKNOWN = { ok: false, code: 'status.unknown' };

describe('parseStatus', () => {
  it.each([
    ['Mới đăng ký', 1], ['Được tiếp nhận', 2], ['Không được tiếp nhận', 3], ['Đang xử lý', 4],
    ['Yêu cầu bổ sung giấy tờ', 5], ['Yêu cầu thực hiện nghĩa vụ tài chính', 6], ['Công dân yêu cầu rút hồ sơ', 7],
    ['Dừng xử lý', 8], ['Đã xử lý xong', 9], ['Đã trả kết quả', 10],
  ])('reads the national label %j as %i', (label, expected) => {
    expect(parseStatus(label)).toEqual(code(expected));
  });

  it.each([
    ['receiving', 1], ['new', 2], ['denied', 3], ['processing', 4], ['waiting', 5], ['paying', 6],
    ['cancelled', 7], ['unresolved', 8], ['releasing', 9], ['done', 10],
  ])('reads the OpenCPS key %j as %i (FormatTrangThaiHoSoDVCQG)', (key, expected) => {
    expect(parseStatus(key)).toEqual(code(expected));
  });

  it.each([
    ['Chờ bổ sung hồ sơ', 5], ['Đang bổ sung điều kiện', 5], ['Tạm dừng xử lý', 8], ['Đã rút hồ sơ', 7],
    ['Rút không giải quyết', 7], ['Trả lại', 7], ['Từ chối', 3], ['Từ chối giải quyết', 8],
    ['Chờ thực hiện nghĩa vụ tài chính', 6], ['Chờ trả thông báo nghĩa vụ tài chính', 6], ['Hồ sơ mới tiếp nhận', 2],
    ['Hồ sơ không xử lý được', 8], ['Chờ ký duyệt', 4], ['Đã bổ sung - chờ tiếp nhận', 2], ['Chờ xử lý', 2],
  ])('reads the vendor label %j as %i', (label, expected) => {
    expect(parseStatus(label)).toEqual(code(expected));
  });

  it.each([
    // Issue 9: words seen across vendors, with the national code each means.
    ['Dừng', 8], ['Ngừng xử lý', 8], ['Tạm dừng', 8], ['Không đủ điều kiện giải quyết', 8], ['Ngừng giải quyết', 8],
    ['Công dân rút', 7], ['Hủy hồ sơ', 7], ['Trả lại hồ sơ', 7], ['Công dân xin rút hồ sơ', 7],
    ['Chờ trả kết quả', 9], ['Đã xử lý xong', 9], ['Chờ nhận kết quả', 9],
    ['Mới đăng ký', 1], ['Chờ tiếp nhận', 1], ['Chưa tiếp nhận', 1], ['HỒ SƠ CHỜ TIẾP NHẬN', 1],
    // Still read as before: the longer labels keep their own codes.
    ['Đã bổ sung - chờ tiếp nhận', 2], ['Đúng hạn', null],
  ])('reads the vendor word %j as %s', (label, expected) => {
    expect(parseStatus(label)).toEqual(expected === null ? UNKNOWN : code(expected));
  });

  it.each([
    [9, 9], ['9', 9], ['4 Đang xử lý', 4], ['10. Đã trả kết quả', 10], ['05 - Yêu cầu bổ sung giấy tờ', 5],
  ])('reads the code in %j', (value, expected) => {
    expect(parseStatus(value)).toEqual(code(expected));
  });

  it('ignores case, diacritics and Unicode form', () => {
    expect(['DA TRA KET QUA', 'đã trả kết quả', 'Đã trả kết quả'.normalize('NFD'), '  Đã  trả  kết quả. '].map(parseStatus)).toEqual([
      code(10), code(10), code(10), code(10),
    ]);
  });

  it('reads a label with extra words: "Đang xử lý quá hạn" is 4', () => {
    expect(parseStatus('Đang xử lý quá hạn')).toEqual(code(4));
  });

  it('does not read "Chưa trả kết quả" as "Đã trả kết quả"', () => {
    expect(parseStatus('Chưa trả kết quả')).toEqual(UNKNOWN);
  });

  it.each([['Lưu trữ'], ['11'], [0], [true], [null], ['']])('%j is unknown', (value) => {
    expect(parseStatus(value)).toEqual(UNKNOWN);
  });
});
