import { describe, expect, it } from 'vitest';
import { safeSheetName, sameSheetName } from './sheet-name.js';

describe('safeSheetName', () => {
  it('replaces the characters Excel refuses and cuts at 31 characters', () => {
    expect(safeSheetName('Phụ lục I: 15/5/2024 – 14/6/2024')).toBe('Phụ lục I- 15-5-2024 – 14-6-202');
    expect(safeSheetName("'Biểu 06a'")).toBe('Biểu 06a');
    expect(safeSheetName('  ')).toBe('Sheet');
  });

  it('compares names as Excel does, without case', () => {
    expect(sameSheetName('NGÀY NGHỈ', 'Ngày nghỉ')).toBe(true);
    expect(sameSheetName('Phụ lục I', 'Phụ lục II')).toBe(false);
  });
});
