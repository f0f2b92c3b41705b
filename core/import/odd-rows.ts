/**
 * Decides whether a row below the header is something other than a dossier: a repeated
 * header (page break), a column-index row, a total, the signature footer or a group name.
 */
import type { InputCell, SkipReason } from './read-result.js';
import { cellText, isBlankCell } from './cells.js';
import { isFooterText, isGroupText, isIndexRow, isNoteText, isShortLabel, isTotalLabel, looksLikeCode } from './row-kind.js';

export interface OddRow {
  reason: Exclude<SkipReason, 'blank'>;
  /** The group name, for group rows; the first text, for note and footer rows. */
  text?: string;
}

/** Header cell texts per column, to recognise a header repeated after a page break. */
export function headerTextsByColumn(rows: readonly (readonly InputCell[])[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const row of rows) {
    row.forEach((cell, c) => {
      const text = cellText(cell);
      if (text === '') return;
      if (!out.has(c)) out.set(c, new Set());
      out.get(c)!.add(text);
    });
  }
  return out;
}

/** Share of a row's cells that must repeat the header, at the same columns. */
const REPEAT_SHARE = 0.8;
const TEXT_CELLS_CHECKED = 3;
const MAX_FOOTER_CELLS = 4;

/**
 * The skip reason of a row, or null when it is a dossier. `end` limits the columns read
 * (the tool's own columns are excluded); `filled` is the number of non-blank cells before it.
 * @example classifyOddRow(['Tổng cộng', null, 25], 3, 2, new Map(), 1, 6) // => { reason: 'total' }
 */
export function classifyOddRow(
  row: readonly InputCell[],
  end: number,
  filled: number,
  headerTexts: ReadonlyMap<number, ReadonlySet<string>>,
  codeIndex: number | undefined,
  headerColumns: number,
): OddRow | null {
  let same = 0;
  const texts: string[] = [];
  for (let c = 0; c < end; c++) {
    const cell = row[c];
    if (typeof cell !== 'string') {
      // Headings are text: a number only matches a heading written as a number.
      if (typeof cell === 'number' && headerTexts.get(c)?.has(String(cell))) same++;
      continue;
    }
    const text = cell.trim();
    if (text === '') continue;
    if (headerTexts.get(c)?.has(text)) same++;
    if (texts.length < TEXT_CELLS_CHECKED) texts.push(text);
  }
  if (same >= Math.min(2, filled) && same >= REPEAT_SHARE * filled && headerTexts.size > 0) return { reason: 'repeatedHeader' };
  const inSpan = end === row.length ? row : row.slice(0, end);
  if (isIndexRow(inSpan, Math.min(3, headerColumns))) return { reason: 'index' };

  const code = codeIndex === undefined ? undefined : row[codeIndex];
  if (typeof code === 'string' && looksLikeCode(code)) return null;
  if (texts.some(isTotalLabel)) return { reason: 'total' };
  if (filled <= MAX_FOOTER_CELLS && texts.length > 0 && isNoteText(texts[0])) return { reason: 'note', text: texts[0] };
  if (filled <= MAX_FOOTER_CELLS && texts.some(isFooterText)) return { reason: 'footer', text: texts[0] };
  if (filled === 1 && texts.length === 1 && isGroupText(texts[0])) return { reason: 'group', text: texts[0] };
  if (filled === 2 && isGroupPair(row, end)) return { reason: 'group', text: texts[texts.length - 1] };
  return null;
}

/** "I | Sở Tư pháp", "1 | UBND xã Quảng Phú": a short label, then the group name. */
function isGroupPair(row: readonly InputCell[], end: number): boolean {
  const values: InputCell[] = [];
  for (let c = 0; c < end && values.length < 2; c++) if (!isBlankCell(row[c])) values.push(row[c]);
  const [label, name] = values;
  const labelText = cellText(label);
  return typeof name === 'string' && isGroupText(name.trim()) && (typeof label === 'number' || isShortLabel(labelText));
}
