import { UsageError } from '../usage-error.js';

/** `dunghan merge`: not built yet. */
export async function runMerge(_args: string[]): Promise<number> {
  throw new UsageError('dunghan merge: chưa có / not available yet');
}
