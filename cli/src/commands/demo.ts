import { UsageError } from '../usage-error.js';

/** `dunghan demo`: not built yet. */
export async function runDemo(_args: string[]): Promise<number> {
  throw new UsageError('dunghan demo: chưa có / not available yet');
}
