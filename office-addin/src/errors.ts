/**
 * Errors as the user reads them: one plain Vietnamese sentence, and details for IT
 * (code, message, Excel's debug info) behind "Chi tiết", never a stack trace.
 */
import { UI } from './labels.vi.js';

/** An error the add-in itself raises, with the sentence to show. */
export class AddinError extends Error {
  constructor(
    readonly userMessage: string,
    detail = '',
  ) {
    super(detail || userMessage);
    // Compiled to ES5 (IE11), a subclass of Error loses its prototype: restore it so instanceof works.
    Object.setPrototypeOf(this, AddinError.prototype);
    this.name = 'AddinError';
  }
}

export interface UserError {
  message: string;
  details: string;
}

const BY_CODE: Record<string, string> = {
  RequestPayloadSizeLimitExceeded: UI.errors.payload,
  ResponsePayloadSizeLimitExceeded: UI.errors.payload,
  InvalidOperationInCellEditMode: UI.errors.editing,
};

export function toUserError(error: unknown): UserError {
  if (error instanceof AddinError) return { message: error.userMessage, details: error.message === error.userMessage ? '' : error.message };
  const e = (error ?? {}) as { code?: unknown; message?: unknown; name?: unknown; debugInfo?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  const debug = e.debugInfo ? JSON.stringify(e.debugInfo) : '';
  const details = [typeof e.name === 'string' ? e.name : 'Error', code, message, debug].filter(Boolean).join(' | ');
  return { message: BY_CODE[code] ?? UI.errors.generic, details };
}
