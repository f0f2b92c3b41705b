import { describe, expect, it } from 'vitest';
import { parseChannel } from './parse-channel.js';

const is = (value: string) => ({ ok: true, value });

describe('parseChannel', () => {
  it.each([
    ['Trực tuyến', 'online'], ['Trực tiếp', 'direct'], ['Qua bưu chính công ích', 'postal'], ['BCCI', 'postal'],
    ['TRUC TUYEN', 'online'], ['Nộp trực tuyến qua Cổng DVC quốc gia', 'online'], ['Mức 4', 'online'],
    ['Trực tiếp tại Bộ phận một cửa', 'direct'], ['Dịch vụ BCCI', 'postal'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseChannel(text)).toEqual(is(expected));
  });

  it.each([
    ['DVCTT'], ['VNeID'], ['Cổng DVC quốc gia'], ['Ki-ốt'], ['Kiosk'], ['Ki ốt thông minh'], ['Nộp qua ứng dụng VNeID'],
    ['Cổng dịch vụ công quốc gia'], ['DVCQG'], ['Cổng DVC tỉnh'], ['Qua ki-ốt tại xã'],
  ])('reads %j as online (06a column 4)', (text) => {
    expect(parseChannel(text)).toEqual(is('online'));
  });

  it('keeps direct and postal apart from the new online words', () => {
    expect(['Trực tiếp tại Trung tâm Phục vụ hành chính công', 'Bưu chính công ích'].map((t) => parseChannel(t))).toEqual([is('direct'), is('postal')]);
  });

  it('reads Kênh thực hiện codes: 1 direct, 2 online, 3 postal', () => {
    expect([1, '2', 3].map((v) => parseChannel(v))).toEqual([is('direct'), is('online'), is('postal')]);
  });

  it('reads a "Trực tuyến" flag column: yes is online, no is direct', () => {
    expect([true, false, 'x', 'X', 'Có', 'true', '1', 1, '✓', 'Không', 'false', 0].map((v) => parseChannel(v, true))).toEqual([
      is('online'), is('direct'), is('online'), is('online'), is('online'), is('online'), is('online'), is('online'),
      is('online'), is('direct'), is('direct'), is('direct'),
    ]);
  });

  it('reports text it does not know', () => {
    expect(parseChannel('Fax')).toEqual({ ok: false, code: 'channel.unknown' });
    expect(parseChannel(true)).toEqual({ ok: false, code: 'channel.unknown' });
    expect(parseChannel(7)).toEqual({ ok: false, code: 'channel.unknown' });
  });
});
