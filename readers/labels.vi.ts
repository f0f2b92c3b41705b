/**
 * Why an input file was not read, in Vietnamese with full diacritics: the same sentences in
 * `dunghan merge` and in both panes' "Tổng hợp từ tệp…" list (readers/expand-inputs.ts,
 * readers/read-input.ts).
 */
export const INPUT_LABELS = {
  // a file that is no spreadsheet (readers/read-bytes.ts reasons)
  fileUnreadable: (name: string, what: string) => `Không đọc được tệp "${name}" (${what}). Cần tệp .xlsx, .csv hoặc bảng HTML lưu dạng .xls.`,
  binaryXls: (name: string) =>
    `Tệp "${name}" là .xls dạng nhị phân (Excel 97–2003), chưa đọc được. Hãy mở bằng Excel, chọn Lưu thành (Save As) dạng Sổ làm việc Excel (.xlsx) rồi chạy lại.`,
  /** The same in a list whose line already names the file (the panes). */
  fileUnreadableShort: (what: string) => `Không đọc được: ${what}.`,
  binaryXlsShort: 'Tệp .xls dạng nhị phân (Excel 97–2003), chưa đọc được. Hãy mở bằng Excel, chọn Lưu thành (Save As) dạng Sổ làm việc Excel (.xlsx) rồi chọn lại tệp đó.',
  whatEmpty: 'tệp rỗng',
  whatUnknown: 'không phải bảng tính, CSV hay bảng HTML',
  whatBadXlsx: 'tệp .xlsx bị hỏng hoặc không phải bảng tính Excel',
  whatEncrypted: 'tệp có đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại',
  whatNoTable: 'không có bảng nào',
  // folders and archives
  duplicateFile: (first: string) => `trùng nội dung với "${first}" (chỉ gộp một lần).`,
  archiveNested: 'tệp .zip nằm trong một tệp .zip khác quá một lớp; hãy giải nén bớt một lớp rồi chạy lại.',
  archiveEmpty: 'tệp .zip không chứa tệp nào.',
  archiveTooLarge: (total: string, entry: string, entries: string) =>
    `tệp .zip giải nén ra quá lớn (giới hạn ${total} cho cả tệp, ${entry} cho mỗi tệp bên trong, ${entries} tệp), có thể là tệp nén độc hại; không đọc tệp này.`,
  archiveUnreadable: (what: string) => `tệp .zip bị hỏng hoặc có mật khẩu, không đọc được (${what}).`,
  lockFile: 'tệp khoá tạm của Excel (~$…), không phải dữ liệu.',
  hiddenFile: 'tệp ẩn của hệ điều hành, không phải dữ liệu.',
} as const;
