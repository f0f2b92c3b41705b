/**
 * Every word the CLI prints, in Vietnamese (and the English half of --help).
 * Status and problem words come from core/labels.vi.ts; this file holds only the CLI's own.
 */
export const HELP = `dunghan — kiểm tra hạn giải quyết hồ sơ TTHC / check deadlines of administrative-procedure dossiers

Cách dùng / Usage:
  dunghan calendar <năm> [--json]
      Ngày nghỉ của cơ quan nhà nước trong năm / the year's days off for state agencies.
  dunghan due "<dd/MM/yyyy HH:mm>" "<thời hạn>" [--json]
      Tính ngày hẹn trả / compute the due date, e.g. dunghan due "14/02/2025 15:01" "03 ngày làm việc".
  dunghan check <tệp> [--sheet TÊN] [--as-of YYYY-MM-DD] [--map truong="Tiêu đề cột"] [--out kq.xlsx] [--json]
      Đọc tệp xuất từ hệ thống (.xlsx, .csv, HTML .xls) và phân loại hồ sơ / read an export and classify dossiers.
  dunghan merge <tệp...> --out tong-hop.xlsx
      Tổng hợp nhiều đơn vị / consolidate many units.
  dunghan demo
      Chạy thử trên tệp mẫu (npm start) / run on the bundled sample.

Mã thoát / Exit codes: 0 xong / done; 2 sai tham số hoặc không đọc được tệp / bad arguments or unreadable file.`;

export const CLI_MESSAGES = {
  unknownCommand: (name: string) => `Lệnh không hợp lệ: "${name}". Gõ dunghan --help để xem cách dùng.`,
  internalError: 'Lỗi không mong muốn. Chi tiết cho bộ phận kỹ thuật:',
  // calendar command
  calendar: {},
  // due command
  due: {},
  // check command
  check: {},
  // merge command
  merge: {},
  // demo command
  demo: {},
};
