/**
 * google.script.run as promises. Every server function answers an RpcResult, so a
 * failure handler fires only when the call itself could not be made.
 */
import { runFailureMessage } from '../run-failure.js';
import { SIDEBAR_LABELS } from '../labels.vi.js';
import type { RpcError, RpcResult } from '../rpc-types.js';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } } | undefined;

/** A server answer that failed: its Vietnamese message and details for IT. */
export class ServerError extends Error {
  readonly detail: string;
  constructor(error: RpcError) {
    super(error.message);
    this.detail = error.detail;
  }
}

/**
 * Calls a server function (one of the `rpc…` globals of main.ts).
 * @example await call<SidebarState>('rpcGetSidebarState')
 */
export function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script) {
      reject(new ServerError({ message: SIDEBAR_LABELS.errors.noServer, detail: 'google.script.run is missing' }));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => {
        const result = value as RpcResult<T> | null;
        if (result && result.ok) resolve(result.value);
        else if (result && !result.ok) reject(new ServerError(result.error));
        else reject(new ServerError({ message: SIDEBAR_LABELS.errors.generic, detail: 'empty answer' }));
      })
      .withFailureHandler((error) => {
        // Several Google accounts signed in, or no authorization yet: say what to do (run-failure.ts).
        reject(new ServerError({ message: runFailureMessage(error), detail: error && error.message ? error.message : String(error) }));
      });
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new ServerError({ message: SIDEBAR_LABELS.errors.generic, detail: `unknown server function ${name}` }));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
