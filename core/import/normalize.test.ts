import { describe, expect, it } from 'vitest';
import { containsWords, foldText, normalizeKey } from './normalize.js';

describe('normalizeKey', () => {
  it('gives one key for NFC, NFD, upper case, no diacritics and stray punctuation', () => {
    const forms = ['Ngày hẹn trả', 'Ngày hẹn trả'.normalize('NFD'), 'NGÀY HẸN TRẢ', 'NGAY HEN TRA', ' Ngày  hẹn-trả: '];
    expect(forms.map(normalizeKey)).toEqual(Array(5).fill('ngay hen tra'));
  });

  it('maps đ and Đ to d', () => {
    expect(normalizeKey('Đơn vị/ cá nhân giải quyết')).toEqual('don vi ca nhan giai quyet');
  });

  it('keeps digits: "Số lượng (bộ)" and "(1)"', () => {
    expect([normalizeKey('Số lượng (bộ)'), normalizeKey('(1)')]).toEqual(['so luong bo', '1']);
  });
});

describe('foldText', () => {
  it('keeps punctuation and spaces', () => {
    expect(foldText('Tổng cộng: 5 hồ sơ')).toEqual('tong cong: 5 ho so');
  });
});

describe('containsWords', () => {
  it('matches whole words only', () => {
    expect([containsWords('ngay hen tra ket qua', 'hen tra'), containsWords('ngay hen trai', 'hen tra')]).toEqual([true, false]);
  });
});
