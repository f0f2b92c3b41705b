/**
 * Heading synonyms of every canonical field (exports.md §1.6 plus headings met in
 * other systems and hand-made sheets). These are recognition patterns, not user text.
 * Matching uses `normalizeKey`, so case, diacritics, NFD and punctuation do not matter.
 */
import type { Field } from './dossier.js';
import { LIVE_TOOL_HEADINGS, TOOL_HEADINGS } from '../labels.vi.js';
import { containsWords, normalizeKey } from './normalize.js';

/** A heading and the confidence that it names the field (1 when the table omits it). */
type Synonym = string | readonly [string, number];

export const FIELD_HEADINGS: Record<Field, readonly Synonym[]> = {
  code: [
    'Mã hồ sơ', 'Mã số hồ sơ', 'Số hồ sơ', 'Mã HS', 'Số HS', 'Mã hồ sơ TTHC', 'Mã số HS', 'Số hiệu hồ sơ',
    ['Số biên nhận', 0.9], ['Mã biên nhận', 0.9], ['Số biên nhận hồ sơ', 0.9], ['Mã tiếp nhận', 0.8],
    ['Mã hồ sơ gốc', 0.5], ['Mã tham chiếu', 0.4],
  ],
  procedure: [
    'Tên thủ tục hành chính', 'Tên TTHC', 'Tên thủ tục', 'Thủ tục hành chính', 'Tên của thủ tục hành chính',
    'Thủ tục', 'TTHC', 'Nội dung hồ sơ', 'Tên nội dung', 'Yêu cầu giải quyết', 'Nội dung yêu cầu giải quyết',
    'Tên dịch vụ công', 'Dịch vụ công', 'Trích yếu', 'Trích yếu hồ sơ', 'Tên hồ sơ',
    ['Nội dung', 0.9], ['Loại hồ sơ', 0.8],
  ],
  field: ['Lĩnh vực', 'Tên lĩnh vực', 'Lĩnh vực giải quyết', 'Lĩnh vực TTHC', 'Ngành, lĩnh vực'],
  unit: [
    // The unit that resolves the dossier; the receiving desk only when nothing better exists.
    'Cơ quan thụ lý', 'Đơn vị giải quyết', 'Đơn vị/ cá nhân giải quyết', 'Đơn vị, cá nhân giải quyết',
    'Đơn vị', 'Tên đơn vị', 'Cơ quan giải quyết', 'Cơ quan thực hiện', 'Đơn vị xử lý',
    'Đơn vị thụ lý', 'Đơn vị thực hiện', 'Cơ quan, đơn vị', 'Cơ quan', 'Phòng ban xử lý', 'Phòng ban',
    'Tên cơ quan tiếp nhận thực hiện thủ tục', 'Cơ quan chủ trì',
    ['Đơn vị tiếp nhận', 0.9], ['Cơ quan tiếp nhận', 0.9], ['Nơi tiếp nhận', 0.9],
  ],
  officer: [
    'Cán bộ đang xử lý', 'Người xử lý', 'Cán bộ xử lý', 'Thực hiện', 'Người đang xử lý', 'Cán bộ thụ lý',
    'Chuyên viên xử lý', 'Cán bộ giải quyết', 'Cán bộ, công chức xử lý', 'Người thực hiện', 'Cán bộ',
    'Người nhận hồ sơ', ['Cán bộ tiếp nhận', 0.8], ['Người tiếp nhận', 0.8],
  ],
  applicant: [
    'Chủ hồ sơ', 'Họ tên chủ hồ sơ', 'Họ và tên chủ hồ sơ', 'Tên chủ hồ sơ', 'Tên khách hàng', 'Chủ Sử Dụng',
    'Tổ chức, cá nhân', 'Tên tổ chức, cá nhân', 'Tổ chức/cá nhân', 'Người đứng tên', 'Công dân', 'Tên công dân',
    'Người yêu cầu', ['Người nộp', 0.9], ['Người nộp hồ sơ', 0.9], ['Tên người nộp', 0.9],
    ['Họ và tên', 0.8], ['Họ tên', 0.8],
  ],
  channel: [
    'Kênh thực hiện', 'Loại tiếp nhận', 'Hình thức nộp', 'Hình thức nộp hồ sơ', 'Hình thức tiếp nhận',
    'Kênh tiếp nhận', 'Phương thức nộp', 'Phương thức tiếp nhận', 'Kênh nộp', 'Hình thức',
  ],
  submitted: [
    'Ngày nộp hồ sơ', 'Ngày nộp', 'Ngày gửi', 'Ngày nộp hồ sơ trực tuyến', 'Ngày nộp trực tuyến',
    'Thời gian nộp', 'Ngày giờ nộp', 'Ngày đăng ký',
  ],
  received: [
    'Ngày tiếp nhận', 'Ngày nhận', 'Nhận hồ sơ', 'Ngày nhận hồ sơ', 'Ngày tiếp nhận hồ sơ',
    'Thời gian tiếp nhận', 'Ngày giờ tiếp nhận', 'Ngày, giờ tiếp nhận', 'Tiếp nhận',
  ],
  due: [
    'Ngày hẹn trả', 'Hẹn trả kết quả', 'Ngày hẹn', 'Ngày hẹn trả kết quả', 'Hẹn trả', 'Ngày hẹn trả KQ',
    'Ngày hẹn trả hồ sơ', 'Hạn giải quyết', 'Hạn trả kết quả', 'Hạn trả', 'Thời hạn trả kết quả',
    'Ngày hết hạn', 'Hạn hoàn thành', ['Thời Hạn Cũ', 0.9],
  ],
  extendedDue: [
    'Ngày gia hạn', 'Ngày hẹn lại', 'Hẹn lại', 'Thời Hạn Mới', 'Ngày hẹn trả mới', 'Ngày hẹn mới',
    'Ngày hẹn trả lại', 'Hẹn trả lại', 'Gia hạn', 'Hạn mới', 'Ngày hẹn lại do xử lý hồ sơ trễ hạn thụ lý',
  ],
  finished: [
    'Ngày kết thúc xử lý', 'Ngày có kết quả', 'Ngày hoàn thành', 'Ngày nhận kết quả', 'Ngày xử lý xong',
    'Ngày hoàn thành xử lý', 'Ngày giải quyết xong', 'Thời gian kết thúc xử lý', 'Ngày kết thúc',
    'Ngày hoàn thành thụ lý', 'Ngày có KQ', 'Ngày giải quyết', 'Ngày ký duyệt',
  ],
  returned: [
    'Ngày trả', 'Ngày trả kết quả', 'Ngày trả KQ', 'Ngày trả hồ sơ', 'Thời gian trả kết quả',
    'Ngày trả kết quả hồ sơ', 'Ngày trả kết quả cho công dân', ['Trả kết quả', 0.8],
  ],
  actualResult: [
    'Ngày trả kết quả thực tế', 'Ngày trả KQ thực tế', 'Ngày thực tế trả kết quả', 'Ngày trả thực tế',
    'Thực tế trả kết quả', 'Ngày trả kết quả (thực tế)', 'Ngày có kết quả thực tế', 'Ngày hoàn thành thực tế',
    'Ngày trả KQ (thực tế)', 'Thực tế',
  ],
  status: [
    'Trạng thái', 'Tình trạng', 'Trạng thái hồ sơ', 'Tình trạng hồ sơ', 'Trạng thái xử lý',
    'Tình trạng xử lý', 'Tên trạng thái', ['Kết quả giải quyết', 0.6],
  ],
  period: [
    'Thời hạn giải quyết', 'Thời gian giải quyết', 'Thời hạn xử lý', 'Số ngày giải quyết',
    'Thời hạn quy định', 'Thời gian quy định', 'Thời hạn giải quyết theo quy định', 'Số ngày làm việc',
  ],
  remarks: [
    'Ghi chú', 'Lý do trễ hẹn', 'Ghi chú xử lý', 'Lý do trễ hạn', 'Lý do quá hạn', 'Lý do', 'Nguyên nhân',
    'Nguyên nhân quá hạn', 'Nguyên nhân trễ hạn', 'Lý do gia hạn', 'Ghi chú / Lý do gia hạn', 'Ý kiến',
    ['Ghi chú nộp', 0.7],
  ],
};

/** A "Trực tuyến" column holds a yes/no flag, not a channel name. */
export const ONLINE_FLAG_HEADINGS = ['Trực tuyến', 'Nộp trực tuyến', 'Hồ sơ trực tuyến', 'Online', 'DVC trực tuyến'];

/** Values computed by the source system (OpenCPS "Quá hạn 2.25 ngày"): cross-checks, never inputs. */
export const DERIVED_HEADINGS = [
  'Số ngày quá hạn', 'Số ngày trễ hạn', 'Số ngày trễ', 'Quá hạn', 'Trễ hạn', 'Còn lại', 'Thời gian còn lại',
  'Số ngày còn lại', 'Tiến độ', 'Tình trạng hạn', 'Thời gian quá hạn', 'Số giờ quá hạn',
];

/**
 * Headings whose meaning depends on what the column holds: `ifDates` when most values are
 * dates, `otherwise` when not. OpenCPS "Hạn xử lý" holds "Quá hạn 2.25 ngày"; "Thời hạn" is a
 * due date in some exports and "05 ngày làm việc" in others.
 */
export const CONTENT_DECIDES: readonly { heading: string; ifDates: Field; otherwise: Field | 'derived' }[] = [
  { heading: 'Hạn xử lý', ifDates: 'due', otherwise: 'derived' },
  { heading: 'Thời hạn', ifDates: 'due', otherwise: 'period' },
];

/** Headings of known columns that feed no field; they still count when scoring a header row. */
export const OTHER_HEADINGS = [
  'STT', 'TT', 'Số TT', 'Số thứ tự', 'Địa chỉ', 'Địa chỉ chủ hồ sơ', 'Số điện thoại', 'Điện thoại',
  'Điện thoại liên lạc', 'Thư điện tử', 'Email', 'Mã thủ tục', 'Mã TTHC', 'Sổ theo dõi', 'Chi tiết nội dung',
  'Số lượng (bộ)', 'Số bộ hồ sơ', 'Số lượng', 'Địa bàn phát sinh hồ sơ', 'Bên giao (Ký tên)', 'Bên giao',
  'Bên nhận', 'Tờ', 'Thửa', 'Số biên lai', 'Người nhận', 'Người nhận kết quả', 'Thao tác', 'Link', 'Đường dẫn',
  'Mức độ', 'Cấp thực hiện', 'Thông tin hồ sơ', 'CCCD', 'Số CCCD', 'Số CMND/CCCD', 'Số giấy tờ', 'Lệ phí',
  'Phí, lệ phí', 'Ký nhận', 'Ngày, tháng, năm', 'Giới tính', 'Ngày sinh', 'Mã hồ sơ liên thông',
];

/** What a heading means. */
export type HeadingMatch =
  | { kind: 'field'; field: Field; confidence: number; onlineFlag: boolean }
  | { kind: 'contentDecides'; ifDates: Field; otherwise: Field | 'derived'; confidence: number }
  | { kind: 'derived'; confidence: number }
  | { kind: 'other'; confidence: number }
  | { kind: 'tool'; confidence: number };

/** Too generic to be found inside a longer heading ("Ngày thực hiện" is not the officer). */
const EXACT_ONLY = new Set(
  ['Thực hiện', 'Tiếp nhận', 'Đơn vị', 'Cơ quan', 'Họ tên', 'Họ và tên', 'Thủ tục', 'Hình thức', 'Thực tế', 'Quá hạn',
    'Trễ hạn', 'Gia hạn', 'Còn lại', 'Tiến độ', 'Nội dung', 'Cán bộ', 'Lý do', 'Phòng ban', 'Người nhận', 'Ngày nhận',
    'Ngày trả', 'Ngày hẹn', 'Hạn trả', 'Số lượng', 'Ngày kết thúc', 'Ngày giải quyết', 'Thời hạn', 'Trả kết quả',
    'Hạn mới', 'Dịch vụ công', 'Công dân', 'Bên giao', 'Bên nhận', 'Online', 'Điện thoại', 'Tờ', 'Thửa', 'Người nộp',
  ].map(normalizeKey),
);

/** Confidence of a match found inside a longer heading, relative to an exact one. */
const CONTAINED_FACTOR = 0.8;

interface Entry {
  key: string;
  match: HeadingMatch;
}

function buildTable(): { exact: Map<string, HeadingMatch>; contained: Entry[] } {
  const exact = new Map<string, HeadingMatch>();
  const put = (heading: string, match: HeadingMatch): void => {
    const key = normalizeKey(heading);
    if (!exact.has(key)) exact.set(key, match);
  };
  for (const heading of [...TOOL_HEADINGS, ...LIVE_TOOL_HEADINGS]) put(heading, { kind: 'tool', confidence: 1 });
  for (const heading of DERIVED_HEADINGS) put(heading, { kind: 'derived', confidence: 1 });
  for (const c of CONTENT_DECIDES) put(c.heading, { kind: 'contentDecides', ifDates: c.ifDates, otherwise: c.otherwise, confidence: 1 });
  for (const heading of ONLINE_FLAG_HEADINGS) put(heading, { kind: 'field', field: 'channel', confidence: 1, onlineFlag: true });
  for (const field of Object.keys(FIELD_HEADINGS) as Field[]) {
    for (const synonym of FIELD_HEADINGS[field]) {
      const [heading, confidence] = typeof synonym === 'string' ? [synonym, 1] : synonym;
      put(heading, { kind: 'field', field, confidence, onlineFlag: false });
    }
  }
  for (const heading of OTHER_HEADINGS) put(heading, { kind: 'other', confidence: 1 });
  const contained = [...exact.entries()]
    .filter(([key, match]) => !EXACT_ONLY.has(key) && match.kind !== 'tool' && key.includes(' '))
    .map(([key, match]) => ({ key, match }))
    // Longest first: "ngay tra ket qua thuc te" must win over "ngay tra ket qua".
    .sort((a, b) => b.key.length - a.key.length);
  return { exact, contained };
}

const TABLE = buildTable();
const TOOL_KEYS = [...TOOL_HEADINGS, ...LIVE_TOOL_HEADINGS].map(normalizeKey);
const CACHE = new Map<string, HeadingMatch | null>();

/**
 * What a heading means, or null when it is unknown. An exact synonym has its table confidence;
 * a synonym found inside a longer heading ("Ngày hẹn trả (dd/mm/yyyy)") has 0.8 of it.
 * @example matchHeading('NGAY HEN TRA') // => { kind: 'field', field: 'due', confidence: 1, onlineFlag: false }
 */
export function matchHeading(heading: string): HeadingMatch | null {
  const key = normalizeKey(heading);
  const cached = CACHE.get(key);
  if (cached !== undefined) return cached;
  const found = matchKey(key);
  if (CACHE.size < 10_000) CACHE.set(key, found);
  return found;
}

function matchKey(key: string): HeadingMatch | null {
  if (key === '') return null;
  const exact = TABLE.exact.get(key);
  if (exact) return exact;
  // A previous run's heading with a note added after it is still the tool's column.
  for (const tool of TOOL_KEYS) if (key.startsWith(tool)) return { kind: 'tool', confidence: 1 };
  for (const entry of TABLE.contained) {
    if (containsWords(key, entry.key)) return { ...entry.match, confidence: entry.match.confidence * CONTAINED_FACTOR };
  }
  return null;
}
