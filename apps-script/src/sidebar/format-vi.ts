/** Numbers and dates as Vietnamese readers write them (UX.md): "1.234", "06/6/2024". */
import { ymdFromDay, type Day } from '../../../core/index.js';

/**
 * A whole number with dots between thousands.
 * @example formatCountVi(12480) // => "12.480"
 */
export function formatCountVi(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * "dd/m/yyyy": the day with two digits, the month without a leading zero (NĐ 30/2020 style).
 * @example formatDayVi(dayFromYmd({ y: 2024, m: 6, d: 6 })) // => "06/6/2024"
 */
export function formatDayVi(day: Day): string {
  const { y, m, d } = ymdFromDay(day);
  return `${d < 10 ? `0${d}` : d}/${m}/${y}`;
}
