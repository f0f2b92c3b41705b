/**
 * The live workbook ("sổ tự tính"): the checked sheet whose status, due and days-late
 * columns are formulas, so they stay right when the office types finish or actual
 * return dates, or changes the report date, in any spreadsheet and without the add-in.
 * A host calls buildLivePlan after checkSheet and applies the result (see LivePlan).
 */
import { isoWeekday, ymdFromDay, type Stamp } from '../calendar/day.js';
import { endOfWorkingDay } from '../calendar/working-hours.js';
import type { ClassifiedDossier } from '../classify/classified.js';
import { STATUSES, type Status } from '../classify/status.js';
import { parsePeriod } from '../deadline/period.js';
import type { CheckResult } from '../check.js';
import { columnLetter } from '../import/column-letter.js';
import type { DossierRecord, Field } from '../import/dossier.js';
import type { InputCell, SheetGrid } from '../import/read-result.js';
import { LIVE_LABELS as L, STATUS_LABELS, STATUS_ORDER } from '../labels.vi.js';
import { DUE_FORMAT_DATE, DUE_FORMAT_DATE_TIME, LIVE_SETTINGS_BLOCK, statusColorFor } from '../plan/build-data-plan.js';
import type { CellRange, SheetPlan, StatusColor, StatusRules } from '../plan/plan.js';
import { statusRulesFor } from '../plan/status-rules.js';
import type { ProblemCode } from '../problem.js';
import { buildReports, hasSeveralUnits } from '../report/build-reports.js';
import { keepTypedEntries } from '../report/keep-typed.js';
import { LATE_ON_SYSTEM_SHEET_NAME } from '../report/late-on-system.js';
import { emptyCounts06a } from '../report/counts-06a.js';
import { buildForm06a } from '../report/form-06a.js';
import { compareLabels, fieldLabel, placeAll, tallyByLabel, unitLabel } from '../report/placed.js';
import { SCORE_766_MAX } from '../report/score-766.js';
import type { Settings } from '../settings.js';
import { buildCalendarTable, type CalendarRefs } from './calendar-table.js';
import { sheetRef, type CellPatch, type LiveCell } from './live-cell.js';
import { form06aPatches, score766Patches, type CountRanges } from './reports-live.js';
import {
  daysLateFormula,
  dueFormula,
  finishAsOfFormula,
  finishDayFormula,
  kindFormula,
  lateOnSystemFormula,
  outcomeFormula,
  PERIOD_UNIT_CODES,
  statusFormula,
  systemDueFormula,
  type RowRefs,
} from './row-formulas.js';

/** Statuses the status formula can give; a row core puts elsewhere keeps its value. */
export const LIVE_STATUSES: ReadonlySet<Status> = new Set<Status>(STATUSES);
/** Reasons for `invalid` the formulas reproduce (no due could be had); other invalid rows keep their value. */
export const LIVE_INVALID_REASONS: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'row.noDue',
  'row.noReceived',
  'period.unreadable',
  'row.dueBeforeReceived',
  'row.finishBeforeReceived',
  'row.returnBeforeReceived',
  'row.actualBeforeReceived',
  'row.resolvedNoFinish',
]);

/** The date fields the formulas read, each through a helper column. */
const DATE_FIELDS = ['received', 'due', 'extendedDue', 'finished', 'returned', 'actualResult'] as const satisfies readonly Field[];
type DateField = (typeof DATE_FIELDS)[number];

/** Years before and after the report date the working-day table may cover. */
const YEARS_BEFORE = 8;
const YEARS_AFTER = 2;

/** A column the live plan writes on the data sheet. */
export interface LiveColumn {
  heading: string;
  numberFormat: string;
  /** Helper columns are hidden (the office can unhide them). */
  hidden: boolean;
}

export interface LiveDataPlan {
  headerRow: number;
  firstCol: number;
  lastRow: number;
  /** The tool's four columns (status, due, days late, note) then the helper columns. */
  columns: LiveColumn[];
  /** One line per sheet row from headerRow + 1 to lastRow, one cell per column; all null where a row has no dossier. */
  rows: LiveCell[][];
  /** As DataSheetPlan.clear / resetFormats: a previous run's block and colored due cells. */
  clear: CellRange | null;
  resetFormats: CellRange | null;
  /** Conditional formats keyed on the status formula's text, every colored status. */
  statusRules: StatusRules | null;
  legend: { anchor: { row: number; col: number }; rows: StatusColor[] };
  /** The settings cells (labels and values) right of the helpers, under the legend. */
  settings: CellPatch[];
  /** Where the report date is, as an absolute reference on the data sheet ("$Z$18"). */
  asOfCell: { row: number; col: number };
  liveRows: number;
  fixedRows: number;
  /** Why the fixed rows keep their values (LIVE_LABELS.fixedReasons), most rows first. */
  fixedReasons: { reason: string; rows: number }[];
}

/**
 * What a host writes for a live workbook, in this order: the data block (`data`: headings,
 * cells, hidden helper columns, conditional formats, legend, settings cells), every tab of
 * `sheets` as a normal SheetPlan (replacing same-named tabs), then each `patches` entry's
 * cells on its tab (formulas as formulas, strings as literal text), and finally ask the
 * spreadsheet to recalculate everything on open (no cached values are written).
 */
export interface LivePlan {
  data: LiveDataPlan;
  sheets: SheetPlan[];
  patches: { sheet: string; cells: CellPatch[] }[];
  /** Years the "Ngày nghỉ" working-day table covers. */
  years: number[];
}

export interface LivePlanOptions {
  /** The data sheet's name in the written workbook (the formulas of the report tabs point at it). */
  dataSheetName: string;
  /**
   * The tool's tabs already in the workbook, for a host writing into it (the pane): the
   * typed dates and notes of "Trễ trên hệ thống" are carried (keepTypedEntries, under
   * `keptTitle`), and the office's own rows and notes of "Ngày nghỉ" (columns A–C) stay.
   * @default none (a new workbook, as the CLI writes)
   */
  previous?: { lateOnSystem?: SheetGrid | null; daysOff?: SheetGrid | null; keptTitle: string };
}

/**
 * Plans a live workbook from a check result. Null when no header was found.
 * Rows the formulas cannot follow (hour-based periods, dates outside the table, a time of
 * exactly 00:00:00, statuses or invalid reasons without a formula) keep core's values and say why in the note column.
 * @example buildLivePlan(grid, checkSheet(grid, settings), settings, { dataSheetName: 'Sheet1' })?.data.liveRows
 */
export function buildLivePlan(grid: SheetGrid, result: CheckResult, settings: Settings, options: LivePlanOptions): LivePlan | null {
  const plan = result.plan;
  if (plan === null) return null;
  const { read, dossiers } = result;
  const years = tableYears(dossiers, settings);
  const table = buildCalendarTable(settings.calendar, years, options.previous?.daysOff ?? null);
  const cal = table.refs;

  const headerRow = plan.headerRow;
  const lastRow = plan.lastRow;
  const firstRow = headerRow + 1;
  const height = lastRow - headerRow;
  const firstCol = plan.firstCol;
  const colOf = new Map<Field, number>(read.mapping.map((m) => [m.field, m.col]));

  // Column layout: tool block, then helpers, then a gap, the legend and the settings cells.
  const dateFormat = DUE_FORMAT_DATE_TIME;
  const H = L.helpers;
  const layout = [
    ['status', plan.headings[0], '@', false],
    ['dueOut', plan.headings[1], plan.numberFormats[1] ?? dateFormat, false],
    ['daysLate', plan.headings[2], '0', false],
    ['note', L.noteHeading, '@', false],
    ['received', L.helperHeading(H.received), dateFormat, true],
    ['due', L.helperHeading(H.due), dateFormat, true],
    ['extendedDue', L.helperHeading(H.extendedDue), dateFormat, true],
    ['finished', L.helperHeading(H.finished), dateFormat, true],
    ['returned', L.helperHeading(H.returned), dateFormat, true],
    ['actualResult', L.helperHeading(H.actualResult), dateFormat, true],
    ['code', L.helperHeading(H.statusCode), '0', true],
    ['online', L.helperHeading(H.online), '0', true],
    ['unit', L.helperHeading(H.periodUnit), '0', true],
    ['amount', L.helperHeading(H.periodAmount), '0', true],
    ['group06a', L.helperHeading(H.group06a), '0', true],
    ['group766', L.helperHeading(H.group766), '0', true],
    ['systemDue', L.helperHeading(H.systemDue), dateFormat, true],
    ['finishAsOf', L.helperHeading(H.finishAsOf), dateFormat, true],
    ['finishDay', L.helperHeading(H.finishDay06a), DUE_FORMAT_DATE, true],
    ['kind', L.helperHeading(H.kind06a), '0', true],
    ['outcome', L.helperHeading(H.outcome06a), '0', true],
    ['lateOnSystem', L.helperHeading(H.lateOnSystem06a), '0', true],
  ] as const;
  type Key = (typeof layout)[number][0];
  const colIndex = new Map<Key, number>(layout.map(([key], i) => [key, firstCol + i]));
  const letter = (key: Key) => columnLetter(colIndex.get(key)!);
  const legendCol = firstCol + layout.length + 1;
  const legendRows = STATUS_ORDER.map((s) => statusColorFor(s, settings.colorFinishedOnTime) ?? { status: s, label: STATUS_LABELS[s], fill: null, fontColor: null });

  // Settings cells under the legend: label in the legend column, value right of it (a later run clears them: LIVE_SETTINGS_BLOCK).
  const settingsRow = headerRow + legendRows.length + LIVE_SETTINGS_BLOCK.gapRows + 1;
  const valueCol = legendCol + 1;
  const abs = (row: number) => `$${columnLetter(valueCol)}$${row}`;
  const S = { asOf: settingsRow + 1, from: settingsRow + 2, to: settingsRow + 3, end: settingsRow + 4, dueSoonLast: settingsRow + 5 };
  const n = settings.rules.dueSoonWorkingDays;
  const settingsCells: CellPatch[] = [
    { row: settingsRow, col: legendCol, value: L.settingsTitle },
    { row: S.asOf, col: legendCol, value: L.asOf },
    { row: S.asOf, col: valueCol, value: settings.asOf, numberFormat: DUE_FORMAT_DATE },
    { row: S.from, col: legendCol, value: L.periodFrom },
    { row: S.from, col: valueCol, value: settings.period.from, numberFormat: DUE_FORMAT_DATE },
    { row: S.to, col: legendCol, value: L.periodTo },
    { row: S.to, col: valueCol, value: settings.period.to, numberFormat: DUE_FORMAT_DATE },
    { row: S.end, col: legendCol, value: L.countEnd },
    { row: S.end, col: valueCol, value: { formula: `MIN(${abs(S.to)},${abs(S.asOf)})` }, numberFormat: DUE_FORMAT_DATE },
    { row: S.dueSoonLast, col: legendCol, value: L.dueSoonLast },
    { row: S.dueSoonLast, col: valueCol, value: { formula: n === 0 ? abs(S.asOf) : cal.workday(abs(S.asOf), String(n)) }, numberFormat: DUE_FORMAT_DATE },
  ];

  // Groups of the 06a rows and of the 766 rows: every label of the data, so a row can move.
  const byUnit = hasSeveralUnits(dossiers);
  const labels06a = distinctLabels(dossiers, byUnit ? unitLabel : fieldLabel);
  const labels766 = distinctLabels(dossiers, unitLabel);
  const index06a = new Map(labels06a.map((label, i) => [label, i + 1]));
  const index766 = new Map(labels766.map((label, i) => [label, i + 1]));

  const closeSec = endOfWorkingDay(settings.hours);
  const rows: LiveCell[][] = new Array<LiveCell[]>(height);
  let liveRows = 0;
  let fixedRows = 0;
  const fixedBy = new Map<string, number>();
  for (const dossier of dossiers) {
    const offset = dossier.record.row - firstRow;
    if (offset < 0 || offset >= height) continue;
    const r = dossier.record.row;
    const refs: RowRefs = {
      received: `${letter('received')}${r}`,
      due: `${letter('due')}${r}`,
      extendedDue: `${letter('extendedDue')}${r}`,
      finished: `${letter('finished')}${r}`,
      returned: `${letter('returned')}${r}`,
      actualResult: `${letter('actualResult')}${r}`,
      code: `${letter('code')}${r}`,
      online: `${letter('online')}${r}`,
      unit: `${letter('unit')}${r}`,
      amount: `${letter('amount')}${r}`,
      status: `${letter('status')}${r}`,
      dueOut: `${letter('dueOut')}${r}`,
      systemDue: `${letter('systemDue')}${r}`,
      finishAsOf: `${letter('finishAsOf')}${r}`,
      finishDay: `${letter('finishDay')}${r}`,
      kind: `${letter('kind')}${r}`,
      asOf: abs(S.asOf),
      from: abs(S.from),
      end: abs(S.end),
      dueSoonLast: abs(S.dueSoonLast),
    };
    const dates = DATE_FIELDS.map((f) => dateHelper(f, dossier.record, colOf.get(f) ?? null, cellAt(grid, r, colOf.get(f) ?? null)));
    const fixedWhy = fixedReason(dossier, cal, settings);
    const period = periodCodes(dossier.record.period);
    const core = plan.values[offset] ?? [null, null, null];
    const head: LiveCell[] =
      fixedWhy === null
        ? [
            { formula: statusFormula(refs, settings.rules.compareBy) },
            { formula: dueFormula(refs, cal, { rules: settings.rules, closeSec }) },
            { formula: daysLateFormula(refs, cal) },
            L.live,
          ]
        : [core[0], core[1], core[2], L.fixed(fixedWhy)];
    if (fixedWhy === null) liveRows++;
    else {
      fixedRows++;
      fixedBy.set(fixedWhy, (fixedBy.get(fixedWhy) ?? 0) + 1);
    }
    rows[offset] = [
      ...head,
      // A fixed row's 06a helpers count from core's dates, whatever its cells hold.
      ...dates.map((d, i) => (fixedWhy === null ? d.cell : stampValue(dossier.record[DATE_FIELDS[i]]))),
      dossier.record.statusCode,
      dossier.record.channel === 'online' ? 1 : 0,
      period.unit,
      period.amount,
      index06a.get(byUnit ? unitLabel(dossier) : fieldLabel(dossier)) ?? null,
      index766.get(unitLabel(dossier)) ?? null,
      { formula: systemDueFormula(refs, cal, { rules: settings.rules, closeSec }) },
      { formula: finishAsOfFormula(refs) },
      { formula: finishDayFormula(refs) },
      { formula: kindFormula(refs, settings.rules) },
      { formula: outcomeFormula(refs) },
      { formula: lateOnSystemFormula(refs) },
    ];
  }
  for (let i = 0; i < height; i++) if (rows[i] === undefined) rows[i] = new Array<LiveCell>(layout.length).fill(null);

  const colors = STATUS_ORDER.map((s) => statusColorFor(s, settings.colorFinishedOnTime)).filter((c): c is StatusColor => c !== null);
  const dueCol = colOf.get('due') ?? null;
  const statusRules = statusRulesFor({ firstRow, rows: height, firstCol, toolCols: 4, statusCol: firstCol, dueCol, colors });

  // Report tabs: the run's tabs, with Biểu 06a and the 766 score rebuilt over every group and made of formulas.
  const dataRef = sheetRef(options.dataSheetName);
  const range = (key: Key) => `${dataRef}$${letter(key)}$${firstRow}:$${letter(key)}$${Math.max(lastRow, firstRow)}`;
  const ranges: CountRanges = { kind: range('kind'), outcome: range('outcome'), lateOnSystem: range('lateOnSystem'), group06a: range('group06a'), group766: range('group766') };
  const { period, asOf, rules, header } = settings;
  const { placed, total } = placeAll(dossiers, { period, asOf, rules });
  const tallies = new Map(tallyByLabel(placed, (p) => (byUnit ? p.unit : p.field)).map((t) => [t.label, t.tally.counts]));
  const form = buildForm06a(
    labels06a.map((label) => ({ label, counts: tallies.get(label) ?? emptyCounts06a() })),
    { period, asOf, header, rowHeading: byUnit ? 'unit' : 'field', rules, total: total.counts, lateOnSystem: total.lateOnSystem, excluded: total.excluded },
  );
  const sheets: SheetPlan[] = [];
  const patches: LivePlan['patches'] = [];
  for (const tab of buildReports(dossiers, settings)) {
    if (tab.kind === 'form-06a') {
      sheets.push(form);
      patches.push({ sheet: form.name, cells: form06aPatches(form, ranges) });
    } else if (tab.kind === 'score-766') {
      sheets.push(tab);
      patches.push({ sheet: tab.name, cells: score766Patches(tab, ranges, index766, SCORE_766_MAX) });
    } else if (tab.kind !== 'days-off') {
      const previous = options.previous;
      const list = previous && tab.name === LATE_ON_SYSTEM_SHEET_NAME ? keepTypedEntries(tab, previous.lateOnSystem ?? null, previous.keptTitle) : tab;
      sheets.push(list);
      patches.push({ sheet: list.name, cells: [{ row: list.cells.length + 2, col: 1, value: L.listNote }] });
    }
  }
  sheets.push(table.sheet);
  patches.push({ sheet: table.sheet.name, cells: table.patches });

  return {
    data: {
      headerRow,
      firstCol,
      lastRow,
      columns: layout.map(([, heading, numberFormat, hidden]) => ({ heading, numberFormat, hidden })),
      rows,
      clear: plan.clear,
      resetFormats: plan.resetFormats ?? null,
      statusRules,
      legend: { anchor: { row: headerRow, col: legendCol }, rows: legendRows },
      settings: settingsCells,
      asOfCell: { row: S.asOf, col: valueCol },
      liveRows,
      fixedRows,
      fixedReasons: [...fixedBy].map(([reason, rows]) => ({ reason, rows })).sort((a, b) => b.rows - a.rows),
    },
    sheets,
    patches,
    years,
  };
}

function distinctLabels(dossiers: readonly ClassifiedDossier[], labelOf: (d: ClassifiedDossier) => string): string[] {
  return [...new Set(dossiers.map(labelOf))].sort(compareLabels);
}

function cellAt(grid: SheetGrid, row: number, col: number | null): InputCell {
  if (col === null) return null;
  const r0 = grid.origin?.row ?? 1;
  const c0 = grid.origin?.col ?? 1;
  return grid.cells[row - r0]?.[col - c0];
}

const serial = (s: Stamp) => s.day + (s.sec ?? 0) / 86_400;
const stampValue = (s: Stamp | null) => (s === null ? null : serial(s));

interface DateHelper {
  cell: LiveCell;
}

/**
 * The helper cell of one date field: the row's own cell when it holds a number (a date
 * typed by the office), else the tool's parsed copy of the export's text; blank stays blank.
 */
function dateHelper(field: DateField, record: DossierRecord, col: number | null, value: InputCell): DateHelper {
  const stamp = record[field];
  const copy = stamp === null ? '""' : String(serial(stamp));
  if (col === null) return { cell: stamp === null ? null : serial(stamp) };
  const c = `${columnLetter(col)}${record.row}`;
  if (typeof value === 'number') {
    // A number core read otherwise (a month-first paste it repaired, a yyyyMMdd number): core's reading while the cell is unchanged.
    if (stamp !== null && Math.abs(value - serial(stamp)) <= 0.5 / 86_400) return { cell: { formula: `IF(ISNUMBER(${c}),${c},"")` } };
    return { cell: { formula: `IF(ISNUMBER(${c}),IF(ABS(${c}-${value})<0.000005,${copy},${c}),"")` } };
  }
  const blank = value === null || value === undefined || value === '';
  // A blank cell with a value (an actual date from the "Trễ trên hệ thống" tab, a receipt date from the code) keeps it.
  return {
    cell: { formula: blank ? `IF(ISNUMBER(${c}),${c},IF(${c}="",${copy},""))` : `IF(ISNUMBER(${c}),${c},IF(${c}="","",${copy}))` },
  };
}

function periodCodes(text: string | null): { unit: number; amount: number | null } {
  if (text === null) return { unit: 0, amount: null };
  const parsed = parsePeriod(text);
  if (!parsed.ok || parsed.value.unit === 'workingHours' || parsed.value.unit === 'months') return { unit: 0, amount: null };
  return { unit: PERIOD_UNIT_CODES[parsed.value.unit], amount: parsed.value.amount };
}

/** Why a row keeps its values, or null when the formulas follow it (table-driven: add a check here). */
function fixedReason(d: ClassifiedDossier, cal: CalendarRefs, settings: Settings): string | null {
  const R = L.fixedReasons;
  const r = d.record;
  if (!LIVE_STATUSES.has(d.status)) return R.status;
  if (d.status === 'invalid' && (d.reason === null || !LIVE_INVALID_REASONS.has(d.reason))) return R.invalidReason;
  if ((d.dueSource === 'computed' || d.dueSource === 'lawful') && r.period !== null) {
    // The formulas count day-based periods only; a lawful due from another one stays core's.
    const p = parsePeriod(r.period);
    if (p.ok && p.value.unit === 'workingHours') return R.hourPeriod;
    if (p.ok && p.value.unit === 'months') return R.monthPeriod;
    if (p.ok && p.value.unit === 'sameDay' && settings.hours.saturdayMorning) return R.sameDaySaturday;
  }
  // A due on a Saturday the counter opens is not moved; the table has no such column.
  if (settings.hours.saturdayMorning && [r.due, r.extendedDue].some((s) => s !== null && isoWeekday(s.day) === 6)) return R.saturdayDue;
  for (const s of [...DATE_FIELDS.map((f) => r[f]), d.dueAt]) {
    if (s !== null && (s.day < cal.firstDay || s.day > cal.lastDay)) return R.outOfTable;
  }
  // The receipt time only matters against the 15:00 cut-off, where 00:00 and no time agree.
  if ([r.due, r.extendedDue, r.finished, r.returned, r.actualResult, d.dueAt].some((s) => s !== null && s.sec === 0)) return R.midnight;
  return null;
}

/** The years the working-day table covers: those of the data, the report date and the period, plus the next year. */
function tableYears(dossiers: readonly ClassifiedDossier[], settings: Settings): number[] {
  const asOfYear = ymdFromDay(settings.asOf).y;
  const lo = Math.max(2000, asOfYear - YEARS_BEFORE);
  const hi = Math.min(2100, asOfYear + YEARS_AFTER);
  let first = Math.min(asOfYear, ymdFromDay(settings.period.from).y);
  let last = Math.max(asOfYear, ymdFromDay(settings.period.to).y);
  for (const d of dossiers) {
    for (const s of [d.record.received, d.record.due, d.record.finished, d.record.returned, d.record.actualResult, d.record.extendedDue, d.dueAt]) {
      if (s === null) continue;
      const y = ymdFromDay(s.day).y;
      if (y >= lo && y < first) first = y;
      if (y <= hi && y > last) last = y;
    }
  }
  first = Math.max(first, lo);
  last = Math.min(last + 1, hi + 1, 2100);
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}
