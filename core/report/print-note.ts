/**
 * The planned pages of a tab as words, for a host that cannot set them itself: Google
 * Sheets has no API for paper, margins, scale or page breaks, so the add-on puts this note
 * on the tab for the clerk to follow in File → Print.
 */
import { columnLetter } from '../import/column-letter.js';
import { PRINT_LABELS } from '../labels.vi.js';
import type { SheetPlan } from '../plan/plan.js';

/**
 * @example printNote(plan) // => "Khi in (Tệp → In): khổ A4, khổ ngang; lề trên 20, … ; tỷ lệ 80%; …"
 */
export function printNote(plan: SheetPlan): string {
  const L = PRINT_LABELS.printNote;
  const p = plan.print;
  const m = p.marginsMm;
  const parts: string[] = [L.paper(p.orientation), L.margins(String(m.top), String(m.bottom), String(m.left), String(m.right))];
  if (p.scalePercent !== undefined) parts.push(L.scale(String(p.scalePercent)));
  if (p.repeatRows) parts.push(L.repeat(String(p.repeatRows.from), String(p.repeatRows.to)));
  if (p.rowBreaks && p.rowBreaks.length > 0) parts.push(L.breaks(p.rowBreaks.join(', ')));
  const end = plan.kind === 'form-06a' ? p.keepTogether?.[0] : undefined;
  if (end !== undefined) parts.push(L.together(String(end.from), String(end.to)));
  const form = p.printAreas?.[0];
  if (form !== undefined && p.printAreas!.length > 1) {
    parts.push(L.area(`A${form.row}:${columnLetter(form.col + form.cols - 1)}${form.row + form.rows - 1}`));
  }
  if (p.pageNumbers) parts.push(L.pageNumbers);
  return `${L.head} ${parts.join('; ')}.`;
}
