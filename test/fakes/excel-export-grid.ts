/**
 * A realistic dossier export as Excel holds it after opening the file: two title
 * rows, the national list's headings (exports.md §1.2), dates as serial numbers with
 * times, statuses as the systems write them. Seeded, so every run gets the same grid.
 */

export type ExportCell = string | number;

export const EXPORT_HEADINGS = [
  'STT',
  'Đơn vị tiếp nhận',
  'Lĩnh vực',
  'Tên thủ tục hành chính',
  'Mã hồ sơ',
  'Trạng thái',
  'Chủ hồ sơ',
  'Hình thức nộp',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày kết thúc xử lý',
  'Ngày trả kết quả thực tế',
  'Cán bộ xử lý',
] as const;

/** Sheet row of the headings. */
export const EXPORT_HEADER_ROW = 3;

const UNITS = ['UBND xã Đắk Hà', 'UBND xã Ngọk Réo', 'UBND phường Quang Trung', 'Bộ phận Một cửa huyện Đắk Hà', 'Văn phòng đăng ký đất đai'];
const FIELDS_AND_PROCEDURES: readonly [string, string][] = [
  ['Hộ tịch', 'Đăng ký khai sinh'],
  ['Hộ tịch', 'Cấp bản sao trích lục hộ tịch'],
  ['Chứng thực', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp'],
  ['Đất đai', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất'],
  ['Đất đai', 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu'],
  ['Thành lập và hoạt động của hộ kinh doanh', 'Đăng ký thành lập hộ kinh doanh'],
];
const STATUS_TEXT = ['Đã trả kết quả', 'Đã trả kết quả', 'Đã trả kết quả', 'Đang xử lý', 'Chờ bổ sung', 'Đã xử lý xong', 'Rút hồ sơ'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Y', 'A'];
const GIVEN = ['Văn An', 'Thị Bình', 'Minh Châu', 'Quốc Dũng', 'Thị Hà', 'Blông', 'Hờ Nin'];
const OFFICERS = ['Nguyễn Thị Lan', 'Trần Văn Hùng', 'Lê Thị Thu', 'A Thuấn'];
const CHANNELS = ['Trực tuyến', 'Trực tiếp', 'Qua bưu chính công ích'];

/** 2024-06-03 (a Monday) as an Excel serial. */
const FIRST_DAY = 45_446;

/** Mulberry32: a small seeded generator, so grids repeat exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

/** A time of the working day, as a fraction of a day (07:30–16:45). */
function workTime(rand: () => number): number {
  const minutes = 7 * 60 + 30 + Math.floor(rand() * (9 * 60 + 15));
  return minutes / 1440;
}

/** Monday–Friday on or after `day`. */
function weekday(day: number): number {
  const iso = ((((day + 5) % 7) + 7) % 7) + 1;
  return iso === 6 ? day + 2 : iso === 7 ? day + 1 : day;
}

/**
 * Rows of an export with `dossiers` dossier rows below the title and heading rows.
 * @example exportGrid(10).length // => 13
 */
export function exportGrid(dossiers: number, seed = 20240614): ExportCell[][] {
  const rand = random(seed);
  const rows: ExportCell[][] = [
    ['THỐNG KÊ HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT'],
    ['Từ ngày 03/6/2024 đến ngày 14/6/2024'],
    [...EXPORT_HEADINGS],
  ];
  for (let i = 0; i < dossiers; i++) {
    const [field, procedure] = pick(rand, FIELDS_AND_PROCEDURES);
    const receivedDay = weekday(FIRST_DAY + Math.floor(rand() * 60));
    const received = receivedDay + workTime(rand);
    const due = weekday(receivedDay + 3 + Math.floor(rand() * 12)) + 17 / 24;
    const status = pick(rand, STATUS_TEXT);
    const finishedOpen = status === 'Đang xử lý' || status === 'Chờ bổ sung';
    const finished = finishedOpen ? '' : Math.floor(due) + Math.floor(rand() * 7) - 4 + workTime(rand);
    const actual = finished === '' || rand() < 0.7 ? '' : Math.floor(due) - Math.floor(rand() * 3);
    const code = `000.00.23.H39-${String(240601 + (i % 28)).padStart(6, '0')}-${String(i + 1).padStart(4, '0')}`;
    rows.push([
      i + 1,
      pick(rand, UNITS),
      field,
      procedure,
      code,
      status,
      `${pick(rand, FAMILY)} ${pick(rand, GIVEN)}`,
      pick(rand, CHANNELS),
      received,
      due,
      finished,
      actual,
      pick(rand, OFFICERS),
    ]);
  }
  return rows;
}
