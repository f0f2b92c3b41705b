import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../core/index.js';
import { dayInVietnam } from './clock.js';

describe('dayInVietnam', () => {
  it('is already 14/6/2024 in Hà Nội at 17:00 UTC on 13/6/2024', () => {
    expect(dayInVietnam(Date.UTC(2024, 5, 13, 17, 0))).toBe(dayFromYmd({ y: 2024, m: 6, d: 14 }));
  });

  it('is still 13/6/2024 one millisecond before midnight in Hà Nội', () => {
    expect(dayInVietnam(Date.UTC(2024, 5, 13, 16, 59, 59, 999))).toBe(dayFromYmd({ y: 2024, m: 6, d: 13 }));
  });

  it('gives 1/1/2025 (45658) at 00:00 in Hà Nội on New Year’s Day', () => {
    expect(dayInVietnam(Date.UTC(2024, 11, 31, 17, 0))).toBe(45_658);
  });
});
