import { describe, expect, it } from 'vitest';
import { dayFromYmd, type Stamp } from '../calendar/day.js';
import { excelPasteGrid } from '../../test/fixtures/import-excel-paste.js';
import { openCpsGrid } from '../../test/fixtures/import-opencps.js';
import { thanhHoaHtmlGrid } from '../../test/fixtures/import-thanh-hoa-html.js';
import { readExport } from './read-export.js';

const at = (y: number, m: number, d: number, h?: number, min = 0, s = 0): Stamp => ({
  day: dayFromYmd({ y, m, d }),
  sec: h === undefined ? null : h * 3600 + min * 60 + s,
});
const mapped = (result: ReturnType<typeof readExport>) => result.mapping.map((m) => [m.field, m.letter, m.heading, m.confidence, m.source]);
const EMPTY = {
  procedure: null, field: null, unit: null, officer: null, applicant: null, channel: null, submitted: null, received: null,
  receivedFromCode: false, due: null, extendedDue: null, finished: null, returned: null, actualResult: null, statusCode: null,
  statusText: null, period: null, remarks: null, group: null,
};

describe('readExport: Thanh Hóa HTML-as-xls overdue list', () => {
  const result = readExport(thanhHoaHtmlGrid);

  it('finds the 2-row merged header under the banner and maps the columns', () => {
    expect(result.headerRows).toEqual([6, 7]);
    expect(mapped(result)).toEqual([
      ['field', 'C', 'Lĩnh vực', 1, 'detected'],
      ['procedure', 'D', 'Tên thủ tục hành chính', 1, 'detected'],
      ['code', 'E', 'Mã hồ sơ', 1, 'detected'],
      ['status', 'F', 'Trạng thái', 1, 'detected'],
      ['applicant', 'G', 'Chủ hồ sơ', 1, 'detected'],
      ['received', 'H', 'Ngày, tháng, năm / Ngày nhận', 1, 'detected'],
      ['due', 'I', 'Ngày, tháng, năm / Ngày hẹn trả', 1, 'detected'],
      ['finished', 'J', 'Ngày, tháng, năm / Ngày kết thúc xử lý', 1, 'detected'],
      ['unit', 'K', 'Đơn vị/ cá nhân giải quyết', 1, 'detected'],
    ]);
  });

  it('reads 5 dossiers and skips the index, group, total, blank and footer rows', () => {
    expect(result.dossiers.map((d) => d.row)).toEqual([10, 11, 13, 14, 15]);
    expect(result.skipped).toEqual([
      { row: 8, reason: 'index' },
      { row: 9, reason: 'group', text: 'SỞ TƯ PHÁP' },
      { row: 12, reason: 'group', text: 'UBND HUYỆN ĐÔNG SƠN' },
      { row: 16, reason: 'total' },
      { row: 17, reason: 'blank' },
      { row: 18, reason: 'footer' },
      { row: 19, reason: 'footer' },
      { row: 20, reason: 'footer' },
      { row: 21, reason: 'footer' },
    ]);
    expect([result.rowsIn, result.lastRow, result.lastDataCol, result.toolColumns]).toEqual([14, 21, 11, []]);
  });

  it('reads a dossier with DD/MM/YYYY HH:mm:ss dates and its group row', () => {
    expect(result.dossiers[0]).toEqual({
      ...EMPTY,
      row: 10,
      code: '000.00.12.H56-240216-0003',
      procedure: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
      field: 'Lý lịch tư pháp',
      unit: 'Phòng Hành chính tư pháp',
      applicant: 'Lê Thị Hoa',
      received: at(2024, 2, 16, 8, 12, 5),
      due: at(2024, 2, 23, 17),
      finished: at(2024, 2, 26, 10, 45, 30),
      statusCode: 10,
      statusText: 'Đã trả kết quả',
      group: 'SỞ TƯ PHÁP',
    });
    expect(result.dossiers[2].group).toEqual('UBND HUYỆN ĐÔNG SƠN');
  });

  it('warns that "Đang xử lý" contradicts the finish date of row 15, and that there is no actual-result column', () => {
    expect(result.problems).toEqual([
      { code: 'header.missingField', row: 0, column: 'Ngày trả kết quả thực tế', severity: 'warning', detail: 'actualResult' },
      { code: 'status.contradictsDates', row: 15, column: 'Trạng thái', columnLetter: 'F', value: 'Đang xử lý', severity: 'warning' },
    ]);
  });
});

describe('readExport: OpenCPS dynamic report', () => {
  const result = readExport(openCpsGrid);

  it('does not take "Hạn xử lý" (Quá hạn 2.25 ngày) for the due date', () => {
    expect(mapped(result)).toEqual([
      ['code', 'A', 'Mã hồ sơ', 1, 'detected'],
      ['procedure', 'C', 'Nội dung', 0.9, 'detected'],
      ['unit', 'D', 'Cơ quan thụ lý', 1, 'detected'],
      ['applicant', 'E', 'Chủ hồ sơ', 1, 'detected'],
      ['submitted', 'G', 'Ngày gửi', 1, 'detected'],
      ['received', 'H', 'Ngày tiếp nhận', 1, 'detected'],
      ['due', 'I', 'Ngày hẹn trả', 1, 'detected'],
      ['extendedDue', 'J', 'Ngày gia hạn', 1, 'detected'],
      ['finished', 'K', 'Ngày hoàn thành', 1, 'detected'],
      ['returned', 'L', 'Ngày trả', 1, 'detected'],
      ['status', 'M', 'Trạng thái', 1, 'detected'],
      ['channel', 'N', 'Trực tuyến', 1, 'detected'],
      ['remarks', 'O', 'Ghi chú xử lý', 1, 'detected'],
    ]);
    expect(result.problems).toEqual([
      { code: 'row.derivedTextIgnored', row: 0, column: 'Hạn xử lý', columnLetter: 'P', value: 'Quá hạn 2.25 ngày', severity: 'warning' },
      { code: 'header.missingField', row: 0, column: 'Ngày trả kết quả thực tế', severity: 'warning', detail: 'actualResult' },
    ]);
  });

  it('skips the header repeated after a page break', () => {
    expect(result.skipped).toEqual([{ row: 7, reason: 'repeatedHeader' }]);
    expect(result.dossiers.map((d) => d.code)).toEqual([
      'VTH.240301.00012', 'VTH.240304.00031', 'NBY.240305.00007', 'LMY.240307.00101', 'LMY.240308.00102',
    ]);
    expect(result.rowsIn).toEqual(6);
  });

  it('reads the extended due date, the online flag and the OpenCPS status key', () => {
    expect(result.dossiers[2]).toEqual({
      ...EMPTY,
      row: 6,
      code: 'NBY.240305.00007',
      procedure: 'Đăng ký hộ kinh doanh',
      unit: 'UBND thành phố Ngã Bảy',
      applicant: 'Cao Văn Nam',
      channel: 'online',
      submitted: at(2024, 3, 5, 20, 15),
      received: at(2024, 3, 6, 7, 30),
      due: at(2024, 3, 11, 7, 30),
      extendedDue: at(2024, 3, 14, 17),
      statusCode: 4,
      statusText: 'Đang xử lý',
      remarks: 'Đã gửi phiếu xin lỗi',
    });
    expect(result.dossiers.map((d) => [d.channel, d.statusCode])).toEqual([
      ['online', 10], ['direct', 10], ['online', 4], ['direct', 5], ['direct', 5],
    ]);
  });
});

describe('readExport: list pasted into an en-US Excel', () => {
  const result = readExport(excelPasteGrid);

  it('swaps back the receipt dates read month-first and reports it once', () => {
    expect(result.dossiers.map((d) => d.received)).toEqual([
      at(2024, 3, 5, 8, 30), at(2024, 3, 15, 10), at(2024, 3, 11), at(2024, 3, 20, 14, 45), at(2024, 3, 3),
    ]);
    expect(result.problems).toEqual([
      { code: 'header.missingField', row: 0, column: 'Ngày trả kết quả thực tế', severity: 'warning', detail: 'actualResult' },
      {
        code: 'date.monthFirst', row: 2, column: 'Ngày tiếp nhận', columnLetter: 'D',
        value: String(dayFromYmd({ y: 2024, m: 5, d: 3 }) + 510 / 1440), severity: 'warning', detail: '2, 4',
      },
    ]);
  });

  it('leaves the due column (all real dates) alone', () => {
    expect(result.dossiers.map((d) => d.due)).toEqual([
      at(2024, 3, 12, 8, 30), at(2024, 3, 22, 10), at(2024, 3, 18), at(2024, 3, 27, 14, 45), at(2024, 3, 8),
    ]);
  });

  it('skips the total row', () => {
    expect([result.dossiers.length, result.skipped, result.rowsIn]).toEqual([5, [{ row: 7, reason: 'total' }], 6]);
  });
});
