/**
 * Every word of the task pane's own chrome, in Vietnamese with full diacritics.
 * Status words, colors, problem messages, field names, report words, period presets, rule
 * options and missing-column meanings come from core (core/labels.vi.ts: SETTINGS_LABELS);
 * nothing Vietnamese is written anywhere else in office-addin/.
 */
import { SETTINGS_LABELS } from '../../core/index.js';

export const UI = {
  appTitle: 'Đúng Hạn',
  appSubtitle: 'Kiểm tra hạn giải quyết hồ sơ thủ tục hành chính',
  notExcel: 'Đúng Hạn chỉ chạy trong Excel. Hãy mở tệp bằng Excel rồi bấm nút Đúng Hạn trên thẻ Trang đầu.',

  sections: {
    data: 'Dữ liệu',
    columns: 'Cột dữ liệu',
    period: 'Kỳ báo cáo',
    results: 'Kết quả',
    settings: 'Cài đặt',
    consolidate: 'Tổng hợp',
  },

  buttons: {
    check: 'Kiểm tra hạn',
    reports: 'Tạo phụ lục',
    consolidate: 'Tổng hợp…',
    runConsolidate: 'Tổng hợp các trang đã chọn',
    cancel: 'Hủy',
    replace: 'Thay bằng bản mới',
    details: 'Chi tiết',
    today: 'Hôm nay',
    openDaysOff: 'Mở trang Ngày nghỉ',
    readHeader: 'Đọc lại tiêu đề',
    close: 'Đóng',
  },

  data: {
    sheet: 'Trang tính',
    range: 'Vùng',
    wholeSheet: 'cả trang',
    headerRow: (rows: string) => `Dòng tiêu đề: ${rows}`,
    noHeader: 'Chưa tìm thấy dòng tiêu đề. Mở trang có dữ liệu xuất từ hệ thống rồi bấm "Đọc lại tiêu đề".',
    notRead: 'Chưa đọc trang tính nào.',
    column: (letter: string, heading: string) => `cột ${letter} — ${heading}`,
    unmapped: '(không dùng cột nào)',
    notFound: 'không tìm thấy',
    moreFields: 'Cột khác',
    columnsHint: 'Chọn lại cột nếu Đúng Hạn nhận sai. Lựa chọn được lưu trong tệp cho mọi trang có cùng tiêu đề.',
    userChoice: 'do bạn chọn',
    rerunHint: 'Đã ghi nhớ lựa chọn. Bấm "Kiểm tra hạn" để kiểm tra lại.',
  },

  period: {
    ...SETTINGS_LABELS.period,
    asOfHint: 'Hồ sơ được xét "quá hạn", "sắp đến hạn" tính đến hết ngày này.',
    badRange: 'Từ ngày phải trước hoặc bằng Đến ngày.',
  },

  results: {
    total: (n: string) => `Tổng số: ${n} hồ sơ`,
    rows: (n: string) => `${n} hồ sơ`,
    score766: 'Chỉ số 766 — Tiến độ giải quyết (tối đa 20 điểm)',
    scoreSystem: (score: string, rate: string) => `Theo hệ thống: ${score} điểm (${rate})`,
    scoreActual: (score: string, rate: string) => `Theo thực tế: ${score} điểm (${rate})`,
    scoreNone: 'Chưa có hồ sơ nào trong kỳ để tính.',
    problems: 'Vấn đề cần xem',
    noProblems: 'Không có vấn đề nào.',
    problemAt: (row: number, column: string) => (column ? `Dòng ${row}, cột ${column}` : `Dòng ${row}`),
    wholeSheet: 'Cả trang',
    problemFound: (value: string) => `Gặp: "${value}"`,
    moreProblems: (n: string) => `… và ${n} vấn đề khác (xem cột Tình trạng trên trang tính).`,
    selectHint: 'Bấm vào một vấn đề để chọn ô đó trên trang tính.',
    daysOffSheet: (name: string) => `Trang "${name}"`,
  },

  progress: {
    reading: 'Đang đọc trang tính…',
    readingRows: (n: string) => `Đang đọc ${n} dòng…`,
    checking: (n: string) => `Đang kiểm tra ${n} hồ sơ…`,
    coloring: 'Đang tô màu…',
    writing: 'Đang ghi kết quả…',
    reports: 'Đang tạo phụ lục…',
    readingSheets: (n: number) => `Đang đọc ${n} trang tính…`,
    consolidating: 'Đang tổng hợp…',
    saving: 'Đang lưu cài đặt…',
    livePlanning: 'Đang lập công thức cho sổ tự tính…',
    liveWriting: 'Đang ghi công thức vào trang dữ liệu…',
  },

  done: {
    checked: (n: string, sheet: string) => `Đã kiểm tra ${n} hồ sơ trên trang "${sheet}".`,
    reports: (names: string) => `Đã tạo các trang: ${names}.`,
    consolidated: (names: string) => `Đã tổng hợp vào: ${names}.`,
    settingsSaved: 'Đã lưu cài đặt vào tệp.',
    daysOffCreated: (name: string) => `Đã tạo trang "${name}". Ghi ngày nghỉ riêng vào cột A, loại ngày vào cột B.`,
  },

  notes: {
    printSkipped:
      'Phiên bản Excel này chưa cho phép đặt trang in (cần ExcelApi 1.9). Khi in, hãy chọn khổ A4, căn vừa chiều ngang trang; các phụ lục in khổ ngang, Biểu 06a từ khoảng 15 dòng trở lên in khổ dọc cho vừa một trang.',
    chartSkipped: (title: string) => `Chưa vẽ được biểu đồ "${title}" trên phiên bản Excel này; số liệu vẫn có trong bảng.`,
    directFills: 'Màu được tô trực tiếp vào ô (không dùng định dạng có điều kiện).',
    oldExcelFills:
      'Phiên bản Excel này chưa có định dạng có điều kiện (cần ExcelApi 1.6): màu trạng thái được tô ở các cột kết quả của Đúng Hạn, không tô vào cột ngày hẹn trả của bạn.',
    layoutSkipped:
      'Phiên bản Excel này chưa cho phép gộp ô, đặt độ rộng cột và chiều cao dòng (cần ExcelApi 1.2): số liệu vẫn đầy đủ; có thể chỉnh độ rộng cột bằng tay trước khi in.',
    freezeSkipped: 'Phiên bản Excel này chưa cho phép cố định dòng tiêu đề (cần ExcelApi 1.7).',
    liveReplaced:
      'Trang này trước là sổ tự tính: các cột công thức đã được thay bằng kết quả kiểm tra. Biểu 06a và Chỉ số 766 của sổ vẫn tính theo các cột vừa thay: bấm "Tạo phụ lục" để lập lại, hoặc "Xuất sổ tự tính" để có lại sổ.',
    liveNoColors:
      'Phiên bản Excel này chưa cho đặt định dạng có điều kiện (cần ExcelApi 1.6): cột Tình trạng vẫn tự tính nhưng không được tô màu, vì màu tô thẳng vào ô sẽ không đổi theo khi tình trạng đổi. Mở tệp bằng Excel 2019, Microsoft 365 hoặc Excel trên web rồi bấm lại "Xuất sổ tự tính" để có màu tự đổi.',
    liveNotHidden: (columns: string) =>
      `Phiên bản Excel này chưa cho ẩn cột (cần ExcelApi 1.2): các cột phụ ${columns} vẫn hiện. Có thể chọn các cột đó, bấm chuột phải, chọn Ẩn; đừng xóa vì công thức cần đến.`,
    keptTyped: 'Ngày trả thực tế và ghi chú đã ghi ở lần trước (hồ sơ không còn trong danh sách kỳ này), được giữ lại:',
    freeName: (wanted: string, used: string) =>
      `Trang "${wanted}" trong tệp là trang của bạn nên Đúng Hạn không ghi đè; kết quả được ghi vào trang "${used}".`,
  },

  consolidate: {
    hint: 'Đánh dấu các trang cần gộp. Mỗi trang là dữ liệu xuất của một đơn vị, hoặc một Biểu 06a đã lập.',
    noSheets: 'Tệp không có trang tính nào khác để gộp.',
    noneTicked: 'Hãy đánh dấu ít nhất một trang tính.',
    units: (n: string) => `${n} đơn vị`,
  },

  replace: {
    question: (names: string) => `Đã có trang ${names} không do Đúng Hạn tạo. Thay bằng bản mới? Nội dung cũ của các trang này sẽ bị xóa.`,
    declined: 'Đã dừng: không thay các trang đang có.',
  },

  errors: {
    generic: 'Đúng Hạn chưa làm xong việc này. Hãy thử lại; nếu vẫn lỗi, gửi phần "Chi tiết" cho bộ phận công nghệ thông tin.',
    payload: 'Dữ liệu quá lớn để Excel xử lý trong một lần. Hãy chọn một phần trang tính (ví dụ theo tháng) rồi thử lại.',
    noHeader: 'Không tìm thấy dòng tiêu đề trên trang này. Hãy mở trang có dữ liệu xuất từ hệ thống rồi bấm "Kiểm tra hạn".',
    emptySheet: 'Trang tính đang mở không có dữ liệu.',
    editing: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.',
    settingsNotSaved: 'Chưa lưu được cài đặt vào tệp; kết quả vẫn đúng nhưng lần sau cần chọn lại.',
    toolArea: (address: string) =>
      `Ô ${address} bên phải dữ liệu đã có nội dung; Đúng Hạn không ghi đè lên dữ liệu của bạn. Hãy xóa hoặc chuyển nội dung đó rồi thử lại.`,
    missingCore: (name: string) => `Bản Đúng Hạn này thiếu chức năng "${name}". Hãy cập nhật bản mới.`,
    toolTab: (tab: string, dataSheet: string | null) =>
      dataSheet !== null
        ? `Trang "${tab}" là trang kết quả do Đúng Hạn tạo, không phải dữ liệu. Hãy chọn trang "${dataSheet}" (trang dữ liệu đã kiểm tra) rồi bấm lại.`
        : `Trang "${tab}" là trang kết quả do Đúng Hạn tạo, không phải dữ liệu. Hãy mở trang chứa dữ liệu xuất từ hệ thống một cửa rồi bấm lại.`,
    multiArea:
      'Vùng chọn đang gồm nhiều vùng rời nhau. Hãy chọn một khối dòng liền nhau (ví dụ dòng 20 đến 29), hoặc bấm vào một ô để kiểm tra cả trang.',
    willCheck: (sheet: string) => `Sẽ kiểm tra trang "${sheet}".`,
  },

  settings: {
    daysOff: 'Ngày nghỉ riêng của cơ quan',
    daysOffHint:
      'Trang "Ngày nghỉ" trong tệp ghi các ngày nghỉ thêm và ngày làm việc thêm của cơ quan; ai mở tệp cũng thấy và sửa được. Đúng Hạn đọc lại trang này mỗi lần kiểm tra.',
    daysOffCount: (off: number, work: number) => `Đang dùng: ${off} ngày nghỉ thêm, ${work} ngày làm việc thêm.`,
    sharedNote: 'Cài đặt được lưu trong tệp Excel: đồng nghiệp mở tệp sẽ có cùng kết quả.',
  },
} as const;
