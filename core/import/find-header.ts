/**
 * Finds the header of an export: 1–3 rows, possibly with merged group headings, below
 * banner and title rows. Each candidate block is scored against the synonym table.
 */
import type { Field } from './dossier.js';
import type { InputCell } from './read-result.js';
import { cellText, isBlankCell } from './cells.js';
import { matchHeading, type HeadingMatch } from './headings.js';
import { parseDateText } from './parse-date.js';
import { looksLikeCode } from './row-kind.js';

export interface HeaderColumn {
  /** 0-based index in the grid row. */
  index: number;
  /** Heading as written; parts of a multi-row heading joined with " / ". */
  heading: string;
  /** The heading's parts, top to bottom (a merged group heading repeated over its columns). */
  parts: string[];
  match: HeadingMatch | null;
}

export interface HeaderFound {
  /** 0-based grid rows of the header, top to bottom. */
  rows: number[];
  /** Columns with a heading, left to right. */
  columns: HeaderColumn[];
  score: number;
}

export interface FindHeaderOptions {
  /** Rows searched from the top. @default 40 */
  maxRows?: number;
  /** Most rows one header can span. @default 3 */
  maxHeaderRows?: number;
}

/** Fields that make a header worth reading: the code or a date. */
const KEY_FIELDS: ReadonlySet<Field> = new Set([
  'code', 'submitted', 'received', 'due', 'extendedDue', 'finished', 'returned', 'actualResult',
]);
const MIN_SCORE = 1.5;
const HAS_LETTER = /\p{L}/u;

/**
 * The best header block in the first rows, or null when no block names at least a code or a
 * date column plus one more known column. Ties go to the block with fewer rows, then the
 * higher one, so a title above or a first data row below never joins the header.
 * @example findHeader([['STT', 'Mã hồ sơ', 'Ngày hẹn trả'], [1, 'H56-240315-0001', '22/03/2024']])?.rows // => [0]
 */
export function findHeader(cells: readonly (readonly InputCell[] | undefined)[], options: FindHeaderOptions = {}): HeaderFound | null {
  const maxRows = Math.min(cells.length, options.maxRows ?? 40);
  const maxHeight = options.maxHeaderRows ?? 3;
  let best: HeaderFound | null = null;
  for (let top = 0; top < maxRows; top++) {
    if (filledCount(cells[top]) < 2) continue;
    for (let height = 1; height <= maxHeight && top + height <= cells.length; height++) {
      if (height > 1 && !isHeadingRow(cells[top + height - 1])) break;
      const rows = Array.from({ length: height }, (_, i) => top + i);
      const columns = combineHeadings(rows.map((r) => cells[r] ?? []));
      const scored = scoreColumns(columns);
      if (scored === null) continue;
      if (best === null || isBetter(scored, height, best)) best = { rows, columns, score: scored };
    }
  }
  return best;
}

function isBetter(score: number, height: number, best: HeaderFound): boolean {
  if (score > best.score + 1e-9) return true;
  return score > best.score - 1e-9 && height < best.rows.length;
}

/** A row that can be part of a multi-row header: some text, and no number, date or code. */
function isHeadingRow(row: readonly InputCell[] | undefined): boolean {
  if (!row) return false;
  let texts = 0;
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    if (typeof cell !== 'string') return false;
    if (looksLikeCode(cell) || parseDateText(cell).ok) return false;
    texts++;
  }
  return texts > 0;
}

function filledCount(row: readonly InputCell[] | undefined): number {
  if (!row) return 0;
  let n = 0;
  for (const cell of row) if (!isBlankCell(cell)) n++;
  return n;
}

/**
 * Joins the rows of a block into one heading per column. A group heading is carried right
 * over the empty cells of its merge, but only where a lower row has a sub-heading: a
 * heading merged downwards ("STT") has nothing below and is not carried.
 */
export function combineHeadings(rows: readonly (readonly InputCell[])[]): HeaderColumn[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const texts = rows.map((r) => Array.from({ length: width }, (_, c) => cellText(r[c])));
  const hasBelow = (level: number, col: number): boolean => {
    for (let l = level + 1; l < texts.length; l++) if (texts[l][col] !== '') return true;
    return false;
  };
  const parts: string[][] = Array.from({ length: width }, () => []);
  texts.forEach((line, level) => {
    let carried: string | null = null;
    for (let col = 0; col < width; col++) {
      const text = line[col];
      if (text !== '') {
        parts[col].push(text);
        carried = level < texts.length - 1 && hasBelow(level, col) ? text : null;
      } else if (carried !== null && hasBelow(level, col)) {
        parts[col].push(carried);
      } else {
        carried = null;
      }
    }
  });
  const columns: HeaderColumn[] = [];
  parts.forEach((p, index) => {
    if (p.length > 0) columns.push({ index, heading: p.join(' / '), parts: p, match: matchParts(p) });
  });
  return columns;
}

/** The lowest part with letters decides ("Ngày, tháng, năm / Nhận hồ sơ" → received); else the whole. */
function matchParts(parts: readonly string[]): HeadingMatch | null {
  if (parts.length === 1) return matchHeading(parts[0]);
  for (let i = parts.length - 1; i >= 0; i--) {
    if (!HAS_LETTER.test(parts[i])) continue;
    const own = matchHeading(parts[i]);
    if (own) return own;
    break;
  }
  return matchHeading(parts.join(' '));
}

/** Score of a block, or null when it lacks a code or date column. */
function scoreColumns(columns: readonly HeaderColumn[]): number | null {
  const fields = new Map<Field, number>();
  let extra = 0;
  let hasKey = false;
  for (const { match } of columns) {
    if (match === null) continue;
    switch (match.kind) {
      case 'field':
        fields.set(match.field, Math.max(fields.get(match.field) ?? 0, match.confidence));
        if (KEY_FIELDS.has(match.field)) hasKey = true;
        break;
      case 'contentDecides':
        extra += 0.8 * match.confidence;
        if (KEY_FIELDS.has(match.ifDates)) hasKey = true;
        break;
      case 'derived':
        extra += 0.8 * match.confidence;
        break;
      case 'other':
        extra += 0.5 * match.confidence;
        break;
      case 'tool':
        extra += 0.3;
        break;
    }
  }
  if (!hasKey) return null;
  let score = extra;
  for (const confidence of fields.values()) score += confidence;
  return score >= MIN_SCORE ? score : null;
}
