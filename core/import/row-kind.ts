/**
 * Recognizes the rows of an export that are not dossiers: column-index rows, total rows,
 * signature footers and group rows. Recognition patterns only, never user text.
 */
import type { InputCell } from './read-result.js';
import { foldText, normalizeKey } from './normalize.js';

const INDEX_TOKEN = /^\(?\s*(?:\d{1,3}|[a-z]{1,2}|[ivx]{1,5})\s*\)?(?:\s*=\s*[\d\s+\-*/x()]+)?$/i;

/**
 * A column-numbering row under a header: "(1) (2) (3)…", "1 2 3…", "A B 1 2", "(1)=2+3".
 * @example isIndexRow(['(1)', '(2)', '(3)', '(4)']) // => true
 */
export function isIndexRow(cells: readonly InputCell[], minTokens = 3): boolean {
  let tokens = 0;
  for (const cell of cells) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell === 'number') {
      if (!Number.isInteger(cell) || cell < 0 || cell > 999) return false;
      tokens++;
    } else if (typeof cell === 'string') {
      const text = cell.trim();
      if (text === '') continue;
      if (!INDEX_TOKEN.test(text)) return false;
      tokens++;
    } else {
      return false;
    }
  }
  return tokens >= Math.max(2, minTokens);
}

/** Totals: "Tổng cộng", "Tổng số", "Cộng", "Cộng: 12 hồ sơ". Diacritics keep "Tống Văn An" and "Công ty" out. */
const TOTAL_WITH_MARKS = /^(?:tổng|cộng)(?:\s*$|\s*[:.(\-]|\s+(?:cộng|số|chung|toàn|các|theo|đơn vị|hồ sơ|\d))/;
const TOTAL_FOLDED_EXACT = new Set(['tong', 'cong', 'tong cong', 'tong so', 'total', 'sum', 'grand total']);
const TOTAL_FOLDED_PREFIX = /^(?:tong cong|tong so|total)(?:\s*[:.(\-]|\s+(?:so|ho so|chung|toan|cac|theo|\d))/;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * True for the label of a total or subtotal row. Text with diacritics must say "tổng"/"cộng";
 * text without any (an export typed without marks) is read folded.
 * @example isTotalLabel('Tổng cộng') // => true
 * @example isTotalLabel('Tống Văn An') // => false
 */
export function isTotalLabel(text: string): boolean {
  // Cheap first-letter test: every total label starts with t, c, s or g.
  const first = text.trimStart().charCodeAt(0) | 0x20;
  if (first !== 0x74 && first !== 0x63 && first !== 0x73 && first !== 0x67) return false;
  const lower = text.normalize('NFC').trim().toLowerCase();
  if (NON_ASCII.test(lower)) return TOTAL_WITH_MARKS.test(lower);
  const key = lower.replace(/\s+/g, ' ');
  return TOTAL_FOLDED_EXACT.has(normalizeKey(key)) || TOTAL_FOLDED_PREFIX.test(key);
}

const FOOTER_PHRASES = [
  'nguoi lap bieu', 'nguoi lap', 'can bo lap bieu', 'thu truong', 'ky ho ten', 'ky ghi ro ho ten', 'ky ten',
  'dong dau', 'xac nhan cua', 'noi nhan', 'giam doc', 'chu tich', 'truong phong', 'lanh dao', 'nguoi duyet',
  'ke toan truong', 'nguoi kiem tra', 'van thu',
];
const FOOTER_PHRASE = new RegExp(`(?:^| )(?:${FOOTER_PHRASES.join('|')})(?: |$)`);
/** "Thanh Hóa, ngày 05 tháng 4 năm 2024" and its blank form "ngày … tháng … năm …". */
const DATE_LINE = /(?:^| )ngay(?: \d{1,2})? thang(?: \d{1,2})? nam(?: \d{4})?(?: |$)/;

/**
 * True for a line of the signature block under a table.
 * @example isFooterText('THỦ TRƯỞNG ĐƠN VỊ') // => true
 * @example isFooterText('Thanh Hóa, ngày 05 tháng 4 năm 2024') // => true
 */
export function isFooterText(text: string): boolean {
  const key = normalizeKey(text);
  return FOOTER_PHRASE.test(key) || DATE_LINE.test(key);
}

const WHITESPACE = /\s/;
/** "(12)", "(1)=2+3": column numbers, not codes. */
const INDEX_LIKE = /^\(.*\)$|^\(\d+\)=/;
const DIGIT = /\d/;
const LETTER = /\p{L}/u;
const SHORT_LABEL = /^(?:[ivxlc]{1,6}|[a-zđ]|\d{1,3})[.)]?$/i;

/**
 * True for text shaped like a dossier code: one token with a digit ("H56-240315-0001").
 * @example looksLikeCode('000.00.xx.H56-240315-0001') // => true
 */
export function looksLikeCode(text: string): boolean {
  const t = text.trim();
  return t.length >= 5 && t.length <= 80 && DIGIT.test(t) && !WHITESPACE.test(t) && !INDEX_LIKE.test(t);
}

/** True for the name of a group row ("UBND xã Quảng Phú"): words, not a code. */
export function isGroupText(text: string): boolean {
  return LETTER.test(text) && !looksLikeCode(text);
}

/** True for a short row label before a group name ("I", "II.", "A", "1"). */
export function isShortLabel(text: string): boolean {
  return SHORT_LABEL.test(foldText(text).trim());
}

/** "Ghi chú: …", "Lưu ý …", "(*) …": a remark written into the table, not a unit's name. */
const NOTE_START = /^(?:\(?\*+\)?|ghi chu|luu y|chu y|chu thich|note)(?:\s|:|$)/;

/**
 * True for the text of a note row inside a table.
 * @example isNoteText('Ghi chú: hồ sơ trình Chủ tịch UBND xã ký') // => true
 * @example isNoteText('UBND xã Quảng Phú') // => false
 */
export function isNoteText(text: string): boolean {
  return NOTE_START.test(normalizeNoteKey(text));
}

function normalizeNoteKey(text: string): string {
  return foldText(text).trim().replace(/\s+/g, ' ');
}
