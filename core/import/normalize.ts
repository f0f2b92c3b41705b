/**
 * Text folding for matching headings and labels: the same key whatever the
 * Unicode form (NFC/NFD), case, Vietnamese diacritics, spacing or punctuation.
 */

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const D_STROKE = /[đĐ]/g;
const NOT_ALNUM = /[^a-z0-9]+/g;

/**
 * Lower case without diacritics; keeps spaces and punctuation.
 * `đ` has no decomposition in Unicode, so it is mapped to `d` by hand.
 * @example foldText('Ngày HẸN trả') // => 'ngay hen tra'
 */
export function foldText(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_STROKE, 'd').toLowerCase();
}

/**
 * The matching key of a heading or label: folded, every run of anything but
 * a–z/0–9 turned into one space, trimmed.
 * @example normalizeKey('Đơn vị/ cá nhân giải quyết') // => 'don vi ca nhan giai quyet'
 */
export function normalizeKey(text: string): string {
  return foldText(text).replace(NOT_ALNUM, ' ').trim();
}

/** True when `key` holds `phrase` as whole words (both already normalized). */
export function containsWords(key: string, phrase: string): boolean {
  if (phrase.length > key.length) return false;
  if (key === phrase) return true;
  return ` ${key} `.includes(` ${phrase} `);
}
