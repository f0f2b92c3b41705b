/**
 * What the report tabs need from a stream of classified dossiers, in bounded memory: the
 * dossiers the tabs list one by one (late, overdue, late on the system, due soon) are kept
 * whole; every other dossier only counts, so it is kept as one shared stand-in per
 * (status, 06a placement, unit, lĩnh vực, officer), times how many there were. The tabs are
 * then built by `buildReports` itself, so they are the tabs of the in-memory check.
 */
import type { Day } from '../calendar/day.js';
import type { ClassifiedDossier } from '../classify/classified.js';
import type { Status } from '../classify/status.js';
import type { DossierRecord } from '../import/dossier.js';
import type { SheetPlan } from '../plan/plan.js';
import { buildReports } from '../report/build-reports.js';
import { countEnd, placeDossier, type CountOptions, type PlaceResult } from '../report/placement.js';
import type { Settings } from '../settings.js';

/** Statuses whose dossiers a tab lists by name ("Sắp đến hạn", Phụ lục I/II, "Trễ trên hệ thống"). */
const LISTED: ReadonlySet<Status> = new Set<Status>(['late', 'overdue', 'late_on_system', 'due_soon']);

interface StandIn {
  dossier: ClassifiedDossier;
  count: number;
}

/**
 * Takes classified dossiers in blocks (`add`), then builds the report tabs (`reports`).
 * Memory: the listed dossiers, plus a few hundred stand-ins for the rest.
 */
export class ReportSummary {
  private readonly kept: ClassifiedDossier[] = [];
  private readonly standIns = new Map<string, StandIn>();
  private readonly options: CountOptions;
  private readonly from: Day;
  private readonly end: Day;
  private total = 0;

  constructor(private readonly settings: Settings) {
    this.options = { period: settings.period, asOf: settings.asOf, rules: settings.rules };
    this.from = settings.period.from;
    this.end = countEnd(settings.period, settings.asOf);
  }

  /** Dossiers seen so far. */
  get count(): number {
    return this.total;
  }

  /** Dossiers kept whole (the lists). */
  get keptCount(): number {
    return this.kept.length;
  }

  /** `listed`: records kept whole whatever their status (their system due differs: the audit tab lists them). */
  add(dossiers: readonly ClassifiedDossier[], listed?: ReadonlySet<DossierRecord>): void {
    for (const d of dossiers) {
      this.total++;
      if (LISTED.has(d.status) || listed?.has(d.record)) {
        this.kept.push(this.detached(d));
        continue;
      }
      const placed = placeDossier(d, this.options);
      if (placed.kind === 'counted' && (placed.placement.outcome === 'late' || placed.placement.outcome === 'overdue' || placed.placement.lateOnSystem)) {
        this.kept.push(this.detached(d));
        continue;
      }
      const key = `${d.status}|${placeKey(placed)}|${d.record.unit?.trim() ?? ''}|${d.record.field?.trim() ?? ''}|${d.record.officer?.trim() ?? ''}`;
      const found = this.standIns.get(key);
      if (found !== undefined) {
        found.count++;
        continue;
      }
      const standIn = this.standInFor(d, placed);
      // A stand-in must be placed exactly like the dossier; otherwise keep the dossier itself.
      if (standIn === null || placeKey(placeDossier(standIn, this.options)) !== placeKey(placed)) this.kept.push(this.detached(d));
      else this.standIns.set(key, { dossier: standIn, count: 1 });
    }
  }

  /**
   * Every dossier again, stand-ins repeated (references, not copies): what `buildReports` takes.
   * The kept dossiers stay in their order; the stand-ins follow.
   */
  dossiers(): ClassifiedDossier[] {
    const out = this.kept.slice();
    for (const { dossier, count } of this.standIns.values()) for (let i = 0; i < count; i++) out.push(dossier);
    return out;
  }

  /** The report tabs, as `buildReports(allDossiers, settings)` makes them. */
  reports(): SheetPlan[] {
    return buildReports(this.dossiers(), this.settings);
  }

  /**
   * The dossier with its text fields copied out of the text they were read from (a slice
   * of a long string keeps the whole string alive: a kept dossier must not keep a chunk
   * of the file) and repeated words shared.
   */
  private detached(d: ClassifiedDossier): ClassifiedDossier {
    const r = d.record;
    const shared = (s: string | null) => {
      if (s === null) return null;
      let found = this.words.get(s);
      if (found === undefined) {
        found = detach(s);
        if (this.words.size < 100_000) this.words.set(found, found);
      }
      return found;
    };
    const record: DossierRecord = {
      ...r,
      code: r.code === null ? null : detach(r.code),
      procedure: shared(r.procedure), field: shared(r.field), unit: shared(r.unit), officer: shared(r.officer),
      applicant: shared(r.applicant), statusText: shared(r.statusText), period: shared(r.period), remarks: shared(r.remarks),
      group: r.group === undefined ? undefined : shared(r.group),
    };
    return { ...d, record };
  }

  private readonly words = new Map<string, string>();

  /** A dossier that is placed the same way, with the same labels and nothing else. */
  private standInFor(d: ClassifiedDossier, placed: PlaceResult): ClassifiedDossier | null {
    const { from, end } = this;
    let received: number;
    let finished: number | null;
    if (placed.kind === 'outside') {
      received = end + 1;
      finished = null;
    } else if (placed.kind === 'excluded') {
      received = from;
      finished = end;
    } else {
      const p = placed.placement;
      received = p.received === 'carriedOver' ? from - 1 : from;
      if (p.finishDay !== null) finished = end;
      else finished = d.status === 'pending' || d.status === 'awaiting_citizen' ? null : end + 1;
    }
    const online = placed.kind === 'counted' && placed.placement.received === 'online';
    const record: DossierRecord = {
      row: 0, code: null, procedure: null, field: d.record.field?.trim() || null, unit: d.record.unit?.trim() || null,
      officer: d.record.officer?.trim() || null, applicant: null, channel: online ? 'online' : 'direct', submitted: null,
      received: { day: received as Day, sec: null }, receivedFromCode: false, due: null, extendedDue: null,
      finished: finished === null ? null : { day: finished as Day, sec: null }, returned: null, actualResult: null,
      statusCode: null, statusText: null, period: null, remarks: null,
    };
    return { record, status: d.status, dueAt: null, dueSource: null, workingDaysLate: 0, reason: null };
  }
}

function placeKey(p: PlaceResult): string {
  if (p.kind === 'outside') return 'outside';
  if (p.kind === 'excluded') return `excluded:${p.reason}`;
  const x = p.placement;
  return `${x.received}:${x.outcome}:${x.lateOnSystem ? 1 : 0}:${x.finishDay === null ? 'open' : 'done'}`;
}

/**
 * A copy of a string that does not keep alive the longer string it was cut from (V8
 * keeps slices of 13 characters or more as views of their parent).
 * @example detach(chunk.slice(10, 38)) === chunk.slice(10, 38) // => true
 */
export function detach(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}
