/**
 * Resumable writing of a big data sheet. Apps Script stops a call after 6 minutes, and
 * in real Sheets the slow part is writing, not core's check. So each call reads the
 * sheet once, checks it (core is deterministic for the same cells and settings), and
 * writes only the next block of rows; the sidebar calls again with the token until
 * done. Nothing big is stored between calls (CacheService holds 100 KB a value, document
 * properties 9 KB): the token holds where to go on, a fingerprint of the plan (so a
 * change to the data between calls restarts the writing instead of mixing two results),
 * and the measured write cost, which sizes the next block to the time left.
 */
import type { DataSheetPlan, StatusRules } from '../../core/index.js';

/** Time one call may spend, leaving room under Apps Script's 6-minute limit. */
export const CALL_BUDGET_MS = 240_000;
/** Assumed cost of writing one row of the tool's block before a call has measured it (see bench). */
export const ASSUMED_WRITE_MS_PER_ROW = 2;
/** Block sizes stay within these bounds. */
export const MIN_CHUNK_ROWS = 1_000;
export const MAX_CHUNK_ROWS = 200_000;
/** Restarts allowed when the data keeps changing under the writer. */
export const MAX_RESTARTS = 1;

export interface CheckToken {
  v: 1;
  sheetId: number;
  sheetName: string;
  /** Offset (0-based, into plan.values) of the next row to write. */
  next: number;
  total: number;
  fingerprint: string;
  /** Measured write cost of the last block; null before any. */
  msPerRow: number | null;
  /** Fixed block size asked for by the caller (tests); null = sized by time. */
  chunkRows: number | null;
  restarts: number;
  /** The sheet was a live workbook before this check (the result then says its tabs need a run). */
  liveReplaced?: boolean;
}

/**
 * The plan without its trailing rows that hold no value. Core reads the sheet down to
 * its last filled row, and on a re-run that can be the tool's own legend below short
 * data; those rows are empty in the tool's block (its old block was just cleared), so
 * not writing them keeps a re-run, and every step of a chunked run, the same.
 * @example trimmedPlan(plan).values.length // => 9 when rows 11–13 only hold the legend
 */
export function trimmedPlan(plan: DataSheetPlan): DataSheetPlan {
  let last = plan.values.length;
  while (last > 0 && plan.values[last - 1].every((v) => v === null)) last--;
  if (last === plan.values.length) return plan;
  return { ...plan, values: plan.values.slice(0, last), lastRow: plan.headerRow + last, statusRules: shortenedRules(plan.statusRules, last) };
}

/** Status rules over the first `rows` rows only: trimmed rows are uncolored, so the rules only get shorter. */
export function shortenedRules(rules: StatusRules | null, rows: number): StatusRules | null {
  return rules && rows > 0 ? { ...rules, rows, ranges: rules.ranges.map((r) => ({ ...r, rows })) } : null;
}

/**
 * A 32-bit FNV-1a hash of what the writer writes: geometry, headings and values.
 * @example planFingerprint(plan) // => "9f1c0a3e"
 */
export function planFingerprint(plan: DataSheetPlan): string {
  const h = fingerprinter();
  h.add(`${plan.headerRow}|${plan.firstCol}|${plan.headings.join('|')}|${plan.numberFormats.join('|')}|${plan.values.length}`);
  for (let i = 0; i < plan.values.length; i++) for (const v of plan.values[i]) h.cell(v);
  return h.hex();
}

/** FNV-1a over texts, each ended by a separator, and cells typed so 1 and "1" differ: the tokens' fingerprints. */
export function fingerprinter(): { add: (text: string) => void; cell: (v: string | number | boolean | null) => void; hex: () => string } {
  let h = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  return { add, cell: (v) => add(v === null ? '\u0000' : `${typeof v}:${String(v)}`), hex: () => h.toString(16).padStart(8, '0') };
}

/**
 * How many rows the next block may have: a fixed size when asked, else what fits in the
 * time left at the measured (or assumed) cost per row.
 * @example chunkRowsFor({ elapsedMs: 40_000, msPerRow: 2, fixed: null, left: 500_000 }) // => 100000
 */
export function chunkRowsFor(options: { elapsedMs: number; msPerRow: number | null; fixed: number | null; left: number }): number {
  const { elapsedMs, msPerRow, fixed, left } = options;
  if (left <= 0) return 0;
  if (fixed !== null) return Math.min(left, Math.max(1, Math.floor(fixed)));
  const perRow = msPerRow !== null && msPerRow > 0 ? msPerRow : ASSUMED_WRITE_MS_PER_ROW;
  const fits = Math.floor((CALL_BUDGET_MS - elapsedMs) / perRow);
  return Math.min(left, MAX_CHUNK_ROWS, Math.max(MIN_CHUNK_ROWS, fits));
}

/** The token as text for the sidebar to hand back. */
export function encodeToken(token: CheckToken): string {
  return JSON.stringify(token);
}

/** A token's JSON object as the sidebar handed it back, or null when it is not JSON text; its fields are checked by the caller. */
export function parseTokenJson<T>(text: unknown): Partial<T> | null {
  if (typeof text !== 'string') return null;
  try {
    const t = JSON.parse(text) as Partial<T> | null;
    return t !== null && typeof t === 'object' ? t : null;
  } catch {
    return null;
  }
}

/** A non-negative integer, as a token's counters are. */
export const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** The token from the sidebar, or null when it is not one of ours. */
export function decodeToken(text: unknown): CheckToken | null {
  const t = parseTokenJson<CheckToken>(text);
  const isInt = isCount;
  if (!t || t.v !== 1 || !isInt(t.sheetId) || typeof t.sheetName !== 'string' || !isInt(t.next) || !isInt(t.total)) return null;
  if (typeof t.fingerprint !== 'string' || !isInt(t.restarts) || t.next > t.total) return null;
  const msPerRow = typeof t.msPerRow === 'number' && t.msPerRow > 0 ? t.msPerRow : null;
  const chunkRows = isInt(t.chunkRows) && t.chunkRows > 0 ? t.chunkRows : null;
  return { v: 1, sheetId: t.sheetId, sheetName: t.sheetName, next: t.next, total: t.total, fingerprint: t.fingerprint, msPerRow, chunkRows, restarts: t.restarts, ...(t.liveReplaced === true ? { liveReplaced: true } : {}) };
}
