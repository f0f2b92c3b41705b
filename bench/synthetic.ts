/**
 * Seeded synthetic exports shaped like the Thanh Hóa / iGate "Danh sách hồ sơ" sheets
 * (exports.md §1): same rows for the same seed, on any machine and in any zone.
 */
import {
  addWorkingDays,
  buildCalendar,
  dayFromYmd,
  ymdFromDay,
  type Day,
  type DossierRecord,
  type Stamp,
  type WorkCalendar,
} from '../core/index.js';

/** mulberry32: a small, fast, seeded generator in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const HEADINGS = [
  'STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Đơn vị giải quyết', 'Cán bộ xử lý', 'Chủ hồ sơ',
  'Hình thức nộp', 'Ngày tiếp nhận', 'Thời hạn giải quyết', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Trạng thái',
];

const PROCEDURES = [
  ['Đăng ký khai sinh', 'Hộ tịch', 3],
  ['Chứng thực bản sao từ bản chính', 'Chứng thực', 1],
  ['Đăng ký kết hôn', 'Hộ tịch', 5],
  ['Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'Đất đai', 20],
  ['Đăng ký thường trú', 'Cư trú', 7],
  ['Cấp phép xây dựng nhà ở riêng lẻ', 'Xây dựng', 15],
] as const;
const UNITS = ['UBND xã Đắk Hà', 'UBND xã Ngọc Réo', 'UBND phường Quyết Thắng', 'Văn phòng đăng ký đất đai'];
const OFFICERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];
const NAMES = ['Nguyễn Thị Hoa', 'Trần Văn Hùng', 'Lê Thị Lan', 'Phạm Văn Minh', 'Vũ Thị Ngọc', 'Đặng Văn Phúc'];

export interface SyntheticRow {
  code: string;
  procedure: string;
  field: string;
  unit: string;
  officer: string;
  applicant: string;
  online: boolean;
  received: Stamp;
  periodDays: number;
  due: Stamp;
  finished: Stamp | null;
  statusText: string;
}

/** Rows received 01/3/2024–14/6/2024; about 70 % finished, some late, some still open. */
export function* syntheticRows(count: number, seed: number, cal: WorkCalendar = buildCalendar()): Generator<SyntheticRow> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const first = dayFromYmd({ y: 2024, m: 3, d: 1 });
  const span = dayFromYmd({ y: 2024, m: 6, d: 14 }) - first;
  for (let i = 0; i < count; i++) {
    const [procedure, field, periodDays] = pick(PROCEDURES);
    let receivedDay = (first + Math.floor(random() * span)) as Day;
    receivedDay = addWorkingDays(cal, addWorkingDays(cal, receivedDay, -1), 1);
    const received = { day: receivedDay, sec: 7 * 3600 + Math.floor(random() * 9.5 * 3600) };
    const due = { day: addWorkingDays(cal, receivedDay, periodDays), sec: 17 * 3600 };
    const roll = random();
    let finished: Stamp | null = null;
    let statusText = 'Đang xử lý';
    if (roll < 0.7) {
      const offset = Math.floor(random() * (periodDays + 3)) - 1;
      const day = addWorkingDays(cal, receivedDay, Math.max(0, offset));
      finished = { day, sec: 8 * 3600 + Math.floor(random() * 8 * 3600) };
      statusText = random() < 0.5 ? 'Đã trả kết quả' : 'Đã xử lý xong';
    } else if (roll < 0.75) {
      statusText = 'Chờ bổ sung hồ sơ';
    } else if (roll < 0.77) {
      statusText = 'Công dân yêu cầu rút hồ sơ';
    }
    const ymd = ymdFromDay(receivedDay);
    const code = `000.00.21.H33-${String(ymd.y % 100).padStart(2, '0')}${pad(ymd.m)}${pad(ymd.d)}-${String(i + 1).padStart(7, '0')}`;
    yield {
      code, procedure, field, unit: pick(UNITS), officer: pick(OFFICERS), applicant: pick(NAMES), online: random() < 0.6,
      received, periodDays, due, finished, statusText,
    };
  }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "dd/MM/yyyy HH:mm:ss", as the systems export dates. */
export function formatStamp(stamp: Stamp): string {
  const { y, m, d } = ymdFromDay(stamp.day);
  const sec = stamp.sec ?? 0;
  return `${pad(d)}/${pad(m)}/${y} ${pad(Math.floor(sec / 3600))}:${pad(Math.floor((sec % 3600) / 60))}:${pad(sec % 60)}`;
}

/** A row of cells in HEADINGS order, dates as text like the exports. */
export function rowCells(row: SyntheticRow, index: number): (string | number | null)[] {
  return [
    index + 1, row.code, row.procedure, row.field, row.unit, row.officer, row.applicant,
    row.online ? 'Trực tuyến' : 'Trực tiếp', formatStamp(row.received), `${pad(row.periodDays)} ngày làm việc`,
    formatStamp(row.due), row.finished ? formatStamp(row.finished) : null, row.statusText,
  ];
}

/** The records the reader would produce, for classifying without reading. */
export function syntheticRecords(count: number, seed: number): DossierRecord[] {
  const out: DossierRecord[] = [];
  let i = 0;
  for (const row of syntheticRows(count, seed)) {
    out.push({
      row: i + 2, code: row.code, procedure: row.procedure, field: row.field, unit: row.unit, officer: row.officer,
      applicant: row.applicant, channel: row.online ? 'online' : 'direct', submitted: null, received: row.received,
      receivedFromCode: false, due: row.due, extendedDue: null, finished: row.finished, returned: null, actualResult: null,
      statusCode: row.finished ? 10 : row.statusText.startsWith('Chờ bổ sung') ? 5 : row.statusText.startsWith('Công dân') ? 7 : 4,
      statusText: row.statusText, period: `${pad(row.periodDays)} ngày làm việc`, remarks: null,
    });
    i++;
  }
  return out;
}

/** The export as a CSV text (UTF-8 with BOM, as Excel saves "CSV UTF-8"). */
export function syntheticCsv(count: number, seed: number): string {
  const lines = [HEADINGS.map(csvField).join(',')];
  let i = 0;
  for (const row of syntheticRows(count, seed)) lines.push(rowCells(row, i++).map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One CSV field, quoted when it holds a quote, a comma or a newline. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
