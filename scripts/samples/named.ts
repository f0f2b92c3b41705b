/**
 * The hand-checked dossiers. Every due date below was counted BY HAND on the official
 * 2025 calendar (holidays.md §3; CV 8726/VPCP-KGVX): Tết Sat 25/01–Sun 02/02, Giỗ Tổ
 * Mon 07/04, Sat 26/04 a make-up working day, 30/04–04/05 off (Fri 02/05 swapped). The
 * counting starts the day after receipt (BLDS 2015 Điều 147.2). Report date: Mon 30/06/2025.
 * samples/README.md repeats this table with the reasoning.
 */
import type { Status } from '../../core/classify/status.js';
import type { Channel, StatusCode } from '../../core/import/dossier.js';
import type { Stamp } from '../../core/calendar/day.js';
import { at, on } from './model.js';
import { procedureWithPeriod, type Procedure } from './vocab.js';

export type SampleName = 'thanhHoa' | 'opencps' | 'xa';

export interface NamedDossier {
  key: string;
  expected: Status;
  /** Why, in one line, for the README. */
  reasoning: string;
  procedure: Procedure;
  unit: number;
  applicant: string;
  channel: Channel;
  submitted: Stamp | null;
  received: Stamp | null;
  due: Stamp | null;
  dueText?: string;
  extendedDue: Stamp | null;
  finished: Stamp | null;
  actual: Stamp | null;
  statusCode: StatusCode;
  /** Fixed code per sample; absent where the sample does not hold this dossier. */
  codes: Partial<Record<SampleName, string>>;
}

const FORMULA_APPLICANT = '=HYPERLINK("http://x","Nguyễn Văn A")';

export const NAMED: readonly NamedDossier[] = [
  {
    key: 'N01', expected: 'early', unit: 0, applicant: 'Lê Thị Hồng Nhung', channel: 'direct', statusCode: 10,
    reasoning: 'received Wed 22/01 09:15, 5 working days: 23/01, 24/01, (Tết 25/01–02/02), 03/02, 04/02, 05/02 → due Wed 05/02 09:15; finished Tue 04/02 10:20, an earlier day',
    procedure: procedureWithPeriod(5), submitted: null, received: at(2025, 1, 22, 9, 15), due: at(2025, 2, 5, 9, 15), extendedDue: null,
    finished: at(2025, 2, 4, 10, 20), actual: null,
    codes: { thanhHoa: '000.21.35.H56-250122-0051', opencps: 'XVTD.250122.00051', xa: '000.41.27.H99-250122-0051' },
  },
  {
    key: 'N02', expected: 'on_time', unit: 0, applicant: 'Phạm Minh Khôi', channel: 'direct', statusCode: 10,
    reasoning: 'received Fri 24/01 14:00, 1 working day: Tết 25/01–02/02 skipped → due Mon 03/02 14:00; finished Mon 03/02 13:45, same afternoon, before the due time',
    procedure: procedureWithPeriod(1), submitted: null, received: at(2025, 1, 24, 14, 0), due: at(2025, 2, 3, 14, 0), extendedDue: null,
    finished: at(2025, 2, 3, 13, 45), actual: null,
    codes: { thanhHoa: '000.21.35.H56-250124-0052', opencps: 'XVTD.250124.00052', xa: '000.41.27.H99-250124-0052' },
  },
  {
    key: 'N03', expected: 'late', unit: 1, applicant: 'Đỗ Văn Thắng', channel: 'online', statusCode: 10,
    reasoning: 'received Thu 16/01 08:30, 5 working days: 17, 20, 21, 22, 23/01 → due Thu 23/01 08:30; finished Tue 04/02 09:00: 3 working days late (24/01, 03/02, 04/02), 12 calendar days',
    procedure: procedureWithPeriod(5), submitted: at(2025, 1, 15, 21, 5), received: at(2025, 1, 16, 8, 30), due: at(2025, 1, 23, 8, 30), extendedDue: null,
    finished: at(2025, 2, 4, 9, 0), actual: null,
    codes: { thanhHoa: '000.22.35.H56-250116-0053', opencps: 'PHLT.250116.00053', xa: '000.41.27.H99-250116-0053' },
  },
  {
    key: 'N04', expected: 'late', unit: 1, applicant: 'Vũ Thị Thu Hà', channel: 'direct', statusCode: 10,
    reasoning: 'received Thu 24/04 10:00, 2 working days: Fri 25/04, Sat 26/04 (make-up working day) → due Sat 26/04 10:00; finished Mon 28/04 09:30: 1 working day late (a calculator skipping every Saturday says on time)',
    procedure: procedureWithPeriod(2), submitted: null, received: at(2025, 4, 24, 10, 0), due: at(2025, 4, 26, 10, 0), extendedDue: null,
    finished: at(2025, 4, 28, 9, 30), actual: null,
    codes: { thanhHoa: '000.22.35.H56-250424-0054', opencps: 'PHLT.250424.00054', xa: '000.41.27.H99-250424-0054' },
  },
  {
    key: 'N05', expected: 'on_time', unit: 2, applicant: 'Hoàng Ngọc Lâm', channel: 'postal', statusCode: 10,
    reasoning: 'received Tue 29/04 15:30, 1 working day: 30/04, 01/05 holidays, Fri 02/05 swapped off, weekend → due Mon 05/05 15:30; finished Mon 05/05 15:10 (a calculator without the swap says due Fri 02/05, late)',
    procedure: procedureWithPeriod(1), submitted: null, received: at(2025, 4, 29, 15, 30), due: at(2025, 5, 5, 15, 30), extendedDue: null,
    finished: at(2025, 5, 5, 15, 10), actual: null,
    codes: { thanhHoa: '000.23.35.H56-250429-0055', opencps: 'PKTHT.250429.00055', xa: '000.41.27.H99-250429-0055' },
  },
  {
    key: 'N06', expected: 'late_on_system', unit: 3, applicant: 'Trịnh Xuân Vinh', channel: 'direct', statusCode: 10,
    reasoning: 'received Mon 02/06 08:00, 10 working days → due Mon 16/06 08:00; the system shows finished Thu 19/06 16:20 (3 working days late) but the office wrote "Ngày trả kết quả thực tế" 13/06, before the due',
    procedure: procedureWithPeriod(10), submitted: null, received: at(2025, 6, 2, 8, 0), due: at(2025, 6, 16, 8, 0), extendedDue: null,
    finished: at(2025, 6, 19, 16, 20), actual: on(2025, 6, 13),
    codes: { thanhHoa: '000.31.35.H56-250602-0056', opencps: 'XVTD.250602.00056', xa: '000.41.27.H99-250602-0056' },
  },
  {
    key: 'N07', expected: 'overdue', unit: 2, applicant: 'Bùi Thị Oanh', channel: 'direct', statusCode: 4,
    reasoning: 'received Tue 10/06 09:00, 7 working days: 11, 12, 13, 16, 17, 18, 19/06 → due Thu 19/06 09:00; still "Đang xử lý" on Mon 30/06: 7 working days past due (20, 23–27, 30/06)',
    procedure: procedureWithPeriod(7), submitted: null, received: at(2025, 6, 10, 9, 0), due: at(2025, 6, 19, 9, 0), extendedDue: null,
    finished: null, actual: null,
    codes: { thanhHoa: '000.23.35.H56-250610-0057', opencps: 'PKTHT.250610.00057', xa: '000.41.27.H99-250610-0057' },
  },
  {
    key: 'N08', expected: 'due_soon', unit: 0, applicant: 'Ngô Quang Hải', channel: 'online', statusCode: 4,
    reasoning: 'received Tue 24/06 10:30, 5 working days: 25, 26, 27, 30/06, 01/07 → due Tue 01/07 10:30, the next working day after 30/06 (window: 1 working day)',
    procedure: procedureWithPeriod(5), submitted: at(2025, 6, 23, 22, 40), received: at(2025, 6, 24, 10, 30), due: at(2025, 7, 1, 10, 30), extendedDue: null,
    finished: null, actual: null,
    codes: { thanhHoa: '000.21.35.H56-250624-0058', opencps: 'XVTD.250624.00058', xa: '000.41.27.H99-250624-0058' },
  },
  {
    key: 'N09', expected: 'pending', unit: 2, applicant: 'Đặng Thị Kim Yến', channel: 'direct', statusCode: 4,
    reasoning: 'received Fri 20/06 14:00, 15 working days → due Fri 11/07 14:00, well after 01/07',
    procedure: procedureWithPeriod(15), submitted: null, received: at(2025, 6, 20, 14, 0), due: at(2025, 7, 11, 14, 0), extendedDue: null,
    finished: null, actual: null,
    codes: { thanhHoa: '000.23.35.H56-250620-0059', opencps: 'PKTHT.250620.00059', xa: '000.41.27.H99-250620-0059' },
  },
  {
    key: 'N10', expected: 'awaiting_citizen', unit: 3, applicant: 'Dương Hữu Phúc', channel: 'direct', statusCode: 5,
    reasoning: 'received Mon 23/06 08:45, 10 working days → due Mon 07/07 08:45; status "Yêu cầu bổ sung giấy tờ": waiting for the citizen',
    procedure: procedureWithPeriod(10), submitted: null, received: at(2025, 6, 23, 8, 45), due: at(2025, 7, 7, 8, 45), extendedDue: null,
    finished: null, actual: null,
    codes: { thanhHoa: '000.31.35.H56-250623-0060', opencps: 'XVTD.250623.00060', xa: '000.41.27.H99-250623-0060' },
  },
  {
    key: 'N11', expected: 'withdrawn', unit: 1, applicant: 'Mai Thanh Trang', channel: 'direct', statusCode: 7,
    reasoning: 'received Thu 13/03 09:00, 3 working days → due Tue 18/03 09:00; status "Công dân yêu cầu rút hồ sơ"',
    procedure: procedureWithPeriod(3), submitted: null, received: at(2025, 3, 13, 9, 0), due: at(2025, 3, 18, 9, 0), extendedDue: null,
    finished: null, actual: null,
    codes: { thanhHoa: '000.22.35.H56-250313-0061', opencps: 'PHLT.250313.00061', xa: '000.41.27.H99-250313-0061' },
  },
  {
    key: 'N12', expected: 'stopped', unit: 2, applicant: 'Công ty TNHH Dịch vụ Minh Khang', channel: 'online', statusCode: 8,
    reasoning: 'received Mon 17/03 10:00, 15 working days, Giỗ Tổ Mon 07/04 skipped → due Tue 08/04 10:00; status "Dừng xử lý"',
    procedure: procedureWithPeriod(15), submitted: at(2025, 3, 16, 19, 30), received: at(2025, 3, 17, 10, 0), due: at(2025, 4, 8, 10, 0), extendedDue: null,
    finished: null, actual: null,
    codes: { thanhHoa: '000.23.35.H56-250317-0062', opencps: 'PKTHT.250317.00062', xa: '000.41.27.H99-250317-0062' },
  },
  {
    key: 'N13', expected: 'rejected', unit: 3, applicant: 'Lý Thị Phượng', channel: 'online', statusCode: 3,
    reasoning: 'submitted online Wed 14/05 20:15, never received (no due date); status "Không được tiếp nhận"',
    procedure: procedureWithPeriod(20), submitted: at(2025, 5, 14, 20, 15), received: null, due: null, extendedDue: null,
    finished: null, actual: null,
    codes: { thanhHoa: '000.31.35.H56-250514-0063', opencps: 'XVTD.250514.00063', xa: '000.41.27.H99-250514-0063' },
  },
  {
    key: 'N14', expected: 'invalid', unit: 0, applicant: 'Hồ Đức Long', channel: 'direct', statusCode: 4,
    reasoning: 'received Fri 14/02 09:30, "Ngày hẹn trả" typed as 31/02/2025, a day that does not exist: no due date, problem date.impossible on that cell',
    procedure: procedureWithPeriod(5), submitted: null, received: at(2025, 2, 14, 9, 30), due: null, dueText: '31/02/2025', extendedDue: null,
    finished: null, actual: null,
    codes: { thanhHoa: '000.21.35.H56-250214-0064', opencps: 'XVTD.250214.00064', xa: '000.41.27.H99-250214-0064' },
  },
  {
    key: 'N15', expected: 'early', unit: 1, applicant: FORMULA_APPLICANT, channel: 'direct', statusCode: 10,
    reasoning: 'received Mon 03/03 08:00, 3 working days → due Thu 06/03 08:00; finished Wed 05/03 16:00. The applicant cell holds formula-looking text, which must stay text',
    procedure: procedureWithPeriod(3), submitted: null, received: at(2025, 3, 3, 8, 0), due: at(2025, 3, 6, 8, 0), extendedDue: null,
    finished: at(2025, 3, 5, 16, 0), actual: null,
    codes: { thanhHoa: '000.22.35.H56-250303-0065', opencps: 'PHLT.250303.00065', xa: '000.41.27.H99-250303-0065' },
  },
  {
    key: 'N16', expected: 'early', unit: 2, applicant: 'Đinh Công Sơn', channel: 'direct', statusCode: 10,
    reasoning: 'received Mon 12/05 09:00, 5 working days: 13, 14, 15, 16, 19/05 → due Mon 19/05 09:00; finished Fri 16/05 10:00. The row appears twice: problem row.duplicateCode',
    procedure: procedureWithPeriod(5), submitted: null, received: at(2025, 5, 12, 9, 0), due: at(2025, 5, 19, 9, 0), extendedDue: null,
    finished: at(2025, 5, 16, 10, 0), actual: null,
    codes: { thanhHoa: '000.23.35.H56-250512-0066', opencps: 'PKTHT.250512.00066', xa: '000.41.27.H99-250512-0066' },
  },
  {
    key: 'N17', expected: 'early', unit: 1, applicant: 'Trần Thị Diệu Linh', channel: 'direct', statusCode: 10,
    reasoning: 'received Wed 05/02 08:30, pasted into en-US Excel as the date 2 May 2025 (month first); 3 working days: 06, 07, 10/02 → due Mon 10/02; finished Fri 07/02 15:00. Read day-first again, with a date.monthFirst warning',
    procedure: procedureWithPeriod(3), submitted: null, received: at(2025, 2, 5, 8, 30), due: on(2025, 2, 10), extendedDue: null,
    finished: at(2025, 2, 7, 15, 0), actual: null,
    codes: { xa: '000.41.27.H99-250205-0067' },
  },
  {
    key: 'N18', expected: 'late', unit: 0, applicant: 'Nguyễn Thị Bảo Ngân', channel: 'online', statusCode: 10,
    reasoning: 'received Mon 19/05 09:00, 5 working days → due Mon 26/05 09:00; re-appointed ("Ngày gia hạn") Thu 29/05; finished Wed 28/05 10:00: late against the original due (default rule), 2 working days (27, 28/05)',
    procedure: procedureWithPeriod(5), submitted: at(2025, 5, 18, 10, 0), received: at(2025, 5, 19, 9, 0), due: at(2025, 5, 26, 9, 0), extendedDue: at(2025, 5, 29, 9, 0),
    finished: at(2025, 5, 28, 10, 0), actual: null,
    codes: { opencps: 'XVTD.250519.00068' },
  },
];
