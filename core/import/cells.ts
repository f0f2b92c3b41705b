/** Reading raw cells as text, without judging them. */
import type { InputCell } from './read-result.js';

/**
 * A cell as plain text, trimmed; '' for empty. Numbers keep their JavaScript spelling;
 * text that looks like a formula stays text (it is never evaluated).
 * @example cellText(' Mã hồ sơ ') // => 'Mã hồ sơ'
 */
export function cellText(value: InputCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  return String(value);
}

/** True for null, undefined and whitespace-only text. */
export function isBlankCell(value: InputCell): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    if (value.length === 0) return true;
    const first = value.charCodeAt(0);
    // Only text that starts with a space can be all spaces: skip the trim otherwise.
    return first > 32 && first !== 160 && first !== 0xfeff ? false : value.trim() === '';
  }
  return false;
}

/** Index of the last non-blank cell of a row, or -1. */
export function lastFilledIndex(row: readonly InputCell[] | undefined): number {
  if (!row) return -1;
  for (let i = row.length - 1; i >= 0; i--) if (!isBlankCell(row[i])) return i;
  return -1;
}
