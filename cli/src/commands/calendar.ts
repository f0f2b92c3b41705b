import { UsageError } from '../usage-error.js';

/** `dunghan calendar`: not built yet. */
export async function runCalendar(_args: string[]): Promise<number> {
  throw new UsageError('dunghan calendar: chưa có / not available yet');
}
