/**
 * Reads back a Biểu 06a tab that this tool made (core/report/form-06a.ts), so a unit can
 * send its form instead of its data: the form code or title, the 13-column code row
 * "(1)"…"(13)", the period line and the counted rows.
 */
import { dayFromYmd, isValidYmd, type Day } from '../calendar/day.js';
import { cellText } from '../import/cells.js';
import { normalizeKey } from '../import/normalize.js';
import type { InputCell, SheetGrid } from '../import/read-result.js';
import { REPORT_LABELS } from '../labels.vi.js';
import { COUNT_KEYS, emptyCounts06a, type Counts06a } from '../report/counts-06a.js';

/** What a tool-made 06a holds. */
export interface Form06aRead {
  /** "Đơn vị báo cáo" as filled in, or null. */
  reportingUnit: string | null;
  /** The period of the "(Từ ngày … đến ngày …)" line, or null when there is none. */
  period: { from: Day; to: Day } | null;
  /** The period line as written (for messages). */
  periodText: string | null;
  /** Column (2) is "Đơn vị": each counted row is a unit. */
  byUnit: boolean;
  /** Counted (numbered) rows, in sheet order. */
  rows: { label: string; counts: Counts06a }[];
  /** The "Tổng cộng" row; the sum of `rows` when the form has none. */
  total: Counts06a;
}

const CODE_COLS = 13;
const HEADER_SCAN_ROWS = 12;
const DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4})/g;

const key = (value: InputCell) => normalizeKey(cellText(value));
const L = REPORT_LABELS.form06a;
const MARKERS = new Set([normalizeKey(L.formCode), normalizeKey(L.title)]);

/**
 * The 06a in a grid, or null when the grid is not a 06a made by this tool.
 * @example readForm06a(grid)?.total.received // => 318
 */
export function readForm06a(grid: SheetGrid): Form06aRead | null {
  const cells = grid.cells;
  const codeIdx = findCodeRow(cells);
  if (codeIdx < 0) return null;
  if (!cells.slice(0, codeIdx).some((row) => (row ?? []).some((cell) => MARKERS.has(key(cell))))) return null;

  const unitHead = normalizeKey(L.rowHeadUnit);
  const byUnit = cells.slice(Math.max(0, codeIdx - 3), codeIdx).some((row) => key(row?.[1]) === unitHead);
  const totalKey = normalizeKey(REPORT_LABELS.total);
  const rows: Form06aRead['rows'] = [];
  let total: Counts06a | null = null;
  for (let i = codeIdx + 1; i < cells.length; i++) {
    const row = cells[i] ?? [];
    const counts = countsOf(row);
    if (key(row[0]) === totalKey) {
      total = counts;
      break;
    }
    // Numbered rows only: bold subtotal and section rows have no STT and would count twice.
    if (counts !== null && typeof row[0] === 'number') rows.push({ label: cellText(row[1]), counts });
  }
  const { period, periodText } = findPeriod(cells.slice(0, codeIdx));
  return {
    reportingUnit: findReportingUnit(cells.slice(0, Math.min(codeIdx, HEADER_SCAN_ROWS))),
    period,
    periodText,
    byUnit,
    rows,
    total: total ?? sum(rows.map((r) => r.counts)),
  };
}

function findCodeRow(cells: readonly (readonly InputCell[] | undefined)[]): number {
  const limit = Math.min(cells.length, 40);
  outer: for (let i = 0; i < limit; i++) {
    const row = cells[i] ?? [];
    for (let c = 0; c < CODE_COLS; c++) if (cellText(row[c]) !== `(${c + 1})`) continue outer;
    return i;
  }
  return -1;
}

/** Columns C–M as counts; null unless all eleven are whole numbers. */
function countsOf(row: readonly InputCell[]): Counts06a | null {
  const counts = emptyCounts06a();
  for (let k = 0; k < COUNT_KEYS.length; k++) {
    const n = wholeNumber(row[2 + k]);
    if (n === null) return null;
    counts[COUNT_KEYS[k]] = n;
  }
  return counts;
}

function wholeNumber(cell: InputCell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  // "1.234" is one thousand two hundred thirty-four in Vietnamese writing.
  return /^\d{1,3}(?:\.\d{3})*$|^\d+$/.test(text) ? Number(text.replace(/\./g, '')) : null;
}

function sum(rows: readonly Counts06a[]): Counts06a {
  const total = emptyCounts06a();
  for (const row of rows) for (const k of COUNT_KEYS) total[k] += row[k];
  return total;
}

function findPeriod(rows: readonly (readonly InputCell[] | undefined)[]): { period: Form06aRead['period']; periodText: string | null } {
  for (const row of rows) {
    for (const cell of row ?? []) {
      if (typeof cell !== 'string') continue;
      const days = [...cell.matchAll(DATE)].map((m) => ({ y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) }));
      if (days.length !== 2) continue;
      const text = cell.trim();
      if (!days.every(isValidYmd)) return { period: null, periodText: text };
      const [from, to] = days.map(dayFromYmd);
      return { period: from <= to ? { from, to } : null, periodText: text };
    }
  }
  return { period: null, periodText: null };
}

/** The first filled cell under the "Đơn vị báo cáo:" label, unless it is the next label. */
function findReportingUnit(rows: readonly (readonly InputCell[] | undefined)[]): string | null {
  const label = normalizeKey(L.reportingUnit);
  const next = normalizeKey(L.receivingUnit);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (key(row[c]) !== label) continue;
      for (let below = r + 1; below < rows.length; below++) {
        const text = cellText(rows[below]?.[c]);
        if (text === '') continue;
        return normalizeKey(text) === next ? null : text;
      }
      return null;
    }
  }
  return null;
}
