/**
 * Every word the user reads, in Vietnamese with full diacritics: one table for all
 * hosts (UX.md). Logic never holds Vietnamese literals; it looks them up here.
 */
import type { Status } from './classify/status.js';
import type { ProblemCode } from './problem.js';
import type { Field } from './import/dossier.js';
import type { SkipReason } from './import/read-result.js';
import type { PeriodPreset } from './report/period.js';

/** Status words, as in UX.md. */
export const STATUS_LABELS: Record<Status, string> = {
  overdue: 'Quá hạn (đang giải quyết)',
  late: 'Trễ hạn',
  late_on_system: 'Trễ trên hệ thống (thực tế đúng hạn)',
  due_soon: 'Sắp đến hạn',
  awaiting_citizen: 'Chờ công dân bổ sung / thực hiện nghĩa vụ tài chính',
  pending: 'Trong hạn',
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  withdrawn: 'Rút hồ sơ',
  stopped: 'Dừng, từ chối giải quyết',
  rejected: 'Không tiếp nhận',
  not_received: 'Chưa tiếp nhận',
  invalid: 'Thiếu hoặc sai dữ liệu',
};

/** Fill and text colors per status (UX.md); `optionalFill` is shown only when the user asks. */
export const STATUS_COLORS: Record<Status, { fill: string | null; fontColor: string | null; optionalFill?: boolean }> = {
  overdue: { fill: '#FFC7CE', fontColor: '#9C0006' },
  late: { fill: '#F8CBAD', fontColor: '#843C0C' },
  late_on_system: { fill: '#E4DFEC', fontColor: '#5B2C6F' },
  due_soon: { fill: '#FFEB9C', fontColor: '#9C5700' },
  awaiting_citizen: { fill: '#DDEBF7', fontColor: '#1F4E78' },
  pending: { fill: null, fontColor: null },
  early: { fill: '#C6EFCE', fontColor: '#006100', optionalFill: true },
  on_time: { fill: '#C6EFCE', fontColor: '#006100', optionalFill: true },
  withdrawn: { fill: '#EDEDED', fontColor: '#595959' },
  stopped: { fill: '#EDEDED', fontColor: '#595959' },
  rejected: { fill: '#EDEDED', fontColor: '#595959' },
  // No clock runs yet and nothing is to be done: no fill, grey text.
  not_received: { fill: null, fontColor: '#7F7F7F' },
  invalid: { fill: null, fontColor: '#C00000' },
};

/** Order of statuses in legends and summaries: the strongest signal first. */
export const STATUS_ORDER: readonly Status[] = [
  'overdue',
  'late',
  'late_on_system',
  'due_soon',
  'awaiting_citizen',
  'pending',
  'early',
  'on_time',
  'withdrawn',
  'stopped',
  'rejected',
  'not_received',
  'invalid',
];

/** What went wrong and how to fix it, per problem code. */
export const PROBLEM_MESSAGES: Record<ProblemCode, string> = {
  'sheet.empty': 'Trang tính không có dữ liệu.',
  'sheet.noHeader':
    'Không tìm thấy dòng tiêu đề. Cần ít nhất các cột "Mã hồ sơ" và "Ngày hẹn trả" (hoặc "Ngày tiếp nhận" kèm "Thời hạn giải quyết").',
  'header.missingField': 'Không tìm thấy cột này; có thể chọn cột đúng trong phần "Cột dữ liệu".',
  'header.ambiguous': 'Có nhiều cột cùng có thể là trường này; đã chọn cột khớp nhất, hãy kiểm tra lại.',
  'header.mapOverride': 'Dùng cột do người dùng chọn.',
  'header.mapUnknownColumn': 'Cột người dùng chọn không có trong bảng.',
  'date.unreadable': 'Không đọc được ngày. Cần dạng ngày/tháng/năm, ví dụ 05/06/2024 hoặc 05/06/2024 14:30.',
  'date.impossible': 'Ngày không có thật (ví dụ 31/02). Hãy sửa lại theo dạng ngày/tháng/năm.',
  'date.monthFirst':
    'Một số ngày trong cột đã bị Excel đọc nhầm thành tháng/ngày khi dán; đã đảo lại thành ngày/tháng. Hãy kiểm tra.',
  'date.fromCode': 'Không có cột ngày tiếp nhận: đã lấy ngày tiếp nhận từ phần yyMMdd của mã hồ sơ.',
  'date.outOfRange': 'Ngày nằm ngoài khoảng 2000–2100; hãy kiểm tra lại.',
  'period.unreadable':
    'Không đọc được thời hạn giải quyết. Ví dụ hợp lệ: "05 ngày làm việc", "05 ngày làm việc kể từ ngày nhận đủ hồ sơ", "8 giờ làm việc", "01 tháng", "Trong ngày".',
  'status.unknown': 'Không nhận ra trạng thái; đã xét theo các cột ngày.',
  'status.contradictsDates': 'Trạng thái không khớp với các cột ngày; kết quả xét theo ngày.',
  'channel.unknown': 'Không nhận ra hình thức nộp (trực tuyến / trực tiếp / bưu chính).',
  'row.noCode': 'Dòng không có mã hồ sơ.',
  'row.duplicateCode': 'Mã hồ sơ bị trùng với một dòng khác.',
  'row.noDue': 'Không có ngày hẹn trả, và không tính được từ ngày tiếp nhận và thời hạn giải quyết.',
  'row.noReceived': 'Không có ngày tiếp nhận.',
  'row.finishBeforeReceived': 'Ngày kết thúc xử lý trước ngày tiếp nhận.',
  'row.returnBeforeReceived': 'Ngày trả kết quả trước ngày tiếp nhận.',
  'row.actualBeforeReceived': 'Ngày trả kết quả thực tế trước ngày tiếp nhận.',
  'row.dueBeforeReceived': 'Ngày hẹn trả trước ngày tiếp nhận.',
  'row.resolvedNoFinish': 'Đã giải quyết nhưng thiếu ngày kết thúc: cần ngày kết thúc xử lý hoặc ngày trả kết quả để xét đúng hạn; chưa tính vào biểu.',
  'due.systemWrong': 'Hạn trên hệ thống sai: hồ sơ giải quyết trong hạn tính theo quy định nhưng sau ngày hẹn trả trên hệ thống.',
  'due.systemDiffers': 'Ngày hẹn trả trên hệ thống khác hạn tính theo quy định (xem tab "Kiểm tra hạn trên hệ thống").',
  'row.extendedMoreThanOnce': 'Hồ sơ được hẹn lại quá một lần (NĐ 61/2018 Điều 19 khoản 9 chỉ cho phép một lần).',
  'row.derivedTextIgnored': 'Cột này là số liệu hệ thống tự tính (ví dụ "Quá hạn 2.25 ngày"), không phải ngày hẹn trả; đã bỏ qua.',
  'calendar.pendingDaysOff':
    'Khoảng thời gian có ngày nghỉ chưa được công bố chính thức; kết quả có thể thay đổi khi có thông báo.',
  'calendar.projected':
    'Trong khoảng này có ngày nghỉ dự kiến, chưa có quyết định chính thức (các ngày ghi "(dự kiến)"); kết quả có thể thay đổi khi lịch nghỉ được công bố.',
  'calendar.undecidedDays':
    'Hạn xử lý hoặc số ngày trễ của hồ sơ này phụ thuộc vào ngày nghỉ chưa có quyết định chính thức; kết quả có thể thay đổi khi lịch nghỉ được công bố.',
  'merge.duplicateCode': 'Mã hồ sơ có ở nhiều trang tính; chưa gộp, hãy kiểm tra.',
  'merge.periodMismatch': 'Kỳ báo cáo của trang tính này khác kỳ tổng hợp; chưa gộp.',
  'merge.unrecognizedInput': 'Trang tính không phải dữ liệu xuất từ hệ thống, cũng không phải Biểu 06a; chưa gộp.',
  'file.unreadable': 'Không đọc được tệp. Cần tệp .xlsx, .csv hoặc bảng HTML lưu dạng .xls.',
  'file.binaryXls': 'Tệp .xls dạng nhị phân (Excel 97–2003) chưa đọc được. Hãy mở bằng Excel và lưu lại dạng .xlsx.',
  'file.encoding': 'Tệp CSV không phải UTF-8; đã đọc theo bảng mã Windows-1258.',
  'file.unclosedQuote':
    'Dấu ngoặc kép (") mở ở dòng này mà không đóng: dòng được đọc như văn bản thường, các dòng khác vẫn được đọc. Hãy sửa dấu ngoặc kép trong tệp CSV (số dòng trong tệp ghi ở phần chi tiết).',
};

/** The "Ngày nghỉ" sheet (core/plan/days-off-sheet.ts). */
export const DAYS_OFF_SHEET_LABELS = {
  sheetName: 'Ngày nghỉ',
  title: 'NGÀY NGHỈ, NGÀY LÀM VIỆC THÊM CỦA CƠ QUAN',
  hint: 'Nhập ngày (dd/mm/yyyy) ở cột A và loại ở cột B ("Nghỉ thêm" hoặc "Làm việc thêm"), rồi chạy lại Kiểm tra hạn.',
  colDate: 'Ngày',
  colKind: 'Loại',
  colNote: 'Ghi chú',
  colWeekday: 'Thứ',
  colName: 'Tên ngày nghỉ',
  colSource: 'Căn cứ',
  colProjected: 'Dự kiến',
  kindOff: 'Nghỉ thêm',
  kindWork: 'Làm việc thêm',
  referenceTitle: 'LỊCH NGHỈ CHÍNH THỨC (tham khảo, không cần sửa)',
  makeUpSaturday: 'Thứ Bảy làm bù',
  projected: 'dự kiến',
  weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
} as const;

/**
 * Headings of the columns this tool writes right of the user's data (core/import reads them
 * back as tool columns, never as data). The "(Đúng Hạn)" suffix keeps them apart from a
 * user's own "Tình trạng" status column.
 */
export const TOOL_HEADINGS = ['Tình trạng (Đúng Hạn)', 'Hạn xử lý (Đúng Hạn)', 'Số ngày trễ (Đúng Hạn)'] as const;

/** Why a row below the header is not a dossier (core/import/read-export.ts). */
export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  blank: 'Dòng trống',
  group: 'Dòng tên nhóm (đơn vị)',
  total: 'Dòng tổng cộng',
  footer: 'Phần ký tên cuối bảng',
  index: 'Dòng đánh số cột',
  repeatedHeader: 'Dòng tiêu đề lặp lại (sang trang)',
  note: 'Dòng ghi chú trong bảng',
};

/** Names of the canonical fields, as a user knows the columns ("Ngày hẹn trả: cột F"). */
export const FIELD_LABELS: Record<Field, string> = {
  code: 'Mã hồ sơ',
  procedure: 'Tên thủ tục hành chính',
  field: 'Lĩnh vực',
  unit: 'Đơn vị giải quyết',
  officer: 'Cán bộ xử lý',
  applicant: 'Chủ hồ sơ',
  channel: 'Hình thức nộp',
  submitted: 'Ngày nộp hồ sơ',
  received: 'Ngày tiếp nhận',
  due: 'Ngày hẹn trả',
  extendedDue: 'Ngày hẹn lại (gia hạn)',
  finished: 'Ngày kết thúc xử lý',
  returned: 'Ngày trả kết quả',
  actualResult: 'Ngày trả kết quả thực tế',
  status: 'Trạng thái',
  period: 'Thời hạn giải quyết',
  remarks: 'Ghi chú',
};

/** Words of the deadline rules: how a due date was counted (`dunghan due`, task pane). */
export const DEADLINE_LABELS = {
  /** Index 0 = Monday (isoWeekday − 1). */
  weekdays: ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'] as readonly string[],
  periods: {
    workingDays: (n: string) => `${n} ngày làm việc`,
    calendarDays: (n: string) => `${n} ngày (tính cả ngày nghỉ)`,
    workingHours: (n: string) => `${n} giờ làm việc`,
    sameDay: (_n: string) => 'giải quyết trong ngày',
    months: (n: string) => `${n} tháng`,
  },
  legal: {
    'blds-147-1': 'BLDS 2015 Điều 147 khoản 1',
    'blds-147-2': 'BLDS 2015 Điều 147 khoản 2',
    'blds-148-5': 'BLDS 2015 Điều 148 khoản 5',
    'blds-148-3': 'BLDS 2015 Điều 148 khoản 3',
    'nd61-18-2': 'NĐ 61/2018/NĐ-CP Điều 18 khoản 2',
    'nd61-19-4': 'NĐ 61/2018/NĐ-CP Điều 19 khoản 4',
    'nd118-17-3': 'NĐ 118/2025/NĐ-CP Điều 17 khoản 3',
    'nd118-18-2': 'NĐ 118/2025/NĐ-CP Điều 18 khoản 2',
    'nd118-309-17-3': 'NĐ 118/2025/NĐ-CP Điều 17 khoản 3, sửa đổi bởi NĐ 309/2026/NĐ-CP',
    'nd118-309-18-2': 'NĐ 118/2025/NĐ-CP Điều 18 khoản 2, sửa đổi bởi NĐ 309/2026/NĐ-CP',
    'qd766-index': 'cách tính chỉ số QĐ 766/QĐ-TTg trên Cổng DVCQG',
  },
  /** "17:00 thứ Hai 03/03/2025". */
  at: (hm: string, weekday: string, date: string) => (hm ? `${hm} ${weekday} ${date}` : `${weekday} ${date}`),
  dueLine: (at: string, summary: string) => `Hạn trả: ${at} — ${summary}`,
  withLegal: (text: string, citation: string) => `${text} (${citation})`,
  /** Joins the parts of the one-line summary. */
  summarySeparator: '; ',
  receiptDayNotCounted: (period: string) => `${period}, không tính ngày tiếp nhận`,
  receivedOnDayOff: (weekday: string, firstCounted: string) =>
    `tiếp nhận ${weekday} (ngày nghỉ) nên ngày đầu tiên được tính là ${firstCounted}`,
  countedFromTo: (from: string, to: string) => `các ngày làm việc được tính: từ ${from} đến ${to}`,
  daysOffSkipped: (list: string) => `bỏ qua ngày nghỉ: ${list}`,
  makeUpSaturdaysCounted: (list: string) => `có tính ngày làm bù: ${list}`,
  namedDay: (day: string, name: string) => (name ? `${day} (${name})` : `${day} (ngày nghỉ do đơn vị khai báo)`),
  countCalendarDays: (period: string) => `${period}, không tính ngày tiếp nhận`,
  lastDayOffMoved: (lastDay: string, movedTo: string) =>
    `ngày cuối cùng ${lastDay} là ngày nghỉ nên hạn là cuối ngày làm việc tiếp theo, ${movedTo}`,
  startMovedToOpening: (start: string) => `tiếp nhận ngoài giờ làm việc nên bắt đầu tính từ ${start}`,
  startWithoutTime: (start: string) => `không có giờ tiếp nhận nên bắt đầu tính từ ${start}`,
  countWorkingHours: (period: string, windows: string) => `${period}, chỉ tính trong giờ làm việc (${windows})`,
  sameDayBeforeCutoff: (period: string, cutoff: string) => `${period}, tiếp nhận trước hoặc đúng ${cutoff} nên trả trong ngày`,
  sameDayAfterCutoff: (period: string, cutoff: string) =>
    `${period}, tiếp nhận sau ${cutoff} nên trả vào ngày làm việc tiếp theo`,
  sameDayOnDayOff: (period: string, weekday: string) =>
    `${period}, tiếp nhận ${weekday} (ngày nghỉ) nên trả vào ngày làm việc tiếp theo`,
  dueAtEndOfWorkingDay: (hm: string) => `hạn là cuối giờ làm việc của ngày đó (${hm})`,
  supplementRestart: (at: string) => `thời hạn tính lại từ đầu khi nhận đủ hồ sơ bổ sung lúc ${at}`,
  supplementPause: (hours: string, rounds: string) =>
    `cộng thêm ${hours} giờ làm việc chờ công dân bổ sung (${rounds} lần), không tính lại từ đầu`,
  /** "07:00–11:30, 13:30–17:00". */
  windowsSeparator: ', ',
  listSeparator: ', ',
};

/** The data sheet's legend (core/plan/build-data-plan.ts; hosts write it). */
export const DATA_SHEET_LABELS = {
  legendTitle: 'Chú giải (Đúng Hạn)',
} as const;

/** Words of the report tabs (core/report): sheet names, form texts, notes, number formats with words. */
export const REPORT_LABELS = {
  placeholder: '……',
  dateLine: (place: string, d: string, m: string, y: string) => `${place}, ngày ${d} tháng ${m} năm ${y}`,
  sheetNames: {
    form06a: 'Biểu 06a',
    appendix1: 'Phụ lục I',
    appendix2: 'Phụ lục II',
    lateOnSystem: 'Trễ trên hệ thống',
    officers: 'Cán bộ',
    score766: 'Chỉ số 766',
    dueSoon: 'Sắp đến hạn',
    systemDueAudit: 'Kiểm tra hạn trên hệ thống',
  },
  period: {
    month: (m: number, y: number) => `Tháng ${m} năm ${y}`,
    quarter: (q: string, y: number) => `Quý ${q} năm ${y}`,
    year: (y: number) => `Năm ${y}`,
    range: (from: string, to: string) => `Từ ngày ${from} đến ngày ${to}`,
    rangeLine: (from: string, to: string) => `(Từ ngày ${from} đến ngày ${to})`,
    reportPeriod: (label: string) => `Kỳ báo cáo: ${label}`,
  },
  unknownField: '(Không rõ lĩnh vực)',
  unknownUnit: '(Không rõ đơn vị)',
  unknownOfficer: '(Không rõ cán bộ)',
  total: 'Tổng cộng',
  stt: 'STT',
  notesTitle: 'Ghi chú:',
  signature: {
    preparer: 'NGƯỜI LẬP BIỂU',
    preparerNote: '(Ký, họ tên)',
    head: 'THỦ TRƯỞNG ĐƠN VỊ',
    headNote: '(Ký, họ tên, đóng dấu)',
  },
  form06a: {
    formCode: 'Biểu số II.06a/VPCP/KSTT',
    issuedBy: 'Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020',
    title: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
    reportingUnit: 'Đơn vị báo cáo:',
    receivingUnit: 'Đơn vị nhận báo cáo:',
    unitOfCount: 'Đơn vị tính: Số hồ sơ TTHC',
    rowHeadField: 'Lĩnh vực, công việc giải quyết theo cấp',
    rowHeadUnit: 'Đơn vị',
    received: 'Số hồ sơ nhận giải quyết',
    resolved: 'Số hồ sơ đã giải quyết',
    inProgress: 'Số hồ sơ đang giải quyết',
    totalCol: 'Tổng số',
    ofWhich: 'Trong đó',
    online: 'Trực tuyến',
    directOrPostal: 'Trực tiếp, dịch vụ bưu chính',
    carriedOver: 'Từ kỳ trước',
    early: 'Trước hạn',
    onTime: 'Đúng hạn',
    late: 'Quá hạn',
    withinDeadline: 'Trong hạn',
    overdue: 'Quá hạn',
    rateResolved: 'Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn [(8) + (9)] / (7):',
    rate766: 'Tỷ lệ hồ sơ đã và đang giải quyết trước hạn, đúng hạn, trong hạn [(8) + (9) + (12)] / (3):',
    lateOnSystem: 'Trong đó: trễ trên hệ thống (thực tế đúng hạn), đã tính vào cột (8), (9):',
    excluded: (parts: string) => `Không tính vào biểu: ${parts}.`,
    noteIdentities: '(3) = (4) + (5) + (6) = (7) + (11); (7) = (8) + (9) + (10); (11) = (12) + (13).',
    noteReceived: (from: string, to: string) =>
      `Cột (4), (5): hồ sơ tiếp nhận từ ngày ${from} đến ngày ${to}; cột (6): hồ sơ tiếp nhận trước ngày ${from} và chưa có kết quả trước ngày đó.`,
    noteResolved: (from: string, end: string) =>
      `Cột (7) - (10): hồ sơ có kết quả từ ngày ${from} đến hết ngày ${end}, so với ngày hẹn trả.`,
    noteInProgress: (end: string) =>
      `Cột (11) - (13): hồ sơ chưa có kết quả đến hết ngày ${end}; quá hạn khi ngày hẹn trả trước ngày ${end}.`,
    noteLateOnSystem: 'Hồ sơ trễ trên hệ thống (đã trả kết quả thực tế đúng hạn) được tính theo ngày trả kết quả thực tế.',
    noteWithdrawnCounted: 'Hồ sơ rút được tính là đã giải quyết đúng hạn (cột (9)).',
    noteWithdrawnExcluded: 'Hồ sơ rút không tính vào biểu.',
    noteAwaitingCounted: 'Hồ sơ chờ công dân bổ sung, thực hiện nghĩa vụ tài chính được tính là đang giải quyết trong hạn (cột (12)).',
    noteAwaitingExcluded: 'Hồ sơ chờ công dân bổ sung, thực hiện nghĩa vụ tài chính không tính vào biểu.',
    chartTitleField: 'Kết quả giải quyết theo lĩnh vực',
    chartTitleUnit: 'Kết quả giải quyết theo đơn vị',
  },
  excludedParts: {
    rejected: (n: string) => `${n} hồ sơ không tiếp nhận`,
    stopped: (n: string) => `${n} hồ sơ dừng, từ chối giải quyết`,
    invalid: (n: string) => `${n} hồ sơ thiếu hoặc sai dữ liệu`,
    withdrawn: (n: string) => `${n} hồ sơ rút`,
    awaiting_citizen: (n: string) => `${n} hồ sơ chờ công dân bổ sung, thực hiện nghĩa vụ tài chính`,
  },
  appendix: {
    number: (roman: string) => `Phụ lục ${roman}`,
    attached: '(Kèm theo Văn bản số ……/…… ngày …… tháng …… năm …… của ……)',
    rule: '_________________',
    totalLine: (n: string) => `Tổng số: ${n} hồ sơ`,
    groupRow: (roman: string, label: string) => `${roman}. ${label}`,
    code: 'Mã hồ sơ',
    procedure: 'Tên thủ tục hành chính',
    received: 'Ngày tiếp nhận',
    due: 'Ngày hẹn trả',
    finished: 'Ngày có kết quả',
    daysLate: 'Số ngày trễ hạn (ngày làm việc)',
    daysOverdue: (end: string) => `Số ngày quá hạn đến ngày ${end} (ngày làm việc)`,
    unit: 'Đơn vị giải quyết',
    officer: 'Cán bộ xử lý',
    reason: 'Nguyên nhân / Ghi chú',
  },
  appendix1: { title: 'DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH GIẢI QUYẾT QUÁ HẠN' },
  appendix2: { title: 'DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH ĐANG GIẢI QUYẾT QUÁ HẠN' },
  lateOnSystem: {
    title: 'DANH SÁCH HỒ SƠ TRỄ HẠN, QUÁ HẠN TRÊN HỆ THỐNG',
    instruction:
      'Hồ sơ đã trả kết quả cho công dân trước hoặc đúng ngày hẹn trả nhưng chưa kết thúc hoặc kết thúc muộn trên Hệ thống: ghi ngày trả thực tế vào cột "Ngày trả kết quả thực tế" rồi chạy lại "Kiểm tra hạn"; hồ sơ sẽ được tính là trễ trên hệ thống (thực tế đúng hạn). Ngày đã ghi được giữ lại ở các lần chạy sau.',
    finishedOnSystem: 'Ngày kết thúc xử lý',
    check: 'Kết quả kiểm tra',
    actualResult: 'Ngày trả kết quả thực tế',
    note: 'Ghi chú',
  },
  officers: {
    number: 'Phụ lục III',
    title: 'DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC GIẢI QUYẾT HỒ SƠ TTHC CHẬM, QUÁ HẠN',
    name: 'Họ và tên',
    unit: 'Đơn vị',
    handled: 'Số hồ sơ giải quyết trong kỳ',
    late: 'Trễ hạn',
    overdue: 'Quá hạn',
    lateOnSystem: 'Trễ trên hệ thống',
    rate: 'Tỷ lệ đúng hạn',
    note: 'Ghi chú',
    scopeNote:
      'Danh sách gồm cán bộ có hồ sơ trễ hạn, quá hạn hoặc trễ trên hệ thống trong kỳ, xếp theo số hồ sơ trễ hạn và quá hạn giảm dần, rồi theo tỷ lệ đúng hạn tăng dần. Tỷ lệ đúng hạn = (Số hồ sơ - Trễ hạn - Quá hạn) / Số hồ sơ; hồ sơ trễ trên hệ thống tính là đúng hạn. Số liệu tính như Biểu 06a.',
    unitsTitle: 'TỶ LỆ GIẢI QUYẾT HỒ SƠ TTHC ĐÚNG HẠN THEO CƠ QUAN, ĐƠN VỊ',
    chartTitle: 'Tỷ lệ giải quyết đúng hạn theo đơn vị',
  },
  score766: {
    title: 'ĐIỂM TIẾN ĐỘ GIẢI QUYẾT HỒ SƠ THEO BỘ CHỈ SỐ CHỈ ĐẠO, ĐIỀU HÀNH (QUYẾT ĐỊNH SỐ 766/QĐ-TTg)',
    unit: 'Đơn vị',
    total: 'Tổng số hồ sơ tiếp nhận, xử lý trong kỳ',
    good: 'Đã, đang giải quyết trước hạn, đúng hạn, trong hạn',
    lateOnSystem: 'Trong đó: trễ trên hệ thống',
    bad: 'Trễ hạn, quá hạn',
    rateSystem: 'Tỷ lệ đúng hạn theo Hệ thống',
    scoreSystem: 'Điểm tiến độ theo Hệ thống (tối đa 20)',
    rateActual: 'Tỷ lệ đúng hạn thực tế',
    scoreActual: 'Điểm tiến độ thực tế (tối đa 20)',
    rateResolved: 'Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn',
    definitions: [
      'Điểm tiến độ = 20 × Tỷ lệ đúng hạn (Quyết định số 766/QĐ-TTg, nhóm chỉ số Tiến độ giải quyết, tối đa 20 điểm).',
      'Tỷ lệ đúng hạn = Số hồ sơ đã và đang giải quyết trước hạn, đúng hạn, trong hạn / Tổng số hồ sơ tiếp nhận, xử lý trong kỳ (gồm hồ sơ kỳ trước chuyển qua; bằng cột (3) của Biểu 06a).',
      'Theo Hệ thống: hồ sơ trễ trên hệ thống tính là trễ hạn, như Cổng Dịch vụ công quốc gia ghi nhận. Thực tế: tính là đúng hạn theo ngày trả kết quả thực tế.',
      'Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn = (Trước hạn + Đúng hạn) / Số hồ sơ đã giải quyết (cột (8) + (9) trên cột (7) của Biểu 06a).',
    ],
  },
  dueSoon: {
    title: 'DANH SÁCH HỒ SƠ SẮP ĐẾN HẠN, QUÁ HẠN CẦN ĐÔN ĐỐC',
    asOfLine: (day: string) => `(Tính đến ngày ${day})`,
    groupRow: (roman: string, officer: string, unit: string) => `${roman}. ${officer} - ${unit}`,
    remaining: 'Còn lại (ngày làm việc)',
    note: (days: string) =>
      `Sắp đến hạn: chưa có kết quả, ngày hẹn trả trong ${days} ngày làm việc tới. Quá hạn: chưa có kết quả, đã qua ngày hẹn trả. Xếp theo hồ sơ gấp nhất trước.`,
  },
} as const;

/** Consolidation of many units (core/consolidate). */
export const CONSOLIDATE_LABELS = {
  // Distinct from the unit's own report tabs, so both can live in one workbook.
  form06aSheetName: 'Tổng hợp 06a',
  appendix1SheetName: 'Tổng hợp PL I',
  appendix2SheetName: 'Tổng hợp PL II',
  rankingSheetName: 'Xếp hạng đơn vị',
  sourcesSheetName: 'Nguồn số liệu',
  rankingTitle: 'XẾP HẠNG ĐƠN VỊ THEO TỶ LỆ GIẢI QUYẾT HỒ SƠ ĐÚNG HẠN',
  rank: 'Xếp hạng',
  unit: 'Đơn vị',
  received: 'Số hồ sơ nhận giải quyết (3)',
  resolved: 'Số hồ sơ đã giải quyết (7)',
  resolvedOnTime: 'Đã giải quyết trước hạn, đúng hạn (8) + (9)',
  resolvedLate: 'Đã giải quyết quá hạn (10)',
  overdue: 'Đang giải quyết quá hạn (13)',
  rate: 'Tỷ lệ giải quyết đúng hạn [(8) + (9)] / (7)',
  rate766: 'Tỷ lệ đúng hạn theo QĐ 766 [(8) + (9) + (12)] / (3)',
  rankingNote:
    'Xếp theo tỷ lệ giải quyết đúng hạn giảm dần; cùng tỷ lệ thì đơn vị giải quyết nhiều hồ sơ hơn đứng trước. Đơn vị chưa giải quyết hồ sơ nào trong kỳ xếp cuối. Số liệu tính như Biểu 06a.',
  chartTitle: 'Tỷ lệ giải quyết hồ sơ đúng hạn theo đơn vị',
  sourcesTitle: 'CÁC TRANG TÍNH ĐÃ ĐỌC ĐỂ TỔNG HỢP',
  sourceName: 'Tệp / trang tính',
  sourceKind: 'Loại',
  sourceUnit: 'Đơn vị',
  sourceDossiers: 'Số hồ sơ',
  sourceResult: 'Kết quả',
  kinds: {
    export: 'Dữ liệu xuất từ hệ thống',
    'form-06a': 'Biểu 06a',
    report: 'Bảng do Đúng Hạn tạo',
    unrecognized: 'Không nhận ra',
  },
  merged: 'Đã gộp',
  mergedDuplicates: (n: string) => `Đã gộp; ${n} hồ sơ trùng mã với trang tính khác chưa gộp`,
  notMerged: (why: string) => `Chưa gộp: ${why}`,
  derived06a: 'Biểu 06a này tính từ dữ liệu cùng tệp, dữ liệu đó đã được gộp',
  reportTab: 'bảng báo cáo do Đúng Hạn tạo, không phải dữ liệu',
  periodMismatch: (found: string, wanted: string) => `kỳ báo cáo ${found}, khác kỳ tổng hợp ${wanted}`,
  periodUnreadable: 'không đọc được kỳ báo cáo của biểu',
  unrecognized: 'không phải dữ liệu xuất từ hệ thống, cũng không phải Biểu 06a',
  formOnlyNote:
    'Đơn vị chỉ gửi Biểu 06a có mặt trong Biểu 06a tổng hợp và bảng xếp hạng, không có trong Phụ lục I, II (không có danh sách hồ sơ).',
  duplicateDetail: (sheet: string, firstSheet: string, firstRow: number) => `${sheet}; đã có ở ${firstSheet}, dòng ${firstRow}`,
  sheetDetail: (sheet: string) => sheet,
  /** "Sổ theo dõi (xa-dan-tu-excel.xlsx)": a sheet named in its file. */
  sheetInFile: (sheet: string, file: string) => `${sheet} (${file})`,
} as const;

/** Names and sources of projected days off, years after the official table (core/calendar/projection.ts). */
export const PROJECTED_DAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tetBefore: (lunarDay: number) => `Tết Nguyên đán (${lunarDay} tháng Chạp)`,
  tetAfter: (n: number) => `Tết Nguyên đán (Mùng ${n} Tết)`,
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế Lao động',
  national: 'Quốc khánh',
  nationalBefore: 'Quốc khánh (ngày liền kề trước)',
  nationalAfter: 'Quốc khánh (ngày liền kề sau)',
  culture: 'Ngày Văn hóa Việt Nam',
  compensatory: (holiday: string) => `Nghỉ bù ${holiday}`,
  /** Appended to every projected name. */
  projectedMark: ' (dự kiến)',
} as const;

export const PROJECTED_SOURCES = {
  tet: 'Dự kiến, chưa có thông báo: tính theo âm lịch (UTC+7) và BLLĐ 2019 Điều 112; chia 5 ngày theo tiền lệ 2019–2026',
  hungKings: 'Dự kiến, chưa có thông báo: tính theo âm lịch (UTC+7) và BLLĐ 2019 Điều 112',
  nationalAdjacent: 'Dự kiến, chưa có thông báo: BLLĐ 2019 Điều 112; ngày liền kề chọn theo tiền lệ 2021–2026',
  fixed: 'Dự kiến, chưa có thông báo: BLLĐ 2019 Điều 112',
  culture: 'Dự kiến, chưa có thông báo: BLLĐ 2019 Điều 112; NQ 28/2026/QH16 (Ngày Văn hóa Việt Nam)',
  compensatory: 'Dự kiến, chưa có thông báo: BLLĐ 2019 Điều 111(3), Điều 112',
} as const;

/**
 * Words of the task pane's and the sidebar's "Dữ liệu", "Kỳ báo cáo" and "Cài đặt" sections
 * that both hosts show alike (UX.md): period presets, rule options with their legal source,
 * the report header fields, and what a missing column means. Host chrome (buttons,
 * progress, host errors) stays in each host's labels.vi.ts.
 */
export const SETTINGS_LABELS = {
  period: {
    preset: 'Kỳ',
    /** In the order of the dropdown. */
    presets: {
      month15: 'Tháng (15 tháng trước – 14 tháng này)',
      month: 'Tháng dương lịch',
      quarter: 'Quý',
      year: 'Năm',
      custom: 'Tùy chọn',
    } satisfies Record<PeriodPreset, string>,
    from: 'Từ ngày',
    to: 'Đến ngày',
    asOf: 'Ngày chốt số liệu',
  },
  rules: {
    dueSoon: 'Báo "Sắp đến hạn" trước (ngày làm việc)',
    supplementation: {
      title: 'Khi công dân bổ sung hồ sơ',
      restart: `Tính lại thời hạn từ đầu khi nhận đủ hồ sơ (${DEADLINE_LABELS.legal['nd61-19-4']}; ${DEADLINE_LABELS.legal['nd118-309-17-3']}) — mặc định`,
      pause: `Chỉ tạm dừng trong lúc chờ, cộng thêm thời gian chờ (${DEADLINE_LABELS.legal['qd766-index']})`,
    },
    sameDayCutoff: `Hồ sơ giải quyết trong ngày: tiếp nhận sau giờ này thì trả vào ngày làm việc tiếp theo (${DEADLINE_LABELS.legal['nd61-18-2']}; ${DEADLINE_LABELS.legal['nd118-309-18-2']})`,
    compareBy: {
      title: 'So thời điểm có kết quả với hạn trả',
      datetime: `Theo ngày và giờ, như ${DEADLINE_LABELS.legal['qd766-index']} — mặc định`,
      day: 'Theo ngày: hạn tính theo ngày kết thúc lúc 24 giờ của ngày cuối cùng (BLDS 2015 Điều 148 khoản 6)',
    },
    measureAgainst: {
      title: 'Hồ sơ được hẹn lại ngày trả: so với',
      original: 'Ngày hẹn trả đầu tiên (NĐ 61/2018/NĐ-CP Điều 19 khoản 9) — mặc định',
      extended: 'Ngày hẹn lại',
    },
    withdrawnCountAsOnTime: 'Biểu 06a: tính hồ sơ rút là đã giải quyết đúng hạn (như một số hệ thống)',
    awaitingCountAsWithinDeadline:
      'Biểu 06a: tính hồ sơ chờ công dân bổ sung, thực hiện nghĩa vụ tài chính là đang giải quyết trong hạn',
    colorFinishedOnTime: 'Tô màu xanh các hồ sơ trước hạn, đúng hạn',
    saturdayMorning:
      'Bộ phận một cửa làm việc sáng thứ Bảy (07:00–11:30): tính vào thời hạn theo giờ và hồ sơ giải quyết trong ngày; thứ Bảy vẫn không tính là ngày làm việc',
  },
  /** The fields of the report header (ReportHeader). */
  header: {
    title: 'Thông tin trên biểu mẫu',
    reportingUnit: 'Đơn vị báo cáo',
    receivingUnit: 'Đơn vị nhận báo cáo',
    place: 'Địa danh (dòng ngày tháng)',
    preparer: 'Người lập biểu',
    head: 'Thủ trưởng đơn vị',
    // Issue 10: the form's own texts (empty = today's text).
    formTitle: 'Tên biểu mẫu (dòng tiêu đề Biểu 06a)',
    formCode: 'Ký hiệu biểu (Biểu số …)',
    formBasis: 'Dòng "Ban hành theo …"',
  },
  /** "Không có cột Ngày trả kết quả thực tế: không tách được hồ sơ trễ trên hệ thống" (UX.md, shown in amber). */
  missingColumn: (fieldLabel: string, meaning: string) => `Không có cột ${fieldLabel}: ${meaning}`,
  /** What a missing column means for the results. */
  missingMeaning: {
    code: 'không nhận ra hồ sơ trùng và không lấy được ngày tiếp nhận từ mã hồ sơ',
    procedure: 'danh sách phụ lục không có tên thủ tục',
    field: 'Biểu 06a không chia được theo lĩnh vực',
    unit: 'không chia được kết quả theo đơn vị',
    officer: 'không lập được danh sách cán bộ xử lý chậm, quá hạn',
    applicant: 'danh sách phụ lục không có tên chủ hồ sơ',
    channel: 'Biểu 06a không tách được hồ sơ trực tuyến và trực tiếp',
    submitted: 'dùng ngày tiếp nhận thay cho ngày nộp',
    received: 'không tính được hạn khi thiếu ngày hẹn trả',
    due: 'hạn trả chỉ tính được từ ngày tiếp nhận và thời hạn giải quyết (nếu có)',
    extendedDue: 'không xét được hồ sơ được hẹn lại',
    finished: 'hồ sơ chưa có ngày kết thúc xử lý được xem là đang giải quyết',
    returned: 'dùng ngày kết thúc xử lý thay cho ngày trả kết quả',
    actualResult: 'không tách được hồ sơ trễ trên hệ thống',
    status: 'xét tình trạng hồ sơ chỉ theo các cột ngày',
    period: 'chỉ dùng được ngày hẹn trả có sẵn',
    remarks: 'danh sách phụ lục không có lý do trễ hạn',
  } satisfies Record<Field, string>,
} as const;

/** Words of the live workbook ("sổ tự tính", core/live): its extra columns, settings cells and notes. */
export const LIVE_LABELS = {
  /** The note column right of the tool's three columns. */
  noteHeading: 'Ghi chú tự tính (Đúng Hạn)',
  /** Heading of a hidden helper column: what it holds. */
  helperHeading: (what: string) => `${what} (Đúng Hạn, cột phụ)`,
  helpers: {
    received: 'Ngày tiếp nhận đã đọc',
    due: 'Ngày hẹn trả đã đọc',
    extendedDue: 'Ngày hẹn lại đã đọc',
    finished: 'Ngày kết thúc đã đọc',
    returned: 'Ngày trả kết quả đã đọc',
    actualResult: 'Ngày trả thực tế đã đọc',
    statusCode: 'Mã trạng thái',
    online: 'Trực tuyến (1/0)',
    periodUnit: 'Loại thời hạn (1 ngày làm việc, 2 ngày, 3 trong ngày)',
    periodAmount: 'Số ngày giải quyết',
    group06a: 'Dòng Biểu 06a',
    group766: 'Dòng Chỉ số 766',
    systemDue: 'Hạn trên hệ thống (trước khi sửa theo luật)',
    finishAsOf: 'Ngày kết thúc tính đến ngày chốt',
    finishDay06a: 'Ngày kết thúc tính vào kỳ',
    kind06a: 'Cột tiếp nhận 06a (1 trực tuyến, 2 trực tiếp, 3 kỳ trước)',
    outcome06a: 'Cột kết quả 06a (1 trước hạn … 5 quá hạn)',
    lateOnSystem06a: 'Trễ trên hệ thống trong kỳ (1/0)',
  },
  /** The note of a row the formulas follow. */
  live: 'Tự tính',
  /** Why a row keeps its values: "Cố định: …". */
  fixed: (why: string) => `Cố định (chạy lại để cập nhật): ${why}`,
  fixedReasons: {
    hourPeriod: 'thời hạn tính theo giờ',
    monthPeriod: 'thời hạn tính theo tháng',
    sameDaySaturday: 'trả trong ngày có làm việc sáng thứ Bảy',
    saturdayDue: 'hạn vào thứ Bảy có làm việc buổi sáng',
    outOfTable: 'ngày nằm ngoài lịch của sổ',
    midnight: 'giờ 00:00:00 không phân biệt được với ngày không có giờ',
    invalidReason: 'lỗi dữ liệu cần chạy lại để xét',
    status: 'tình trạng chưa có công thức',
  },
  settingsTitle: 'Cài đặt sổ tự tính (Đúng Hạn)',
  asOf: 'Ngày chốt số liệu (sửa để tính lại)',
  periodFrom: 'Kỳ báo cáo từ ngày',
  periodTo: 'Kỳ báo cáo đến ngày',
  countEnd: 'Số liệu tính đến hết ngày',
  dueSoonLast: 'Sắp đến hạn: hạn đến hết ngày',
  calendarTitle: 'LỊCH LÀM VIỆC DÙNG CHO CÔNG THỨC (tự tính từ hai bảng bên trái)',
  calendarDay: 'Ngày',
  calendarWorking: 'Làm việc (1/0)',
  calendarCumulative: 'Lũy kế ngày làm việc',
  listNote: 'Số liệu của biểu này tự tính theo sổ; danh sách hồ sơ: chạy lại để cập nhật danh sách.',
  formNote: 'Các ô số liệu là công thức theo trang dữ liệu: sửa ngày ở trang dữ liệu hoặc ngày chốt số liệu thì số liệu tự tính lại; tên dòng và các dòng chú thích: chạy lại để cập nhật.',
} as const;

/** Headings of the live workbook's own extra columns: core/import reads them back as tool columns, never as data. */
export const LIVE_TOOL_HEADINGS: readonly string[] = [
  LIVE_LABELS.noteHeading,
  ...Object.values(LIVE_LABELS.helpers).map((what) => LIVE_LABELS.helperHeading(what)),
];
// ---------------------------------------------------------------------------------------
// Words added for issue 9: the system-due audit tab, the comparison rule and the legal
// sources by receipt date on the 06a notes, and how an unknown status was treated.
// ---------------------------------------------------------------------------------------

/** The "Kiểm tra hạn trên hệ thống" tab (core/report/system-due-audit.ts) and its check problems. */
export const SYSTEM_DUE_LABELS = {
  sheetName: REPORT_LABELS.sheetNames.systemDueAudit,
  title: 'DANH SÁCH HỒ SƠ CÓ NGÀY HẸN TRẢ TRÊN HỆ THỐNG KHÁC HẠN THEO QUY ĐỊNH',
  instruction:
    'Hạn theo quy định tính từ ngày tiếp nhận và thời hạn giải quyết theo lịch nghỉ chính thức; ngày hẹn trả rơi vào ngày nghỉ kết thúc vào cuối ngày làm việc tiếp theo (BLDS 2015 Điều 148 khoản 5). Ngày hẹn trả sớm hơn hạn theo quy định là lỗi của hệ thống: hồ sơ giải quyết trong hạn theo quy định được tính là trễ trên hệ thống (thực tế đúng hạn). Ngày hẹn trả muộn hơn có thể do gia hạn hoặc bổ sung hồ sơ không thể hiện trong dữ liệu: vẫn xét theo ngày hẹn trả, cần kiểm tra.',
  period: 'Thời hạn giải quyết',
  systemDue: 'Ngày hẹn trả trên hệ thống',
  lawfulDue: 'Hạn theo quy định',
  difference: 'Chênh lệch (ngày làm việc)',
  finding: 'Nhận xét',
  check: 'Kết quả kiểm tra',
  earlier: 'Hệ thống hẹn sớm hơn quy định (hạn trên hệ thống sai)',
  later: 'Hệ thống hẹn muộn hơn quy định (cần kiểm tra)',
  onDayOff: 'Ngày hẹn trả rơi vào ngày nghỉ',
  findingSeparator: '; ',
  /** The CLI summary line. */
  summaryLine: (n: string) => `Ngày hẹn trả trên hệ thống khác hạn theo quy định: ${n} hồ sơ (xem tab "Kiểm tra hạn trên hệ thống").`,
  /** The value shown with a due.systemDiffers problem: both dates. */
  problemValue: (system: string, lawful: string) => `trên hệ thống ${system}, theo quy định ${lawful}`,
} as const;

/** Notes on Biểu 06a: the comparison rule and the legal text by receipt date. */
export const RULE_NOTE_LABELS = {
  compareBy: {
    datetime:
      'So thời điểm có kết quả với ngày hẹn trả theo ngày và giờ, như cách tính chỉ số QĐ 766/QĐ-TTg trên Cổng DVCQG; ngày hẹn trả rơi vào ngày nghỉ kết thúc vào cuối ngày làm việc tiếp theo (BLDS 2015 Điều 148 khoản 5).',
    day: 'So ngày có kết quả với ngày hẹn trả theo ngày: thời hạn kết thúc lúc 24 giờ của ngày cuối cùng (BLDS 2015 Điều 148 khoản 6); ngày hẹn trả rơi vào ngày nghỉ kết thúc vào cuối ngày làm việc tiếp theo (BLDS 2015 Điều 148 khoản 5).',
  },
  legalByDate:
    'Hồ sơ tiếp nhận trước ngày 01/7/2025 áp dụng NĐ 61/2018/NĐ-CP; từ ngày 01/7/2025 áp dụng NĐ 118/2025/NĐ-CP, được sửa đổi bởi NĐ 309/2026/NĐ-CP từ ngày 05/8/2026. Hồ sơ đăng ký trực tuyến chưa tiếp nhận chưa tính thời hạn và không tính vào biểu (NĐ 118/2025/NĐ-CP Điều 17 khoản 3).',
} as const;

/** How a row with an unknown status word was treated: the detail of its status.unknown problem. */
export const STATUS_TREATMENT_LABELS = {
  treatedAs: (status: string) => `xét theo các cột ngày: ${status}`,
} as const;

// ---------------------------------------------------------------------------
// Issue 9 (i9a): undecided days off, sheet choice, note rows, months, period texts.
// ---------------------------------------------------------------------------

/** Undecided days off (core/calendar/undecided.ts) in the settings, warnings and summaries. */
export const UNDECIDED_DAYS_LABELS = {
  settingsTitle: 'Lịch nghỉ chưa có quyết định chính thức (đang tính theo dự kiến)',
  settingsHint: 'Khi có quyết định, chọn đúng phương án rồi chạy lại Kiểm tra hạn.',
  projectedOption: (label: string) => `${label} (dự kiến, mặc định)`,
  /** How a warning names the days: "10/02/2027, 11/02/2027 (dự kiến là ngày nghỉ)". */
  projectedDays: (list: string) => `${list} (dự kiến là ngày nghỉ)`,
  pendingDays: (list: string) => `${list} (đang tính là ngày làm việc)`,
  listSeparator: ', ',
  groupSeparator: '; ',
  /** Projected years (after the table): the choices the settings can offer. */
  projectedTetTitle: (year: number) => `Tết Nguyên đán ${year} (dự kiến)`,
  projectedTetOption: (before: number, after: number) => `Chia ${before}+${after}: nghỉ ${before} ngày trước mùng 1 Tết, ${after} ngày từ mùng 1`,
  projectedSeptTitle: (year: number) => `Ngày liền kề Quốc khánh ${year} (dự kiến)`,
  projectedSeptBefore: 'Ngày liền kề trước 02/9',
  projectedSeptAfter: 'Ngày liền kề sau 02/9',
  projectedReason: 'Dự kiến, chưa có thông báo: theo tiền lệ 2019–2026 (BLLĐ 2019 Điều 112).',
  /** The check summary line (CLI). */
  summaryLine: (dossiers: string, days: string) =>
    `Ngày nghỉ chưa có quyết định: ${dossiers} hồ sơ có hạn hoặc số ngày trễ phụ thuộc vào ${days}; kết quả có thể thay đổi khi lịch nghỉ được công bố.`,
} as const;

/** Why a sheet of a workbook was read (core/import/choose-sheet.ts). */
export const SHEET_CHOICE_LABELS = {
  user: 'trang tính do người dùng chọn',
  only: 'trang tính duy nhất có dòng tiêu đề nhận ra được',
  mostDossiers: (rows: string, others: string) => `trang tính có nhiều dòng hồ sơ nhất dưới dòng tiêu đề nhận ra được (${rows} dòng; ${others})`,
  /** "Tổng hợp": 0 dòng. */
  other: (sheet: string, rows: string) => `"${sheet}": ${rows} dòng`,
  otherSeparator: ', ',
  /** The CLI summary line. */
  line: (sheet: string, why: string) => `Đã đọc trang "${sheet}": ${why}.`,
} as const;

/** Periods in months (core/deadline/months.ts). */
export const MONTH_PERIOD_LABELS = {
  countMonths: (period: string, lastDay: string) =>
    `${period}, không tính ngày tiếp nhận; kết thúc vào ngày tương ứng của tháng cuối cùng, ${lastDay} (tháng không có ngày tương ứng thì là ngày cuối tháng)`,
} as const;

// ---------------------------------------------------------------------------
// Issue 10: printed forms (pagination, agency, reasons, form text settings, charts).
// New words appended here so concurrent edits above stay apart.
// ---------------------------------------------------------------------------

/** Words of the printed forms added by issue 10 (core/report, core/import/agency.ts). */
export const PRINT_LABELS = {
  /** A blank field the office fills by hand. */
  dottedLine: '…………………………………',
  /** Marks a unit named after its file because nothing in the file named it. */
  fromFileName: (name: string) => `${name} (tên tệp)`,
  dueSoon: {
    overdueDays: 'Đã quá hạn (ngày làm việc)',
  },
  score766: {
    chartTitle: 'Điểm tiến độ 766: theo hệ thống và thực tế',
    seriesSystem: 'Theo hệ thống',
    seriesActual: 'Thực tế',
  },
  daysOff: {
    makeUpFor: (date: string) => `làm bù cho ngày ${date}`,
  },
  /** The print note a host without a print API (Google Sheets) puts on A1 of each tab. */
  printNote: {
    head: 'Khi in (Tệp → In):',
    paper: (orientation: 'portrait' | 'landscape') => `khổ A4, ${orientation === 'landscape' ? 'khổ ngang' : 'khổ dọc'}`,
    margins: (top: string, bottom: string, left: string, right: string) => `lề trên ${top}, dưới ${bottom}, trái ${left}, phải ${right} mm`,
    scale: (percent: string) => `tỷ lệ ${percent}%`,
    repeat: (from: string, to: string) => `lặp lại dòng ${from}–${to} ở đầu mỗi trang`,
    breaks: (rows: string) => `ngắt trang sau dòng ${rows} (ngắt trang tùy chỉnh)`,
    together: (from: string, to: string) => `giữ dòng ${from}–${to} (ghi chú, ngày tháng, chữ ký) trên cùng một trang`,
    area: (range: string) => `vùng in ${range}; biểu đồ in riêng`,
    pageNumbers: 'số trang ở giữa phía trên, từ trang 2',
  },
} as const;

/** Why the form texts are settings (shown under SETTINGS_LABELS.header.formTitle …). */
export const SETTINGS_FORM_TEXT_LABELS = {
  formTextNote:
    'TT 03/2025 và NĐ 309/2026 chuyển việc báo cáo về Bộ Tư pháp; chưa xác nhận được Biểu II.06a có thay đổi hay không. Sửa ba dòng này khi có mẫu mới.',
} as const;
