/**
 * Issue 9 in the CLI: the dossier sheet of a multi-sheet workbook is chosen and named with
 * the reason (--sheet still wins), and results that depend on undecided days off are
 * counted in the summary and listed in --json.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../core/index.js';
import { runCheck, type CheckIo } from './check.js';

const dir = mkdtempSync(join(tmpdir(), 'dunghan-i9-'));
const file = join(dir, 'xa-quang-phu-2027.xlsx');

function io() {
  const out: string[] = [];
  const value: CheckIo = { stdout: (t) => out.push(t), progress: null, today: () => dayFromYmd({ y: 2027, m: 2, d: 22 }) };
  return { io: value, out };
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  // A summary tab first, as many offices keep it.
  const summary = wb.addWorksheet('Tổng hợp');
  summary.addRows([['STT', 'Lĩnh vực', 'Tổng số hồ sơ', 'Đúng hạn', 'Quá hạn'], [1, 'Hộ tịch', 120, 118, 2]]);
  const list = wb.addWorksheet('Danh sách hồ sơ');
  list.addRows([
    ['DANH SÁCH HỒ SƠ TIẾP NHẬN THÁNG 02/2027'],
    ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Thời hạn giải quyết', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái'],
    // 02/02 + 5 working days over the projected 1+4 Tết: Tue 16/02/2027 (by hand, see core/check-undecided.test.ts).
    [1, '000.41.27.H99-270202-0001', '02/02/2027 09:00', '05 ngày làm việc', '', '15/02/2027 10:00', 'Đã trả kết quả'],
    // March only: no undecided day in between.
    [2, '000.41.27.H99-270301-0002', '01/03/2027 08:00', '03 ngày làm việc', '04/03/2027 08:00', '', 'Đang xử lý'],
  ]);
  await wb.xlsx.writeFile(file);
});

describe('dunghan check on a workbook with a summary tab first', () => {
  it('reads "Danh sách hồ sơ", says why, and counts the dossier depending on undecided Tết 2027 days', async () => {
    const { io: sink, out } = io();
    await runCheck([file, '--as-of', '2027-02-22'], sink);
    const text = out.join('\n');
    expect(text).toContain('Trang tính: Danh sách hồ sơ');
    expect(text).toContain('Đã đọc trang "Danh sách hồ sơ": trang tính duy nhất có dòng tiêu đề nhận ra được');
    expect(text).toContain(
      'Ngày nghỉ chưa có quyết định: 1 hồ sơ có hạn hoặc số ngày trễ phụ thuộc vào 10/02/2027, 11/02/2027 (dự kiến là ngày nghỉ); 03/02/2027, 04/02/2027, 12/02/2027 (đang tính là ngày làm việc)',
    );
    expect(text).toMatch(/Dòng 3.*"10\/02\/2027, 11\/02\/2027 \(dự kiến là ngày nghỉ\)/);
  });

  it('--json carries the choice, the undecided days with their dossier counts, and the per-row warning', async () => {
    const { io: sink, out } = io();
    await runCheck([file, '--as-of', '2027-02-22', '--json'], sink);
    const json = JSON.parse(out[0]);
    expect(json.sheet).toBe('Danh sách hồ sơ');
    expect(json.sheetChoice).toEqual({ reason: 'only', sheets: [{ name: 'Tổng hợp', dossierRows: 0 }, { name: 'Danh sách hồ sơ', dossierRows: 2 }] });
    expect(json.undecided).toEqual({
      days: [
        { date: '2027-02-03', status: 'pending', dossiers: 1 },
        { date: '2027-02-04', status: 'pending', dossiers: 1 },
        { date: '2027-02-10', status: 'projected', dossiers: 1 },
        { date: '2027-02-11', status: 'projected', dossiers: 1 },
        { date: '2027-02-12', status: 'pending', dossiers: 1 },
      ],
      rows: [3],
    });
    expect(json.dossiers[0]).toMatchObject({ row: 3, status: 'early', dueAt: '2027-02-16T17:00' });
    expect(json.problems.filter((p: { code: string }) => p.code === 'calendar.undecidedDays').map((p: { row: number }) => p.row)).toEqual([3]);
  });

  it('--sheet still overrides the choice', async () => {
    const { io: sink, out } = io();
    await runCheck([file, '--as-of', '2027-02-22', '--json', '--sheet', 'Tổng hợp'], sink);
    const json = JSON.parse(out[0]);
    expect([json.sheet, json.sheetChoice]).toEqual(['Tổng hợp', { reason: 'user', sheets: [] }]);
  });
});
