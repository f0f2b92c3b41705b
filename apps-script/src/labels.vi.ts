/**
 * Every word of the Google Sheets menu and sidebar chrome, in Vietnamese with full
 * diacritics. Status words, colors, problem messages, period presets, rule options and
 * missing-column meanings come from core (core/labels.vi.ts: SETTINGS_LABELS); this file
 * holds only what is particular to the Sheets host.
 */

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
