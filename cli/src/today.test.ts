import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../core/index.js';
import { todayInVietnam } from './today.js';

describe('todayInVietnam', () => {
  it('is already 2025-06-30 in Hà Nội at 2025-06-29T17:00Z (00:00 UTC+7)', () => {
    expect(todayInVietnam(Date.UTC(2025, 5, 29, 17, 0))).toBe(dayFromYmd({ y: 2025, m: 6, d: 30 }));
  });
  it('is still 2025-06-29 at 2025-06-29T16:59Z (23:59 UTC+7)', () => {
    expect(todayInVietnam(Date.UTC(2025, 5, 29, 16, 59))).toBe(dayFromYmd({ y: 2025, m: 6, d: 29 }));
  });
});
