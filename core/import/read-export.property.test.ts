import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputCell, SheetGrid } from './read-result.js';
import { readExport } from './read-export.js';

const HEADER = ['STT', 'Mã hồ sơ', 'Chủ hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái', 'Trực tuyến'];

const junkCell: fc.Arbitrary<InputCell> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '=HYPERLINK("x","y")', '=1/0', '+84', '@SUM(A1)', 'Tổng cộng', 'NGƯỜI LẬP BIỂU', 'UBND xã Quảng Phú', '(1)', 'Mã hồ sơ',
    'Ngày hẹn trả', '31/02/2024', '15/03/2024 09:24:43', '2024-03-15T09:24:43.000+0700', 'Đang xử lý', 'Quá hạn 2.25 ngày',
    'H56.12-240315-0001', 'CNTBD.181121.00334', 'Tình trạng (Đúng Hạn)', '  ', '',
  ),
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, -0, 45366.5, 20240315092443),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

const junkRow = fc.array(junkCell, { maxLength: 12 });

/** A real-looking dossier row, so that grids also have headers and dossiers to find. */
const dossierRow: fc.Arbitrary<InputCell[]> = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 45000, max: 46000 }))
  .map(([n, d, m, serial]) => [
    n, `H56.12-24${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}-${n}`, 'Lê Văn An',
    `${d}/${m}/2024 08:00`, serial, n % 3 === 0 ? serial + 1 : '', n % 2 === 0 ? 'Đã trả kết quả' : 'Đang xử lý', n % 2 === 0,
  ]);

const grids: fc.Arbitrary<SheetGrid> = fc
  .record({
    top: fc.array(junkRow, { maxLength: 6 }),
    withHeader: fc.boolean(),
    body: fc.array(fc.oneof(junkRow, dossierRow, dossierRow), { maxLength: 40 }),
    origin: fc.record({ row: fc.integer({ min: 1, max: 50 }), col: fc.integer({ min: 1, max: 30 }) }),
    dateSystem: fc.constantFrom('1900' as const, '1904' as const),
  })
  .map(({ top, withHeader, body, origin, dateSystem }) => ({
    sheetName: 'Ngẫu nhiên',
    cells: [...top, ...(withHeader ? [HEADER] : []), ...body],
    origin,
    dateSystem,
  }));

describe('readExport on random grids', () => {
  it('never throws and ends every row below the header as one dossier or one skipped row', () => {
    fc.assert(
      fc.property(grids, fc.record({ due: fc.constantFrom('E', 'Ngày hẹn trả', 'ZZ', '', 'x y') }, { requiredKeys: [] }), (grid, mapping) => {
        const result = readExport(grid, { mapping });
        expect(result.rowsIn).toEqual(result.dossiers.length + result.skipped.length);
        const firstBelow = result.headerRows.length === 0 ? Infinity : Math.max(...result.headerRows) + 1;
        const rows = [...result.dossiers.map((d) => d.row), ...result.skipped.map((s) => s.row)].sort((a, b) => a - b);
        const origin = grid.origin ?? { row: 1, col: 1 };
        const expected = result.headerRows.length === 0 ? [] : Array.from({ length: grid.cells.length + origin.row - firstBelow }, (_, i) => firstBelow + i);
        expect(rows).toEqual(expected);
        for (const p of result.problems) expect(p.row === 0 || rows.includes(p.row)).toBe(true);
      }),
      { numRuns: 400, seed: 20240315 },
    );
  });

  it('finds the header and every dossier when the grid has one', () => {
    fc.assert(
      fc.property(fc.array(dossierRow, { minLength: 1, maxLength: 30 }), (rows) => {
        const result = readExport({ sheetName: 'DS', cells: [HEADER, ...rows] });
        expect([result.headerRows, result.dossiers.length, result.skipped]).toEqual([[1], rows.length, []]);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
