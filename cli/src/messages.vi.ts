/**
 * Every word the CLI prints, in Vietnamese (and the English half of --help).
 * Status and problem words come from core/labels.vi.ts; this file holds only the CLI's own.
 */
import { INPUT_LABELS } from '../../readers/labels.vi.js';

export const HELP = `dunghan — kiểm tra hạn giải quyết hồ sơ TTHC / check deadlines of administrative-procedure dossiers

Cách dùng / Usage:
  dunghan calendar <năm> [--json]
      Ngày nghỉ của cơ quan nhà nước trong năm / the year's days off for state agencies.
  dunghan due "<dd/MM/yyyy HH:mm>" "<thời hạn>" [--json]
      Tính ngày hẹn trả / compute the due date, e.g. dunghan due "14/02/2025 15:01" "03 ngày làm việc".
  dunghan check <tệp> [--sheet TÊN] [--as-of dd/mm/yyyy] [--map truong="Tiêu đề cột"]
                [--period thang15|thang|quy|nam | --from dd/mm/yyyy --to dd/mm/yyyy]
                [--out kq.xlsx [--live]] [--json] [--quiet]
      Đọc tệp xuất từ hệ thống (.xlsx, .csv, HTML .xls), phân loại hồ sơ; --out ghi bảng tính có cột tình trạng,
      tô màu và các biểu, phụ lục / read an export and classify dossiers; --out writes the checked workbook.
      --live: sổ tự tính — tình trạng, hạn, số ngày trễ và Biểu 06a là công thức, tự cập nhật khi nhập ngày
      (Excel 2010 trở lên, LibreOffice, Google Sheets) / a live workbook whose columns and 06a are formulas.
  dunghan merge <tệp, thư mục hoặc .zip...> --out tong-hop.xlsx [--as-of YYYY-MM-DD] [--period month15|month|quarter|year | --from … --to …] [--unit-from input|column] [--json]
      Tổng hợp nhiều đơn vị (tệp xuất hoặc Biểu 06a do Đúng Hạn tạo): Biểu 06a theo đơn vị, xếp hạng, Phụ lục I, II;
      thư mục được đọc hết các tệp bên trong, tệp .zip được đọc trong bộ nhớ, không giải nén ra đĩa /
      consolidate many units (exports or 06a forms made by this tool) from files, folders and .zip files.
  check, merge: [--co-quan "Đơn vị báo cáo"] [--noi-nhan "Đơn vị nhận báo cáo"] [--dia-danh "Địa danh"] [--cai-dat tep.json]
      Thông tin trên biểu mẫu; bỏ trống thì lấy cơ quan từ dòng tiêu đề của tệp xuất / who reports to whom on the forms.
  dunghan demo
      Chạy thử trên tệp mẫu (npm start) / run on the bundled sample.

Mã thoát / Exit codes: 0 xong / done; 2 sai tham số hoặc không đọc được tệp / bad arguments or unreadable file.`;

export const CLI_MESSAGES = {
  /** `dunghan <command> --help`: that command's lines of the general help. */
  commandHelp: (name: string) => commandHelp(name),
  unknownCommand: (name: string) => `Lệnh không hợp lệ: "${name}". Gõ dunghan --help để xem cách dùng.`,
  internalError: 'Lỗi không mong muốn. Chi tiết cho bộ phận kỹ thuật:',
  // calendar command
  calendar: {
    usage: 'Cách dùng / Usage: dunghan calendar <năm> [--json]   (năm / year: 2000–2100)',
    missingYear:
      'Thiếu năm. Cần một số nguyên từ 2000 đến 2100, ví dụ: dunghan calendar 2025 / Missing year: expected an integer from 2000 to 2100.',
    badYear: (text: string) =>
      `Năm không hợp lệ: "${text}". Cần một số nguyên từ 2000 đến 2100, ví dụ: dunghan calendar 2025 / Invalid year "${text}": expected an integer from 2000 to 2100.`,
    badOption: (detail: string) => `Tham số không hợp lệ / invalid argument: ${detail}`,
    title: (year: number) => `Ngày nghỉ của cơ quan nhà nước năm ${year} (các ngày thứ Hai–thứ Sáu không làm việc)`,
    headers: { date: 'Ngày', weekday: 'Thứ', name: 'Tên', source: 'Nguồn' },
    /** ISO weekday 1–7. */
    weekdays: ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
    userDayOff: 'Ngày nghỉ riêng của cơ quan',
    noDaysOff: 'Không có ngày nghỉ nào rơi vào thứ Hai–thứ Sáu.',
    total: (n: number) => `Tổng: ${n} ngày thứ Hai–thứ Sáu được nghỉ.`,
    workingSaturdays: (dates: string) => `Thứ Bảy làm bù: ${dates}.`,
    noWorkingSaturdays: 'Không có thứ Bảy làm bù.',
    projectedNote:
      'Lưu ý: năm này chưa có thông báo chính thức. Các ngày "(dự kiến)" được tính theo âm lịch và BLLĐ 2019; việc hoán đổi ngày làm việc, làm bù thứ Bảy chưa biết.',
    pendingNote: (dates: string) =>
      `Lưu ý: các ngày sau mới là đề xuất hoặc phương án chưa được quyết định, chưa áp dụng: ${dates}. Cần đối chiếu thông báo của Bộ Nội vụ.`,
  },
  // due command
  due: {
    help: `dunghan due "<dd/MM/yyyy HH:mm>" "<thời hạn>" [--json] [--saturday-morning]

Tính ngày hẹn trả từ thời điểm tiếp nhận và thời hạn giải quyết, theo lịch nghỉ chính thức.
Compute the due date from the time of receipt and the resolution period, on the official calendar.

  <dd/MM/yyyy HH:mm>   thời điểm tiếp nhận / time of receipt, e.g. "01/03/2025 09:00" (giờ có thể bỏ / time optional)
  <thời hạn>           "05 ngày làm việc" (working days), "10 ngày" (calendar days / ngày liên tục),
                       "8 giờ làm việc", "4 giờ" (working hours), "Trong ngày", "Trả ngay" (same day)
  --json               in kết quả dạng JSON / print JSON
  --saturday-morning   bộ phận một cửa làm việc sáng thứ Bảy (chỉ tính cho thời hạn theo giờ và trong ngày)
                       counter open Saturday mornings (hour and same-day periods only)

Quy tắc / Rules: không tính ngày tiếp nhận (BLDS 2015 Điều 147); hạn theo ngày là 17:00 của ngày cuối;
"ngày" không kèm "làm việc" là ngày liên tục, ngày cuối rơi vào ngày nghỉ thì lùi sang ngày làm việc tiếp theo
(BLDS 2015 Điều 148); "trong ngày": tiếp nhận sau 15:00 trả ngày làm việc tiếp theo.
Ví dụ / Example: dunghan due "01/03/2025 09:00" "1 ngày làm việc"`,
    missingArgs:
      'Thiếu tham số. Cần thời điểm tiếp nhận và thời hạn, ví dụ: dunghan due "01/03/2025 09:00" "05 ngày làm việc" / Missing arguments: expected the time of receipt and the period.',
    badOption: (detail: string) => `Tham số không hợp lệ / invalid argument: ${detail}. Gõ dunghan due --help để xem cách dùng.`,
    badDate: (text: string) =>
      `Không đọc được ngày tiếp nhận "${text}". Cần dạng dd/MM/yyyy HH:mm, ví dụ "01/03/2025 09:00" / Unreadable date: expected dd/MM/yyyy HH:mm.`,
    impossibleDate: (text: string) =>
      `Ngày tiếp nhận "${text}" không có thật. Cần ngày có thật dạng dd/MM/yyyy HH:mm, ví dụ "28/02/2025 09:00" / Impossible date: expected a real dd/MM/yyyy HH:mm date.`,
    outOfRange: (text: string) =>
      `Ngày "${text}" hoặc hạn tính được nằm ngoài lịch 2000–2100 / The date or the due date lies outside the 2000–2100 calendar.`,
    badPeriod: (text: string) =>
      `Không đọc được thời hạn "${text}". Ví dụ hợp lệ: "05 ngày làm việc", "10 ngày", "8 giờ làm việc", "Trong ngày" / Unreadable period.`,
    howCounted: 'Cách tính:',
    bullet: (line: string) => `  - ${line}`,
  },
  // check command
  check: {
    // reading files (cli/src/files)
    fileNotFound: (path: string) =>
      `Không tìm thấy tệp "${path}". Cần đường dẫn tới tệp xuất từ hệ thống: .xlsx, .csv hoặc .xls (bảng HTML).`,
    fileIsDirectory: (path: string) => `"${path}" là thư mục, không phải tệp. Cần tệp .xlsx, .csv hoặc .xls (bảng HTML).`,
    // the sentences shared with the panes (readers/labels.vi.ts)
    fileUnreadable: INPUT_LABELS.fileUnreadable,
    binaryXls: INPUT_LABELS.binaryXls,
    whatEmpty: INPUT_LABELS.whatEmpty,
    whatUnknown: INPUT_LABELS.whatUnknown,
    whatBadXlsx: INPUT_LABELS.whatBadXlsx,
    whatNoTable: INPUT_LABELS.whatNoTable,
    // command line
    missingFile: 'Thiếu tên tệp. Ví dụ: dunghan check ho-so.xlsx --as-of 2025-06-30',
    tooManyFiles: 'Chỉ kiểm tra một tệp mỗi lần.',
    badOption: (detail: string) => `Tham số không hợp lệ: ${detail}. Gõ dunghan --help để xem cách dùng.`,
    badDate: (option: string, value: string) =>
      `${option} cần ngày dạng dd/mm/yyyy (ví dụ 30/06/2025) hoặc yyyy-mm-dd (ví dụ 2025-06-30), không phải "${value}".`,
    impossibleDate: (option: string, value: string) => `${option}: ngày "${value}" không có thật (ví dụ 31/02). Hãy kiểm tra lại ngày, tháng.`,
    badPeriod: (value: string) =>
      `--period cần một trong thang15 (month15), thang (month), quy (quarter), nam (year); không phải "${value}".`,
    outFolderMissing: (path: string, folder: string) =>
      `Không ghi được "${path}": thư mục "${folder}" chưa có. Hãy tạo thư mục đó trước, hoặc chọn nơi ghi khác cho --out.`,
    fromToTogether: 'Cần cả --from và --to (dạng dd/mm/yyyy hoặc yyyy-mm-dd).',
    fromAfterTo: 'Ngày --from phải trước hoặc bằng ngày --to.',
    badMap: (value: string, fields: string) => `--map cần dạng truong="Tiêu đề cột" hoặc truong=F; trường là một trong: ${fields}. Không hiểu: "${value}".`,
    noSheet: (name: string, names: string) => `Không có trang tính "${name}". Các trang tính trong tệp: ${names}.`,
    liveNeedsOut: 'Cần --out <tệp .xlsx> khi dùng --live. Ví dụ: --out so-tu-tinh.xlsx --live',
    live1904: 'Tệp dùng hệ ngày 1904 (Mac cũ): sổ tự tính chưa hỗ trợ. Hãy lưu lại với hệ ngày 1900 rồi chạy lại.',
    liveWritten: (path: string, live: string, fixed: string) =>
      `Đã ghi sổ tự tính ${path}: ${live} hồ sơ tự tính theo công thức, ${fixed} hồ sơ giữ giá trị cố định (xem cột ghi chú).`,
    noHeader: (path: string, sheet: string) =>
      `Tệp "${path}", trang "${sheet}": không tìm thấy dòng tiêu đề. Cần ít nhất các cột "Mã hồ sơ" và "Ngày hẹn trả" (hoặc "Ngày tiếp nhận" kèm "Thời hạn giải quyết"); có thể chỉ cột bằng --map, ví dụ --map due="Ngày hẹn trả".`,
    // progress (stderr, only on a terminal)
    progressReading: (path: string) => `Đang đọc ${path}…`,
    progressRows: (rows: string) => `Đã đọc ${rows} dòng.`,
    progressClassified: (count: string) => `Đã phân loại ${count} hồ sơ.`,
    progressWriting: (path: string) => `Đang ghi ${path}…`,
    tooManyRows: (path: string, max: string) =>
      `Tệp "${path}" có hơn ${max} dòng: Excel không mở được trang tính dài hơn ${max} dòng, nên chưa ghi tệp kết quả (tệp hỏng sẽ không mở được). ` +
      'Hãy xuất dữ liệu từ hệ thống theo từng kỳ ngắn hơn (từng tháng hoặc từng quý), rồi kiểm tra từng tệp; có thể chạy không có --out để chỉ xem số liệu.',
    progressWritten: (path: string) => `Đã ghi ${path}.`,
    writeSteps: {
      load: 'Đang mở tệp gốc…',
      data: 'Đang tô màu trang dữ liệu…',
      reports: 'Đang tạo các biểu báo cáo…',
      save: 'Đang lưu tệp…',
    } as Record<string, string>,
    // summary (stdout)
    summaryFile: (path: string) => `Tệp: ${path}`,
    summarySheet: (sheet: string) => `Trang tính: ${sheet}`,
    summaryHeader: (rows: string) => `Dòng tiêu đề: ${rows}`,
    summaryAsOf: (day: string) => `Ngày chốt số liệu: ${day}`,
    summaryPeriod: (from: string, to: string) => `Kỳ báo cáo: từ ngày ${from} đến ngày ${to}`,
    periodDefaulted: '(mặc định; chọn kỳ khác bằng --period hoặc --from … --to …)',
    summaryMapping: 'Cột dữ liệu:',
    mappingLine: (field: string, letter: string, heading: string) => `  ${field}: cột ${letter} — ${heading}`,
    summaryCounts: (total: string) => `Kết quả (${total} hồ sơ):`,
    countLine: (label: string, count: string) => `  ${label}: ${count}`,
    summaryProblems: (count: string) => `Vấn đề (${count}):`,
    noProblems: 'Không có vấn đề nào.',
    problemLine: (where: string, value: string, message: string) => `  ${where}${value}: ${message}`,
    problemRow: (row: string) => `Dòng ${row}`,
    problemFile: 'Tệp',
    problemSheet: 'Trang tính',
    problemColumnOnly: (column: string) => `Cột ${column}`,
    problemColumn: (column: string) => `, cột ${column}`,
    problemValue: (value: string) => ` ("${value}")`,
    moreProblems: (count: string) => `  … và ${count} vấn đề khác.`,
    skippedRows: (count: string) => `Bỏ qua ${count} dòng không phải hồ sơ (tiêu đề nhóm, tổng cộng, dòng trống…).`,
    outWritten: (path: string) => `Đã ghi kết quả vào ${path}.`,
  },
  // merge command
  merge: {
    missingFiles: 'Thiếu tên tệp. Ví dụ: dunghan merge xa-a.xlsx xa-b.csv --out tong-hop.xlsx --as-of 2025-06-30',
    missingOut: 'Cần --out <tệp .xlsx> để ghi bảng tổng hợp. Ví dụ: --out tong-hop.xlsx',
    badUnitFrom: (value: string) => `--unit-from cần "input" (mỗi tệp/trang tính là một đơn vị) hoặc "column" (theo cột Đơn vị); không phải "${value}".`,
    nothingReadable: 'Không có tệp nào đọc được dữ liệu để tổng hợp.',
    summaryAsOf: (day: string) => `Ngày chốt số liệu: ${day}`,
    summaryPeriod: (from: string, to: string) => `Kỳ tổng hợp: từ ngày ${from} đến ngày ${to}`,
    inputsTitle: (count: string) => `Trang tính đã đọc (${count}):`,
    inputLine: (name: string, kind: string, unit: string, dossiers: string, result: string) =>
      `  ${name} — ${kind}${unit}${dossiers}: ${result}`,
    inputUnit: (unit: string) => `, đơn vị "${unit}"`,
    inputDossiers: (n: string) => `, ${n} hồ sơ`,
    problemsTitle: (count: string) => `Vấn đề (${count}):`,
    noProblems: 'Không có vấn đề nào: không trùng mã hồ sơ, không lệch kỳ báo cáo.',
    problemLine: (message: string, detail: string, row: string, value: string) => `  ${message}${detail}${row}${value}`,
    problemDetail: (detail: string) => ` [${detail}]`,
    problemRow: (row: string) => ` (dòng ${row})`,
    problemValue: (value: string) => ` ("${value}")`,
    rankingTitle: 'Xếp hạng theo tỷ lệ giải quyết đúng hạn [(8) + (9)] / (7):',
    rankingLine: (rank: string, name: string, rate: string, onTime: string, resolved: string, overdue: string) =>
      `  ${rank}. ${name}: ${rate} (${onTime}/${resolved} hồ sơ đã giải quyết trước hạn, đúng hạn; ${overdue} hồ sơ đang quá hạn)`,
    noRank: '-',
    written: (path: string) => `Đã ghi bảng tổng hợp vào ${path}.`,
    inputSkipped: (label: string, reason: string) => `Không gộp "${label}": ${reason}`,
    duplicateFile: INPUT_LABELS.duplicateFile,
    archiveNested: INPUT_LABELS.archiveNested,
    archiveEmpty: INPUT_LABELS.archiveEmpty,
    archiveTooLarge: INPUT_LABELS.archiveTooLarge,
    archiveUnreadable: INPUT_LABELS.archiveUnreadable,
    folderEmpty: 'thư mục không có tệp nào.',
    lockFile: INPUT_LABELS.lockFile,
    hiddenFile: INPUT_LABELS.hiddenFile,
  },
  // demo command
  demo: {
    noSample: 'Không tìm thấy tệp mẫu trong thư mục samples/. Hãy chạy từ thư mục dự án.',
    title: (file: string, asOf: string) => `Chạy thử Đúng Hạn trên tệp mẫu ${file}, ngày chốt số liệu ${asOf}.`,
    checkWritten: (path: string) => `Đã ghi trang dữ liệu tô màu và các biểu vào ${path}.`,
    countsTitle: (total: string) => `Phân loại ${total} hồ sơ:`,
    totalsTitle: (period: string) => `Biểu 06a, dòng Tổng cộng (${period}):`,
    totalLine: (code: string, name: string, value: string) => `  ${code} ${name}: ${value}`,
    mergeTitle: (count: string) => `Tổng hợp ${count} tệp mẫu như ${count} đơn vị:`,
    mergeWritten: (path: string) => `Đã ghi bảng tổng hợp vào ${path}.`,
    done: 'Xong. Mở các tệp trong thư mục out/ bằng Excel để xem.',
  },
};

/** The lines of HELP that describe one command (its usage line and its description). */
function commandHelp(name: string): string | null {
  const lines = HELP.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  dunghan ${name} `) || l === `  dunghan ${name}`);
  if (start < 0) return null;
  let end = start + 1;
  while (end < lines.length && lines[end].startsWith('      ')) end++;
  return [...lines.slice(start, end).map((l) => l.slice(2)), '', lines[lines.length - 1]].join('\n');
}
