import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar/day.js';
import { buildCalendar } from '../calendar/working-days.js';
import { computeDue, legalSourceFor } from './due.js';
import { computeDueWithSupplement } from './supplement.js';
import { explainDue, formatPeriodVi } from './explain.js';
import { DEFAULT_RULES } from './rule-presets.js';

const cal = buildCalendar();
const D = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });

describe('explainDue', () => {
  it('explains a Saturday receipt: Sat 2025-03-01 + 1 working day is Mon 2025-03-03 17:00', () => {
    const result = computeDue({ day: D(2025, 3, 1), sec: 9 * 3600 }, { unit: 'workingDays', amount: 1 }, cal, DEFAULT_RULES);
    expect(explainDue(result)).toEqual({
      headline:
        'Hạn trả: 17:00 thứ Hai 03/03/2025 — 1 ngày làm việc, không tính ngày tiếp nhận (BLDS 2015 Điều 147 khoản 2); ' +
        'tiếp nhận thứ Bảy 01/03/2025 (ngày nghỉ) nên ngày đầu tiên được tính là thứ Hai 03/03/2025',
      lines: [
        '1 ngày làm việc, không tính ngày tiếp nhận (BLDS 2015 Điều 147 khoản 2)',
        'Tiếp nhận thứ Bảy 01/03/2025 (ngày nghỉ) nên ngày đầu tiên được tính là thứ Hai 03/03/2025',
        'Các ngày làm việc được tính: từ thứ Hai 03/03/2025 đến thứ Hai 03/03/2025',
        'Hạn là cuối giờ làm việc của ngày đó (17:00)',
      ],
    });
  });

  it('names the end moved off a weekend: "5 ngày" from Mon 2024-06-03 is due Mon 2024-06-10', () => {
    const result = computeDue({ day: D(2024, 6, 3), sec: 9 * 3600 }, { unit: 'calendarDays', amount: 5 }, cal, DEFAULT_RULES);
    expect(explainDue(result).headline).toBe(
      'Hạn trả: 17:00 thứ Hai 10/06/2024 — 5 ngày (tính cả ngày nghỉ), không tính ngày tiếp nhận (BLDS 2015 Điều 147 khoản 2); ' +
        'ngày cuối cùng thứ Bảy 08/06/2024 là ngày nghỉ nên hạn là cuối ngày làm việc tiếp theo, thứ Hai 10/06/2024 (BLDS 2015 Điều 148 khoản 5)',
    );
  });

  it('prints fractions with a decimal comma', () => {
    expect(formatPeriodVi({ unit: 'workingHours', amount: 0.5 })).toBe('0,5 giờ làm việc');
  });

  it.each([
    // Same-day procedure received after 15:00: the one-stop text in force on the receipt day.
    [D(2025, 6, 30), 'NĐ 61/2018/NĐ-CP Điều 18 khoản 2'],
    [D(2025, 7, 1), 'NĐ 118/2025/NĐ-CP Điều 18 khoản 2'],
    [D(2026, 8, 4), 'NĐ 118/2025/NĐ-CP Điều 18 khoản 2'],
    [D(2026, 8, 5), 'NĐ 118/2025/NĐ-CP Điều 18 khoản 2, sửa đổi bởi NĐ 309/2026/NĐ-CP'],
  ])('cites by the receipt date: "Trong ngày" received %i at 15:30 → %s', (day, citation) => {
    const result = computeDue({ day, sec: 15.5 * 3600 }, { unit: 'sameDay', amount: 1 }, cal, DEFAULT_RULES);
    const lines = explainDue(result).lines;
    expect(lines[0]).toContain(`(${citation})`);
    expect(lines.join(' ')).not.toMatch(/NĐ (61|118)\/20\d\d.*NĐ (61|118)\/20\d\d.*Điều 18/);
  });

  it('cites the restart after supplementation by date: NĐ 61/2018 Điều 19.4 before 01/7/2025, NĐ 118/2025 Điều 17.3 (as amended) after 05/8/2026', () => {
    const restart = (y: number, m: number, d: number) =>
      explainDue(
        computeDueWithSupplement(
          { day: D(y, m, d), sec: 9 * 3600 },
          { unit: 'workingDays', amount: 5 },
          [{ from: { day: D(y, m, d + 1), sec: 9 * 3600 }, to: { day: D(y, m, d + 2), sec: 9 * 3600 } }],
          cal,
          DEFAULT_RULES,
        ),
      ).lines[0];
    expect(restart(2025, 3, 3)).toContain('(NĐ 61/2018/NĐ-CP Điều 19 khoản 4)');
    expect(restart(2026, 9, 7)).toContain('(NĐ 118/2025/NĐ-CP Điều 17 khoản 3, sửa đổi bởi NĐ 309/2026/NĐ-CP)');
  });

  it('keeps the BLDS and QĐ 766 sources whatever the date', () => {
    expect(legalSourceFor('blds-147-2', D(2026, 9, 1))).toBe('blds-147-2');
    expect(legalSourceFor('qd766-index', D(2026, 9, 1))).toBe('qd766-index');
    expect(legalSourceFor('nd61-18-2', D(2019, 1, 2))).toBe('nd61-18-2');
  });
});
