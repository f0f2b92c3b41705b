import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../core/index.js';
import { columnHeadings } from './headings.js';

describe('columnHeadings', () => {
  it('joins a two-row heading and gives sheet letters from the grid origin', () => {
    const grid: SheetGrid = {
      sheetName: 'Dữ liệu',
      origin: { row: 2, col: 2 },
      cells: [
        ['DANH SÁCH HỒ SƠ'],
        ['STT', 'Mã hồ sơ', 'Ngày, tháng, năm', null],
        [null, null, 'Nhận hồ sơ', 'Hẹn trả kết quả'],
      ],
    };
    expect(columnHeadings(grid, { headerRows: [3, 4], lastDataCol: 5 })).toEqual([
      { col: 2, letter: 'B', text: 'STT' },
      { col: 3, letter: 'C', text: 'Mã hồ sơ' },
      { col: 4, letter: 'D', text: 'Ngày, tháng, năm / Nhận hồ sơ' },
      { col: 5, letter: 'E', text: 'Ngày, tháng, năm / Hẹn trả kết quả' },
    ]);
  });
});
