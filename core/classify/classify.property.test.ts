import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, type Day, type Stamp } from '../calendar/day.js';
import { buildCalendar } from '../calendar/working-days.js';
import { DEFAULT_RULES, type RuleOptions } from '../deadline/rule-presets.js';
import type { DossierRecord, StatusCode } from '../import/dossier.js';
import { classifyDossier, classifyDossiers, type ClassifyContext } from './classify.js';
import { STATUSES } from './status.js';

const calendar = buildCalendar();
// Mostly 2019–2030, sometimes outside the calendar (1990, 2110) to reach date.outOfRange.
const dayArb = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: dayFromYmd({ y: 2019, m: 1, d: 1 }), max: dayFromYmd({ y: 2030, m: 12, d: 31 }) }) },
  { weight: 1, arbitrary: fc.constantFrom(dayFromYmd({ y: 1990, m: 1, d: 1 }), dayFromYmd({ y: 2110, m: 1, d: 1 })) },
) as fc.Arbitrary<Day>;
const stampArb: fc.Arbitrary<Stamp | null> = fc.option(
  fc.record({ day: dayArb, sec: fc.option(fc.integer({ min: 0, max: 86_399 })) }),
  { nil: null, freq: 3 },
);
const periodArb = fc.option(
  fc.oneof(
    fc.constantFrom('05 ngày làm việc', '5 ngày', '03 ngày', '8 giờ làm việc', '4 giờ', 'Trong ngày', 'Ngay trong ngày', '1/2 ngày', '15'),
    fc.string(),
  ),
  { nil: null },
);
const recordArb: fc.Arbitrary<DossierRecord> = fc.record({
  row: fc.integer({ min: 1, max: 100_000 }),
  code: fc.option(fc.string(), { nil: null }),
  procedure: fc.constant(null),
  field: fc.constant(null),
  unit: fc.constant(null),
  officer: fc.constant(null),
  applicant: fc.constant(null),
  channel: fc.constantFrom('online', 'direct', 'postal', null),
  submitted: stampArb,
  received: stampArb,
  receivedFromCode: fc.boolean(),
  due: stampArb,
  extendedDue: stampArb,
  finished: stampArb,
  returned: stampArb,
  actualResult: stampArb,
  statusCode: fc.option(fc.integer({ min: 1, max: 10 }) as fc.Arbitrary<StatusCode>, { nil: null }),
  statusText: fc.constant(null),
  period: periodArb,
  remarks: fc.constant(null),
});
const rulesArb: fc.Arbitrary<RuleOptions> = fc.record({
  supplementation: fc.constantFrom('restart', 'pause'),
  sameDayCutoffSec: fc.integer({ min: 0, max: 86_400 }),
  dueSoonWorkingDays: fc.integer({ min: 0, max: 10 }),
  measureAgainst: fc.constantFrom('original', 'extended'),
  withdrawnCountAsOnTime: fc.boolean(),
  awaitingCountAsWithinDeadline: fc.boolean(),
  compareBy: fc.constantFrom('datetime', 'day'),
});
const ctxArb: fc.Arbitrary<ClassifyContext> = fc.record({
  asOf: fc.integer({ min: dayFromYmd({ y: 2019, m: 1, d: 1 }), max: dayFromYmd({ y: 2100, m: 12, d: 31 }) }) as fc.Arbitrary<Day>,
  calendar: fc.constant(calendar),
  rules: fc.oneof(fc.constant(DEFAULT_RULES), rulesArb),
  hours: fc.constantFrom(undefined, { saturdayMorning: true }),
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('classifyDossier (property)', () => {
  it('never throws and gives exactly one known status, with a reason exactly when invalid', () => {
    fc.assert(
      fc.property(recordArb, ctxArb, (record, ctx) => {
        const result = classifyDossier(record, ctx);
        expect(STATUSES).toContain(result.status);
        // A reason says why a row is invalid, or that only the system's wrong due made it late.
        expect(result.reason !== null).toBe(result.status === 'invalid' || (result.status === 'late_on_system' && result.reason === 'due.systemWrong'));
        if (result.status === 'not_received') expect([result.dueAt, result.workingDaysLate]).toEqual([null, 0]);
        expect(Number.isInteger(result.workingDaysLate) && result.workingDaysLate >= 0).toBe(true);
        expect(result.record).toBe(record);
      }),
      { numRuns: 3000 },
    );
  });

  it('is pure: the same input gives the same output, inputs are not mutated, one by one equals the batch', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 20 }), ctxArb, (records, ctx) => {
        const frozen = deepFreeze(structuredClone(records));
        const first = classifyDossiers(frozen, ctx);
        expect(classifyDossiers(frozen, ctx)).toEqual(first);
        expect(frozen.map((r) => classifyDossier(r, ctx))).toEqual(first);
        expect(frozen).toEqual(records);
      }),
      { numRuns: 500 },
    );
  });
});
