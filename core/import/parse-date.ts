/**
 * THE date parser of the project: every date cell of an export goes through
 * `parseDateCell`. Text is read day-first, always; an offset means an instant and is
 * converted to Vietnam civil time (UTC+7); a naive date-time is civil time already.
 */
import { dayFromYmd, isValidYmd, SECONDS_PER_DAY, type Day, type Stamp, type Ymd } from '../calendar/day.js';
import type { Parsed } from '../problem.js';
import type { InputCell } from './read-result.js';
import { foldText } from './normalize.js';

export type DateSystem = '1900' | '1904';

/** Days between the 1904 and the 1900 epochs of spreadsheet serials. */
const SERIAL_1904_OFFSET = 1462;
/** 2000-01-01 and 2100-12-31: the calendar's range (also guards against stray numbers). */
const MIN_DAY = 36_526;
const MAX_DAY = 73_415;
const VIETNAM_OFFSET_SEC = 7 * 3600;

// day/month/year, the same separator twice; optional time after.
const DMY = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?:(?:\s*,\s*|\s+|T)(.+))?$/;
// time first: "09:30 15/03/2024", "09:30, 15/03/2024".
const TIME_DMY = /^(\d{1,2}\s*[:hg]\s*\d{0,2}(?::\d{1,2}(?:[.,]\d+)?)?(?:\s*(?:am|pm|sa|ch))?)\s*,?\s+(\d{1,2}\s*([/.-])\s*\d{1,2}\s*\3\s*\d{2,4})$/i;
// year first (ISO and the Apps Script adapter's "yyyy-MM-dd HH:mm:ss").
const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// yyyyMMdd[HHmm[ss]] (DVCQG sync format).
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;
// "09:30", "9h30", "9h", "09:30:15", "09:30:15.000", "02:30 PM", "02:30 CH".
const TIME = /^(\d{1,2})\s*(?::\s*(\d{1,2})(?::(\d{1,2})(?:[.,]\d+)?)?|[hg]\s*(\d{1,2})?(?:\s*(?:m|p|phut)\s*)?)\s*(am|pm|sa|ch)?$/i;
// "ngày 15 tháng 3 năm 2024" after folding.
const LONG_FORM = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/;
/** The exact text the Apps Script adapter writes for a real date cell. */
const ADAPTER = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const LEADING_DIGIT = /^\d/;

const UNREADABLE: Parsed<Stamp> = { ok: false, code: 'date.unreadable' };
const IMPOSSIBLE: Parsed<Stamp> = { ok: false, code: 'date.impossible' };
const OUT_OF_RANGE: Parsed<Stamp> = { ok: false, code: 'date.outOfRange' };

/**
 * Reads one date cell: a spreadsheet serial (1900 or 1904 system, the fraction is the
 * time) or text in any export format. A bare date has `sec: null`. Blank cells are the
 * caller's business (they are not dates).
 * Formats: `dd/MM/yyyy`, `dd/MM/yyyy HH:mm[:ss]`, `HH:mm[,] dd/MM/yyyy`, `d/M/yy`, `dd-MM-yyyy`,
 * `dd.MM.yyyy`, ISO 8601 with or without time and offset, `yyyy-MM-dd HH:mm:ss`, `yyyyMMddHHmmss`.
 * @example parseDateCell('15/03/2024 09:24:43') // => { ok: true, value: { day: 45366, sec: 33883 } }
 * @example parseDateCell(45366.5) // => { ok: true, value: { day: 45366, sec: 43200 } }
 */
export function parseDateCell(value: InputCell, dateSystem: DateSystem = '1900'): Parsed<Stamp> {
  if (typeof value === 'number') return parseDateNumber(value, dateSystem);
  if (typeof value === 'string') return parseDateText(value);
  return UNREADABLE;
}

/** A number: a serial, or a yyyyMMdd / yyyyMMddHHmmss number typed into a cell. */
export function parseDateNumber(value: number, dateSystem: DateSystem = '1900'): Parsed<Stamp> {
  if (!Number.isFinite(value)) return UNREADABLE;
  if (Number.isInteger(value) && value >= 19_000_101 && value <= 21_001_231_235_959) {
    const digits = String(value);
    if (digits.length === 8 || digits.length === 12 || digits.length === 14) return parseDateText(digits);
  }
  const whole = Math.floor(value);
  let day = whole + (dateSystem === '1904' ? SERIAL_1904_OFFSET : 0);
  let sec: number | null = null;
  if (value !== whole) {
    sec = Math.round((value - whole) * SECONDS_PER_DAY);
    if (sec === SECONDS_PER_DAY) {
      day += 1;
      sec = 0;
    }
  }
  if (day < MIN_DAY || day > MAX_DAY) return OUT_OF_RANGE;
  return { ok: true, value: { day: day as Day, sec } };
}

/** Text in any of the export formats; never month-first. */
export function parseDateText(raw: string): Parsed<Stamp> {
  let text = raw.trim();
  if (text.charCodeAt(0) === 39) text = text.slice(1).trim(); // a leading ' that forced text
  if (text === '' || text.length > 40) return UNREADABLE;
  if (text.includes('\u00a0')) text = text.replace(/\u00a0/g, ' ');
  const fast = parseCommonDmy(text);
  if (fast !== null) return fast;
  if (!LEADING_DIGIT.test(text)) return parseLongForm(text);

  let m = DMY.exec(text);
  if (m) return fromParts(Number(m[4]), m[4].length === 2, Number(m[3]), Number(m[1]), m[5]);
  m = TIME_DMY.exec(text);
  if (m) {
    const date = DMY.exec(m[2].replace(/\s+/g, ''));
    return date ? fromParts(Number(date[4]), date[4].length === 2, Number(date[3]), Number(date[1]), m[1]) : UNREADABLE;
  }
  // Apps Script renders a date-only cell as midnight; a serial without a fraction has no time either.
  if (text.length === 19 && text.endsWith(' 00:00:00') && ADAPTER.test(text)) return parseDateText(text.slice(0, 10));
  m = YMD.exec(text);
  if (m) return fromIso(m);
  m = COMPACT.exec(text);
  if (m) {
    const time = m[4] === undefined ? undefined : `${m[4]}:${m[5]}:${m[6] ?? '00'}`;
    return fromParts(Number(m[1]), false, Number(m[2]), Number(m[3]), time);
  }
  return UNREADABLE;
}

/**
 * Fast path for the shapes most exports use, `dd/MM/yyyy`, `dd/MM/yyyy HH:mm` and
 * `dd/MM/yyyy HH:mm:ss`, read by character code; null hands anything else to the regexes.
 */
function parseCommonDmy(t: string): Parsed<Stamp> | null {
  const n = t.length;
  if ((n !== 10 && n !== 16 && n !== 19) || t.charCodeAt(2) !== 47 || t.charCodeAt(5) !== 47) return null;
  const d = twoDigits(t, 0);
  const m = twoDigits(t, 3);
  const y = twoDigits(t, 6) * 100 + twoDigits(t, 8);
  if (d < 0 || m < 0 || y < 0) return null;
  if (n === 10) return stampOf({ y, m, d }, null);
  if (t.charCodeAt(10) !== 32 || t.charCodeAt(13) !== 58 || (n === 19 && t.charCodeAt(16) !== 58)) return null;
  const hour = twoDigits(t, 11);
  const minute = twoDigits(t, 14);
  const second = n === 19 ? twoDigits(t, 17) : 0;
  if (hour < 0 || minute < 0 || second < 0) return null;
  if (hour > 23 || minute > 59 || second > 59) return IMPOSSIBLE;
  return stampOf({ y, m, d }, hour * 3600 + minute * 60 + second);
}

/** The number written by two ASCII digits at `at`, or a negative number when they are not digits. */
function twoDigits(t: string, at: number): number {
  const a = t.charCodeAt(at) - 48;
  const b = t.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1000;
}

function parseLongForm(text: string): Parsed<Stamp> {
  const m = LONG_FORM.exec(foldText(text).replace(/\s+/g, ' '));
  return m ? fromParts(Number(m[3]), false, Number(m[2]), Number(m[1]), undefined) : UNREADABLE;
}

function fromParts(year: number, twoDigitYear: boolean, month: number, day: number, timeText: string | undefined): Parsed<Stamp> {
  let sec: number | null = null;
  if (timeText !== undefined) {
    const time = parseTimeOfDay(timeText.trim());
    if (time === 'unreadable') return UNREADABLE;
    if (time === 'impossible') return IMPOSSIBLE;
    sec = time;
  }
  return stampOf({ y: twoDigitYear ? 2000 + year : year, m: month, d: day }, sec);
}

function fromIso(m: RegExpExecArray): Parsed<Stamp> {
  const ymd = { y: Number(m[1]), m: Number(m[3]), d: Number(m[4]) };
  if (m[5] === undefined) return m[8] === undefined ? stampOf(ymd, null) : UNREADABLE;
  const hour = Number(m[5]);
  const minute = Number(m[6]);
  const second = m[7] === undefined ? 0 : Number(m[7]);
  if (hour > 23 || minute > 59 || second > 59) return IMPOSSIBLE;
  const sec = hour * 3600 + minute * 60 + second;
  if (m[8] === undefined) return stampOf(ymd, sec);
  if (!isValidYmd(ymd)) return IMPOSSIBLE;
  // An offset names an instant: move it to the office's civil time (UTC+7).
  const offsetSec = parseOffset(m[8]);
  if (offsetSec === null) return IMPOSSIBLE;
  const total = dayFromYmd(ymd) * SECONDS_PER_DAY + sec - offsetSec + VIETNAM_OFFSET_SEC;
  const day = Math.floor(total / SECONDS_PER_DAY);
  if (day < MIN_DAY || day > MAX_DAY) return OUT_OF_RANGE;
  return { ok: true, value: { day: day as Day, sec: total - day * SECONDS_PER_DAY } };
}

function parseOffset(text: string): number | null {
  if (text === 'Z' || text === 'z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 3600 + minutes * 60);
}

/** Seconds after midnight, or why the time cannot be read. */
function parseTimeOfDay(text: string): number | 'unreadable' | 'impossible' {
  const m = TIME.exec(text);
  if (!m) return 'unreadable';
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? m[4] ?? 0);
  const second = Number(m[3] ?? 0);
  const half = m[5]?.toLowerCase();
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return 'impossible';
    const afternoon = half === 'pm' || half === 'ch';
    hour = (hour % 12) + (afternoon ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return 'impossible';
  return hour * 3600 + minute * 60 + second;
}

const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function stampOf(ymd: Ymd, sec: number | null): Parsed<Stamp> {
  const { y, m, d } = ymd;
  if (m < 1 || m > 12 || d < 1 || d > MONTH_DAYS[m]) return IMPOSSIBLE;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return IMPOSSIBLE;
  const day = dayFromYmd(ymd);
  if (day < MIN_DAY || day > MAX_DAY) return OUT_OF_RANGE;
  return { ok: true, value: { day, sec } };
}

/** How a date cell was written: the month-first repair needs to tell real dates from text. */
export type DateCellKind = 'serial' | 'adapterText' | 'dayFirstText' | 'otherText';

/**
 * `serial` and `adapterText` (Apps Script's rendering of a real date cell) are dates the
 * spreadsheet itself parsed; `dayFirstText` is text the spreadsheet left alone.
 * @example dateCellKind('15/03/2024') // => 'dayFirstText'
 */
export function dateCellKind(value: InputCell): DateCellKind {
  if (typeof value === 'number') return 'serial';
  if (typeof value !== 'string') return 'otherText';
  const text = value.trim();
  if (ADAPTER.test(text)) return 'adapterText';
  if (DMY.test(text) || TIME_DMY.test(text)) return 'dayFirstText';
  return 'otherText';
}

const CODE_UNIT_DATE = /-(\d{2})(\d{2})(\d{2})-\d{3,6}(?!\d)/;
const CODE_AGENCY_DATE = /\.(\d{2})(\d{2})(\d{2})\.\d{3,6}(?!\d)/;

/**
 * The receipt date carried in a dossier code (TT 01/2018 Điều 19: "YYMMDD là ngày tiếp
 * nhận hồ sơ"): `<unit>-yyMMdd-NNNN` or OpenCPS `AGENCY.yyMMdd.NNNNN`. Null when absent or
 * not a real date.
 * Legal source: Thông tư 01/2018/TT-VPCP, Điều 19.
 * @example parseDossierCodeDate('000.00.xx.H56-240315-0001') // => { y: 2024, m: 3, d: 15 }
 */
export function parseDossierCodeDate(code: string): Ymd | null {
  const m = CODE_UNIT_DATE.exec(code) ?? CODE_AGENCY_DATE.exec(code);
  if (!m) return null;
  const ymd = { y: 2000 + Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(ymd) ? ymd : null;
}
