import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period.js';

const ok = (unit: string, amount: number) => ({ ok: true, value: { unit, amount } });
const unreadable = { ok: false, code: 'period.unreadable' };

describe('parsePeriod', () => {
  it.each([
    ['05 ngày làm việc', ok('workingDays', 5)],
    ['05 ngay lam viec', ok('workingDays', 5)],
    ['05 NGÀY LÀM VIỆC', ok('workingDays', 5)],
    ['5 ngày', ok('calendarDays', 5)],
    ['03 ngày', ok('calendarDays', 3)],
    ['10 ngày', ok('calendarDays', 10)],
    ['8 giờ làm việc', ok('workingHours', 8)],
    ['4 giờ', ok('workingHours', 4)],
    ['4 gio', ok('workingHours', 4)],
    ['30 phút', ok('workingHours', 0.5)],
    ['Trong ngày', ok('sameDay', 0)],
    ['Ngay trong ngày', ok('sameDay', 0)],
    ['Trả ngay', ok('sameDay', 0)],
    ['trong ngay lam viec', ok('sameDay', 0)],
    ['Trong ngày (trường hợp tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)', ok('sameDay', 0)],
    ['1/2 ngày', ok('workingHours', 4)],
    ['0,5 ngày', ok('workingHours', 4)],
    ['0.5 ngày làm việc', ok('workingHours', 4)],
    ['1,5 ngày làm việc', ok('workingHours', 12)],
    ['15', ok('workingDays', 15)],
    ['2 tuần', ok('calendarDays', 14)],
    ['Không quá 05 ngày làm việc', ok('workingDays', 5)],
    ['Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', ok('workingDays', 10)],
    ['Trong vòng 03 ngày', ok('calendarDays', 3)],
    ['05 (năm) ngày làm việc', ok('workingDays', 5)],
    ['20 ngày làm việc; trường hợp phải xác minh thì không quá 30 ngày', ok('workingDays', 20)],
  ])('reads %j', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it('reads NFD text (decomposed diacritics) like NFC', () => {
    expect(parsePeriod('05 ngày làm việc'.normalize('NFD'))).toEqual(ok('workingDays', 5));
    expect(parsePeriod('Ngay trong ngày'.normalize('NFD'))).toEqual(ok('sameDay', 0));
  });

  it.each(['', 'abc', 'ngày', 'Trả', '0', '0 ngày', '1,5 tháng', '0 tháng', '121 tháng', '5 ngày xyz', '99999 ngày', 'ngày làm việc', '05 ngày làm việc và 10 ngày'])(
    'does not guess %j',
    (text) => {
      expect(parsePeriod(text)).toEqual(unreadable);
    },
  );
});
