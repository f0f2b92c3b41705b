/**
 * HUONG-DAN.txt, the short Vietnamese note inside each release zip: what the files are,
 * where each goes, and which guide in docs/ tells the rest. Written with CRLF and a BOM so
 * the Notepad of older Windows shows the diacritics.
 */

export interface ReadmeFacts {
  version: string;
  /** calendarDataLabel() of core/version.ts. */
  calendar: string;
}

const DOCS = 'thư mục docs/ trong mã nguồn Đúng Hạn';

function asWindowsText(lines: readonly string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The note in dung-han-excel-<version>.zip. */
export function excelReadme(facts: ReadmeFacts & { base: string }): string {
  return asWindowsText([
    `ĐÚNG HẠN ${facts.version} CHO EXCEL`,
    facts.calendar,
    '',
    `Bản này được đóng gói cho địa chỉ: ${facts.base}`,
    '',
    '1. Chép TOÀN BỘ các tệp và thư mục assets/ trong tệp nén này lên máy chủ web tĩnh có HTTPS,',
    `   sao cho ${facts.base}taskpane.html mở được trong trình duyệt.`,
    '2. manifest.xml là tệp khai báo phần bổ trợ; mọi địa chỉ trong đó đã trỏ tới địa chỉ trên.',
    '   - Có Microsoft 365: quản trị viên tải manifest.xml lên Trung tâm quản trị Microsoft 365',
    '     (Cài đặt > Ứng dụng tích hợp > Tải lên ứng dụng tùy chỉnh).',
    '   - Office 2016/2019/2021 không có Microsoft 365: đặt manifest.xml vào một thư mục dùng chung',
    '     và khai báo thư mục đó là Danh mục Phần bổ trợ Tin cậy.',
    '   - Một người dùng Excel trên web: Trang đầu > Phần bổ trợ > Tải lên phần bổ trợ của tôi.',
    '3. Cập nhật (ví dụ khi có văn bản lịch nghỉ mới): chép đè các tệp của bản mới lên đúng chỗ cũ.',
    '   Người dùng nhận bản mới khi mở lại Excel. Chỉ khi manifest.xml đổi mới phải tải nó lên lại.',
    '',
    `Hướng dẫn từng bước: docs/excel-*.md — ${DOCS}`,
  ]);
}

/** The note in dung-han-sheets-<version>.zip. */
export function sheetsReadme(facts: ReadmeFacts): string {
  return asWindowsText([
    `ĐÚNG HẠN ${facts.version} CHO GOOGLE SHEETS`,
    facts.calendar,
    '',
    'Code.js        mã của tiện ích (dán vào tệp Code.gs của dự án Apps Script)',
    'sidebar.html   bảng bên (tạo tệp HTML tên "sidebar" rồi dán vào)',
    'appsscript.json  tệp kê khai: múi giờ Asia/Ho_Chi_Minh và đúng hai quyền truy cập',
    '',
    'Cách làm bảng tính mẫu để các đơn vị "Tạo bản sao", hoặc đẩy bằng clasp,',
    `hoặc phát hành riêng trong tên miền Google Workspace: docs/sheets-*.md — ${DOCS}`,
  ]);
}
