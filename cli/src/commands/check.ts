import { UsageError } from '../usage-error.js';

/** `dunghan check`: not built yet. */
export async function runCheck(_args: string[]): Promise<number> {
  throw new UsageError('dunghan check: chưa có / not available yet');
}
