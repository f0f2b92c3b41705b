/**
 * Every word the user reads, in Vietnamese with full diacritics: one table for all
 * hosts (UX.md). Logic never holds Vietnamese literals; it looks them up here.
 */
import type { Status } from './classify/status.js';
import type { ProblemCode } from './problem.js';

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
  'period.unreadable': 'Không đọc được thời hạn giải quyết. Ví dụ hợp lệ: "05 ngày làm việc", "8 giờ làm việc", "Trong ngày".',
  'status.unknown': 'Không nhận ra trạng thái; đã xét theo các cột ngày.',
  'status.contradictsDates': 'Trạng thái không khớp với các cột ngày; kết quả xét theo ngày.',
  'channel.unknown': 'Không nhận ra hình thức nộp (trực tuyến / trực tiếp / bưu chính).',
  'row.noCode': 'Dòng không có mã hồ sơ.',
  'row.duplicateCode': 'Mã hồ sơ bị trùng với một dòng khác.',
  'row.noDue': 'Không có ngày hẹn trả, và không tính được từ ngày tiếp nhận và thời hạn giải quyết.',
  'row.noReceived': 'Không có ngày tiếp nhận.',
  'row.finishBeforeReceived': 'Ngày kết thúc xử lý trước ngày tiếp nhận.',
  'row.extendedMoreThanOnce': 'Hồ sơ được hẹn lại quá một lần (NĐ 61/2018 Điều 19 khoản 9 chỉ cho phép một lần).',
  'row.derivedTextIgnored': 'Cột này là số liệu hệ thống tự tính (ví dụ "Quá hạn 2.25 ngày"), không phải ngày hẹn trả; đã bỏ qua.',
  'calendar.pendingDaysOff':
    'Khoảng thời gian có ngày nghỉ chưa được công bố chính thức; kết quả có thể thay đổi khi có thông báo.',
  'calendar.projected': 'Ngày nghỉ của năm này là dự kiến (tính theo âm lịch), chưa có thông báo chính thức.',
  'merge.duplicateCode': 'Mã hồ sơ có ở nhiều trang tính; chưa gộp, hãy kiểm tra.',
  'merge.periodMismatch': 'Kỳ báo cáo của trang tính này khác kỳ tổng hợp; chưa gộp.',
  'merge.unrecognizedInput': 'Trang tính không phải dữ liệu xuất từ hệ thống, cũng không phải Biểu 06a; chưa gộp.',
  'file.unreadable': 'Không đọc được tệp. Cần tệp .xlsx, .csv hoặc bảng HTML lưu dạng .xls.',
  'file.binaryXls': 'Tệp .xls dạng nhị phân (Excel 97–2003) chưa đọc được. Hãy mở bằng Excel và lưu lại dạng .xlsx.',
  'file.encoding': 'Tệp CSV không phải UTF-8; đã đọc theo bảng mã Windows-1258.',
};
