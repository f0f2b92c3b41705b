/// <reference types="google-apps-script" />
/**
 * "Kiểm tra hạn" as resumable steps (design in chunks.ts): startCheck writes the frame
 * and the first block of rows, continueCheck the next blocks until done. Each call makes
 * a fixed number of service calls; only the size of the arrays grows with the sheet.
 */
import { isLiveBlock, type DataSheetPlan } from '../../core/index.js';
import { analyse, sheetByName, type Analysis } from './analyse.js';
import { dataSheetFor, rememberDataSheet } from './data-sheet.js';
import {
  chunkRowsFor,
  decodeToken,
  encodeToken,
  MAX_RESTARTS,
  planFingerprint,
  trimmedPlan,
  type CheckToken,
} from './chunks.js';
import { SIDEBAR_LABELS } from './labels.vi.js';
import { summaryFrom } from './preview.js';
import { UserFacingError } from './rpc.js';
import type { CheckRequest, CheckStep } from './rpc-types.js';
import { loadSettings, saveSettings, today } from './settings-io.js';
import { applyDataFrame, applyDataRows } from './sheets-io.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * First step: saves the settings, reads and checks the sheet, writes the tool's columns
 * header, colors and legend, and as many rows as fit in the time budget.
 */
export function startCheck(request: CheckRequest): CheckStep {
  const t0 = Date.now();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const settings = saveSettings(request.settings);
  const sheet = dataSheetFor(ss, request.sheetName);
  const analysis = analyse(ss, sheet, settings, timeZone);
  // No header: nothing is written, and the step says so (never "Đã ghi kết quả").
  if (analysis.result.plan === null) return step(analysis, null, 0, 0, false, 0, false);
  rememberDataSheet(sheet);
  const liveReplaced = isLiveBlock(analysis.result.read);
  if (liveReplaced) analysis.notes.push(SIDEBAR_LABELS.results.liveReplaced);
  const plan = trimmedPlan(analysis.result.plan);
  const tw = Date.now();
  applyDataFrame(sheet, plan);
  const fixed = request.chunkRows !== undefined && request.chunkRows > 0 ? Math.floor(request.chunkRows) : null;
  const start: CheckToken = {
    v: 1,
    sheetId: sheet.getSheetId(),
    sheetName: sheet.getName(),
    next: 0,
    total: plan.values.length,
    fingerprint: planFingerprint(plan),
    msPerRow: null,
    chunkRows: fixed,
    restarts: 0,
    liveReplaced,
  };
  return writeBlock(sheet, plan, analysis, start, t0, Date.now() - tw, false);
}

/** Next step: re-reads and re-checks (fast), then writes the next block of rows. */
export function continueCheck(tokenText: string): CheckStep {
  const t0 = Date.now();
  const token = decodeToken(tokenText);
  if (token === null) throw new UserFacingError(SIDEBAR_LABELS.errors.tokenInvalid);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const sheet = sheetByName(ss, token.sheetName);
  if (sheet.getSheetId() !== token.sheetId) throw new UserFacingError(SIDEBAR_LABELS.errors.tokenInvalid);
  const analysis = analyse(ss, sheet, loadSettings(today(timeZone)), timeZone);
  if (analysis.result.plan === null) throw new UserFacingError(SIDEBAR_LABELS.errors.changedTwice);
  if (token.liveReplaced) analysis.notes.push(SIDEBAR_LABELS.results.liveReplaced);
  const plan = trimmedPlan(analysis.result.plan);
  const fingerprint = planFingerprint(plan);
  if (fingerprint === token.fingerprint && plan.values.length === token.total) {
    return writeBlock(sheet, plan, analysis, token, t0, 0, false);
  }
  // The data changed between calls: write the new result from the top.
  if (token.restarts >= MAX_RESTARTS) throw new UserFacingError(SIDEBAR_LABELS.errors.changedTwice);
  const tw = Date.now();
  applyDataFrame(sheet, plan);
  const again: CheckToken = { ...token, next: 0, total: plan.values.length, fingerprint, restarts: token.restarts + 1 };
  return writeBlock(sheet, plan, analysis, again, t0, Date.now() - tw, true);
}

/** The sentence a step ends with: written where, or why nothing was. */
function stepMessage(analysis: Analysis, done: boolean, written: boolean): string {
  if (!written) return SIDEBAR_LABELS.data.noHeaderNothingWritten(analysis.grid.sheetName);
  return done ? SIDEBAR_LABELS.results.doneOn(analysis.grid.sheetName) : '';
}

function writeBlock(
  sheet: Sheet,
  plan: DataSheetPlan,
  analysis: Analysis,
  token: CheckToken,
  t0: number,
  frameMs: number,
  restarted: boolean,
): CheckStep {
  const rows = chunkRowsFor({ elapsedMs: Date.now() - t0, msPerRow: token.msPerRow, fixed: token.chunkRows, left: token.total - token.next });
  const tw = Date.now();
  applyDataRows(sheet, plan, token.next, token.next + rows);
  const writeMs = Date.now() - tw;
  const next = token.next + rows;
  const measured = rows > 0 && writeMs > 0 ? writeMs / rows : token.msPerRow;
  const done = next >= token.total;
  const nextToken = done ? null : encodeToken({ ...token, next, msPerRow: measured });
  return step(analysis, nextToken, next, token.total, restarted, frameMs + writeMs, true);
}

function step(analysis: Analysis, token: string | null, rowsDone: number, rowsTotal: number, restarted: boolean, writeMs: number, written: boolean): CheckStep {
  return {
    done: token === null,
    token,
    rowsDone,
    rowsTotal,
    restarted,
    written,
    message: stepMessage(analysis, token === null, written),
    summary: summaryFrom(analysis.result, analysis.preview, analysis.problems, analysis.settings, analysis.notes),
    timings: { readMs: analysis.readMs, checkMs: analysis.checkMs, writeMs },
  };
}
