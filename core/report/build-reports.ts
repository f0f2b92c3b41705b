import { buildCalendar, type CalendarOptions, type WorkCalendar } from '../calendar/working-days.js';
import type { ClassifiedDossier } from '../classify/classified.js';
import type { SheetPlan } from '../plan/plan.js';
import type { Settings } from '../settings.js';
import { buildAppendix1 } from './appendix-1.js';
import { buildAppendix2 } from './appendix-2.js';
import { buildDueSoon } from './due-soon.js';
import { buildForm06a } from './form-06a.js';
import { buildLateOnSystem } from './late-on-system.js';
import { buildOfficers } from './officers.js';
import { placeAll, tallyByLabel } from './placed.js';
import { buildScore766 } from './score-766.js';
import { buildSystemDueAudit } from './system-due-audit.js';

let lastCalendar: { key: string; cal: WorkCalendar } | null = null;

/** The compiled calendar of the options, kept from the previous run when they are the same (it takes ~10 ms). */
function calendarFor(options: CalendarOptions): WorkCalendar {
  const key = JSON.stringify(options);
  if (lastCalendar === null || lastCalendar.key !== key) lastCalendar = { key, cal: buildCalendar(options) };
  return lastCalendar.cal;
}

/**
 * True when the data holds dossiers of more than one unit: Biểu 06a then has a row per
 * unit instead of a row per lĩnh vực.
 * @example hasSeveralUnits([{ record: { unit: 'A' } }, { record: { unit: 'B' } }]) // => true
 */
export function hasSeveralUnits(dossiers: readonly ClassifiedDossier[]): boolean {
  let first: string | null = null;
  for (const d of dossiers) {
    const unit = d.record.unit?.trim();
    if (!unit) continue;
    if (first === null) first = unit;
    else if (unit !== first) return true;
  }
  return false;
}

/**
 * Builds every report tab for the period, in a fixed order with fixed names: "Biểu 06a",
 * "Phụ lục I", "Phụ lục II", "Trễ trên hệ thống", "Cán bộ", "Chỉ số 766", "Sắp đến hạn",
 * "Kiểm tra hạn trên hệ thống".
 * Counts stop at min(period end, asOf) (placement.ts); "Sắp đến hạn" is as of asOf.
 * Legal source: TT 01/2020/TT-VPCP (Biểu II.06a); NĐ 30/2020/NĐ-CP (layout); QĐ 766/QĐ-TTg (score).
 * @example buildReports(dossiers, settings).map((s) => s.name) // => ['Biểu 06a', 'Phụ lục I', …, 'Sắp đến hạn']
 */
export function buildReports(dossiers: readonly ClassifiedDossier[], settings: Settings): SheetPlan[] {
  const { period, asOf, rules, header } = settings;
  const { placed, total } = placeAll(dossiers, { period, asOf, rules });
  const cal = calendarFor(settings.calendar);
  const byUnit = hasSeveralUnits(dossiers);
  const rows06a = tallyByLabel(placed, (p) => (byUnit ? p.unit : p.field));
  const units = byUnit ? rows06a : tallyByLabel(placed, (p) => p.unit);
  return [
    buildForm06a(
      rows06a.map((r) => ({ label: r.label, counts: r.tally.counts })),
      {
        period,
        asOf,
        header,
        rowHeading: byUnit ? 'unit' : 'field',
        rules,
        total: total.counts,
        lateOnSystem: total.lateOnSystem,
        excluded: total.excluded,
      },
    ),
    buildAppendix1(placed, { period }),
    buildAppendix2(placed, { period, asOf, cal }),
    buildLateOnSystem(placed, { period }),
    buildOfficers(placed, { period }),
    buildScore766(units, { period, total }),
    buildDueSoon(dossiers, { asOf, cal, dueSoonWorkingDays: rules.dueSoonWorkingDays }),
    buildSystemDueAudit(dossiers, { asOf, cal, rules, hours: settings.hours }),
  ];
}
