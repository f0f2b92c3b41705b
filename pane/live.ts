/** The sentences after "Xuất sổ tự tính": what follows formulas, what stays fixed and why, the calendar years, the report-date cell. */
import { DAYS_OFF_SHEET_NAME, formatCount } from '../core/index.js';
import { PANE_LABELS as L } from './labels.vi.js';
import type { LiveSummary } from './model.js';

/**
 * The summary line of a live export.
 * @example liveMessage({ sheetName: 'Hồ sơ', liveRows: 1234, fixedRows: 2, … }) // => 'Đã xuất sổ tự tính trên trang "Hồ sơ": 1.234 dòng tự tính, 2 dòng cố định.'
 */
export function liveMessage(s: LiveSummary): string {
  return L.live.done(s.sheetName, formatCount(s.liveRows), formatCount(s.fixedRows));
}

/** The notes under it: the host's first (an old Excel), then why rows are fixed, the years, the report-date cell, the tabs. */
export function liveNotes(s: LiveSummary): string[] {
  const notes = [...s.notes];
  if (s.fixedReasons.length > 0) notes.push(L.live.fixed(s.fixedReasons.map((f) => L.live.fixedPart(formatCount(f.rows), f.reason)).join('; ')));
  const calendar = s.tabs.filter((t) => t.indexOf(DAYS_OFF_SHEET_NAME) === 0)[0] ?? DAYS_OFF_SHEET_NAME;
  if (s.years.length > 0) notes.push(L.live.years(yearsText(s.years), calendar));
  notes.push(L.live.asOf(s.asOfCell));
  if (s.liveTabs.length > 0) notes.push(L.live.liveTabs(s.liveTabs.join(', ')));
  const lists = s.tabs.filter((t) => t !== calendar && s.liveTabs.indexOf(t) < 0);
  if (lists.length > 0) notes.push(L.live.listTabs(lists.join(', ')));
  return notes;
}

/** "2024–2026", or "2025" for one year. */
export function yearsText(years: readonly number[]): string {
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}
