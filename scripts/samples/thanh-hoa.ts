/**
 * The Thanh Hóa "In file excel" export: an HTML <table> saved as .xls (exports.md §1.2),
 * in the vendor's Excel-HTML template, UTF-8 without BOM or <meta charset>, banner rows,
 * a 2-row merged header, one group row per unit, text dates `dd/MM/yyyy HH:mm:ss`, cells
 * starting with "0" kept as text by mso-number-format:"\@", a total row and a signature footer.
 */
import { formatDmy, yymmdd, type SampleDossier } from './model.js';
import type { Rng } from './prng.js';
import { NATIONAL_STATUS } from './labels.js';
import { address } from './vocab.js';

export interface ThanhHoaUnit {
  name: string;
  /** Electronic identifier (QCVN 102:2016), the first part of dossier codes. */
  id: string;
  commune: string;
}

export const THANH_HOA_UNITS: readonly ThanhHoaUnit[] = [
  { name: 'UBND xã Tân Lập Đông', id: '000.21.35.H56', commune: 'xã Tân Lập Đông' },
  { name: 'UBND xã Hòa Phong Tây', id: '000.22.35.H56', commune: 'xã Hòa Phong Tây' },
  { name: 'UBND phường Đông Hải Nam', id: '000.23.35.H56', commune: 'phường Đông Hải Nam' },
  { name: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Bắc Sơn', id: '000.31.35.H56', commune: 'xã Bắc Sơn Thượng' },
];

const COLUMNS = 14;
const TEMPLATE_HEAD =
  '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40"><head><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>THỐNG KÊ HỒ SƠ</x:Name><x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head><body><table border="1" style="border-width:1px;">';
const TEMPLATE_TAIL = '</table></body></html>';

/** Writes the export; `groups[u]` are unit u's rows in order (a dossier may sit in two groups). */
export function thanhHoaHtml(rng: Rng, groups: readonly (readonly SampleDossier[])[]): string {
  const total = groups.reduce((n, g) => n + g.length, 0);
  const rows: string[] = [
    tr(td('ỦY BAN NHÂN DÂN TỈNH THANH HÓA', 5, 'font-weight:bold;text-align:center'), td('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 9, 'font-weight:bold;text-align:center')),
    tr(td('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', 5, 'font-weight:bold;text-align:center'), td('Độc lập - Tự do - Hạnh phúc', 9, 'font-weight:bold;text-align:center')),
    tr(td('', COLUMNS)),
    tr(td('THỐNG KÊ HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', COLUMNS, 'font-weight:bold;font-size:14pt;text-align:center')),
    tr(td('(Từ ngày 01/01/2025 đến ngày 30/06/2025)', COLUMNS, 'font-style:italic;text-align:center')),
  ];
  const header = [
    tr(
      th('STT', 1, 2), th('Mã hồ sơ', 1, 2), th('Tên thủ tục hành chính', 1, 2), th('Lĩnh vực', 1, 2), th('Chủ hồ sơ', 1, 2),
      th('Địa chỉ', 1, 2), th('Trạng thái', 1, 2), th('Ngày, tháng, năm', 4, 1), th('Ngày trả kết quả thực tế', 1, 2),
      th('Cán bộ đang xử lý', 1, 2), th('Ghi chú', 1, 2),
    ),
    tr(th('Ngày nộp hồ sơ'), th('Ngày nhận'), th('Ngày hẹn trả'), th('Ngày kết thúc xử lý')),
  ];
  const body: string[] = [];
  groups.forEach((group, u) => {
    body.push(tr(td(THANH_HOA_UNITS[u].name, COLUMNS, 'font-weight:bold;background:#D9E1F2')));
    group.forEach((d, i) => body.push(dossierRow(rng, d, i + 1, u)));
  });
  const footer = [
    tr(td('Tổng cộng', 2, 'font-weight:bold'), td(`${total} hồ sơ`, COLUMNS - 2, 'font-weight:bold')),
    tr(td('', COLUMNS)),
    tr(td('', 7), td('Thanh Hóa, ngày 30 tháng 6 năm 2025', 7, 'font-style:italic;text-align:center')),
    tr(td('NGƯỜI LẬP BIỂU', 7, 'font-weight:bold;text-align:center'), td('THỦ TRƯỞNG ĐƠN VỊ', 7, 'font-weight:bold;text-align:center')),
    tr(td('(Ký, ghi rõ họ tên)', 7, 'font-style:italic;text-align:center'), td('(Ký, họ tên, đóng dấu)', 7, 'font-style:italic;text-align:center')),
    tr(td('', COLUMNS)),
    tr(td('Lê Thị Mỹ Hạnh', 7, 'font-weight:bold;text-align:center'), td('Trịnh Quang Trung', 7, 'font-weight:bold;text-align:center')),
  ];
  return `${TEMPLATE_HEAD}\n${rows.join('\n')}\n<thead>\n${header.join('\n')}\n</thead>\n<tbody>\n${body.join('\n')}\n${footer.join('\n')}\n</tbody>\n${TEMPLATE_TAIL}`;
}

function dossierRow(rng: Rng, d: SampleDossier, stt: number, unit: number): string {
  const stamp = (s: SampleDossier['due']) => (s ? formatDmy(s) : '');
  return tr(
    td(String(stt)),
    td(d.code ?? ''),
    td(d.procedure.name),
    td(d.procedure.field),
    td(d.applicant),
    td(address(rng, THANH_HOA_UNITS[unit].commune)),
    td(NATIONAL_STATUS[d.statusCode]),
    td(stamp(d.submitted)),
    td(stamp(d.received)),
    td(d.dueText ?? stamp(d.due)),
    td(stamp(d.finished)),
    td(d.actual ? formatDmy(d.actual) : ''),
    td(d.officer),
    td(d.remarks),
  );
}

/** Filler codes: `{unit id}-{yyMMdd of receipt}-{NNNN}` (GenerateMaHoSo.cs), numbered per unit and day. */
export function thanhHoaCode(d: SampleDossier, counters: Map<string, number>): string {
  const id = THANH_HOA_UNITS[d.unit].id;
  const date = yymmdd(d.received ?? d.submitted!);
  const key = `${id}-${date}`;
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return `${key}-${String(n).padStart(4, '0')}`;
}

function tr(...cells: string[]): string {
  return `<tr>${cells.join('')}</tr>`;
}

/** The vendor marks text starting with "0" or "*" as text so Excel keeps leading zeros. */
function td(text: string, colspan = 1, style = ''): string {
  const styles = [style, /^[0*]/.test(text) ? 'mso-number-format:"\\@"' : ''].filter(Boolean).join(';');
  const attrs = `${colspan > 1 ? ` colspan="${colspan}"` : ''}${styles ? ` style='${styles}'` : ''}`;
  return `<td${attrs}>${escapeHtml(text)}</td>`;
}

function th(text: string, colspan = 1, rowspan = 1): string {
  const attrs = `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
  return `<th${attrs} style="font-weight:bold;text-align:center;vertical-align:middle">${escapeHtml(text)}</th>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
