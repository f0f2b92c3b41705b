/**
 * The token of a resumable "Tạo phụ lục" / "Tổng hợp" (see run-tabs.ts): which request,
 * the next tab to write, a fingerprint of the plans (a change restarts the writing) and
 * the measured cost of a tab. Small: it travels through google.script.run.
 */
import type { SheetPlan } from '../../core/index.js';
import { fingerprinter, isCount, parseTokenJson } from './chunks.js';

export interface TabsToken {
  v: 1;
  kind: 'reports' | 'consolidate';
  /** The data sheet of "Tạo phụ lục". */
  sheetName: string;
  /** The ticked sheets of "Tổng hợp". */
  sheetNames: string[];
  next: number;
  fingerprint: string;
  msPerTab: number | null;
  /** Fixed number of tabs a call writes (tests); null = by time. */
  tabsPerCall: number | null;
  /** Names the tabs were written under so far, by plan index. */
  written: (string | null)[];
}

/**
 * A 32-bit FNV-1a hash of the plans' names and cells.
 * @example plansFingerprint(plans) // => "5c0e91a2"
 */
export function plansFingerprint(plans: readonly SheetPlan[]): string {
  const h = fingerprinter();
  for (const plan of plans) {
    h.add(plan.name);
    for (const line of plan.cells) for (const v of line) h.cell(v);
  }
  return h.hex();
}

export function encodeTabsToken(token: TabsToken): string {
  return JSON.stringify(token);
}

/** The token from the pane, or null when it is not one of ours. */
export function decodeTabsToken(text: unknown): TabsToken | null {
  const t = parseTokenJson<TabsToken>(text);
  const isInt = isCount;
  if (!t || t.v !== 1 || (t.kind !== 'reports' && t.kind !== 'consolidate') || typeof t.sheetName !== 'string') return null;
  if (!Array.isArray(t.sheetNames) || !t.sheetNames.every((n) => typeof n === 'string') || !isInt(t.next) || typeof t.fingerprint !== 'string') return null;
  if (!Array.isArray(t.written) || !t.written.every((n) => n === null || typeof n === 'string')) return null;
  return {
    v: 1,
    kind: t.kind,
    sheetName: t.sheetName,
    sheetNames: t.sheetNames,
    next: t.next,
    fingerprint: t.fingerprint,
    msPerTab: typeof t.msPerTab === 'number' && t.msPerTab >= 0 ? t.msPerTab : null,
    tabsPerCall: isInt(t.tabsPerCall) && t.tabsPerCall > 0 ? t.tabsPerCall : null,
    written: t.written,
  };
}
