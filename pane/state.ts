/**
 * The pane's pure logic, shared by both hosts and tested without a browser: what the
 * first screen summarises, the bar chart, the result lists and their pages, date fields.
 */
import {
  dayFromYmd,
  FIELD_LABELS,
  formatShortDate,
  isoWeekday,
  isValidYmd,
  pad2,
  parseDateText,
  periodLabel,
  PROBLEM_MESSAGES,
  STATUS_COLORS,
  STATUS_LABELS,
  STATUS_ORDER,
  ymdFromDay,
  type Day,
  type Field,
  type Settings,
  type Status,
} from '../core/index.js';
import { PANE_LABELS as L } from './labels.vi.js';
import type { PaneProblem, SheetView } from './model.js';

/** Fields whose absence changes the statuses (not only a report column): the mapping opens in amber. */
export const RESULT_FIELDS: readonly Field[] = ['received', 'due', 'finished', 'actualResult', 'status'];

/** Fields in the order a user checks them (the dates that decide lateness first). */
export const FIELD_ORDER: readonly Field[] = [
  'code', 'received', 'due', 'finished', 'actualResult', 'status', 'unit', 'officer', 'field', 'channel',
  'extendedDue', 'returned', 'procedure', 'applicant', 'submitted', 'period', 'remarks',
];

export interface MappingSummary {
  /** Fields found (by core or by the user). */
  found: number;
  /** Result-changing fields not found, in FIELD_ORDER. */
  missing: Field[];
}

/** "Đã nhận ra 9 cột", and the fields that must open the mapping in amber. */
export function mappingSummary(view: SheetView): MappingSummary {
  const mapped: Partial<Record<Field, boolean>> = {};
  let found = 0;
  for (const f of view.fields) {
    if (f.letter !== null) {
      mapped[f.field] = true;
      found++;
    }
  }
  return { found, missing: RESULT_FIELDS.filter((f) => !mapped[f]) };
}

/** "Tháng 6 năm 2024 (15/5 – 14/6)"; a custom period as "Từ ngày … đến ngày …" (core's periodLabel). */
export function periodLine(settings: Settings): string {
  const p = settings.period;
  const name = periodLabel(p);
  if (p.preset === 'custom' || name.indexOf(formatShortDate(p.from)) >= 0) return name;
  const dayMonth = (d: Day) => formatShortDate(d).split('/').slice(0, 2).join('/');
  return L.period.line(name, dayMonth(p.from), dayMonth(p.to));
}

export interface Bar {
  status: Status;
  label: string;
  count: number;
  /** Bar length, 0–100, relative to the largest count. */
  percent: number;
  fill: string;
  border: string;
}

/** One bar per status present, in UX.md order, in the status colors. */
export function countBars(counts: Record<Status, number>): Bar[] {
  let max = 0;
  for (const s of STATUS_ORDER) max = Math.max(max, counts[s] || 0);
  return STATUS_ORDER.filter((s) => (counts[s] || 0) > 0).map((status) => {
    const c = STATUS_COLORS[status];
    return {
      status,
      label: STATUS_LABELS[status],
      count: counts[status],
      percent: Math.max(2, Math.round((counts[status] / max) * 100)),
      // "Trong hạn" and "Thiếu…" have no fill on the sheet: a pale grey bar with the text color as border.
      fill: c.fill || '#F2F2F2',
      border: c.fontColor || '#A6A6A6',
    };
  });
}

/**
 * A list of the results view: a title and which problems belong to it. A new list (from a
 * new check-result field or problem code) is one more line in RESULT_LISTS.
 */
export interface ResultList {
  id: string;
  title: (n: string) => string;
  matches: (p: PaneProblem) => boolean;
}

export const RESULT_LISTS: readonly ResultList[] = [
  { id: 'system-due', title: L.results.systemDue, matches: (p) => p.code === 'due.systemDiffers' },
  { id: 'projected', title: L.results.projected, matches: (p) => p.code === 'calendar.undecidedDays' || p.code === 'calendar.projected' || p.code === 'calendar.pendingDaysOff' },
];

export interface ListedProblems {
  lists: { id: string; title: string; items: PaneProblem[] }[];
  /** Everything no list claimed: "Vấn đề cần xem". */
  rest: PaneProblem[];
}

/** Splits the problems into the special lists (only those with items) and the rest. */
export function listProblems(problems: readonly PaneProblem[], count: (n: number) => string): ListedProblems {
  const buckets: PaneProblem[][] = RESULT_LISTS.map(() => []);
  const rest: PaneProblem[] = [];
  for (const p of problems) {
    let placed = false;
    for (let i = 0; i < RESULT_LISTS.length && !placed; i++) {
      if (RESULT_LISTS[i].matches(p)) {
        buckets[i].push(p);
        placed = true;
      }
    }
    if (!placed) rest.push(p);
  }
  const lists = RESULT_LISTS.map((l, i) => ({ id: l.id, title: l.title(count(buckets[i].length)), items: buckets[i] })).filter((l) => l.items.length > 0);
  return { lists, rest };
}

/** Problems shown per page. */
export const PROBLEM_PAGE = 50;

/** The next page size: how many more a "Xem thêm" click adds. */
export function nextPage(shown: number, total: number): number {
  return Math.min(total, shown + PROBLEM_PAGE);
}

/** "Dòng 12, cột F" and the sentence of a problem. */
export function problemText(p: PaneProblem): { where: string; what: string } {
  const where = p.row > 0 ? L.results.at(p.row, p.columnLetter || '') : L.results.wholeSheet;
  const message = (PROBLEM_MESSAGES as Record<string, string | undefined>)[p.code] || p.detail || p.code;
  const column = p.column ? `(${p.column})` : '';
  const found = p.value ? L.results.found(p.value) : '';
  return { where, what: [message, column, found].filter((s) => s !== '').join(' ') };
}

/** A day in a date field: always day first, "14/06/2024". */
export function formatDayField(day: Day): string {
  const { y, m, d } = ymdFromDay(day);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** What the user typed in a date field, read by core's date parser (never month-first); null when it is not a date. */
export function parseDayField(text: string): Day | null {
  const parsed = parseDateText(text);
  return parsed.ok ? parsed.value.day : null;
}

export interface Month {
  y: number;
  m: number;
}

export function monthOf(day: Day): Month {
  const { y, m } = ymdFromDay(day);
  return { y, m };
}

export function addMonths(month: Month, n: number): Month {
  const index = month.y * 12 + (month.m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** The month's weeks, Monday first; days of other months are null. */
export function calendarWeeks(month: Month): (Day | null)[][] {
  const first = dayFromYmd({ y: month.y, m: month.m, d: 1 });
  const lead = isoWeekday(first) - 1;
  const cells: (Day | null)[] = [];
  for (let i = 0; i < lead; i++) cells.push(null);
  for (let d = 1; d <= 31 && isValidYmd({ y: month.y, m: month.m, d }); d++) cells.push((first + d - 1) as Day);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (Day | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The field name as the mapping shows it. */
export function fieldLabel(field: Field): string {
  return FIELD_LABELS[field];
}
