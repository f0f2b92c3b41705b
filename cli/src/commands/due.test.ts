import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../dunghan.js';
import { captureStdout } from '../../../test/fixtures/capture-stdout.js';
import { UsageError } from '../usage-error.js';
import { runDue } from './due.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('dunghan due', () => {
  it('explains a Saturday receipt: 01/03/2025 09:00 + "1 ngày làm việc" is 17:00 Mon 03/03/2025', async () => {
    const out = captureStdout();
    expect(await runDue(['01/03/2025 09:00', '1 ngày làm việc'])).toBe(0);
    expect(out.text().split('\n')).toEqual([
      'Hạn trả: 17:00 thứ Hai 03/03/2025 — 1 ngày làm việc, không tính ngày tiếp nhận (BLDS 2015 Điều 147 khoản 2); ' +
        'tiếp nhận thứ Bảy 01/03/2025 (ngày nghỉ) nên ngày đầu tiên được tính là thứ Hai 03/03/2025',
      '',
      'Cách tính:',
      '  - 1 ngày làm việc, không tính ngày tiếp nhận (BLDS 2015 Điều 147 khoản 2)',
      '  - Tiếp nhận thứ Bảy 01/03/2025 (ngày nghỉ) nên ngày đầu tiên được tính là thứ Hai 03/03/2025',
      '  - Các ngày làm việc được tính: từ thứ Hai 03/03/2025 đến thứ Hai 03/03/2025',
      '  - Hạn là cuối giờ làm việc của ngày đó (17:00)',
    ]);
  });

  it('prints JSON with ISO stamps: 14/02/2025 15:01 + "03 ngày làm việc" is 2025-02-19T17:00', async () => {
    // Fri 14/2 not counted; Mon 17 (1), Tue 18 (2), Wed 19 (3).
    const out = captureStdout();
    expect(await runDue(['14/02/2025 15:01', '03 ngày làm việc', '--json'])).toBe(0);
    const json = JSON.parse(out.text());
    expect({ received: json.received, period: json.period, dueAt: json.dueAt, kinds: json.steps.map((s: { kind: string }) => s.kind) }).toEqual({
      received: '2025-02-14T15:01',
      period: { unit: 'workingDays', amount: 3 },
      dueAt: '2025-02-19T17:00',
      kinds: ['receiptDayNotCounted', 'countWorkingDays', 'dueAtEndOfWorkingDay'],
    });
    expect(json.steps[1]).toEqual({
      kind: 'countWorkingDays',
      amount: 3,
      from: '2025-02-17',
      to: '2025-02-19',
      daysOff: [],
      makeUpSaturdays: [],
      legal: null,
      text: 'các ngày làm việc được tính: từ thứ Hai 17/02/2025 đến thứ Tư 19/02/2025',
    });
  });

  it('accepts the date and time unquoted: due 03/06/2024 16:00 4 giờ is Tue 2024-06-04 10:00', async () => {
    const out = captureStdout();
    expect(await runDue(['03/06/2024', '16:00', '4', 'giờ', '--json'])).toBe(0);
    expect(JSON.parse(out.text()).dueAt).toBe('2024-06-04T10:00');
  });

  it('rejects an impossible date (31/02/2025) naming the expected form, exit 2', async () => {
    captureStdout();
    await expect(runDue(['31/02/2025 09:00', '1 ngày làm việc'])).rejects.toThrow(UsageError);
    await expect(runDue(['31/02/2025 09:00', '1 ngày làm việc'])).rejects.toThrow(/dd\/MM\/yyyy HH:mm/);
    expect(await main(['due', '31/02/2025 09:00', '1 ngày làm việc'])).toBe(2);
  });

  it('rejects an unreadable period with valid examples, exit 2', async () => {
    captureStdout();
    await expect(runDue(['01/03/2025 09:00', 'theo quy định'])).rejects.toThrow(/"05 ngày làm việc"/);
    expect(await main(['due', '01/03/2025 09:00', 'theo quy định'])).toBe(2);
  });

  it('rejects missing arguments and prints help in both languages', async () => {
    const out = captureStdout();
    await expect(runDue(['01/03/2025'])).rejects.toThrow(UsageError);
    expect(await runDue(['--help'])).toBe(0);
    expect(out.text()).toContain('Tính ngày hẹn trả');
    expect(out.text()).toContain('Compute the due date');
  });
});
