import { UsageError } from '../usage-error.js';

/** `dunghan due`: not built yet. */
export async function runDue(_args: string[]): Promise<number> {
  throw new UsageError('dunghan due: chưa có / not available yet');
}
