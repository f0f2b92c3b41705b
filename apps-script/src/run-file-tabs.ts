/// <reference types="google-apps-script" />
/**
 * "Tổng hợp từ tệp…" on the server. The sidebar reads and parses the files and runs core's
 * consolidate() itself (the files never reach the server), with the office's settings from
 * officeSettingsFor (the "Ngày nghỉ" tab joins the calendar, as the sheets' Tổng hợp
 * reads it). It then sends the tab plans cut into parts (core's slicePlan) in blocks of at
 * most FILE_BLOCK_BYTES of JSON; writeTabSlices writes the parts in order while the
 * call's time budget allows, the same budget and tab writer as run-tabs.ts, and says how
 * many it wrote: the sidebar sends the rest in the next call. A part written twice (a
 * call repeated after a lost answer) writes the same cells again, so a repeat is safe.
 */
import type { Settings } from '../../core/index.js';
import { officeSettings } from './analyse.js';
import { CALL_BUDGET_MS, isCount, parseTokenJson } from './chunks.js';
import { SIDEBAR_LABELS } from './labels.vi.js';
import { UserFacingError } from './rpc.js';
import type { FileSlicesRequest, FileSlicesStep, OfficeSettings } from './rpc-files-types.js';
import { saveSettings } from './settings-io.js';
import { applyTabSlice } from './tab-io.js';

interface SlicesToken {
  v: 1;
  kind: 'file-slices';
  /** Tabs written so far, by their names in the spreadsheet. */
  names: string[];
  /** Slowest part so far, after a flush. */
  msPerSlice: number | null;
}

/** Saves the settings and returns them with the office's own days off, as the sheets' Tổng hợp uses them. */
export function officeSettingsFor(request: { settings: Settings }): OfficeSettings {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return officeSettings(ss, saveSettings(request.settings), ss.getSpreadsheetTimeZone());
}

/** Writes the block's parts in order while time allows; the last part of all shows the first tab. */
export function writeTabSlices(request: FileSlicesRequest, t0 = Date.now()): FileSlicesStep {
  const token = decodeSlicesToken(request.token);
  if (token === null || !Array.isArray(request.slices) || !isCount(request.total)) throw new UserFacingError(SIDEBAR_LABELS.errors.fileTabsInvalid);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const names = [...token.names];
  let msPerSlice = token.msPerSlice;
  let written = 0;
  for (const item of request.slices) {
    if (written > 0 && Date.now() - t0 + (msPerSlice ?? 0) > CALL_BUDGET_MS) break;
    const tw = Date.now();
    const sheet = applyTabSlice(ss, item.slice);
    if (sheet === null) throw new UserFacingError(SIDEBAR_LABELS.errors.fileTabsInvalid);
    if (names.indexOf(sheet.getName()) < 0) names.push(sheet.getName());
    // The service queues writes; flush so the measured time is the real cost of the part.
    SpreadsheetApp.flush();
    const ms = Date.now() - tw;
    msPerSlice = msPerSlice === null ? ms : Math.max(msPerSlice, ms);
    written++;
    if (item.index === request.total - 1 && names.length > 0) ss.getSheetByName(names[0])?.activate();
  }
  const next: SlicesToken = { v: 1, kind: 'file-slices', names, msPerSlice };
  return { written, sheetNames: names, token: JSON.stringify(next) };
}

function decodeSlicesToken(text: unknown): SlicesToken | null {
  if (text === null || text === undefined) return { v: 1, kind: 'file-slices', names: [], msPerSlice: null };
  const t = parseTokenJson<SlicesToken>(text);
  if (!t || t.v !== 1 || t.kind !== 'file-slices' || !Array.isArray(t.names) || !t.names.every((n) => typeof n === 'string')) return null;
  return { v: 1, kind: 'file-slices', names: t.names, msPerSlice: typeof t.msPerSlice === 'number' && t.msPerSlice >= 0 ? t.msPerSlice : null };
}
