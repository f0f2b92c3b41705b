import { describe, expect, it } from 'vitest';
import { emptyCounts06a, type Counts06a } from '../report/counts-06a.js';
import { rankConsolidatedUnits } from './ranking.js';

const resolved = (early: number, onTime: number, late: number): Counts06a => ({
  ...emptyCounts06a(), received: early + onTime + late, directOrPostal: early + onTime + late, resolved: early + onTime + late, early, onTime, late,
});

describe('rankConsolidatedUnits', () => {
  it('ranks by (8)+(9) over (7), ties by more resolved, equal rate and count share a rank, no resolved dossier last', () => {
    const ranked = rankConsolidatedUnits([
      { name: 'Xã C', counts: resolved(1, 1, 2), from: 'export' }, // 50 %
      { name: 'Xã A', counts: resolved(3, 0, 1), from: 'export' }, // 75 %, 4 resolved
      { name: 'Xã D', counts: emptyCounts06a(), from: 'export' }, // nothing resolved
      { name: 'Xã B', counts: resolved(5, 1, 2), from: 'form-06a' }, // 75 %, 8 resolved
      { name: 'Xã E', counts: resolved(2, 1, 1), from: 'export' }, // 75 %, 4 resolved
    ]);
    expect(ranked.map((u) => [u.name, u.rank, u.onTimeRate])).toEqual([
      ['Xã B', 1, 0.75],
      ['Xã A', 2, 0.75],
      ['Xã E', 2, 0.75],
      ['Xã C', 4, 0.5],
      ['Xã D', null, null],
    ]);
  });
});
