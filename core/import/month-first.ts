/**
 * Paste hazard: an en-US spreadsheet reads "05/03/2024" as 3 May (a real date) and leaves
 * "15/03/2024" as text, because there is no month 15. A column that mixes such text with
 * real dates had its real dates read month-first; swapping day and month restores them.
 */
import { dayFromYmd, ymdFromDay, type Stamp } from '../calendar/day.js';
import type { InputCell } from './read-result.js';
import { dateCellKind } from './parse-date.js';

export interface MonthFirstRepair {
  /** The column's stamps with the month-first ones swapped back (a new array). */
  stamps: (Stamp | null)[];
  /** Indexes (into the inputs) of the stamps that were swapped. */
  repaired: number[];
}

/**
 * Repairs one date column. Evidence: text dates with day > 12 next to real dates (serials,
 * or Apps Script's rendering of them) and no real date with day > 12, which a month-first
 * reading can never produce. Disproof: a day-first text date with day ≤ 12 ("05/03/2024"
 * still text), which an en-US paste would have converted, so the real dates were typed as
 * such. Only with evidence and no disproof is every real date with day ≤ 12 and month ≤ 12
 * swapped (time kept). A column of real dates only is never touched.
 * @example repairMonthFirst(['15/03/2024', 45415], parsed) // 45415 (2024-05-03) becomes 2024-03-05
 */
export function repairMonthFirst(cells: readonly InputCell[], stamps: readonly (Stamp | null)[]): MonthFirstRepair {
  let textDayOver12 = false;
  const candidates: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const stamp = stamps[i];
    if (stamp === null || stamp === undefined) continue;
    const kind = dateCellKind(cells[i]);
    const { d, m } = ymdFromDay(stamp.day);
    if (kind === 'dayFirstText') {
      // An en-US paste converts every text date with day ≤ 12; one left as text disproves it.
      if (d <= 12) return { stamps: [...stamps], repaired: [] };
      textDayOver12 = true;
    } else if (kind === 'serial' || kind === 'adapterText') {
      if (d > 12) return { stamps: [...stamps], repaired: [] };
      if (d !== m) candidates.push(i);
    }
  }
  if (!textDayOver12 || candidates.length === 0) return { stamps: [...stamps], repaired: [] };
  const out = [...stamps];
  for (const i of candidates) {
    const stamp = stamps[i] as Stamp;
    const { y, m, d } = ymdFromDay(stamp.day);
    out[i] = { day: dayFromYmd({ y, m: d, d: m }), sec: stamp.sec };
  }
  return { stamps: out, repaired: candidates };
}
