/**
 * How a dossier was submitted: "Kênh thực hiện" names and codes (Thanh Hóa
 * KENH_THUC_HIEN: 1 Trực tiếp, 2 Trực tuyến, 3 Qua bưu chính công ích), or a yes/no
 * flag in an OpenCPS "Trực tuyến" column. Recognition patterns only. A national or
 * provincial portal, the VNeID app and a self-service ki-ốt (NĐ 309/2026 Điều 1.2: connected
 * to the portal) are online submissions, 06a column (4).
 */
import type { Parsed } from '../problem.js';
import type { Channel } from './dossier.js';
import type { InputCell } from './read-result.js';
import { containsWords, normalizeKey } from './normalize.js';

export const CHANNEL_HEADINGS: Record<Channel, readonly string[]> = {
  online: [
    'Trực tuyến', 'Nộp trực tuyến', 'Online', 'DVC trực tuyến', 'Dịch vụ công trực tuyến', 'Trực tuyến toàn trình',
    'Trực tuyến một phần', 'Toàn trình', 'Một phần', 'Mức 3', 'Mức 4', 'Mức độ 3', 'Mức độ 4', 'Qua mạng',
    'Cổng dịch vụ công', 'Cổng DVC', 'Cổng DVC quốc gia', 'Cổng dịch vụ công quốc gia', 'Cổng DVC tỉnh',
    'Cổng dịch vụ công tỉnh', 'DVCQG', 'DVCTT', 'DVC', 'VNeID', 'Ứng dụng VNeID', 'Ki-ốt', 'Ki ốt', 'Kiốt',
    'Kiosk', 'Ki-ốt thông minh', 'Kiosk thông minh', 'Thiết bị tự phục vụ', 'Qua mạng điện tử',
  ],
  direct: ['Trực tiếp', 'Nộp trực tiếp', 'Tại bộ phận một cửa', 'Một cửa', 'Tại quầy', 'Offline'],
  postal: [
    'Qua bưu chính công ích', 'Bưu chính công ích', 'Dịch vụ bưu chính công ích', 'Qua dịch vụ bưu chính',
    'Bưu chính', 'Qua bưu điện', 'Bưu điện', 'BCCI',
  ],
};

const BY_CODE: Record<string, Channel> = { 1: 'direct', 2: 'online', 3: 'postal' };
const FLAG_YES = new Set(['x', 'v', 'co', 'yes', 'y', 'true', 'dung', '1']);
const FLAG_NO = new Set(['khong', 'no', 'n', 'false', 'sai', '0']);
const FLAG_SYMBOLS = new Set(['✓', '✔', '√', '☑']);

const EXACT = new Map<string, Channel>();
for (const channel of Object.keys(CHANNEL_HEADINGS) as Channel[]) {
  for (const label of CHANNEL_HEADINGS[channel]) EXACT.set(normalizeKey(label), channel);
}
/** One-word names distinctive enough to find inside longer text ("Nộp qua VNeID"). */
const CONTAINED_WORDS: ReadonlySet<string> = new Set(['bcci', 'dvcqg', 'dvctt', 'vneid', 'kiosk', 'kiot']);
const CONTAINED = [...EXACT.entries()]
  .filter(([key]) => key.includes(' ') || CONTAINED_WORDS.has(key))
  .sort((a, b) => b[0].length - a[0].length);
const UNKNOWN: Parsed<Channel> = { ok: false, code: 'channel.unknown' };

/**
 * The channel of one cell. In a flag column (`onlineFlag`, e.g. OpenCPS "Trực tuyến"), yes
 * means online and no means direct; elsewhere 1/2/3 are the Kênh thực hiện codes.
 * @example parseChannel('Qua bưu chính công ích') // => { ok: true, value: 'postal' }
 * @example parseChannel(true, true) // => { ok: true, value: 'online' }
 */
export function parseChannel(value: InputCell, onlineFlag = false): Parsed<Channel> {
  if (typeof value === 'string') {
    // A channel column repeats a handful of values: remember them.
    const cache = onlineFlag ? FLAG_CACHE : NAME_CACHE;
    let found = cache.get(value);
    if (found === undefined) {
      found = parseChannelValue(value, onlineFlag);
      if (cache.size < 1_000) cache.set(value, found);
    }
    return found;
  }
  return parseChannelValue(value, onlineFlag);
}

const NAME_CACHE = new Map<string, Parsed<Channel>>();
const FLAG_CACHE = new Map<string, Parsed<Channel>>();

function parseChannelValue(value: InputCell, onlineFlag: boolean): Parsed<Channel> {
  if (typeof value === 'boolean') return onlineFlag ? { ok: true, value: value ? 'online' : 'direct' } : UNKNOWN;
  if (typeof value !== 'number' && typeof value !== 'string') return UNKNOWN;
  const text = String(value).trim();
  if (onlineFlag && FLAG_SYMBOLS.has(text)) return { ok: true, value: 'online' };
  const key = normalizeKey(text);
  if (onlineFlag) {
    if (FLAG_YES.has(key)) return { ok: true, value: 'online' };
    if (FLAG_NO.has(key)) return { ok: true, value: 'direct' };
  } else if (BY_CODE[key] !== undefined) {
    return { ok: true, value: BY_CODE[key] };
  }
  const exact = EXACT.get(key);
  if (exact) return { ok: true, value: exact };
  for (const [label, channel] of CONTAINED) if (containsWords(key, label)) return { ok: true, value: channel };
  return UNKNOWN;
}
