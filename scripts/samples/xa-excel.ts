/**
 * A commune clerk's own .xlsx: two title rows, a header with "Ngày trả kết quả thực tế",
 * real Excel date cells, and a "Ngày tiếp nhận" column pasted from the system into an
 * en-US Excel: "25/01/2025 08:30" (day > 12) stayed text, "05/02/2025 08:30" became the
 * date 2 May 2025 (day and month swapped). A "Tổng cộng" row with a formula closes it.
 */
import ExcelJS from 'exceljs';
import { dayFromYmd, ymdFromDay, type Stamp } from '../../core/calendar/day.js';
import { formatDmy, serialOf, type SampleDossier } from './model.js';
import { CHANNEL_NAMES, NATIONAL_STATUS } from './labels.js';

export const XA_UNIT_ID = '000.41.27.H99';
export const XA_UNITS = ['Bộ phận Một cửa', 'Công chức Tư pháp - Hộ tịch', 'Công chức Địa chính - Xây dựng', 'Công chức Văn hóa - Xã hội'];

export const XA_HEADINGS = [
  'STT', 'Mã hồ sơ', 'Tên thủ tục', 'Lĩnh vực', 'Chủ hồ sơ', 'Đơn vị', 'Cán bộ xử lý', 'Hình thức nộp',
  'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Ngày trả kết quả thực tế', 'Trạng thái', 'Ghi chú',
] as const;

const FIRST_DATA_ROW = 4;
const DATE_TIME = 'dd/mm/yyyy hh:mm';
const DATE_ONLY = 'dd/mm/yyyy';
const EN_US_DATE_TIME = 'm/d/yyyy h:mm';

/** Writes the workbook and returns its bytes. */
export async function xaWorkbook(dossiers: readonly SampleDossier[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Đúng Hạn samples';
  // Fixed, so the file's bytes do not depend on the clock.
  wb.created = new Date(Date.UTC(2025, 5, 30, 9, 0));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Sổ theo dõi', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.mergeCells('A1:N1');
  ws.getCell('A1').value = 'ỦY BAN NHÂN DÂN XÃ ĐẮK TÂN HƯNG';
  ws.getCell('A1').font = { bold: true };
  ws.mergeCells('A2:N2');
  ws.getCell('A2').value = 'SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2025 (cập nhật đến ngày 30/06/2025)';
  ws.getCell('A2').font = { bold: true, size: 13 };
  ws.getRow(3).values = [...XA_HEADINGS];
  ws.getRow(3).font = { bold: true };
  const widths = [5, 26, 40, 18, 24, 24, 20, 20, 18, 13, 16, 13, 22, 24];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  dossiers.forEach((d, i) => {
    const row = ws.getRow(FIRST_DATA_ROW + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = d.code ?? '';
    row.getCell(3).value = d.procedure.name;
    row.getCell(4).value = d.procedure.field;
    row.getCell(5).value = d.applicant;
    row.getCell(6).value = XA_UNITS[d.unit];
    row.getCell(7).value = d.officer;
    row.getCell(8).value = CHANNEL_NAMES[d.channel];
    if (d.received) pasteReceived(row.getCell(9), d.received);
    if (d.dueText !== undefined) row.getCell(10).value = d.dueText;
    else if (d.due) dateCell(row.getCell(10), { day: d.due.day, sec: null }, DATE_ONLY);
    if (d.finished) dateCell(row.getCell(11), d.finished, DATE_TIME);
    if (d.actual) dateCell(row.getCell(12), d.actual, DATE_ONLY);
    row.getCell(13).value = NATIONAL_STATUS[d.statusCode];
    if (d.remarks) row.getCell(14).value = d.remarks;
  });
  const lastData = FIRST_DATA_ROW + dossiers.length - 1;
  const total = ws.getRow(lastData + 1);
  total.getCell(2).value = 'Tổng cộng';
  total.getCell(3).value = { formula: `COUNTA(B${FIRST_DATA_ROW}:B${lastData})&" hồ sơ"`, result: `${dossiers.length} hồ sơ` };
  total.font = { bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function dateCell(cell: ExcelJS.Cell, stamp: Stamp, numFmt: string): void {
  // A serial with a date format is what Excel stores for a date; no JS Date, no zone.
  cell.value = serialOf(stamp);
  cell.numFmt = numFmt;
}

/** What en-US Excel makes of pasted "dd/MM/yyyy HH:mm" text: a swapped date when the day is ≤ 12, else text. */
function pasteReceived(cell: ExcelJS.Cell, received: Stamp): void {
  const { y, m, d } = ymdFromDay(received.day);
  if (d > 12) {
    cell.value = formatDmy(received, false);
    return;
  }
  dateCell(cell, { day: dayFromYmd({ y, m: d, d: m }), sec: received.sec }, EN_US_DATE_TIME);
}
