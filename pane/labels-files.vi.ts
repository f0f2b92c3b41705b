/** The words of "Tổng hợp từ tệp…" in both panes, in Vietnamese with full diacritics. */
export const FILES_LABELS = {
  button: 'Tổng hợp từ tệp…',
  buttonLabel: 'Chọn các tệp đơn vị gửi (.xlsx, .xls, .csv, .zip) để tổng hợp',
  hint: 'Chọn một hoặc nhiều tệp xuất, Biểu 06a hoặc tệp .zip đơn vị gửi. Tệp được đọc ngay trên máy này, không gửi đi đâu.',
  reading: (n: string, total: string, name: string) => `Đang đọc tệp ${n}/${total}: ${name}…`,
  opening: (n: string, total: string, name: string) => `Đang mở tệp ${n}/${total}: ${name}…`,
  consolidating: (files: string) => `Đang tổng hợp ${files} trang số liệu…`,
  done: (merged: string, names: string) => `Đã tổng hợp ${merged} đơn vị vào: ${names}.`,
  nothingMerged: 'Không có tệp nào gộp được, chưa ghi gì vào bảng tính. Xem lý do bên dưới.',
  noFiles: 'Chưa chọn tệp nào.',
  unsupported:
    'Ngăn Đúng Hạn trên máy này chạy bằng trình duyệt cũ (Internet Explorer 11), chưa đọc được tệp. Hãy mở các tệp thành trang tính rồi dùng "Tổng hợp…", hoặc dùng lệnh dunghan merge.',
  listTitle: (n: string) => `Các tệp đã chọn (${n})`,
  mergedTitle: (n: string) => `Đã gộp (${n})`,
  notMergedTitle: (n: string) => `Không gộp (${n})`,
  asUnit: (unit: string) => `→ ${unit}`,
  dossiers: (n: string) => `${n} hồ sơ`,
  fromFileName: 'Không thấy tên đơn vị trong tệp (dòng tiêu đề hoặc cột Đơn vị): tạm lấy tên tệp.',
  sending: (n: string, total: string) => `Đang ghi bảng tổng hợp: phần ${n}/${total}…`,
  nothingWritten: 'Google Sheets không ghi được phần nào của bảng tổng hợp. Hãy thử lại.',
  readError: (name: string) => `Trình duyệt không đọc được tệp "${name}".`,
} as const;
