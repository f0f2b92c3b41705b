import { describe, expect, it } from 'vitest';
import { jsonBytes, splitRowsByBytes, splitRowsIntoParts, utf8Length } from './chunk.js';

describe('utf8Length', () => {
  it('counts Vietnamese letters as 2 or 3 bytes, like TextEncoder', () => {
    for (const text of ['Trễ hạn', 'Quá hạn (đang giải quyết)', 'abc', '😀 Đúng Hạn']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
    // T r ễ(3) space h ạ(3) n = 11 bytes.
    expect(utf8Length('Trễ hạn')).toBe(11);
  });
});

describe('splitRowsByBytes', () => {
  it('keeps each chunk within the budget and loses no row', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ['Quá hạn (đang giải quyết)', 45_453.708333333336 + i, i % 7]);
    const chunks = splitRowsByBytes(rows, 10_000);
    expect(chunks.every((c) => c.bytes <= 10_000 && c.bytes === jsonBytes(c.rows))).toBe(true);
    expect(chunks.flatMap((c) => c.rows)).toEqual(rows);
    expect(chunks.map((c) => c.start)).toEqual(chunks.map((_, i) => chunks.slice(0, i).reduce((n, c) => n + c.rows.length, 0)));
  });

  it('gives a row larger than the budget a chunk of its own, and nothing for no rows', () => {
    expect(splitRowsByBytes([['x'.repeat(50)], ['y']], 20).map((c) => c.rows.length)).toEqual([1, 1]);
    expect(splitRowsByBytes([], 20)).toEqual([]);
  });
});

describe('splitRowsIntoParts', () => {
  it('always gives at least the minimum number of parts, of about equal size', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`hồ sơ ${i}`]);
    const parts = splitRowsIntoParts(rows, 2, 1_000_000);
    expect(parts.map((p) => p.rows.length)).toEqual([5, 5]);
    expect(parts.map((p) => p.start)).toEqual([0, 5]);
  });

  it('adds parts when the rows need them and keeps each part within the budget', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ['Chờ công dân bổ sung / thực hiện nghĩa vụ tài chính', 45_000 + i, null]);
    const total = jsonBytes(rows);
    const parts = splitRowsIntoParts(rows, 2, Math.ceil(total / 3.5));
    expect(parts.length).toBe(4);
    expect(parts.every((p) => p.bytes <= Math.ceil(total / 3.5))).toBe(true);
    expect(parts.flatMap((p) => p.rows)).toEqual(rows);
  });

  it('leaves later parts empty when there are fewer rows than parts', () => {
    expect(splitRowsIntoParts([['a']], 2, 100).map((p) => p.rows.length)).toEqual([1, 0]);
    expect(splitRowsIntoParts([], 2, 100).map((p) => p.rows.length)).toEqual([0, 0]);
  });
});
