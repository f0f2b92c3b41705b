/**
 * Consolidation of many units (tổng hợp): provincial staff receive raw exports from
 * units, or Biểu 06a tabs this tool made, and need one 06a by unit, a ranking by on-time
 * rate and the merged Phụ lục I/II. Nothing is merged silently: every sheet read is
 * listed with what happened to it, and every skipped part is a Problem.
 */
import { buildCalendar } from '../calendar/working-days.js';
import type { ClassifiedDossier } from '../classify/classified.js';
import { classifyDossiers } from '../classify/classify.js';
import { readExport } from '../import/read-export.js';
import type { SheetGrid } from '../import/read-result.js';
import { agencyOf } from '../import/agency.js';
import { CONSOLIDATE_LABELS as C, PRINT_LABELS, REPORT_LABELS } from '../labels.vi.js';
import { isToolTab } from '../tool-tabs.js';
import type { SheetPlan } from '../plan/plan.js';
import type { Problem } from '../problem.js';
import { buildAppendix1 } from '../report/appendix-1.js';
import { buildAppendix2 } from '../report/appendix-2.js';
import { emptyCounts06a, sumCounts06a, type Counts06a } from '../report/counts-06a.js';
import { compareVi } from '../report/format.js';
import { buildForm06a } from '../report/form-06a.js';
import { periodRangeLine, type ReportPeriod } from '../report/period.js';
import { placeAll, tallyByLabel } from '../report/placed.js';
import type { Settings } from '../settings.js';
import { dropDuplicateCodes } from './duplicates.js';
import { buildRankingSheet, buildSourcesSheet, rankConsolidatedUnits, type ConsolidatedUnit, type SourceRow } from './ranking.js';
import { readForm06a, type Form06aRead } from './read-form-06a.js';

/** One sheet to consolidate. */
export interface ConsolidateInput {
  /** How the user knows it: the file name, or "sheet (file)". */
  name: string;
  grid: SheetGrid;
  /** The file it came from: a 06a of a file that also holds its data is not counted twice. @default name */
  source?: string;
}

export interface ConsolidateOptions {
  /**
   * 'input': one unit per input, named by its unit column when that holds one name, else by
   * the input's name. 'column': one unit per value of the unit column (a district-wide export).
   * @default 'input'
   */
  unitFrom?: 'input' | 'column';
}

/** What happened to one input. */
export interface ConsolidatedInput extends SourceRow {
  merged: boolean;
  /** Problems found while reading it (dates, codes…), not repeated in `problems`. */
  readProblems: number;
}

export interface ConsolidateResult {
  sheets: SheetPlan[];
  /** merge.* problems, in input order. */
  problems: Problem[];
  /** Units in rank order. */
  units: ConsolidatedUnit[];
  inputs: ConsolidatedInput[];
}

/** Tabs this tool writes, other than the 06a: derived data, never inputs. */
const isDerivedToolTab = (name: string) =>
  isToolTab(name) && name.trim() !== REPORT_LABELS.sheetNames.form06a && name.trim() !== C.form06aSheetName;

type Detected =
  | { kind: 'export'; input: ConsolidateInput; dossiers: ClassifiedDossier[]; readProblems: number; agency: string | null }
  | { kind: 'form-06a'; input: ConsolidateInput; form: Form06aRead }
  | { kind: 'report' | 'unrecognized'; input: ConsolidateInput };

/**
 * Consolidates the inputs for settings.period as of settings.asOf.
 * @example consolidate([{ name: 'xa-a.xlsx', grid: a }, { name: 'xa-b.csv', grid: b }], settings).units[0].rank // => 1
 */
export function consolidate(inputs: readonly ConsolidateInput[], settings: Settings, options: ConsolidateOptions = {}): ConsolidateResult {
  const calendar = buildCalendar(settings.calendar);
  const detected: Detected[] = inputs.map((input) => detect(input, settings, calendar));
  const withData = new Set(detected.filter((d) => d.kind === 'export').map((d) => sourceOf(d.input)));

  const problems: Problem[] = [];
  const sources = new Map<ConsolidateInput, ConsolidatedInput>();
  const forms: { input: ConsolidateInput; form: Form06aRead }[] = [];
  for (const d of detected) {
    const row = (kind: SourceRow['kind'], result: string, merged: boolean, unit: string | null = null, dossiers: number | null = null) =>
      sources.set(d.input, { name: d.input.name, kind, unit, dossiers, result, merged, readProblems: d.kind === 'export' ? d.readProblems : 0 });
    if (d.kind === 'report') row('report', C.notMerged(C.reportTab), false);
    else if (d.kind === 'unrecognized') {
      problems.push({ code: 'merge.unrecognizedInput', row: 0, severity: 'warning', detail: d.input.name });
      row('unrecognized', C.notMerged(C.unrecognized), false);
    } else if (d.kind === 'form-06a') {
      const unit = d.form.byUnit ? null : d.form.reportingUnit ?? d.input.name;
      if (withData.has(sourceOf(d.input))) row('form-06a', C.notMerged(C.derived06a), false, unit);
      else if (!samePeriod(d.form.period, settings.period)) {
        const why = d.form.period === null ? C.periodUnreadable : C.periodMismatch(d.form.periodText ?? '', periodRangeLine(settings.period));
        problems.push({ code: 'merge.periodMismatch', row: 0, severity: 'error', detail: `${d.input.name}: ${why}`, ...(d.form.periodText ? { value: d.form.periodText } : {}) });
        row('form-06a', C.notMerged(why), false, unit);
      } else {
        forms.push(d);
        row('form-06a', C.merged, true, unit);
      }
    } else {
      row('export', C.merged, true);
    }
  }

  const exports = detected.filter((d): d is Extract<Detected, { kind: 'export' }> => d.kind === 'export');
  const named = nameUnits(exports, options.unitFrom ?? 'input');
  const deduped = dropDuplicateCodes(named.map((n) => ({ name: n.input.name, dossiers: n.dossiers })));
  problems.push(...deduped.problems);
  named.forEach((n, i) => {
    const source = sources.get(n.input)!;
    const kept = deduped.inputs[i].dossiers.length;
    const dropped = n.dossiers.length - kept;
    source.unit = n.unitLabel;
    source.dossiers = kept;
    if (dropped > 0) source.result = C.mergedDuplicates(String(dropped));
  });

  const dossiers = deduped.inputs.flatMap((x) => x.dossiers);
  const countOptions = { period: settings.period, asOf: settings.asOf, rules: settings.rules };
  const { placed, total } = placeAll(dossiers, countOptions);
  const unitCounts = new Map<string, { counts: Counts06a; from: ConsolidatedUnit['from'] }>();
  // Every unit that sent data is listed, even with nothing in the period.
  for (const d of dossiers) if (!unitCounts.has(d.record.unit ?? '')) unitCounts.set(d.record.unit ?? '', { counts: emptyCounts06a(), from: 'export' });
  for (const { label, tally } of tallyByLabel(placed, (p) => p.dossier.record.unit ?? '')) unitCounts.set(label, { counts: tally.counts, from: 'export' });
  for (const { input, form } of forms) {
    const rows = form.byUnit ? form.rows : [{ label: form.reportingUnit ?? input.name, counts: form.total }];
    for (const r of rows) {
      const name = r.label || input.name;
      const known = unitCounts.get(name);
      unitCounts.set(name, known ? { counts: sumCounts06a([known.counts, r.counts]), from: known.from } : { counts: r.counts, from: 'form-06a' });
    }
  }
  const units = rankConsolidatedUnits([...unitCounts.entries()].map(([name, u]) => ({ name, ...u })));
  const byName = [...units].sort((a, b) => compareVi(a.name, b.name));
  const onlyExports = forms.length === 0;

  const sheets: SheetPlan[] = [
    buildForm06a(
      byName.map((u) => ({ label: u.name, counts: u.counts })),
      {
        period: settings.period,
        asOf: settings.asOf,
        header: settings.header,
        rowHeading: 'unit',
        rules: settings.rules,
        name: C.form06aSheetName,
        total: sumCounts06a(units.map((u) => u.counts)),
        ...(onlyExports ? { lateOnSystem: total.lateOnSystem, excluded: total.excluded } : {}),
      },
    ),
    buildRankingSheet(units, settings.period, !onlyExports),
    buildAppendix1(placed, { period: settings.period, name: C.appendix1SheetName }),
    buildAppendix2(placed, { period: settings.period, asOf: settings.asOf, cal: calendar, name: C.appendix2SheetName }),
    buildSourcesSheet([...sources.values()], settings.period),
  ];
  return { sheets, problems, units, inputs: [...sources.values()] };
}

function sourceOf(input: ConsolidateInput): string {
  return input.source ?? input.name;
}

function detect(input: ConsolidateInput, settings: Settings, calendar: ReturnType<typeof buildCalendar>): Detected {
  const form = readForm06a(input.grid);
  if (form !== null) return { kind: 'form-06a', input, form };
  if (isDerivedToolTab(input.grid.sheetName)) return { kind: 'report', input };
  const read = readExport(input.grid, { mapping: settings.mapping });
  if (read.headerRows.length === 0) return { kind: 'unrecognized', input };
  const dossiers = classifyDossiers(read.dossiers, { asOf: settings.asOf, calendar, rules: settings.rules, hours: settings.hours });
  const banner = agencyOf(input.grid, read);
  return { kind: 'export', input, dossiers, readProblems: read.problems.length, agency: banner?.source === 'banner' ? banner.name : null };
}

function samePeriod(found: Form06aRead['period'], wanted: ReportPeriod): boolean {
  return found !== null && found.from === wanted.from && found.to === wanted.to;
}

/**
 * Gives every dossier its consolidation unit. 'input': the agency of the input's banner,
 * else its one unit-column name when it has exactly one and no other input has the same
 * (three "Bộ phận Một cửa" files are three communes), else the input's name marked
 * "(tên tệp)". 'column': each row's own unit.
 */
function nameUnits(
  exports: readonly Extract<Detected, { kind: 'export' }>[],
  unitFrom: 'input' | 'column',
): { input: ConsolidateInput; dossiers: ClassifiedDossier[]; unitLabel: string }[] {
  if (unitFrom === 'column') {
    return exports.map((e) => {
      const dossiers = e.dossiers.map((d) => (d.record.unit?.trim() ? d : withUnit(d, e.agency ?? PRINT_LABELS.fromFileName(e.input.name))));
      const names = new Set(dossiers.map((d) => d.record.unit!.trim()));
      return { input: e.input, dossiers, unitLabel: [...names].sort(compareVi).join('; ') };
    });
  }
  const single = exports.map((e) => {
    const names = new Set<string>();
    for (const d of e.dossiers) {
      const unit = d.record.unit?.trim();
      if (unit) names.add(unit);
      if (names.size > 1) return null;
    }
    return names.size === 1 ? [...names][0] : null;
  });
  const uses = new Map<string, number>();
  for (const name of single) if (name !== null) uses.set(name, (uses.get(name) ?? 0) + 1);
  return exports.map((e, i) => {
    // The banner's agency first, then the one unit-column name; the file name only as a flagged last resort.
    const name = e.agency ?? (single[i] !== null && uses.get(single[i]!) === 1 ? single[i]! : PRINT_LABELS.fromFileName(e.input.name));
    return { input: e.input, dossiers: e.dossiers.map((d) => withUnit(d, name)), unitLabel: name };
  });
}

function withUnit(d: ClassifiedDossier, unit: string): ClassifiedDossier {
  return d.record.unit === unit ? d : { ...d, record: { ...d.record, unit } };
}
