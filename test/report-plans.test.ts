import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day } from '../core/calendar/day.js';
import { buildReports } from '../core/report/build-reports.js';
import { check06aIdentities, COUNT_KEYS, type Counts06a } from '../core/report/counts-06a.js';
import type { PlanCell, SheetPlan } from '../core/plan/plan.js';
import { REPORT_DOSSIERS, SETTINGS } from './fixtures/report-dossiers.js';
import { planProblems } from './fixtures/report-plan-check.js';
import { BASE_DAY, randomDossiers, seededDossiers } from './fixtures/report-random.js';

/** The counts of the 06a rows from row 12 to the "Tổng cộng" row, read back from the cells. */
function rowsOf06a(plan: SheetPlan): Counts06a[] {
  const out: Counts06a[] = [];
  for (let r = 11; r < plan.cells.length; r++) {
    const line = plan.cells[r];
    if (typeof line[2] !== 'number') break;
    const counts = {} as Counts06a;
    COUNT_KEYS.forEach((key, i) => (counts[key] = line[2 + i] as number));
    out.push(counts);
    if (line[0] === 'Tổng cộng') break;
  }
  return out;
}

const totalLine = (plan: SheetPlan) =>
  plan.cells.flat().find((v: PlanCell) => typeof v === 'string' && v.startsWith('Tổng số: '));

describe('report plans are well-formed', () => {
  it('on the hand dataset: merges, styles, heights, print titles, charts in range; names valid; plain JSON', () => {
    const plans = buildReports(REPORT_DOSSIERS, SETTINGS);
    expect(planProblems(plans)).toEqual([]);
    expect(JSON.parse(JSON.stringify(plans))).toStrictEqual(plans);
  });

  it('with no dossiers at all', () => {
    const plans = buildReports([], SETTINGS);
    expect(planProblems(plans)).toEqual([]);
    expect(rowsOf06a(plans[0])).toEqual([{ received: 0, online: 0, directOrPostal: 0, carriedOver: 0, resolved: 0, early: 0, onTime: 0, late: 0, inProgress: 0, withinDeadline: 0, overdue: 0 }]);
    expect(plans[0].charts).toEqual([]);
  });

  it('on random data, with the 06a rows read back from the cells obeying the identities', () => {
    fc.assert(
      fc.property(
        randomDossiers,
        fc.integer({ min: -20, max: 40 }),
        (dossiers, shift) => {
          const asOf = (BASE_DAY + shift) as Day;
          const plans = buildReports(dossiers, { ...SETTINGS, asOf, period: { preset: 'custom', from: (BASE_DAY - 20) as Day, to: (BASE_DAY + 10) as Day } });
          expect(planProblems(plans)).toEqual([]);
          const rows = rowsOf06a(plans[0]);
          for (const row of rows) expect(check06aIdentities(row)).toEqual([]);
          const total = rows[rows.length - 1];
          expect(totalLine(plans[1])).toBe(`Tổng số: ${total.late} hồ sơ`);
          expect(totalLine(plans[2])).toBe(`Tổng số: ${total.overdue} hồ sơ`);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('buildReports at scale', () => {
  // Timing lives in `npm run bench`; here only the shape of a large, mixed result.
  it('builds well-formed tabs when 300 officers work across 40 units', () => {
    const plans = buildReports(seededDossiers(20_000, 777, true), SETTINGS);
    expect(plans).toHaveLength(8);
    expect(planProblems(plans)).toEqual([]);
  });
});
