import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar/day.js';
import { buildCalendar } from '../calendar/working-days.js';
import { computeDue } from './due.js';
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
});
