import type { Stamp } from '../calendar/day.js';

/** Canonical fields a dossier export can hold (exports.md §1.6). */
export const FIELDS = [
  'code',
  'procedure',
  'field',
  'unit',
  'officer',
  'applicant',
  'channel',
  'submitted',
  'received',
  'due',
  'extendedDue',
  'finished',
  'returned',
  'actualResult',
  'status',
  'period',
  'remarks',
] as const;

export type Field = (typeof FIELDS)[number];

export type Channel = 'online' | 'direct' | 'postal';

/** National DVCQG status codes 1–10 (exports.md §1.4). */
export type StatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** One dossier as read from a row of an export; nothing here is judged yet. */
export interface DossierRecord {
  /** Sheet row as the user sees it, 1-based. */
  row: number;
  code: string | null;
  procedure: string | null;
  field: string | null;
  unit: string | null;
  officer: string | null;
  applicant: string | null;
  channel: Channel | null;
  submitted: Stamp | null;
  received: Stamp | null;
  /** True when `received` came from the yyMMdd part of the dossier code. */
  receivedFromCode: boolean;
  due: Stamp | null;
  extendedDue: Stamp | null;
  finished: Stamp | null;
  returned: Stamp | null;
  /** "Ngày trả kết quả thực tế": filled by the office, separates late-on-system from late. */
  actualResult: Stamp | null;
  statusCode: StatusCode | null;
  statusText: string | null;
  /** Resolution period as written ("05 ngày làm việc"). */
  period: string | null;
  remarks: string | null;
  /**
   * The group row above this dossier (a unit name in a merged row, "UBND xã Quảng Phú"), or
   * null. Optional so records built elsewhere need not carry it.
   */
  group?: string | null;
}
