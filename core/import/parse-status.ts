/**
 * Status text → the national DVCQG codes 1–10 (exports.md §1.4), from the national labels,
 * OpenCPS status keys and the vendor labels seen in exports. Recognition patterns only.
 */
import type { Parsed } from '../problem.js';
import type { StatusCode } from './dossier.js';
import type { InputCell } from './read-result.js';
import { containsWords, normalizeKey } from './normalize.js';

/**
 * Labels per code. Choices where systems disagree:
 * - "Chờ xử lý" is 2 (received, waiting for an officer), though OpenCPS shows it for `receiving` (1).
 * - "Từ chối" alone and OpenCPS `denied` are 3 (the DVCQG mapping); "Từ chối giải quyết/xử lý" is 8.
 * - OpenCPS `interoperating`, `posting`, `endorsement` (DVCQG maps them to 0) are 4: still in process.
 * - "Chờ tiếp nhận", "Chưa tiếp nhận" are 1: registered online, not received yet.
 * - "Dừng", "Ngừng xử lý", "Tạm dừng" are 8 (the effect of a pause on the deadline could not
 *   be read in NĐ 118/2025, law.md §1.4: the row leaves the counts like a stop).
 * - "Không đủ điều kiện giải quyết" is 8: refused after examination with a Phiếu từ chối giải
 *   quyết (NĐ 61/2018 Điều 19.8), not a refusal to receive (3).
 * - "Trả lại hồ sơ", "Hủy hồ sơ", "Công dân rút" are 7: the dossier went back without a result.
 * - "Chờ trả kết quả", "Chờ nhận kết quả" are 9: resolved, the result waits at the counter.
 */
export const STATUS_HEADINGS: Record<StatusCode, readonly string[]> = {
  1: [
    'Mới đăng ký', 'Hồ sơ đăng ký mới trực tuyến', 'Đăng ký mới', 'Mới', 'Hồ sơ mới', 'Chờ tiếp nhận', 'Chưa tiếp nhận',
    'Đợi tiếp nhận', 'Hồ sơ chờ tiếp nhận', 'Mới nộp', 'Đã nộp trực tuyến', 'receiving',
  ],
  2: [
    'Được tiếp nhận', 'Đã tiếp nhận', 'Hồ sơ mới tiếp nhận', 'Mới tiếp nhận', 'Tiếp nhận', 'Chờ xử lý',
    'Đã bổ sung - chờ tiếp nhận', 'Đã bổ sung', 'new',
  ],
  3: ['Không được tiếp nhận', 'Không tiếp nhận', 'Từ chối tiếp nhận', 'Từ chối', 'denied'],
  4: [
    'Đang xử lý', 'Đang giải quyết', 'Đang thụ lý', 'Chờ ký duyệt', 'Chờ phê duyệt', 'Chờ thực hiện liên thông',
    'Hồ sơ chuyển phòng chuyên môn', 'Đã nhận kết quả liên thông', 'Đang xử lý liên thông', 'Chuyển xử lý',
    'processing', 'interoperating', 'posting', 'endorsement',
  ],
  5: [
    'Yêu cầu bổ sung giấy tờ', 'Yêu cầu bổ sung', 'Yêu cầu bổ sung hồ sơ', 'Chờ bổ sung', 'Chờ bổ sung hồ sơ',
    'Đang bổ sung điều kiện', 'Đang bổ sung', 'Chờ công dân bổ sung', 'Bổ sung hồ sơ', 'Bổ sung', 'waiting',
  ],
  6: [
    'Yêu cầu thực hiện nghĩa vụ tài chính', 'Chờ thực hiện nghĩa vụ tài chính', 'Chờ trả thông báo nghĩa vụ tài chính',
    'Thực hiện nghĩa vụ tài chính', 'Nghĩa vụ tài chính', 'Chờ thanh toán', 'Chờ nộp phí', 'paying',
  ],
  7: [
    'Công dân yêu cầu rút hồ sơ', 'Đã rút hồ sơ', 'Rút hồ sơ', 'Rút không giải quyết', 'Xin rút', 'Đã rút', 'Rút',
    'Trả lại', 'Trả lại hồ sơ', 'Trả lại / Xin rút', 'Hủy', 'Đã hủy', 'Hủy hồ sơ', 'Đã hủy hồ sơ', 'Công dân rút',
    'Công dân rút hồ sơ', 'Công dân xin rút', 'Công dân xin rút hồ sơ', 'Đã trả lại hồ sơ', 'cancelled', 'canceled',
  ],
  8: [
    'Dừng xử lý', 'Tạm dừng xử lý', 'Tạm dừng', 'Dừng giải quyết', 'Hồ sơ không xử lý được', 'Không xử lý được',
    'Từ chối giải quyết', 'Từ chối xử lý', 'Không giải quyết', 'Dừng', 'Đã dừng', 'Ngừng xử lý', 'Ngừng giải quyết',
    'Tạm ngừng xử lý', 'Tạm ngừng', 'Tạm dừng giải quyết', 'Không đủ điều kiện giải quyết', 'Không đủ điều kiện',
    'Hồ sơ không đủ điều kiện giải quyết', 'unresolved',
  ],
  9: [
    'Đã xử lý xong', 'Đã xử lý', 'Xử lý xong', 'Đã giải quyết', 'Đã giải quyết xong', 'Hoàn thành', 'Đã hoàn thành',
    'Đã có kết quả', 'Có kết quả', 'Chờ trả kết quả', 'Chờ nhận kết quả', 'Đã có kết quả chờ trả', 'Đã duyệt', 'releasing',
  ],
  10: ['Đã trả kết quả', 'Đã trả', 'Trả kết quả', 'Đã trả kết quả cho công dân', 'Hoàn tất', 'done'],
};

const EXACT = new Map<string, StatusCode>();
for (const code of Object.keys(STATUS_HEADINGS).map(Number) as StatusCode[]) {
  for (const label of STATUS_HEADINGS[code]) {
    const key = normalizeKey(label);
    if (!EXACT.has(key)) EXACT.set(key, code);
  }
}
/** Labels of two words or more, longest first, for text with extra words ("Đang xử lý quá hạn"). */
const CONTAINED = [...EXACT.entries()].filter(([key]) => key.includes(' ')).sort((a, b) => b[0].length - a[0].length);
const NEGATIONS = ['chua', 'khong'];
const LEADING_CODE = /^0?(\d{1,2})(?:\s*[.\-:)]\s*|\s+|$)/;
const CACHE = new Map<string, Parsed<StatusCode>>();
const UNKNOWN: Parsed<StatusCode> = { ok: false, code: 'status.unknown' };

/**
 * The DVCQG status code of a status cell: a code ("9", "4 Đang xử lý", "10. Đã trả kết quả"),
 * a national or vendor label (any case, with or without diacritics) or an OpenCPS key.
 * The caller keeps the original text.
 * @example parseStatus('Chờ bổ sung hồ sơ') // => { ok: true, value: 5 }
 */
export function parseStatus(value: InputCell): Parsed<StatusCode> {
  if (typeof value === 'number') return isStatusCode(value) ? { ok: true, value } : UNKNOWN;
  if (typeof value !== 'string') return UNKNOWN;
  const cached = CACHE.get(value);
  if (cached) return cached;
  const found = parseStatusText(value);
  if (CACHE.size < 5_000) CACHE.set(value, found);
  return found;
}

function parseStatusText(text: string): Parsed<StatusCode> {
  const trimmed = text.trim();
  const lead = LEADING_CODE.exec(trimmed);
  if (lead) {
    const code = Number(lead[1]);
    return isStatusCode(code) ? { ok: true, value: code } : UNKNOWN;
  }
  const key = normalizeKey(trimmed);
  const exact = EXACT.get(key);
  if (exact !== undefined) return { ok: true, value: exact };
  const words = key.split(' ');
  for (const [label, code] of CONTAINED) {
    if (!containsWords(key, label)) continue;
    // "Chưa trả kết quả" is not "Đã trả kết quả" with an extra word.
    const negated = NEGATIONS.some((n) => words.includes(n) && !label.split(' ').includes(n));
    if (!negated) return { ok: true, value: code };
  }
  return UNKNOWN;
}

function isStatusCode(n: number): n is StatusCode {
  return Number.isInteger(n) && n >= 1 && n <= 10;
}
