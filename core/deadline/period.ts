import type { Parsed } from '../problem.js';

/**
 * How a resolution period is counted:
 * - `workingDays`: "05 ngày làm việc" (and a bare number, see parsePeriod);
 * - `calendarDays`: "10 ngày", "2 tuần" (14);
 * - `workingHours`: "8 giờ làm việc", "4 giờ", and fractions of a day ("1/2 ngày" = 4);
 * - `sameDay`: "Trong ngày", "Ngay trong ngày", "Trả ngay", "Ngay sau khi nhận đủ hồ sơ" (amount is 0);
 * - `months`: "01 tháng", "03 tháng kể từ …" (BLDS 2015 Điều 148.3, see months.ts).
 */
export type PeriodUnit = 'workingDays' | 'calendarDays' | 'workingHours' | 'sameDay' | 'months';

export interface Period {
  unit: PeriodUnit;
  amount: number;
}

/** Working hours in one working day (07:00–11:30 + 13:30–17:00), for fractions of a day. */
export const HOURS_PER_WORKING_DAY = 8;

/** Longest period accepted: ten years of days; anything longer is a misread cell. */
const MAX_DAYS = 3650;
const MAX_MONTHS = 120;

const SAME_DAY =
  /^(?:(?:giai quyet|tra ket qua|tra) ngay|(?:(?:giai quyet|tra ket qua|tra) )?(?:ngay )?trong ngay(?: lam viec)?(?: tiep nhan)?)(?:\s*[,;(.\-–].*)?$/;
/** "Ngay sau khi nhận đủ hồ sơ", "Giải quyết ngay khi nhận hồ sơ": at once, so the same day. */
const AT_ONCE = /^(?:(?:giai quyet|tra ket qua|tra) )?ngay (?:sau )?khi (?:tiep )?nhan\b/;
// Longest first: alternation takes the first match and does not come back.
const LEADING = /^(?:(?:trong thoi han|trong thoi gian|trong vong|trong|khong qua|toi da|thoi han|thoi gian|giai quyet)\s*:?\s*)+/;
const AMOUNT = /^(\d+)\s*\/\s*(\d+)|^(\d+(?:[.,]\d+)?)/;
const WORD = /^\(\s*[a-z ]+\s*\)\s*/; // "05 (năm) ngày"
const UNITS: ReadonlyArray<readonly [RegExp, 'workingDays' | 'calendarDays' | 'workingHours' | 'workingWeeks' | 'weeks' | 'minutes' | 'months']> = [
  [/^ngay lam viec/, 'workingDays'],
  [/^ngay/, 'calendarDays'],
  [/^gio(?: lam viec)?/, 'workingHours'],
  [/^phut(?: lam viec)?/, 'minutes'],
  [/^tuan lam viec/, 'workingWeeks'],
  [/^tuan/, 'weeks'],
  [/^thang/, 'months'],
];
/**
 * What may follow the unit: a remark after punctuation or "/" ("/hồ sơ"), or a qualifier as
 * procedure lists write them ("kể từ ngày nhận đủ hồ sơ", "đối với hồ sơ hợp lệ").
 */
const REST =
  /^(?:\s*[,;(.\-–/].*|\s+(?:ke tu|tinh tu|sau khi|doi voi|tu ngay|tu khi|trong truong hop|truong hop|neu|khi|cho|voi|ho so|moi ho so|mot ho so|ve viec)\b.*)?$/;

/** Lower-case, without diacritics (đ → d), single spaces: "05 NGÀY Làm  việc" → "05 ngay lam viec". */
function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a resolution period as exports write it, with or without diacritics, in any case
 * and Unicode form. Decisions:
 * - plain "ngày" is calendar days (Bộ luật Dân sự 2015 Điều 147–148): only "ngày làm việc"
 *   is working days, as the procedure texts say it whenever they mean it;
 * - a bare number ("15") is working days: exports put bare numbers in "Số ngày giải quyết"
 *   columns, and TTHC periods are stated in working days unless said otherwise;
 * - a fraction of a day ("1/2 ngày", "0,5 ngày", "1,5 ngày làm việc") becomes working
 *   hours at 8 hours a day; "N tuần" is 7N calendar days (BLDS Điều 148.2), "N tuần làm
 *   việc" 5N working days; minutes become hours;
 * - "N tháng" is months, ending on the corresponding day of the last month (BLDS 2015
 *   Điều 148.3); "Ngay sau khi nhận đủ hồ sơ" is the same day;
 * - 0, a fraction of a month, or anything longer than ten years is unreadable rather than
 *   guessed.
 * Leading words ("Không quá", "Trong thời hạn") and a trailing remark after a comma,
 * bracket, slash or a qualifier ("kể từ …", "đối với hồ sơ hợp lệ", "/hồ sơ") are allowed.
 * @example parsePeriod('05 ngày làm việc') // => { ok: true, value: { unit: 'workingDays', amount: 5 } }
 */
export function parsePeriod(text: string): Parsed<Period> {
  const folded = foldVietnamese(text);
  if (SAME_DAY.test(folded) || AT_ONCE.test(folded)) {
    return { ok: true, value: { unit: 'sameDay', amount: 0 } };
  }
  let s = folded.replace(LEADING, '');
  const amountMatch = AMOUNT.exec(s);
  if (!amountMatch) return unreadable();
  const amount =
    amountMatch[3] !== undefined
      ? Number(amountMatch[3].replace(',', '.'))
      : Number(amountMatch[1]) / Number(amountMatch[2]);
  s = s.slice(amountMatch[0].length).trimStart().replace(WORD, '');
  if (s === '') return toPeriod('workingDays', amount);
  for (const [re, unit] of UNITS) {
    const unitMatch = re.exec(s);
    if (!unitMatch) continue;
    if (!REST.test(s.slice(unitMatch[0].length))) return unreadable();
    switch (unit) {
      case 'minutes':
        return toPeriod('workingHours', amount / 60);
      case 'workingWeeks':
        return toPeriod('workingDays', amount * 5);
      case 'weeks':
        return toPeriod('calendarDays', amount * 7);
      case 'months':
        return Number.isInteger(amount) && amount >= 1 && amount <= MAX_MONTHS ? { ok: true, value: { unit: 'months', amount } } : unreadable();
      default:
        return toPeriod(unit, amount);
    }
  }
  return unreadable();
}

function toPeriod(unit: 'workingDays' | 'calendarDays' | 'workingHours', amount: number): Parsed<Period> {
  if (!Number.isFinite(amount) || amount <= 0) return unreadable();
  if (unit === 'workingHours') {
    return amount > MAX_DAYS * HOURS_PER_WORKING_DAY ? unreadable() : { ok: true, value: { unit, amount } };
  }
  if (amount > MAX_DAYS) return unreadable();
  if (!Number.isInteger(amount)) return { ok: true, value: { unit: 'workingHours', amount: amount * HOURS_PER_WORKING_DAY } };
  return { ok: true, value: { unit, amount } };
}

function unreadable(): Parsed<Period> {
  return { ok: false, code: 'period.unreadable' };
}
