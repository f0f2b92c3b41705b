/** Words the sample exports write: status labels as each system prints them. */
import type { Channel, StatusCode } from '../../core/import/dossier.js';

/** National DVCQG labels (exports.md §1.4), used by the Thanh Hóa system and hand-kept sheets. */
export const NATIONAL_STATUS: Record<StatusCode, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

/** OpenCPS screen labels (exports.md §1.3) where they differ from the national ones. */
export const OPENCPS_STATUS: Record<StatusCode, string> = {
  ...NATIONAL_STATUS,
  2: 'Chờ xử lý',
  3: 'Từ chối tiếp nhận',
  6: 'Chờ thanh toán',
  7: 'Rút không giải quyết',
};

/** Thanh Hóa KENH_THUC_HIEN names. */
export const CHANNEL_NAMES: Record<Channel, string> = {
  direct: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Qua bưu chính công ích',
};
