/**
 * Every word of the Google Sheets menu and sidebar chrome, in Vietnamese with full
 * diacritics. Status words, colors and problem messages come from core (labels.vi.ts);
 * this file holds only what is particular to the Sheets host.
 */
import type { Field, PeriodPreset } from '../../core/index.js';

export const MENU_LABELS = {
  title: 'Đúng Hạn',
  check: 'Kiểm tra hạn',
  reports: 'Tạo phụ lục',
  consolidate: 'Tổng hợp…',
  settings: 'Cài đặt',
  sidebar: 'Mở bảng Đúng Hạn',
} as const;

export const SIDEBAR_LABELS = {
  title: 'Đúng Hạn',
  loading: 'Đang tải…',
  data: {
    heading: 'Dữ liệu',
    sheet: 'Trang tính',
    headerRow: (row: number) => `Dòng tiêu đề: ${row}`,
    noHeader: 'Chưa tìm thấy dòng tiêu đề.',
    rows: (count: string) => `${count} hồ sơ`,
    columnsHeading: 'Cột dữ liệu',
    column: (letter: string, heading: string) => (heading ? `cột ${letter} — ${heading}` : `cột ${letter}`),
    notFound: 'không tìm thấy',
    autoDetect: '(tự nhận)',
    userChosen: 'do bạn chọn',
    saveMapping: 'Lưu cách chọn cột',
    mappingSaved: 'Đã lưu. Lần sau trang có cùng tiêu đề sẽ dùng lại cách chọn này.',
  },
  period: {
    heading: 'Kỳ báo cáo',
    preset: 'Kỳ',
    from: 'Từ ngày',
    to: 'Đến ngày',
    asOf: 'Ngày chốt số liệu',
    asOfToday: 'Hôm nay',
  },
  actions: {
    check: 'Kiểm tra hạn',
    reports: 'Tạo phụ lục',
    consolidate: 'Tổng hợp…',
    consolidateRun: 'Tổng hợp các trang đã chọn',
    consolidatePick: 'Chọn các trang tính cần tổng hợp vào trang "Tổng hợp":',
    consolidateNone: 'Hãy chọn ít nhất một trang tính.',
    cancel: 'Đóng',
  },
  progress: {
    reading: 'Đang đọc dữ liệu…',
    readingRows: (count: string) => `Đang đọc ${count} dòng…`,
    writing: (done: string, total: string) => `Đang ghi kết quả: ${done}/${total} dòng…`,
    reports: 'Đang tạo phụ lục…',
    consolidating: 'Đang tổng hợp…',
    daysOff: 'Đang mở trang "Ngày nghỉ"…',
  },
  results: {
    heading: 'Kết quả',
    total: (count: string) => `Tổng: ${count} hồ sơ`,
    score766: 'Điểm tiến độ (QĐ 766), tối đa 20',
    scoreSystem: (score: string) => `Theo hệ thống: ${score}`,
    scoreActual: (score: string) => `Thực tế: ${score}`,
    done: 'Đã ghi kết quả vào trang tính.',
    reportsDone: (names: string) => `Đã tạo: ${names}.`,
    consolidateDone: (names: string) => `Đã tổng hợp vào: ${names}.`,
    noProblems: 'Không có vấn đề nào.',
    problemsHeading: (count: string) => `Vấn đề cần xem (${count})`,
    moreProblems: (count: string) => `… và ${count} vấn đề khác.`,
    row: (row: number) => `Dòng ${row}`,
    wholeSheet: 'Cả trang',
    goToCell: 'Chọn ô này',
    value: (text: string) => `Giá trị: "${text}"`,
    restarted: 'Dữ liệu đã thay đổi trong khi ghi; đã ghi lại từ đầu.',
  },
  settings: {
    heading: 'Cài đặt',
    save: 'Lưu cài đặt',
    saved: 'Đã lưu cài đặt cùng bảng tính.',
    dueSoon: 'Báo "Sắp đến hạn" trước (ngày làm việc)',
    supplementation: 'Khi công dân bổ sung hồ sơ',
    supplementationRestart: 'Tính lại thời hạn từ đầu (NĐ 61/2018/NĐ-CP Điều 19 khoản 4) — mặc định',
    supplementationPause: 'Tạm dừng tính thời hạn trong lúc chờ (cách tính chỉ số QĐ 766 trên Cổng DVCQG)',
    measureAgainst: 'Hồ sơ đã hẹn lại ngày trả',
    measureOriginal: 'Xét theo ngày hẹn trả đầu tiên (NĐ 61/2018/NĐ-CP Điều 19 khoản 9) — mặc định',
    measureExtended: 'Xét theo ngày hẹn lại',
    sameDayCutoff: 'Hồ sơ giải quyết trong ngày: tiếp nhận trước (giờ:phút) thì trả trong ngày (NĐ 61/2018/NĐ-CP Điều 18 khoản 2)',
    withdrawnOnTime: 'Biểu 06a: tính hồ sơ rút là đúng hạn (như một số hệ thống)',
    awaitingWithin: 'Biểu 06a: tính hồ sơ chờ công dân là "đang giải quyết trong hạn"',
    colorGreen: 'Tô màu xanh các hồ sơ trước hạn, đúng hạn',
    saturdayMorning:
      'Bộ phận một cửa làm việc sáng thứ Bảy (07:00–11:30): tính vào thời hạn theo giờ và hồ sơ giải quyết trong ngày',
    header: 'Thông tin trên biểu',
    reportingUnit: 'Đơn vị báo cáo',
    receivingUnit: 'Đơn vị nhận báo cáo',
    place: 'Địa danh (dòng ngày tháng)',
    preparer: 'Người lập biểu',
    head: 'Thủ trưởng đơn vị',
    daysOff: 'Ngày nghỉ, ngày làm việc thêm của cơ quan',
    daysOffHint: 'Ghi trong trang "Ngày nghỉ" của bảng tính; mỗi lần kiểm tra sẽ đọc lại trang này.',
    daysOffOpen: 'Mở trang "Ngày nghỉ"',
    daysOffDone: 'Đã mở trang "Ngày nghỉ". Sửa xong, hãy chạy lại Kiểm tra hạn.',
  },
  errors: {
    heading: 'Có lỗi',
    details: 'Chi tiết',
    generic: 'Không thực hiện được. Hãy thử lại; nếu vẫn lỗi, gửi phần "Chi tiết" cho bộ phận tin học.',
    sheetMissing: (name: string) => `Không tìm thấy trang tính "${name}". Có thể trang đã bị đổi tên hoặc xóa.`,
    changedTwice: 'Dữ liệu thay đổi liên tục trong khi ghi kết quả. Hãy chờ mọi người sửa xong rồi chạy lại Kiểm tra hạn.',
    tokenInvalid: 'Phiên ghi kết quả đã hết hạn. Hãy bấm lại Kiểm tra hạn.',
    noServer: 'Không kết nối được với Google Sheets. Hãy tải lại trang bảng tính.',
  },
} as const;

/** Period presets, in the order of the dropdown (UX.md). */
export const PERIOD_PRESET_LABELS: Record<PeriodPreset, string> = {
  month15: 'Tháng (15 tháng trước – 14 tháng này)',
  month: 'Tháng dương lịch',
  quarter: 'Quý',
  year: 'Năm',
  custom: 'Tùy chọn',
};

/**
 * What a missing column means for the results (UX.md: shown in amber). Fields absent here
 * only lose a column in the reports.
 */
export const MISSING_FIELD_EFFECTS: Partial<Record<Field, string>> = {
  due: 'hạn trả được tính từ Ngày tiếp nhận và Thời hạn giải quyết (nếu có)',
  actualResult: 'không tách được hồ sơ trễ trên hệ thống',
  status: 'xét tình trạng hồ sơ chỉ theo các cột ngày',
  officer: 'không lập được bảng theo cán bộ xử lý',
  channel: 'không tách được hồ sơ trực tuyến và trực tiếp',
};

/** "Không có cột X: Y" (UX.md). */
export function missingFieldLine(fieldLabel: string, effect: string): string {
  return `Không có cột ${fieldLabel}: ${effect}`;
}
