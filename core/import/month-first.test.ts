import { describe, expect, it } from 'vitest';
import { dayFromYmd, type Stamp } from '../calendar/day.js';
import type { InputCell } from './read-result.js';
import { repairMonthFirst } from './month-first.js';
import { parseDateCell } from './parse-date.js';

const day = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });
const serial = (y: number, m: number, d: number, h = 0) => day(y, m, d) + h / 24;
const stampsOf = (cells: InputCell[]): (Stamp | null)[] =>
  cells.map((c) => {
    const parsed = parseDateCell(c);
    return parsed.ok ? parsed.value : null;
  });

describe('repairMonthFirst', () => {
  it('swaps back serials read month-first next to day-first text: 3 May → 5 March, 12 Jan ← 1 Dec', () => {
    // Pasted "05/03/2024" became 3 May; "12/01/2024 12:00" became 1 December noon.
    const cells: InputCell[] = ['15/03/2024', serial(2024, 5, 3), '20/03/2024 08:00:00', serial(2024, 12, 1, 12)];
    expect(repairMonthFirst(cells, stampsOf(cells))).toEqual({
      stamps: [
        { day: day(2024, 3, 15), sec: null },
        { day: day(2024, 3, 5), sec: null },
        { day: day(2024, 3, 20), sec: 8 * 3600 },
        { day: day(2024, 1, 12), sec: 12 * 3600 },
      ],
      repaired: [1, 3],
    });
  });

  it("treats Apps Script's rendering of a real date like a serial", () => {
    const cells: InputCell[] = ['13/03/2024', '2024-05-03 00:00:00'];
    expect(repairMonthFirst(cells, stampsOf(cells)).stamps[1]).toEqual({ day: day(2024, 3, 5), sec: null });
  });

  it('leaves a column of serials alone (no text evidence)', () => {
    const cells: InputCell[] = [serial(2024, 5, 3), serial(2024, 11, 3), serial(2024, 3, 15)];
    expect(repairMonthFirst(cells, stampsOf(cells))).toEqual({ stamps: stampsOf(cells), repaired: [] });
  });

  it('leaves a column alone when a serial has day > 12 (month-first reading cannot make one)', () => {
    const cells: InputCell[] = ['15/03/2024', serial(2024, 5, 3), serial(2024, 3, 20)];
    expect(repairMonthFirst(cells, stampsOf(cells)).repaired).toEqual([]);
  });

  it('needs text with day > 12: "05/03/2024" text next to serials proves nothing', () => {
    const cells: InputCell[] = ['05/03/2024', serial(2024, 5, 3)];
    expect(repairMonthFirst(cells, stampsOf(cells)).repaired).toEqual([]);
  });

  it('does not count a day equal to its month (03/03 reads the same both ways)', () => {
    const cells: InputCell[] = ['15/03/2024', serial(2024, 3, 3), null];
    expect(repairMonthFirst(cells, stampsOf(cells)).repaired).toEqual([]);
  });

  it('does not mutate its inputs', () => {
    const cells: InputCell[] = ['15/03/2024', serial(2024, 5, 3)];
    const stamps = stampsOf(cells);
    const copy = structuredClone(stamps);
    repairMonthFirst(cells, stamps);
    expect(stamps).toEqual(copy);
  });
});
