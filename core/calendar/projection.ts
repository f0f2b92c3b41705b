import type { DayOffRow } from './days-off.js';

/**
 * Days off for a year beyond the official table, marked as projected ("dự kiến").
 * STUB: to be replaced by the lunar projection (Tết, Giỗ Tổ, fixed-date holidays with
 * weekend compensation).
 */
export function projectDaysOff(_year: number): DayOffRow[] {
  return [];
}
