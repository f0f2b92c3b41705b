import { DAYS_OFF } from './calendar/days-off.js';

/** The app's version; equals package.json's "version" (a test checks). */
export const APP_VERSION = '0.1.0';

/** Years whose days off still include a projected or pending row (the decision is not out). */
export function provisionalYears(): number[] {
  const years = new Set<number>();
  for (const row of DAYS_OFF) {
    if (row.confidence === 'pending' || row.confidence === 'proposed') years.add(Number(row.date.slice(0, 4)));
  }
  return [...years].sort((a, b) => a - b);
}
