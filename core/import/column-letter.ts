/**
 * Spreadsheet column letters: 1 → "A", 27 → "AA".
 * @example columnLetter(6) // => 'F'
 */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`columnLetter: col must be an integer >= 1, got ${col}`);
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const LETTERS = /^[A-Za-z]{1,3}$/;

/**
 * The 1-based column of a letter ("F" → 6, "aa" → 27), or null when the text is not one.
 * @example columnFromLetter('AA') // => 27
 */
export function columnFromLetter(text: string): number | null {
  const trimmed = text.trim();
  if (!LETTERS.test(trimmed)) return null;
  let col = 0;
  for (const ch of trimmed.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col <= 16_384 ? col : null;
}
