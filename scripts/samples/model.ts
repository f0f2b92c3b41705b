import { dayFromYmd, pad2, ymdFromDay, type Day, type Stamp } from '../../core/calendar/day.js';
import type { Status } from '../../core/classify/status.js';
import type { Channel, StatusCode } from '../../core/import/dossier.js';
import type { Procedure } from './vocab.js';

/** The samples' report date ("Ngày chốt số liệu"): Monday 2025-06-30. */
export const AS_OF: Day = dayFromYmd({ y: 2025, m: 6, d: 30 });

/** One dossier of a sample, before it is written in an export's own shape. */
export interface SampleDossier {
  /** 'N01'… for the hand-checked ones, 'F001'… for filler. */
  key: string;
  /** The status the dossier was designed to have as of AS_OF. */
  intended: Status;
  procedure: Procedure;
  unit: number;
  officer: string;
  applicant: string;
  channel: Channel;
  submitted: Stamp | null;
  received: Stamp | null;
  due: Stamp | null;
  /** Text written instead of the due date (a typo such as "31/02/2025"). */
  dueText?: string;
  extendedDue: Stamp | null;
  finished: Stamp | null;
  returned: Stamp | null;
  /** "Ngày trả kết quả thực tế", a date the office filled in. */
  actual: Stamp | null;
  statusCode: StatusCode;
  remarks: string;
  /** Fixed code of a named dossier, per sample; filler codes are made when writing. */
  code?: string;
}

/** A date-time stamp. */
export function at(y: number, m: number, d: number, hh: number, mm: number): Stamp {
  return { day: dayFromYmd({ y, m, d }), sec: hh * 3600 + mm * 60 };
}

/** A date without time. */
export function on(y: number, m: number, d: number): Stamp {
  return { day: dayFromYmd({ y, m, d }), sec: null };
}

/** `dd/MM/yyyy` with `HH:mm:ss` (withSeconds) or `HH:mm` when the stamp has a time. */
export function formatDmy(stamp: Stamp, withSeconds = true): string {
  const { y, m, d } = ymdFromDay(stamp.day);
  const date = `${pad2(d)}/${pad2(m)}/${y}`;
  if (stamp.sec === null) return date;
  const hh = pad2(Math.floor(stamp.sec / 3600));
  const mm = pad2(Math.floor(stamp.sec / 60) % 60);
  return withSeconds ? `${date} ${hh}:${mm}:${pad2(stamp.sec % 60)}` : `${date} ${hh}:${mm}`;
}

/** `yyMMdd` of a stamp, as in dossier codes (TT 01/2018 Điều 19). */
export function yymmdd(stamp: Stamp): string {
  const { y, m, d } = ymdFromDay(stamp.day);
  return `${pad2(y % 100)}${pad2(m)}${pad2(d)}`;
}

/** The Excel serial of a stamp (a Day is already one; the time is the fraction). */
export function serialOf(stamp: Stamp): number {
  return stamp.day + (stamp.sec ?? 0) / 86_400;
}
