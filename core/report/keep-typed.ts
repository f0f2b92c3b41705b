/**
 * What the office typed on the "Trễ trên hệ thống" tab survives the tab being built
 * again: every "Ngày trả kết quả thực tế" and "Ghi chú" cell of the previous tab is put
 * back on the row of the same dossier code. Rows whose dossier is no longer in the list
 * (another period, the status changed) are kept below the table, so nothing typed is
 * ever lost; the ordinary reader still finds their codes and dates on the next run.
 * Hosts pass the previous tab as they read it (serials in Excel, date text in Sheets).
 */
import { cellText } from '../import/cells.js';
import { parseDateCell } from '../import/parse-date.js';
import type { InputCell, SheetGrid } from '../import/read-result.js';
import { REPORT_LABELS } from '../labels.vi.js';
import type { PlanCell, SheetPlan } from '../plan/plan.js';
import { FORMATS } from './layout.js';

interface Typed {
  actual: InputCell;
  note: InputCell;
}

const blank = (v: InputCell) => cellText(v) === '';

/** Columns (0-based) of code, actual date and note in a heading line, or null. */
function columnsOf(line: readonly InputCell[]): { code: number; actual: number; note: number } | null {
  const L = REPORT_LABELS.lateOnSystem;
  const at = (heading: string) => line.findIndex((v) => cellText(v) === heading);
  const code = at(REPORT_LABELS.appendix.code);
  const actual = at(L.actualResult);
  const note = at(L.note);
  return code >= 0 && actual >= 0 && note >= 0 ? { code, actual, note } : null;
}

/**
 * Entries typed on a previous "Trễ trên hệ thống" tab, by dossier code, in sheet order.
 * @example typedEntries(grid).get('H-000012') // => { actual: '2025-05-14 00:00:00', note: 'Đã trả bản giấy' }
 */
export function typedEntries(previous: SheetGrid): Map<string, Typed> {
  const out = new Map<string, Typed>();
  let cols: ReturnType<typeof columnsOf> = null;
  for (const line of previous.cells) {
    if (!line) continue;
    const heading = columnsOf(line);
    if (heading) {
      cols = heading;
      continue;
    }
    if (!cols) continue;
    const code = cellText(line[cols.code] ?? null);
    const actual = line[cols.actual] ?? null;
    const note = line[cols.note] ?? null;
    if (code === '' || (blank(actual) && blank(note))) continue;
    out.set(code, { actual: blank(actual) ? null : actual, note: blank(note) ? null : note });
  }
  return out;
}

/** A typed date as the plan writes dates (a day serial), or the text as typed when it is no date. */
function dateValue(v: InputCell): PlanCell {
  if (v === null || v === undefined) return null;
  const parsed = parseDateCell(v);
  if (parsed.ok) return Math.floor(parsed.value.day);
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
}

const noteValue = (v: InputCell): PlanCell => (v === null || v === undefined ? null : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v));

/**
 * The rebuilt tab with the previous tab's typed dates and notes back in it.
 * `keptTitle` heads the rows kept for dossiers no longer listed (host words).
 * @example keepTypedEntries(plan, oldTab, 'Đã ghi ở lần trước').cells.at(-1)?.[1] // => 'H-000012'
 */
export function keepTypedEntries(plan: SheetPlan, previous: SheetGrid | null, keptTitle: string): SheetPlan {
  if (previous === null) return plan;
  const typed = typedEntries(previous);
  if (typed.size === 0) return plan;
  const headingRow = plan.cells.findIndex((line) => columnsOf(line) !== null);
  if (headingRow < 0) return plan;
  const cols = columnsOf(plan.cells[headingRow])!;
  const cells = plan.cells.map((line) => [...line]);
  for (let r = headingRow + 1; r < cells.length; r++) {
    const code = cellText(cells[r][cols.code] ?? null);
    const entry = code === '' ? undefined : typed.get(code);
    if (!entry) continue;
    if ((cells[r][cols.actual] ?? null) === null && entry.actual !== null) cells[r][cols.actual] = dateValue(entry.actual);
    if ((cells[r][cols.note] ?? null) === null && entry.note !== null) cells[r][cols.note] = noteValue(entry.note);
    typed.delete(code);
  }
  if (typed.size === 0) return { ...plan, cells };
  const width = cells[headingRow].length;
  const styles = [...plan.styles];
  cells.push(new Array<PlanCell>(width).fill(null));
  const title = new Array<PlanCell>(width).fill(null);
  title[0] = keptTitle;
  cells.push(title);
  styles.push({ range: { row: cells.length, col: 1, rows: 1, cols: 1 }, style: { italic: true, numberFormat: FORMATS.text } });
  cells.push([...cells[headingRow]]);
  styles.push({ range: { row: cells.length, col: 1, rows: 1, cols: width }, style: { bold: true, wrap: true, border: true, numberFormat: FORMATS.text } });
  const first = cells.length + 1;
  for (const [code, entry] of typed) {
    const line = new Array<PlanCell>(width).fill(null);
    line[cols.code] = code;
    line[cols.actual] = dateValue(entry.actual);
    line[cols.note] = noteValue(entry.note);
    cells.push(line);
  }
  const rows = typed.size;
  styles.push({ range: { row: first, col: 1, rows, cols: width }, style: { border: true } });
  styles.push({ range: { row: first, col: cols.code + 1, rows, cols: 1 }, style: { numberFormat: FORMATS.text } });
  styles.push({ range: { row: first, col: cols.note + 1, rows, cols: 1 }, style: { numberFormat: FORMATS.text, wrap: true } });
  styles.push({ range: { row: first, col: cols.actual + 1, rows, cols: 1 }, style: { numberFormat: FORMATS.date } });
  return { ...plan, cells, styles };
}
