/**
 * Every report tab of the hand-made dataset in fixtures/report-dossiers.ts, cell by cell.
 * The expected numbers are worked out by hand from the table in that file:
 *
 * Biểu 06a by unit (two units), columns (3)…(13):
 *   Phòng Tư pháp  : counted TP-01,02,03,04,05,07,08,09,10,11,13 (11)
 *     new online TP-01,07,10,13 = 4; new direct TP-02,03,08,11 = 4; carried TP-04,05,09 = 3
 *     early TP-01,05,11 = 3; on time TP-02,10 = 2; late TP-03,04 = 2 → resolved 7
 *     within TP-07,13 = 2; overdue TP-08,09 = 2 → in progress 4; late on system TP-10,11 = 2
 *   UBND xã Đắk Hà : counted XA-01,02,03,04,05,06,09 (7)
 *     new online XA-01,05 = 2; new direct/postal XA-03,04,09 = 3; carried XA-02,06 = 2
 *     early 0; on time XA-02,05,06 = 3; late XA-01 = 1 → resolved 4
 *     within XA-03,09 = 2; overdue XA-04 = 1 → in progress 3
 *   Tổng cộng: 18, 6, 7, 5, 11, 3, 5, 3, 7, 4, 3; excluded: TP-14 rejected, XA-07 stopped,
 *   XA-08 invalid, TP-12 withdrawn; outside: TP-06 (finished 09/5), TP-15 (received 17/6).
 *   Rates: (3+5)/11 = 8/11; 766: (3+5+4)/18 = 12/18.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../core/deadline/rule-presets.js';
import { buildReports } from '../core/report/build-reports.js';
import { fullRowHeights } from '../core/report/paginate.js';
import { check06aIdentities, tally06a } from '../core/report/counts-06a.js';
import { buildForm06a } from '../core/report/form-06a.js';
import { placeAll, tallyByLabel } from '../core/report/placed.js';
import { score766 } from '../core/report/score-766.js';
import type { PlanCell, SheetPlan } from '../core/plan/plan.js';
import { AN, AS_OF, BINH, CUONG, DUNG, PERIOD, REPORT_DOSSIERS, SETTINGS, UNIT_TP, UNIT_XA, d24 } from './fixtures/report-dossiers.js';
import { calendarDataNote } from '../core/version.js';

const N = null;
const row = (cols: number, values: Record<number, PlanCell>): PlanCell[] =>
  Array.from({ length: cols }, (_, i) => (i + 1 in values ? values[i + 1] : null));
const blank = (cols: number) => row(cols, {});
const sheets = buildReports(REPORT_DOSSIERS, SETTINGS);
const sheet = (name: string): SheetPlan => {
  const found = sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
};

const ATTACHED = '(Kèm theo Văn bản số ……/…… ngày …… tháng …… năm …… của ……)';
const RULE = '_________________';
const PERIOD_LINE = '(Từ ngày 15/5/2024 đến ngày 14/6/2024)';
const HT = 'Đăng ký khai sinh';
const CT = 'Chứng thực bản sao từ bản chính';
const DD = 'Đăng ký biến động đất đai';

describe('buildReports on the hand dataset', () => {
  it('returns the eight tabs in a fixed order with fixed names', () => {
    expect(sheets.map((s) => [s.name, s.kind])).toEqual([
      ['Biểu 06a', 'form-06a'],
      ['Phụ lục I', 'appendix-1'],
      ['Phụ lục II', 'appendix-2'],
      ['Trễ trên hệ thống', 'late-on-system'],
      ['Cán bộ', 'officers'],
      ['Chỉ số 766', 'score-766'],
      ['Sắp đến hạn', 'due-soon'],
      ['Kiểm tra hạn trên hệ thống', 'system-due-audit'],
    ]);
  });

  it('fills Biểu 06a by unit, cell by cell', () => {
    const C = 13;
    expect(sheet('Biểu 06a').cells).toEqual([
      row(C, { 1: 'Biểu số II.06a/VPCP/KSTT', 4: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 10: 'Đơn vị báo cáo:' }),
      row(C, { 1: 'Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020', 10: 'UBND huyện Ngọc Hồi' }),
      row(C, { 10: 'Đơn vị nhận báo cáo:' }),
      row(C, { 4: 'Kỳ báo cáo: Tháng 6 năm 2024', 10: 'Văn phòng UBND tỉnh Kon Tum' }),
      row(C, { 4: PERIOD_LINE }),
      blank(C),
      row(C, { 10: 'Đơn vị tính: Số hồ sơ TTHC' }),
      row(C, { 1: 'STT', 2: 'Đơn vị', 3: 'Số hồ sơ nhận giải quyết', 7: 'Số hồ sơ đã giải quyết', 11: 'Số hồ sơ đang giải quyết' }),
      row(C, { 3: 'Tổng số', 4: 'Trong đó', 6: 'Từ kỳ trước', 7: 'Tổng số', 8: 'Trước hạn', 9: 'Đúng hạn', 10: 'Quá hạn', 11: 'Tổng số', 12: 'Trong hạn', 13: 'Quá hạn' }),
      row(C, { 4: 'Trực tuyến', 5: 'Trực tiếp, dịch vụ bưu chính' }),
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)'],
      [1, UNIT_TP, 11, 4, 4, 3, 7, 3, 2, 2, 4, 2, 2],
      [2, UNIT_XA, 7, 2, 3, 2, 4, 0, 3, 1, 3, 2, 1],
      ['Tổng cộng', N, 18, 6, 7, 5, 11, 3, 5, 3, 7, 4, 3],
      blank(C),
      row(C, { 1: 'Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn [(8) + (9)] / (7):', 10: 8 / 11 }),
      row(C, { 1: 'Tỷ lệ hồ sơ đã và đang giải quyết trước hạn, đúng hạn, trong hạn [(8) + (9) + (12)] / (3):', 10: 12 / 18 }),
      row(C, { 1: 'Trong đó: trễ trên hệ thống (thực tế đúng hạn), đã tính vào cột (8), (9):', 10: 2 }),
      row(C, { 1: 'Không tính vào biểu: 1 hồ sơ không tiếp nhận; 1 hồ sơ dừng, từ chối giải quyết; 1 hồ sơ thiếu hoặc sai dữ liệu; 1 hồ sơ rút.' }),
      // The notes as one wrapped paragraph, so they print on the page of the signers.
      row(C, { 1: ['Ghi chú:', ...[
        '- (3) = (4) + (5) + (6) = (7) + (11); (7) = (8) + (9) + (10); (11) = (12) + (13).',
        '- Cột (4), (5): hồ sơ tiếp nhận từ ngày 15/5/2024 đến ngày 14/6/2024; cột (6): hồ sơ tiếp nhận trước ngày 15/5/2024 và chưa có kết quả trước ngày đó.',
        '- Cột (7) - (10): hồ sơ có kết quả từ ngày 15/5/2024 đến hết ngày 14/6/2024, so với ngày hẹn trả.',
        '- Cột (11) - (13): hồ sơ chưa có kết quả đến hết ngày 14/6/2024; quá hạn khi ngày hẹn trả trước ngày 14/6/2024.',
        '- Hồ sơ trễ trên hệ thống (đã trả kết quả thực tế đúng hạn) được tính theo ngày trả kết quả thực tế.',
        '- Hồ sơ rút không tính vào biểu.',
        '- Hồ sơ chờ công dân bổ sung, thực hiện nghĩa vụ tài chính được tính là đang giải quyết trong hạn (cột (12)).',
        '- So thời điểm có kết quả với ngày hẹn trả theo ngày và giờ, như cách tính chỉ số QĐ 766/QĐ-TTg trên Cổng DVCQG; ngày hẹn trả rơi vào ngày nghỉ kết thúc vào cuối ngày làm việc tiếp theo (BLDS 2015 Điều 148 khoản 5).',
        '- Hồ sơ tiếp nhận trước ngày 01/7/2025 áp dụng NĐ 61/2018/NĐ-CP; từ ngày 01/7/2025 áp dụng NĐ 118/2025/NĐ-CP, được sửa đổi bởi NĐ 309/2026/NĐ-CP từ ngày 05/8/2026. Hồ sơ đăng ký trực tuyến chưa tiếp nhận chưa tính thời hạn và không tính vào biểu (NĐ 118/2025/NĐ-CP Điều 17 khoản 3).',
        `- ${calendarDataNote()}`,
      ]].join(' ') }),
      blank(C),
      row(C, { 9: 'Kon Tum, ngày 14 tháng 6 năm 2024' }),
      row(C, { 1: 'NGƯỜI LẬP BIỂU', 9: 'THỦ TRƯỞNG ĐƠN VỊ' }),
      row(C, { 1: '(Ký, họ tên)', 9: '(Ký, họ tên, đóng dấu)' }),
      blank(C),
      blank(C),
      blank(C),
      blank(C),
      row(C, { 1: 'Nguyễn Thị Hoa', 9: 'Trần Văn Minh' }),
    ]);
  });

  it('lays out the 06a header as document-format §6.2: merges, widths, print titles, chart', () => {
    const plan = sheet('Biểu 06a');
    expect(plan.merges.slice(0, 9)).toEqual([
      { row: 1, col: 1, rows: 1, cols: 3 },
      { row: 2, col: 1, rows: 2, cols: 3 },
      { row: 1, col: 4, rows: 3, cols: 6 },
      { row: 4, col: 4, rows: 1, cols: 6 },
      { row: 5, col: 4, rows: 1, cols: 6 },
      { row: 1, col: 10, rows: 1, cols: 4 },
      { row: 2, col: 10, rows: 1, cols: 4 },
      { row: 3, col: 10, rows: 1, cols: 4 },
      { row: 4, col: 10, rows: 1, cols: 4 },
    ]);
    expect(plan.merges).toContainEqual({ row: 8, col: 3, rows: 1, cols: 4 });
    expect(plan.merges).toContainEqual({ row: 9, col: 4, rows: 1, cols: 2 });
    expect(plan.merges).toContainEqual({ row: 14, col: 1, rows: 1, cols: 2 });
    expect(plan.columnWidthsPt).toEqual([28.3, 170.1, ...Array(11).fill(46.8)]);
    // The chart's print area covers the rows its height spans, as they print (notes and signers are tall), plus one.
    const heights = fullRowHeights(plan);
    let last = 8;
    for (let covered = 0; covered < plan.charts[0].heightPt; last++) covered += heights[last] ?? 15;
    const chartRows = last - 1 - 8 + 2;
    expect(chartRows).toBeLessThan(Math.ceil(plan.charts[0].heightPt / 15) + 1);
    expect(plan.print).toEqual({
      paper: 'A4',
      orientation: 'landscape',
      marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 8 },
      repeatRows: { from: 8, to: 11 },
      fitToWidth: true,
      centerHorizontally: true,
      pageNumbers: true,
      // Two units: the whole form on one page, the chart beside it on a page of its own.
      scalePercent: plan.print.scalePercent,
      rowBreaks: [],
      keepTogether: [{ from: 12, to: plan.cells.length }],
      printAreas: [
        { row: 1, col: 1, rows: plan.cells.length, cols: 13 },
        { row: 8, col: 15, rows: chartRows, cols: 15 },
      ],
      firstPageNumber: 1,
      pages: 2,
    });
    expect(plan.print.scalePercent).toBeGreaterThanOrEqual(60);
    expect(plan.charts).toEqual([
      {
        kind: 'stackedColumn',
        title: 'Kết quả giải quyết theo đơn vị',
        categories: { row: 12, col: 2, rows: 2, cols: 1 },
        series: [
          { row: 12, col: 8, rows: 2, cols: 1 },
          { row: 12, col: 9, rows: 2, cols: 1 },
          { row: 12, col: 10, rows: 2, cols: 1 },
        ],
        seriesNames: ['Trước hạn', 'Đúng hạn', 'Quá hạn'],
        anchor: { row: 8, col: 15 }, // beside the table (column O), level with its headings
        widthPt: 640,
        heightPt: 320,
      },
    ]);
    expect(plan.styles).toContainEqual({ range: { row: 12, col: 3, rows: 3, cols: 11 }, style: { hAlign: 'center', numberFormat: '#,##0' } });
    expect(plan.styles).toContainEqual({ range: { row: 16, col: 10, rows: 1, cols: 1 }, style: { bold: true, hAlign: 'center', fontSize: 11, numberFormat: '0.00%' } });
  });

  it('uses no fill and only black text on any report tab', () => {
    for (const plan of sheets) {
      expect(plan.styles.filter((s) => s.style.fill !== undefined)).toEqual([]);
      expect(plan.styles.flatMap((s) => (s.style.fontColor === undefined ? [] : [s.style.fontColor]))).toEqual(['#000000']);
      expect(plan.styles[0].style.fontName).toBe('Times New Roman');
    }
  });

  it('lists the dossiers resolved late in Phụ lục I, by unit, STT restarting', () => {
    const C = 10;
    expect(sheet('Phụ lục I').cells).toEqual([
      row(C, { 1: 'Phụ lục I' }),
      row(C, { 1: 'DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH GIẢI QUYẾT QUÁ HẠN' }),
      row(C, { 1: PERIOD_LINE }),
      row(C, { 1: ATTACHED }),
      row(C, { 1: RULE }),
      blank(C),
      ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Số ngày trễ hạn (ngày làm việc)', 'Đơn vị giải quyết', 'Cán bộ xử lý', 'Nguyên nhân / Ghi chú'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
      row(C, { 1: 'I. Phòng Tư pháp' }),
      [1, 'TP-04', HT, d24('08/5'), d24('20/5'), d24('24/5'), 4, UNIT_TP, AN, N],
      [2, 'TP-03', CT, d24('03/6'), d24('05/6'), d24('07/6'), 2, UNIT_TP, AN, N],
      row(C, { 1: 'II. UBND xã Đắk Hà' }),
      [1, 'XA-01', DD, d24('15/5'), d24('05/6'), d24('14/6'), 7, UNIT_XA, CUONG, N],
      row(C, { 1: 'Tổng số: 3 hồ sơ' }),
    ]);
    const plan = sheet('Phụ lục I');
    expect(plan.print.repeatRows).toEqual({ from: 7, to: 8 });
    expect(plan.merges).toContainEqual({ row: 9, col: 1, rows: 1, cols: 10 });
    expect(plan.styles).toContainEqual({ range: { row: 9, col: 4, rows: 5, cols: 1 }, style: { hAlign: 'center', numberFormat: 'dd/mm/yyyy' } });
  });

  it('lists the dossiers open past due at 14/6/2024 in Phụ lục II with working days overdue', () => {
    const C = 9;
    expect(sheet('Phụ lục II').cells).toEqual([
      row(C, { 1: 'Phụ lục II' }),
      row(C, { 1: 'DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH ĐANG GIẢI QUYẾT QUÁ HẠN' }),
      row(C, { 1: PERIOD_LINE }),
      row(C, { 1: ATTACHED }),
      row(C, { 1: RULE }),
      blank(C),
      ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Số ngày quá hạn đến ngày 14/6/2024 (ngày làm việc)', 'Đơn vị giải quyết', 'Cán bộ xử lý', 'Nguyên nhân / Ghi chú'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
      row(C, { 1: 'I. Phòng Tư pháp' }),
      // 14/5–14/6/2024: 4 + 5 + 5 + 5 + 5 working days.
      [1, 'TP-09', HT, d24('06/5'), d24('13/5'), 24, UNIT_TP, AN, N],
      // Tue 11/6 – Fri 14/6.
      [2, 'TP-08', HT, d24('03/6'), d24('10/6'), 4, UNIT_TP, AN, N],
      row(C, { 1: 'II. UBND xã Đắk Hà' }),
      [1, 'XA-04', DD, d24('30/5'), d24('13/6'), 1, UNIT_XA, CUONG, N],
      row(C, { 1: 'Tổng số: 3 hồ sơ' }),
    ]);
  });

  it('lists late, overdue and late-on-system dossiers for the unit to fill the actual date, keeping filled dates', () => {
    const C = 11;
    const sys = (status: string) => status;
    expect(sheet('Trễ trên hệ thống').cells).toEqual([
      row(C, { 1: 'DANH SÁCH HỒ SƠ TRỄ HẠN, QUÁ HẠN TRÊN HỆ THỐNG' }),
      row(C, { 1: PERIOD_LINE }),
      row(C, {
        1: 'Hồ sơ đã trả kết quả cho công dân trước hoặc đúng ngày hẹn trả nhưng chưa kết thúc hoặc kết thúc muộn trên Hệ thống: ghi ngày trả thực tế vào cột "Ngày trả kết quả thực tế" rồi chạy lại "Kiểm tra hạn"; hồ sơ sẽ được tính là trễ trên hệ thống (thực tế đúng hạn). Ngày đã ghi được giữ lại ở các lần chạy sau.',
      }),
      row(C, { 1: RULE }),
      blank(C),
      ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Đơn vị giải quyết', 'Cán bộ xử lý', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Kết quả kiểm tra', 'Ngày trả kết quả thực tế', 'Ghi chú'],
      [1, 'TP-09', HT, UNIT_TP, AN, d24('06/5'), d24('13/5'), N, sys('Quá hạn (đang giải quyết)'), N, N],
      [2, 'TP-04', HT, UNIT_TP, AN, d24('08/5'), d24('20/5'), d24('24/5'), sys('Trễ hạn'), N, N],
      [3, 'TP-10', HT, UNIT_TP, BINH, d24('21/5'), d24('24/5'), d24('29/5'), sys('Trễ trên hệ thống (thực tế đúng hạn)'), d24('24/5'), N],
      [4, 'TP-03', CT, UNIT_TP, AN, d24('03/6'), d24('05/6'), d24('07/6'), sys('Trễ hạn'), N, N],
      [5, 'TP-11', CT, UNIT_TP, AN, d24('04/6'), d24('06/6'), N, sys('Trễ trên hệ thống (thực tế đúng hạn)'), d24('05/6'), N],
      [6, 'TP-08', HT, UNIT_TP, AN, d24('03/6'), d24('10/6'), N, sys('Quá hạn (đang giải quyết)'), N, N],
      [7, 'XA-01', DD, UNIT_XA, CUONG, d24('15/5'), d24('05/6'), d24('14/6'), sys('Trễ hạn'), N, N],
      [8, 'XA-04', DD, UNIT_XA, CUONG, d24('30/5'), d24('13/6'), N, sys('Quá hạn (đang giải quyết)'), N, N],
      row(C, { 1: 'Tổng số: 8 hồ sơ' }),
    ]);
    const plan = sheet('Trễ trên hệ thống');
    // One plain heading row and no merges inside the table, so the export reader can read the tab back.
    expect(plan.merges.filter((m) => m.row >= 6 && m.row <= 14)).toEqual([]);
    expect(plan.freeze).toEqual({ rows: 6, cols: 0 });
  });

  it('lists officers with late, overdue or late-on-system dossiers worst first, then ranks units', () => {
    const C = 9;
    expect(sheet('Cán bộ').cells).toEqual([
      row(C, { 1: 'Phụ lục III' }),
      row(C, { 1: 'DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC GIẢI QUYẾT HỒ SƠ TTHC CHẬM, QUÁ HẠN' }),
      row(C, { 1: PERIOD_LINE }),
      row(C, { 1: ATTACHED }),
      row(C, { 1: RULE }),
      blank(C),
      ['STT', 'Họ và tên', 'Đơn vị', 'Số hồ sơ giải quyết trong kỳ', 'Trễ hạn', 'Quá hạn', 'Trễ trên hệ thống', 'Tỷ lệ đúng hạn', 'Ghi chú'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
      // An: TP-01,03,04,08,09,11 → late 03,04; overdue 08,09; LOS 11; (6 − 4) / 6.
      [1, AN, UNIT_TP, 6, 2, 2, 1, 2 / 6, N],
      // Cường: XA-01,04,06 → late 01; overdue 04; (3 − 2) / 3.
      [2, CUONG, UNIT_XA, 3, 1, 1, 0, 1 / 3, N],
      // Bình: TP-02,05,07,10,13 → LOS 10 only. Dung (XA-02,03,05) and the unknown officer (XA-09) have none.
      [3, BINH, UNIT_TP, 5, 0, 0, 1, 1, N],
      row(C, {
        1: 'Danh sách gồm cán bộ có hồ sơ trễ hạn, quá hạn hoặc trễ trên hệ thống trong kỳ, xếp theo số hồ sơ trễ hạn và quá hạn giảm dần, rồi theo tỷ lệ đúng hạn tăng dần. Tỷ lệ đúng hạn = (Số hồ sơ - Trễ hạn - Quá hạn) / Số hồ sơ; hồ sơ trễ trên hệ thống tính là đúng hạn. Số liệu tính như Biểu 06a.',
      }),
      blank(C),
      row(C, { 1: 'TỶ LỆ GIẢI QUYẾT HỒ SƠ TTHC ĐÚNG HẠN THEO CƠ QUAN, ĐƠN VỊ' }),
      ['STT', 'Đơn vị', N, 'Số hồ sơ giải quyết trong kỳ', 'Trễ hạn', 'Quá hạn', 'Trễ trên hệ thống', 'Tỷ lệ đúng hạn', 'Ghi chú'],
      [1, UNIT_TP, N, 11, 2, 2, 2, 7 / 11, N],
      [2, UNIT_XA, N, 7, 1, 1, 0, 5 / 7, N],
    ]);
    expect(sheet('Cán bộ').charts).toEqual([
      {
        kind: 'bar',
        title: 'Tỷ lệ giải quyết đúng hạn theo đơn vị',
        categories: { row: 16, col: 2, rows: 2, cols: 1 },
        series: [{ row: 16, col: 8, rows: 2, cols: 1 }],
        seriesNames: ['Tỷ lệ đúng hạn'],
        anchor: { row: 7, col: 11 }, // beside the tables (two columns right of I), level with the headings
        widthPt: 480,
        heightPt: 104,
        valueFormat: '0%',
      },
    ]);
  });

  it('scores QĐ 766 progress per unit and in total, as the portal sees it and in reality', () => {
    const C = 11;
    expect(sheet('Chỉ số 766').cells).toEqual([
      row(C, { 1: 'ĐIỂM TIẾN ĐỘ GIẢI QUYẾT HỒ SƠ THEO BỘ CHỈ SỐ CHỈ ĐẠO, ĐIỀU HÀNH (QUYẾT ĐỊNH SỐ 766/QĐ-TTg)' }),
      row(C, { 1: PERIOD_LINE }),
      row(C, { 1: RULE }),
      blank(C),
      [
        'STT', 'Đơn vị', 'Tổng số hồ sơ tiếp nhận, xử lý trong kỳ', 'Đã, đang giải quyết trước hạn, đúng hạn, trong hạn', 'Trong đó: trễ trên hệ thống',
        'Trễ hạn, quá hạn', 'Tỷ lệ đúng hạn theo Hệ thống', 'Điểm tiến độ theo Hệ thống (tối đa 20)', 'Tỷ lệ đúng hạn thực tế', 'Điểm tiến độ thực tế (tối đa 20)',
        'Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn',
      ],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
      // TP: good = 3 early + 2 on time + 2 within = 7 of 11, 2 late on system; system sees 5 of 11.
      [1, UNIT_TP, 11, 7, 2, 4, 5 / 11, 20 * (5 / 11), 7 / 11, 20 * (7 / 11), 5 / 7],
      // XA: good = 0 + 3 + 2 = 5 of 7; resolved 3 on time of 4.
      [2, UNIT_XA, 7, 5, 0, 2, 5 / 7, 20 * (5 / 7), 5 / 7, 20 * (5 / 7), 3 / 4],
      ['Tổng cộng', N, 18, 12, 2, 6, 10 / 18, 20 * (10 / 18), 12 / 18, 20 * (12 / 18), 8 / 11],
      blank(C),
      row(C, { 1: 'Ghi chú:' }),
      row(C, { 1: '- Điểm tiến độ = 20 × Tỷ lệ đúng hạn (Quyết định số 766/QĐ-TTg, nhóm chỉ số Tiến độ giải quyết, tối đa 20 điểm).' }),
      row(C, {
        1: '- Tỷ lệ đúng hạn = Số hồ sơ đã và đang giải quyết trước hạn, đúng hạn, trong hạn / Tổng số hồ sơ tiếp nhận, xử lý trong kỳ (gồm hồ sơ kỳ trước chuyển qua; bằng cột (3) của Biểu 06a).',
      }),
      row(C, {
        1: '- Theo Hệ thống: hồ sơ trễ trên hệ thống tính là trễ hạn, như Cổng Dịch vụ công quốc gia ghi nhận. Thực tế: tính là đúng hạn theo ngày trả kết quả thực tế.',
      }),
      row(C, { 1: '- Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn = (Trước hạn + Đúng hạn) / Số hồ sơ đã giải quyết (cột (8) + (9) trên cột (7) của Biểu 06a).' }),
    ]);
    expect(score766(tally06a(REPORT_DOSSIERS, { period: PERIOD, asOf: AS_OF, rules: DEFAULT_RULES })).scoreSystem).toBeCloseTo(11.11, 2);
  });

  it('lists due-soon and overdue dossiers by officer, the most urgent first', () => {
    const C = 7;
    expect(sheet('Sắp đến hạn').cells).toEqual([
      row(C, { 1: 'DANH SÁCH HỒ SƠ SẮP ĐẾN HẠN, QUÁ HẠN CẦN ĐÔN ĐỐC' }),
      row(C, { 1: '(Tính đến ngày 14/6/2024)' }),
      row(C, { 1: RULE }),
      blank(C),
      ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Ngày hẹn trả', 'Còn lại (ngày làm việc)', 'Đã quá hạn (ngày làm việc)', 'Đơn vị giải quyết'],
      row(C, { 1: `I. ${AN} - ${UNIT_TP}` }),
      [1, 'TP-09', HT, d24('13/5'), null, 24, UNIT_TP],
      [2, 'TP-08', HT, d24('10/6'), null, 4, UNIT_TP],
      row(C, { 1: `II. ${CUONG} - ${UNIT_XA}` }),
      [1, 'XA-04', DD, d24('13/6'), null, 1, UNIT_XA],
      row(C, { 1: `III. ${DUNG} - ${UNIT_XA}` }),
      // Due on the report date itself.
      [1, 'XA-03', CT, d24('14/6'), 0, null, UNIT_XA],
      row(C, { 1: `IV. (Không rõ cán bộ) - ${UNIT_XA}` }),
      // Due Mon 17/6: one working day after Fri 14/6.
      [1, 'XA-09', HT, d24('17/6'), 1, null, UNIT_XA],
      row(C, { 1: 'Tổng số: 5 hồ sơ' }),
      blank(C),
      row(C, { 1: 'Ghi chú:' }),
      row(C, {
        1: '- Sắp đến hạn: chưa có kết quả, ngày hẹn trả trong 1 ngày làm việc tới. Quá hạn: chưa có kết quả, đã qua ngày hẹn trả. Xếp theo hồ sơ gấp nhất trước.',
      }),
    ]);
    const plan = sheet('Sắp đến hạn');
    expect(plan.print.orientation).toBe('portrait');
    expect(plan.styles).toContainEqual({
      range: { row: 6, col: 5, rows: 9, cols: 1 },
      style: { hAlign: 'center', numberFormat: '#,##0' },
    });
  });
});

describe('Biểu 06a by lĩnh vực', () => {
  it('has one row per lĩnh vực when the data holds one unit (Phòng Tư pháp only)', () => {
    const tp = REPORT_DOSSIERS.filter((d) => d.record.unit === UNIT_TP);
    const form = buildReports(tp, SETTINGS)[0];
    expect(form.cells[7][1]).toBe('Lĩnh vực, công việc giải quyết theo cấp');
    // Chứng thực: TP-03 late, TP-07 within, TP-11 early (LOS), TP-13 within (all new: online 07, 13; direct 03, 11).
    // Hộ tịch: TP-01 early, 02 on time, 04 late (carried), 05 early (carried), 08 overdue, 09 overdue (carried), 10 on time (LOS).
    expect(form.cells.slice(11, 14)).toEqual([
      [1, 'Chứng thực', 4, 2, 2, 0, 2, 1, 0, 1, 2, 2, 0],
      [2, 'Hộ tịch', 7, 2, 2, 3, 5, 2, 2, 1, 2, 0, 2],
      ['Tổng cộng', N, 11, 4, 4, 3, 7, 3, 2, 2, 4, 2, 2],
    ]);
  });
});

describe('06a switches and dates', () => {
  const base = { period: PERIOD, asOf: AS_OF };
  it('counts the withdrawn TP-12 as resolved on time (new direct) when withdrawnCountAsOnTime', () => {
    const t = tally06a(REPORT_DOSSIERS, { ...base, rules: { ...DEFAULT_RULES, withdrawnCountAsOnTime: true } });
    expect([t.counts.received, t.counts.directOrPostal, t.counts.onTime, t.excluded.withdrawn]).toEqual([19, 8, 6, 0]);
  });
  it('leaves the awaiting TP-13 out when awaitingCountAsWithinDeadline is off', () => {
    const t = tally06a(REPORT_DOSSIERS, { ...base, rules: { ...DEFAULT_RULES, awaitingCountAsWithinDeadline: false } });
    expect([t.counts.received, t.counts.online, t.counts.withinDeadline, t.excluded.awaiting_citizen]).toEqual([17, 5, 3, 1]);
  });
  it('counts up to asOf on a live check: asOf 05/6/2024 moves TP-03 (finished 07/6) to in progress, within deadline', () => {
    const early = REPORT_DOSSIERS.filter((d) => d.record.code === 'TP-03');
    expect(tally06a(early, { period: PERIOD, asOf: d24('05/6'), rules: DEFAULT_RULES }).counts).toEqual({
      received: 1, online: 0, directOrPostal: 1, carriedOver: 0, resolved: 0, early: 0, onTime: 0, late: 0, inProgress: 1, withinDeadline: 1, overdue: 0,
    });
  });
  it('keeps the period end as the cut-off when asOf is later: TP-03 in May 2024 (15/4–14/5) is outside, XA-06 in progress', () => {
    const may = { preset: 'month15' as const, from: d24('15/4'), to: d24('14/5') };
    const t = tally06a(REPORT_DOSSIERS, { period: may, asOf: AS_OF, rules: DEFAULT_RULES });
    // In scope at 14/5: TP-05 (10/5, finished 16/5 → open, due 17/5 → within), TP-04 (08/5, due 20/5 → within),
    // TP-09 (06/5, due 13/5 → overdue), XA-06 (20/4, finished 15/5 → open, due 15/5 → within),
    // TP-06 (02/5, finished 09/5, on time), XA-02 (14/5, open, due 04/6 → within).
    expect(t.counts).toEqual({
      received: 6, online: 0, directOrPostal: 6, carriedOver: 0, resolved: 1, early: 0, onTime: 1, late: 0, inProgress: 5, withinDeadline: 4, overdue: 1,
    });
    expect(check06aIdentities(t.counts)).toEqual([]);
  });
  it('gives the same rows from placeAll + tallyByLabel as from buildForm06a with pre-counted rows', () => {
    const { placed, total } = placeAll(REPORT_DOSSIERS, { ...base, rules: DEFAULT_RULES });
    const rows = tallyByLabel(placed, (p) => p.dossier.record.unit ?? '');
    const plan = buildForm06a(
      rows.map((r) => ({ label: r.label, counts: r.tally.counts })),
      { ...base, header: SETTINGS.header, rowHeading: 'unit', rules: DEFAULT_RULES, lateOnSystem: total.lateOnSystem, excluded: total.excluded },
    );
    expect(plan.cells).toEqual(sheet('Biểu 06a').cells);
  });
});
