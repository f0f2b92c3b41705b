/**
 * The spreadsheet's locale decides how Sheets reads typed and imported dates: in a
 * month-first locale (en_US…) a CSV's "05/03/2025" arrives as 3 May. Core repairs a
 * column when the evidence is there (text dates with day > 12 beside real dates,
 * core/import/month-first.ts); the locale tells when to warn even without it.
 */

/** Locales whose Sheets date input is month/day/year. */
const MONTH_FIRST = new Set(['en_US', 'en_PH', 'es_US', 'fil_PH', 'en_BZ', 'en_FM', 'en_MH', 'en_PW', 'en_AS', 'en_GU', 'en_UM', 'en_VI', 'en_PR', 'en_MP']);

/**
 * @example isMonthFirstLocale('en_US') // => true
 * @example isMonthFirstLocale('vi_VN') // => false
 */
export function isMonthFirstLocale(locale: string): boolean {
  return MONTH_FIRST.has(locale.replace('-', '_'));
}
