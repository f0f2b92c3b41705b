import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { InputCell } from '../../../../core/index.js';
import { gridRowsXml } from './base-package.js';
import { patchRowsXml, writeGridRowsPatched, type RowOps, type ToolCell } from './data-sheet.js';
import { BASE_STYLES } from './base-package.js';
import { StylesPatch } from './styles.js';
import { xmlText } from './xml-bytes.js';

const cell = fc.oneof(fc.constant(null), fc.constant(''), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 50000 }), fc.constantFrom('<&>"', '=SUM(A1)', 'Đã trả'));

describe('writeGridRowsPatched', () => {
  it('writes what patching the written grid gives, byte for byte', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 16 }), fc.boolean(), fc.boolean(), fc.integer({ min: 4, max: 9 })), { maxLength: 14 }),
        // The due column is one of the export's; the tool's cells start right of it.
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
        (cells: InputCell[][], row0, opSpecs, dueCol) => {
          const build = () => {
            const ops = new Map<number, RowOps>();
            for (const [dr, colored, withAdds, firstAdd] of opSpecs) {
              const r = row0 + dr;
              const add = new Map<number, ToolCell>();
              if (withAdds) for (let c = firstAdd; c < firstAdd + 3; c++) add.set(c, { value: `t${c}`, xf: 0 });
              ops.set(r, { add, due: colored ? { fill: 'FFC7CE', fontColor: '9C0006' } : null, reset: false });
            }
            return ops;
          };
          const a = new StylesPatch(BASE_STYLES);
          const b = new StylesPatch(BASE_STYLES);
          const expected = patchRowsXml(gridRowsXml(cells, row0).xml, build(), null, dueCol, a).xml;
          expect(xmlText((out) => writeGridRowsPatched(out, cells, row0, build(), dueCol, b))).toBe(expected);
          expect(b.serialize()).toBe(a.serialize());
        },
      ),
      { numRuns: 3000 },
    );
  });
});
