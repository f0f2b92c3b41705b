/**
 * The edge of the server: every sidebar call returns data, never a thrown error, so the
 * sidebar shows one Vietnamese sentence and keeps the technical words behind "Chi tiết".
 * No stack trace leaves the server (they go to the Apps Script log via exceptionLogging).
 */
import { SIDEBAR_LABELS } from './labels.vi.js';
import type { RpcResult } from './rpc-types.js';

/** An error whose message is already a sentence for the user. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/**
 * Runs a server function for the sidebar and wraps its outcome.
 * @example rpc(() => 1) // => { ok: true, value: 1 }
 */
export function rpc<T>(run: () => T): RpcResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

function describe(error: unknown): { message: string; detail: string } {
  if (error instanceof UserFacingError) return { message: error.message, detail: '' };
  const name = error instanceof Error ? error.name : typeof error;
  const text = error instanceof Error ? error.message : String(error);
  // Logged for IT in the Apps Script executions page; the user gets one sentence.
  if (typeof console !== 'undefined') console.error(error);
  return { message: SIDEBAR_LABELS.errors.generic, detail: `${name}: ${text}` };
}
