import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day } from '../calendar/day.js';
import { DEFAULT_RULES } from '../deadline/rule-presets.js';
import { BASE_DAY, randomDossiers } from '../../test/fixtures/report-random.js';
import { check06aIdentities, emptyCounts06a, sumCounts06a, tally06a, type Counts06a } from './counts-06a.js';
import { placeAll, tallyByLabel } from './placed.js';
import type { ReportPeriod } from './period.js';

const periodArb = fc
  .record({ from: fc.integer({ min: BASE_DAY - 40, max: BASE_DAY + 40 }), days: fc.integer({ min: 0, max: 60 }) })
  .map(({ from, days }): ReportPeriod => ({ preset: 'custom', from: from as Day, to: (from + days) as Day }));
const optionsArb = fc.record({
  period: periodArb,
  asOf: fc.integer({ min: BASE_DAY - 60, max: BASE_DAY + 120 }).map((d) => d as Day),
  rules: fc.record({ withdrawnCountAsOnTime: fc.boolean(), awaitingCountAsWithinDeadline: fc.boolean() }),
});

describe('check06aIdentities', () => {
  it('accepts a consistent row: 18 = 6 + 7 + 5 = 11 + 7; 11 = 3 + 5 + 3; 7 = 4 + 3', () => {
    const row: Counts06a = { received: 18, online: 6, directOrPostal: 7, carriedOver: 5, resolved: 11, early: 3, onTime: 5, late: 3, inProgress: 7, withinDeadline: 4, overdue: 3 };
    expect(check06aIdentities(row)).toEqual([]);
  });
  it('names every identity a row breaks', () => {
    expect(check06aIdentities({ ...emptyCounts06a(), received: 1, resolved: 1 })).toEqual(['(3) = (4) + (5) + (6)', '(7) = (8) + (9) + (10)']);
    expect(check06aIdentities({ ...emptyCounts06a(), inProgress: 2, withinDeadline: 1 })).toEqual(['(3) = (7) + (11)', '(11) = (12) + (13)']);
  });
});

describe('06a identities on random dossiers', () => {
  it('hold for the total and for every row, and the rows add up to the total', () => {
    fc.assert(
      fc.property(randomDossiers, optionsArb, (dossiers, options) => {
        const total = tally06a(dossiers, options);
        expect(check06aIdentities(total.counts)).toEqual([]);
        const { placed, total: again } = placeAll(dossiers, options);
        expect(again).toEqual(total);
        for (const labelOf of [(p: (typeof placed)[number]) => p.dossier.record.unit ?? '', (p: (typeof placed)[number]) => p.dossier.record.field ?? '']) {
          const rows = tallyByLabel(placed, labelOf);
          for (const r of rows) expect(check06aIdentities(r.tally.counts)).toEqual([]);
          expect(sumCounts06a(rows.map((r) => r.tally.counts))).toEqual(total.counts);
        }
        // Late on system is a part of early + on time.
        expect(total.lateOnSystem).toBeLessThanOrEqual(total.counts.early + total.counts.onTime);
      }),
      { numRuns: 300 },
    );
  });

  it('count every in-scope dossier once: counted + excluded + outside = all', () => {
    fc.assert(
      fc.property(randomDossiers, optionsArb, (dossiers, options) => {
        const t = tally06a(dossiers, { ...options, rules: DEFAULT_RULES });
        const excluded = Object.values(t.excluded).reduce((a, b) => a + b, 0);
        expect(t.counts.received + excluded).toBeLessThanOrEqual(dossiers.length);
      }),
      { numRuns: 100 },
    );
  });
});
