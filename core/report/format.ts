/**
 * Vietnamese numbers and dates for report text (document-format.md §4). Cells keep
 * numbers and Day serials with a format code; these helpers are for text lines only.
 * No Intl, no Date: the output never depends on the host's locale or zone.
 */
import { pad2, ymdFromDay, type Day } from '../calendar/day.js';
import { REPORT_LABELS } from '../labels.vi.js';

/**
 * Millimetres to points (1 mm = 72 / 25.4 pt), rounded to 0.1 pt: Office.js widths are points.
 * @example ptFromMm(16.5) // => 46.8
 */
export function ptFromMm(mm: number): number {
  return Math.round((mm * 72 * 10) / 25.4) / 10;
}

/**
 * A count with "." grouping thousands, as the vi locale writes it.
 * @example formatCount(19630) // => "19.630"
 */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * A ratio as a percentage with a decimal comma and no space before "%"; "-" when the
 * ratio is null (zero denominator).
 * @example formatPercent(0.9875) // => "98,75%"
 */
export function formatPercent(ratio: number | null, decimals = 2): string {
  if (ratio === null || !Number.isFinite(ratio)) return '-';
  return `${formatDecimal(ratio * 100, decimals)}%`;
}

/**
 * A decimal number with "." grouping and "," as the decimal sign.
 * @example formatDecimal(1234.5, 2) // => "1.234,50"
 */
export function formatDecimal(x: number, decimals: number): string {
  const fixed = Math.abs(x).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const sign = x < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + formatCount(Number(whole)) + (fraction === undefined ? '' : `,${fraction}`);
}

/**
 * Day and month as the NĐ 30/2020 date line writes them: a leading zero for days 1–9
 * and for months 1 and 2 only.
 * Legal source: NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II.4 (thời gian ban hành).
 * @example ymdNd30(dayFromYmd({ y: 2020, m: 1, d: 5 })) // => { d: "05", m: "01", y: "2020" }
 */
export function ymdNd30(day: Day): { d: string; m: string; y: string } {
  const { y, m, d } = ymdFromDay(day);
  return { d: pad2(d), m: m <= 2 ? pad2(m) : String(m), y: String(y) };
}

/**
 * The short date of running text and title lines: "06/6/2024", "05/01/2025"
 * (document-format.md §4.1; same leading-zero rule as the date line).
 * @example formatShortDate(dayFromYmd({ y: 2024, m: 6, d: 6 })) // => "06/6/2024"
 */
export function formatShortDate(day: Day): string {
  const { d, m, y } = ymdNd30(day);
  return `${d}/${m}/${y}`;
}

/**
 * The date line under a report: "Kon Tum, ngày 06 tháng 6 năm 2024"; without a place
 * name the place is left as dots for the office to fill in.
 * Legal source: NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II.4.
 * @example formatDateLine('Kon Tum', dayFromYmd({ y: 2024, m: 6, d: 6 })) // => "Kon Tum, ngày 06 tháng 6 năm 2024"
 */
export function formatDateLine(place: string, day: Day): string {
  const { d, m, y } = ymdNd30(day);
  return REPORT_LABELS.dateLine(place.trim() === '' ? REPORT_LABELS.placeholder : place.trim(), d, m, y);
}

/**
 * Roman numerals for appendix and group numbers (NĐ 30: "Phụ lục" numbered in Roman).
 * @example toRoman(14) // => "XIV"
 */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`toRoman: n must be an integer 1–3999, got ${n}`);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * The number of a group row: Roman as NĐ 30 numbers sections ("I.", "II."), Arabic past
 * 3999 where Roman numerals stop.
 * @example groupNumber(4) // => "IV"
 */
export function groupNumber(n: number): string {
  return n <= 3999 ? toRoman(n) : String(n);
}

const VI_COLLATOR = new Intl.Collator('vi');

/**
 * Compares labels the way a Vietnamese reader sorts them (diacritics after the base letter).
 * @example ['Đất đai', 'Hộ tịch', 'Chứng thực'].sort(compareVi) // => ['Chứng thực', 'Đất đai', 'Hộ tịch']
 */
export function compareVi(a: string, b: string): number {
  return VI_COLLATOR.compare(a, b);
}
