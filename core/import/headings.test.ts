import { describe, expect, it } from 'vitest';
import { TOOL_HEADINGS } from '../labels.vi.js';
import type { Field } from './dossier.js';
import { findHeader } from './find-header.js';
import { matchHeading } from './headings.js';

/** Strips diacritics independently of the code under test. */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const forms = (heading: string) => [heading, plain(heading), heading.toUpperCase(), plain(heading).toUpperCase(), heading.normalize('NFD')];

const field = (f: Field, confidence = 1, onlineFlag = false) => ({ kind: 'field', field: f, confidence, onlineFlag });

/** Every heading of exports.md §1.6 (and the vendor lists of §1.2–1.5, §2.2, §4.1). */
const HEADINGS: [string, ReturnType<typeof field> | { kind: string; [k: string]: unknown }][] = [
  ['STT', { kind: 'other', confidence: 1 }],
  ['TT', { kind: 'other', confidence: 1 }],
  ['Mã hồ sơ', field('code')],
  ['Mã số hồ sơ', field('code')],
  ['Mã Hồ Sơ', field('code')],
  ['Số hồ sơ', field('code')],
  ['Mã hồ sơ gốc', field('code', 0.5)],
  ['Tên thủ tục hành chính', field('procedure')],
  ['Tên TTHC', field('procedure')],
  ['Tên thủ tục', field('procedure')],
  ['Thủ tục hành chính', field('procedure')],
  ['Nội dung', field('procedure', 0.9)],
  ['Nội dung hồ sơ', field('procedure')],
  ['Tên nội dung', field('procedure')],
  ['Yêu cầu giải quyết', field('procedure')],
  ['Loại Hồ Sơ', field('procedure', 0.8)],
  ['Mã thủ tục', { kind: 'other', confidence: 1 }],
  ['Lĩnh vực', field('field')],
  ['Chủ hồ sơ', field('applicant')],
  ['Họ tên chủ hồ sơ', field('applicant')],
  ['Tên khách hàng', field('applicant')],
  ['Chủ Sử Dụng', field('applicant')],
  ['Người nộp', field('applicant', 0.9)],
  ['Người nộp hồ sơ', field('applicant', 0.9)],
  ['Địa chỉ', { kind: 'other', confidence: 1 }],
  ['Địa chỉ chủ hồ sơ', { kind: 'other', confidence: 1 }],
  ['Số điện thoại', { kind: 'other', confidence: 1 }],
  ['Điện thoại liên lạc', { kind: 'other', confidence: 1 }],
  ['Đơn vị tiếp nhận', field('unit', 0.9)],
  ['Cơ quan thụ lý', field('unit')],
  ['Đơn vị giải quyết', field('unit')],
  ['Đơn vị/ cá nhân giải quyết', field('unit')],
  ['Cán bộ đang xử lý', field('officer')],
  ['Người xử lý', field('officer')],
  ['Cán bộ xử lý', field('officer')],
  ['Người nhận hồ sơ', field('officer')],
  ['Thực hiện', field('officer')],
  ['Trực tuyến', field('channel', 1, true)],
  ['Loại tiếp nhận', field('channel')],
  ['Kênh thực hiện', field('channel')],
  ['Hình thức nộp', field('channel')],
  ['Ngày nộp hồ sơ', field('submitted')],
  ['Ngày nộp', field('submitted')],
  ['Ngày gửi', field('submitted')],
  ['Ngày tiếp nhận', field('received')],
  ['Ngày nhận', field('received')],
  ['Nhận hồ sơ', field('received')],
  ['Ngày hẹn trả', field('due')],
  ['Hẹn trả kết quả', field('due')],
  ['Ngày hẹn', field('due')],
  ['Ngày hẹn trả kết quả', field('due')],
  ['Hẹn trả', field('due')],
  ['Thời Hạn Cũ', field('due', 0.9)],
  ['Thời hạn', { kind: 'contentDecides', ifDates: 'due', otherwise: 'period', confidence: 1 }],
  ['Hạn xử lý', { kind: 'contentDecides', ifDates: 'due', otherwise: 'derived', confidence: 1 }],
  ['Ngày gia hạn', field('extendedDue')],
  ['Ngày hẹn lại', field('extendedDue')],
  ['Hẹn lại', field('extendedDue')],
  ['Thời Hạn Mới', field('extendedDue')],
  ['Ngày kết thúc xử lý', field('finished')],
  ['Ngày có kết quả', field('finished')],
  ['Ngày hoàn thành', field('finished')],
  ['Ngày nhận kết quả', field('finished')],
  ['Ngày trả', field('returned')],
  ['Ngày trả kết quả', field('returned')],
  ['Ngày Trả Kết Quả', field('returned')],
  ['Ngày trả kết quả thực tế', field('actualResult')],
  ['Ngày trả KQ thực tế', field('actualResult')],
  ['Ngày thực tế trả kết quả', field('actualResult')],
  ['Trạng thái', field('status')],
  ['Tình trạng', field('status')],
  ['Thời hạn giải quyết', field('period')],
  ['Số ngày quá hạn', { kind: 'derived', confidence: 1 }],
  ['Còn lại', { kind: 'derived', confidence: 1 }],
  ['Ghi chú', field('remarks')],
  ['Lý do trễ hẹn', field('remarks')],
  ['Ghi chú xử lý', field('remarks')],
  ['Ghi chú nộp.', field('remarks', 0.7)],
  ['Ghi Chú / Lý Do Gia Hạn', field('remarks')],
  ['Địa bàn phát sinh hồ sơ', { kind: 'other', confidence: 1 }],
  ['Số lượng (bộ)', { kind: 'other', confidence: 1 }],
  ['Số bộ hồ sơ', { kind: 'other', confidence: 1 }],
  ['Sổ theo dõi', { kind: 'other', confidence: 1 }],
  ['Thư điện tử', { kind: 'other', confidence: 1 }],
  ['Chi tiết nội dung', { kind: 'other', confidence: 1 }],
  ['Số Biên Lai', { kind: 'other', confidence: 1 }],
  ['Link', { kind: 'other', confidence: 1 }],
];

describe('matchHeading', () => {
  it.each(HEADINGS)('recognizes %j as written, without diacritics, upper case and NFD', (heading, expected) => {
    expect(forms(heading).map(matchHeading)).toEqual(Array(5).fill(expected));
  });

  it.each(HEADINGS)('finds %j in a header row, in every form, beside a code or due column', (heading, expected) => {
    const partner = 'field' in expected && expected.field === 'code' ? 'Ngày hẹn trả' : 'Mã hồ sơ';
    const found = forms(heading).map((form) => findHeader([['Báo cáo'], [partner, form], ['H56.12-240301-0001', '']])?.columns[1]);
    expect(found.map((c) => [c?.heading, c?.match])).toEqual(forms(heading).map((form) => [form, expected]));
  });

  it('recognizes the tool\'s own headings from a previous run, never as data', () => {
    expect(TOOL_HEADINGS.map(matchHeading)).toEqual(Array(3).fill({ kind: 'tool', confidence: 1 }));
  });

  it('keeps a user\'s own "Tình trạng" status column apart from "Tình trạng (Đúng Hạn)"', () => {
    expect([matchHeading('Tình trạng'), matchHeading('TINH TRANG (DUNG HAN)')]).toEqual([field('status'), { kind: 'tool', confidence: 1 }]);
  });

  it('finds a synonym inside a longer heading at 0.8 of its confidence', () => {
    expect(matchHeading('Ngày hẹn trả (dd/mm/yyyy)')).toEqual(field('due', 0.8));
  });

  it('prefers the longest synonym inside a heading: "actual" over "returned"', () => {
    expect(matchHeading('Ngày trả kết quả thực tế (nếu có)')).toEqual(field('actualResult', 0.8));
  });

  it('does not find a generic word inside a longer heading: "Ngày thực hiện" is not the officer', () => {
    expect(matchHeading('Ngày thực hiện')).toBeNull();
  });

  it('returns null for unknown and empty headings', () => {
    expect([matchHeading('Màu sắc'), matchHeading(''), matchHeading('  ')]).toEqual([null, null, null]);
  });
});
