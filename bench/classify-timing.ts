/**
 * Quick timing of classifyDossiers (not a test): `npx tsx bench/classify-timing.ts [n]`.
 * Target: >= 1,000,000 dossiers/s. Mix: 90% with a due column, 10% computed from the period.
 */
import { performance } from 'node:perf_hooks';
import { dayFromYmd, type Day, type Stamp } from '../core/calendar/day.js';
import { buildCalendar } from '../core/calendar/working-days.js';
import { classifyDossiers, countStatuses } from '../core/classify/classify.js';
import { DEFAULT_RULES } from '../core/deadline/rule-presets.js';
import type { DossierRecord, StatusCode } from '../core/import/dossier.js';

const n = Number(process.argv[2] ?? 1_000_000);
const calendar = buildCalendar();
const start = dayFromYmd({ y: 2024, m: 1, d: 1 });
const PERIODS = ['05 ngày làm việc', '03 ngày làm việc', '10 ngày', 'Trong ngày', '8 giờ làm việc'];

// Deterministic pseudo-random numbers (no Math.random: the same records every run).
let seed = 12345;
const rand = (k: number) => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) & 0x7fffffff) >>> 8) % k;

const records: DossierRecord[] = [];
for (let i = 0; i < n; i++) {
  const receivedDay = (start + rand(300)) as Day;
  const received: Stamp = { day: receivedDay, sec: 7 * 3600 + rand(10 * 3600) };
  const due: Stamp = { day: (receivedDay + 3 + rand(12)) as Day, sec: 17 * 3600 };
  const finishedDay = rand(4) === 0 ? null : ((receivedDay + rand(20)) as Day);
  records.push({
    row: i + 2,
    code: `000.00.23.H40-240603-${i}`,
    procedure: null,
    field: null,
    unit: null,
    officer: null,
    applicant: null,
    channel: 'direct',
    submitted: null,
    received,
    receivedFromCode: false,
    due: rand(10) === 0 ? null : due,
    extendedDue: null,
    finished: finishedDay === null ? null : { day: finishedDay, sec: 9 * 3600 },
    returned: null,
    actualResult: rand(20) === 0 ? due : null,
    statusCode: ([4, 9, 10, 5, 7] as StatusCode[])[rand(5)],
    statusText: null,
    period: PERIODS[rand(PERIODS.length)],
    remarks: null,
  });
}

const ctx = { asOf: dayFromYmd({ y: 2024, m: 12, d: 31 }), calendar, rules: DEFAULT_RULES };
classifyDossiers(records.slice(0, 50_000), ctx); // warm up
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  const out = classifyDossiers(records, ctx);
  const ms = performance.now() - t0;
  const counts = countStatuses(out);
  console.log(`run ${run + 1}: ${n} dossiers in ${ms.toFixed(0)} ms = ${Math.round(n / (ms / 1000)).toLocaleString('en')} /s`, run === 2 ? counts : '');
}
