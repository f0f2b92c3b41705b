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
    willCheck: (sheet: string) => `Sẽ kiểm tra trang "${sheet}".`,
    noHeaderNothingWritten: (sheet: string) =>
      `Không tìm thấy dòng tiêu đề trên trang "${sheet}", nên chưa ghi gì. Hãy chọn trang có dữ liệu xuất từ hệ thống một cửa (có cột "Mã hồ sơ" và "Ngày hẹn trả").`,
    localeMonthFirst: (locale: string, repaired: number) =>
      repaired > 0
        ? `Bảng tính đang đặt ngôn ngữ, vùng "${locale}" (tháng trước ngày), nên Google Sheets đã đọc ngày dạng ngày/tháng thành tháng/ngày. Đã đảo lại ngày/tháng ở ${repaired} cột khi kiểm tra (ô trên trang giữ nguyên). Để sửa hẳn: Tệp → Cài đặt → Ngôn ngữ, vùng: Việt Nam, rồi nhập lại tệp.`
        : `Bảng tính đang đặt ngôn ngữ, vùng "${locale}" (tháng trước ngày): ngày dạng ngày/tháng trong tệp nhập vào có thể đã bị đọc thành tháng/ngày. Hãy vào Tệp → Cài đặt → Ngôn ngữ, vùng: Việt Nam, rồi nhập lại tệp.`,
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
    liveTabs: (done: number, total: number) => `Đang ghi sổ tự tính: ${done}/${total} trang báo cáo…`,
    liveRows: (done: string, total: string) => `Đang ghi công thức: ${done}/${total} dòng…`,
  },
  results: {
    heading: 'Kết quả',
    total: (count: string) => `Tổng: ${count} hồ sơ`,
    score766: 'Điểm tiến độ (QĐ 766), tối đa 20',
    scoreSystem: (score: string) => `Theo hệ thống: ${score}`,
    scoreActual: (score: string) => `Thực tế: ${score}`,
    done: 'Đã ghi kết quả vào trang tính.',
    doneOn: (sheet: string) => `Đã ghi kết quả vào trang "${sheet}".`,
    writingPart: (done: number, total: number) => `Đã ghi ${done}/${total} trang kết quả; đang ghi tiếp…`,
    keptTyped: 'Ngày trả thực tế và ghi chú đã ghi ở lần trước (hồ sơ không còn trong danh sách kỳ này), được giữ lại:',
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
    liveReplaced:
      'Trang này trước là sổ tự tính: các cột công thức đã được thay bằng kết quả kiểm tra. Biểu 06a và Chỉ số 766 của sổ vẫn tính theo các cột vừa thay: bấm "Tạo phụ lục" để lập lại, hoặc "Xuất sổ tự tính" để có lại sổ.',
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
    fileTabsInvalid: 'Phiên ghi bảng tổng hợp đã hết hạn hoặc trang đang ghi đã bị xóa. Hãy bấm lại "Tổng hợp từ tệp…".',
    liveTokenInvalid: 'Phiên ghi sổ tự tính đã hết hạn. Hãy bấm lại "Xuất sổ tự tính".',
    liveChangedTwice: 'Dữ liệu thay đổi liên tục trong khi ghi sổ tự tính. Hãy chờ mọi người sửa xong rồi bấm lại "Xuất sổ tự tính".',
    noServer: 'Không kết nối được với Google Sheets. Hãy tải lại trang bảng tính.',
    toolTab: (tab: string, dataSheet: string | null) =>
      dataSheet !== null
        ? `Trang "${tab}" là trang kết quả do Đúng Hạn tạo, không phải dữ liệu. Hãy chọn trang "${dataSheet}" (trang dữ liệu đã kiểm tra) rồi chạy lại.`
        : `Trang "${tab}" là trang kết quả do Đúng Hạn tạo, không phải dữ liệu. Hãy chọn trang chứa dữ liệu xuất từ hệ thống một cửa rồi chạy lại.`,
    noDossiers: (sheet: string) => `Trang "${sheet}" không có dòng tiêu đề nên không có hồ sơ để lập phụ lục; chưa tạo trang nào.`,
    multiAccount:
      'Google chưa cho Đúng Hạn chạy vì trình duyệt đang đăng nhập nhiều tài khoản Google cùng lúc. Hãy mở bảng tính trong một cửa sổ ẩn danh (hoặc một hồ sơ trình duyệt khác) chỉ đăng nhập đúng một tài khoản, rồi mở lại Đúng Hạn.',
    authorization:
      'Đúng Hạn chưa được cấp quyền trên bảng tính này. Hãy mở lại menu Tiện ích → Đúng Hạn và chấp nhận quyền; nếu trình duyệt đăng nhập nhiều tài khoản Google, hãy dùng cửa sổ ẩn danh chỉ với một tài khoản.',
  },
} as const;
