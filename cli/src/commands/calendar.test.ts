import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../dunghan.js';
import { captureStdout } from '../../../test/fixtures/capture-stdout.js';
import { UsageError } from '../usage-error.js';
import { runCalendar } from './calendar.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('dunghan calendar', () => {
  it('prints 2025 as JSON: 12 weekday days off from the notices and the make-up Sat 2025-04-26', async () => {
    const out = captureStdout();
    expect(await runCalendar(['2025', '--json'])).toBe(0);
    const json = JSON.parse(out.text());
    expect(Object.keys(json)).toEqual(['year', 'daysOff', 'workingSaturdays']);
    expect(json.year).toBe(2025);
    expect(json.workingSaturdays).toEqual(['2025-04-26']);
    expect(json.daysOff.map((d: { date: string }) => d.date)).toEqual([
      '2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31',
      '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02',
    ]);
    expect(json.daysOff[1]).toEqual({
      date: '2025-01-27',
      name: 'Tết Nguyên đán (28 tháng Chạp)',
      kind: 'holiday',
      source: 'CV 8726/VPCP-KGVX (26/11/2024)',
      projected: false,
    });
    expect(json.daysOff[9]).toMatchObject({ date: '2025-05-02', kind: 'swapped-off', projected: false });
  });

  it('marks 2030 as projected in JSON and in the table', async () => {
    let out = captureStdout();
    await runCalendar(['2030', '--json']);
    const json = JSON.parse(out.text());
    expect(json.daysOff.every((d: { projected: boolean }) => d.projected)).toBe(true);
    vi.restoreAllMocks();
    out = captureStdout();
    await runCalendar(['2030']);
    const text = out.text();
    expect(text).toContain('01/02/2030  Thứ Sáu');
    expect(text).toContain('Tết Nguyên đán (29 tháng Chạp) (dự kiến)');
    expect(text).toContain('chưa có thông báo chính thức');
  });

  it('prints a Vietnamese table for 2026 with dd/MM/yyyy, weekday, name and source', async () => {
    const out = captureStdout();
    await runCalendar(['2026']);
    const text = out.text();
    expect(text).toMatch(/31\/08\/2026 +Thứ Hai +Nghỉ hoán đổi dịp Quốc khánh \(làm bù 22\/08\/2026\) +TB 9441\/TB-BNV \(10\/2025\)/);
    expect(text).toContain('Thứ Bảy làm bù: 10/01/2026, 22/08/2026.');
    expect(text).toContain('23/11/2026, 28/11/2026');
  });

  it.each([['abc'], ['1999'], ['2101'], ['2025.5'], [''], ['2025', '2026'], ['2025', '--xml']])(
    'rejects %j with a UsageError naming the expected year range',
    async (...args) => {
      await expect(runCalendar(args)).rejects.toThrow(UsageError);
    },
  );

  it('explains a bad year in Vietnamese and English and exits with code 2', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await main(['calendar', 'hai-nghìn'])).toBe(2);
    const message = err.mock.calls.map((c) => c.join(' ')).join('\n');
    expect(message).toContain('Năm không hợp lệ: "hai-nghìn". Cần một số nguyên từ 2000 đến 2100');
    expect(message).toContain('expected an integer from 2000 to 2100');
    expect(await main(['calendar'])).toBe(2);
  });
});
