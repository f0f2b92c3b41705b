import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureStdout } from '../../test/fixtures/capture-stdout.js';
import { CALENDAR_DATA_DATE } from '../../core/index.js';
import { main } from './dunghan.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

afterEach(() => vi.restoreAllMocks());

describe('dunghan --version', () => {
  it('prints the app version from package.json and the date of the calendar data', async () => {
    const out = captureStdout();
    expect(await main(['--version'])).toBe(0);
    const [y, m, d] = CALENDAR_DATA_DATE.split('-');
    const lines = out.text().split('\n');
    expect(lines[0]).toBe(`Đúng Hạn ${pkg.version}`);
    expect(lines[1]).toMatch(new RegExp(`^Lịch nghỉ: cập nhật theo văn bản ngày ${d}/${m}/${y}; năm .*2027.* dự kiến$`));
    expect(lines).toHaveLength(2);
  });

  it('answers -V and "version" the same way', async () => {
    const out = captureStdout();
    await main(['--version']);
    const first = out.text();
    vi.restoreAllMocks();
    for (const flag of ['-V', 'version']) {
      const again = captureStdout();
      expect(await main([flag])).toBe(0);
      expect(again.text()).toBe(first);
      vi.restoreAllMocks();
    }
  });
});
