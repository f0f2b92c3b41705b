import { describe, expect, it } from 'vitest';
import { dayFromYmd, type Stamp } from '../calendar/day.js';
import { buildCalendar } from '../calendar/working-days.js';
import { computeDue } from './due.js';
import type { Period } from './period.js';
import { DEFAULT_RULES } from './rule-presets.js';
import { computeDueWithSupplement } from './supplement.js';

const cal = buildCalendar();
const D = (y: number, m: number, d: number) => dayFromYmd({ y, m, d });
const at = (y: number, m: number, d: number, h: number | null, min = 0): Stamp => ({
  day: D(y, m, d),
  sec: h === null ? null : h * 3600 + min * 60,
});
const FIVE_DAYS: Period = { unit: 'workingDays', amount: 5 };
const received = at(2024, 6, 3, 9); // Mon; without supplementation due Mon 2024-06-10 17:00
const waiting = [{ from: at(2024, 6, 5, 10), to: at(2024, 6, 7, 10) }]; // Wed 10:00 → Fri 10:00

describe('computeDueWithSupplement', () => {
  it('restart (NĐ 61/2018 Điều 19.4): 5 working days counted again from Fri 2024-06-07 end Fri 2024-06-14 17:00', () => {
    const result = computeDueWithSupplement(received, FIVE_DAYS, waiting, cal, { ...DEFAULT_RULES, supplementation: 'restart' });
    expect(result).toEqual({
      received,
      period: FIVE_DAYS,
      dueAt: at(2024, 6, 14, 17),
      legal: 'blds-147-2',
      steps: [
        { kind: 'supplementRestart', completeAt: at(2024, 6, 7, 10) },
        { kind: 'receiptDayNotCounted', received: D(2024, 6, 7), firstCounted: D(2024, 6, 10) },
        { kind: 'countWorkingDays', amount: 5, from: D(2024, 6, 10), to: D(2024, 6, 14), daysOff: [], makeUpSaturdays: [] },
        { kind: 'dueAtEndOfWorkingDay', sec: 17 * 3600 },
      ],
    });
  });

  it('pause (QĐ 766 index): 16 working hours waited (5 Wed + 8 Thu + 3 Fri) push Mon 2024-06-10 17:00 to Wed 2024-06-12 17:00', () => {
    const result = computeDueWithSupplement(received, FIVE_DAYS, waiting, cal, { ...DEFAULT_RULES, supplementation: 'pause' });
    expect(result.dueAt).toEqual(at(2024, 6, 12, 17));
    expect(result.legal).toBe('qd766-index');
    expect(result.steps.at(-1)).toEqual({
      kind: 'supplementPause',
      rounds: 1,
      waitedSec: 16 * 3600,
      from: at(2024, 6, 10, 17),
      to: at(2024, 6, 12, 17),
    });
  });

  it('pause counts overlapping waits once: Wed 10:00–Fri 10:00 and Thu 09:00–Thu 15:00 are still 16 h', () => {
    const overlapping = [...waiting, { from: at(2024, 6, 6, 9), to: at(2024, 6, 6, 15) }];
    const result = computeDueWithSupplement(received, FIVE_DAYS, overlapping, cal, { ...DEFAULT_RULES, supplementation: 'pause' });
    expect(result.dueAt).toEqual(at(2024, 6, 12, 17));
  });

  it('pause across Tết: waiting Thu 2025-01-23 13:30 → Mon 2025-02-03 13:30 is 16 working hours', () => {
    // Received Mon 2025-01-20 08:00, 5 working days → Mon 2025-02-03 17:00 (21, 22, 23, 24, 3/2);
    // waited 3.5 h Thu + 8 h Fri 24/1 + 4.5 h Mon 3/2 = 16 h → Wed 2025-02-05 17:00.
    const result = computeDueWithSupplement(
      at(2025, 1, 20, 8),
      FIVE_DAYS,
      [{ from: at(2025, 1, 23, 13, 30), to: at(2025, 2, 3, 13, 30) }],
      cal,
      { ...DEFAULT_RULES, supplementation: 'pause' },
    );
    expect(result.dueAt).toEqual(at(2025, 2, 5, 17));
  });

  it('with no suspension it is computeDue', () => {
    expect(computeDueWithSupplement(received, FIVE_DAYS, [], cal, DEFAULT_RULES)).toEqual(
      computeDue(received, FIVE_DAYS, cal, DEFAULT_RULES),
    );
  });
});
