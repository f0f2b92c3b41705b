import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar/day.js';
import { DEFAULT_RULES } from '../deadline/rule-presets.js';
import { planProblems } from '../../test/fixtures/report-plan-check.js';
import { check06aIdentities, sumCounts06a, type Counts06a } from './counts-06a.js';
import { compareVi } from './format.js';
import { buildForm06a } from './form-06a.js';
import { periodFromPreset } from './period.js';

const counts = (received: number, online: number, carried: number, early: number, onTime: number, late: number, within: number, overdue: number): Counts06a => ({
  received,
  online,
  directOrPostal: received - online - carried,
  carriedOver: carried,
  resolved: early + onTime + late,
  early,
  onTime,
  late,
  inProgress: within + overdue,
  withinDeadline: within,
  overdue,
});

describe('buildForm06a with pre-counted rows (consolidation)', () => {
  const asOf = dayFromYmd({ y: 2025, m: 1, d: 20 });
  const period = periodFromPreset('quarter', dayFromYmd({ y: 2024, m: 12, d: 31 }));
  const header = { reportingUnit: 'UBND tỉnh Kon Tum', receivingUnit: 'Văn phòng Chính phủ', place: '', preparer: '', head: '' };
  const so = counts(10, 4, 2, 3, 4, 1, 1, 1);
  const xa1 = counts(6, 1, 0, 0, 5, 0, 1, 0);
  const xa2 = counts(3, 2, 1, 1, 0, 0, 0, 2);
  const plan = buildForm06a(
    [
      { label: 'I. Sở, ban, ngành', counts: null },
      { label: 'Sở Tư pháp', counts: so },
      { label: 'II. Xã, phường', counts: null },
      { label: 'UBND xã A', counts: xa1 },
      { label: 'UBND xã B', counts: xa2 },
      { label: 'Cộng cấp xã', counts: sumCounts06a([xa1, xa2]), bold: true },
    ],
    { period, asOf, header, rowHeading: 'unit', rules: DEFAULT_RULES, title: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', name: 'Biểu 06a tổng hợp' },
  );

  it('takes consistent rows', () => {
    for (const row of [so, xa1, xa2]) expect(check06aIdentities(row)).toEqual([]);
  });

  it('numbers plain rows only, keeps section and subtotal rows unnumbered, and totals the plain rows', () => {
    expect(plan.cells.slice(11, 18)).toEqual([
      [null, 'I. Sở, ban, ngành', null, null, null, null, null, null, null, null, null, null, null],
      [1, 'Sở Tư pháp', 10, 4, 4, 2, 8, 3, 4, 1, 2, 1, 1],
      [null, 'II. Xã, phường', null, null, null, null, null, null, null, null, null, null, null],
      [2, 'UBND xã A', 6, 1, 5, 0, 5, 0, 5, 0, 1, 1, 0],
      [3, 'UBND xã B', 3, 2, 0, 1, 1, 1, 0, 0, 2, 0, 2],
      [null, 'Cộng cấp xã', 9, 3, 5, 1, 6, 1, 5, 0, 3, 1, 2],
      ['Tổng cộng', null, 19, 7, 9, 3, 14, 4, 9, 1, 5, 2, 3],
    ]);
  });

  it('labels the quarter "Quý IV năm 2024", counts to 31/12/2024 and leaves the place as dots', () => {
    expect([plan.name, plan.cells[0][3], plan.cells[3][3], plan.cells[4][3]]).toEqual([
      'Biểu 06a tổng hợp',
      'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
      'Kỳ báo cáo: Quý IV năm 2024',
      '(Từ ngày 01/10/2024 đến ngày 31/12/2024)',
    ]);
    const notes = plan.cells.flat().find((v) => typeof v === 'string' && v.startsWith('Ghi chú:'));
    expect(notes).toContain('- Cột (11) - (13): hồ sơ chưa có kết quả đến hết ngày 31/12/2024; quá hạn khi ngày hẹn trả trước ngày 31/12/2024.');
    expect(plan.cells.flat()).toContain('……, ngày 20 tháng 01 năm 2025');
  });

  it('leaves out the late-on-system line when not given and writes no empty names', () => {
    expect(plan.cells.flat().filter((v) => typeof v === 'string' && v.startsWith('Trong đó: trễ'))).toEqual([]);
    expect(plan.cells.flat()).not.toContain('');
  });

  it('is a well-formed plan with the chart over the six entry rows', () => {
    expect(planProblems([plan])).toEqual([]);
    expect(plan.charts[0].categories).toEqual({ row: 12, col: 2, rows: 6, cols: 1 });
  });
});

describe('compareVi', () => {
  it('sorts Đ after D and before E, as Vietnamese does', () => {
    expect(['Hộ tịch', 'Đất đai', 'Dân tộc', 'Chứng thực', 'Em'].sort(compareVi)).toEqual(['Chứng thực', 'Dân tộc', 'Đất đai', 'Em', 'Hộ tịch']);
  });
});

describe('buildForm06a notes: the comparison rule and the legal texts by receipt date', () => {
  const asOf = dayFromYmd({ y: 2026, m: 11, d: 30 });
  const period = periodFromPreset('month', asOf);
  const header = { reportingUnit: 'UBND xã Quảng Phú', receivingUnit: 'UBND tỉnh Thanh Hóa', place: 'Quảng Phú', preparer: '', head: '' };
  const notes = (compareBy: 'datetime' | 'day') =>
    buildForm06a([{ label: 'Hộ tịch', counts: counts(2, 1, 0, 1, 1, 0, 0, 0) }], { period, asOf, header, rowHeading: 'field', rules: { ...DEFAULT_RULES, compareBy } })
      .cells.flat()
      // The notes print as one paragraph "Ghi chú: - … - …": its items, each starting "- ".
      .filter((v): v is string => typeof v === 'string' && v.startsWith('Ghi chú:'))
      .flatMap((v) => v.slice('Ghi chú: '.length).split(/ (?=- )/));

  it('states the date-time rule of the 766 index by default, and BLDS 148.6 when comparing by day', () => {
    expect(notes('datetime')).toContain(
      '- So thời điểm có kết quả với ngày hẹn trả theo ngày và giờ, như cách tính chỉ số QĐ 766/QĐ-TTg trên Cổng DVCQG; ngày hẹn trả rơi vào ngày nghỉ kết thúc vào cuối ngày làm việc tiếp theo (BLDS 2015 Điều 148 khoản 5).',
    );
    const byDay = notes('day');
    expect(byDay.some((n) => n.includes('24 giờ của ngày cuối cùng (BLDS 2015 Điều 148 khoản 6)'))).toBe(true);
    expect(byDay.some((n) => n.includes('QĐ 766'))).toBe(false);
  });

  it('names NĐ 61/2018 before 01/7/2025 and NĐ 118/2025 (amended by NĐ 309/2026 from 05/8/2026) after, with not-received dossiers left out', () => {
    const line = notes('datetime').find((n) => n.includes('NĐ 118/2025'));
    expect(line).toContain('trước ngày 01/7/2025 áp dụng NĐ 61/2018/NĐ-CP');
    expect(line).toContain('sửa đổi bởi NĐ 309/2026/NĐ-CP từ ngày 05/8/2026');
    expect(line).toContain('chưa tiếp nhận');
  });
});
