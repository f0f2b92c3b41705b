/**
 * The sentence for a google.script.run call that failed before reaching our server code
 * (the pane's withFailureHandler): with several Google accounts signed in, Apps Script
 * answers "ScriptError: We're sorry, a server error occurred while reading from storage.
 * Error code PERMISSION_DENIED." or "Authorization is required to perform that action."
 * (Google issue tracker 69270374). Pure and DOM-free, so the pane bundle imports it.
 */
import { SIDEBAR_LABELS } from './labels.vi.js';

const MULTI_ACCOUNT = /PERMISSION_DENIED|reading from storage/i;
const AUTHORIZATION = /authori[sz]ation is required|authorisation is required|not have permission|ScriptError: Authorization/i;

export type RunFailureKind = 'multiAccount' | 'authorization' | 'other';

/**
 * What kind of failure an error from google.script.run is.
 * @example runFailureKind(new Error("We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.")) // => 'multiAccount'
 */
export function runFailureKind(error: unknown): RunFailureKind {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? '');
  if (MULTI_ACCOUNT.test(text)) return 'multiAccount';
  if (AUTHORIZATION.test(text)) return 'authorization';
  return 'other';
}

/**
 * The Vietnamese sentence to show, with what to do.
 * @example runFailureMessage(new Error('Authorization is required to perform that action.')) // => 'Đúng Hạn chưa được cấp quyền…'
 */
export function runFailureMessage(error: unknown): string {
  const kind = runFailureKind(error);
  if (kind === 'multiAccount') return SIDEBAR_LABELS.errors.multiAccount;
  if (kind === 'authorization') return SIDEBAR_LABELS.errors.authorization;
  return SIDEBAR_LABELS.errors.noServer;
}
