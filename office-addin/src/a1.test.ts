import { describe, expect, it } from 'vitest';
import { cellAddress, columnsAddress, intersectRanges, printTitleRowsAddress, rangeAddress, rowsAddress, sliceValues } from './a1.js';

describe('a1 addresses', () => {
  it('names one cell and rectangles the way Excel does (AA after Z, XFD last)', () => {
    expect([cellAddress(7, 2), cellAddress(1, 27), cellAddress(1_048_576, 16_384)]).toEqual(['B7', 'AA1', 'XFD1048576']);
    expect(rangeAddress({ row: 2, col: 2, rows: 4, cols: 3 })).toBe('B2:D5');
    expect(rangeAddress({ row: 4, col: 14, rows: 1, cols: 1 })).toBe('N4');
    expect([columnsAddress(3, 5), columnsAddress(14), rowsAddress(5, 7), printTitleRowsAddress(8, 11)]).toEqual(['C:E', 'N:N', '5:7', '$8:$11']);
  });

  it('refuses empty ranges and rows past 1,048,576', () => {
    expect(() => rangeAddress({ row: 1, col: 1, rows: 0, cols: 1 })).toThrow(RangeError);
    expect(() => cellAddress(1_048_577, 1)).toThrow(/1048576/);
  });

  it('intersects the used range with a selection and cuts its values', () => {
    const used = { row: 3, col: 1, rows: 4, cols: 3 };
    const values = [['a', 'b', 'c'], ['d', 'e', 'f'], ['g', 'h', 'i'], ['j', 'k', 'l']];
    const part = intersectRanges(used, { row: 5, col: 2, rows: 10, cols: 10 });
    expect(part).toEqual({ row: 5, col: 2, rows: 2, cols: 2 });
    expect(sliceValues(values, used, part!)).toEqual([['h', 'i'], ['k', 'l']]);
    expect(intersectRanges(used, { row: 1, col: 5, rows: 1, cols: 1 })).toBeNull();
  });
});
