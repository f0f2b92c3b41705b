/**
 * The monthly public list of officers who handled dossiers late (seeds 000/001, Kon Tum
 * CV 501/UBND-TTHCC and 2624/UBND-TTHCC), and the units ranked by on-time rate.
 */
import { REPORT_LABELS } from '../labels.vi.js';
import type { CellStyle, SheetPlan } from '../plan/plan.js';
import { chartOnTimeByUnit, columnRange } from './charts.js';
import { paginate, withCharts } from './paginate.js';
import { FORMATS, printSetup, widthsPt, writeAppendixTitle, writeCodeRow, writeHeadingRow, writeLine } from './layout.js';
import { periodRangeLine, type ReportPeriod } from './period.js';
import { rankLabels, type PlacedDossier } from './placed.js';
import { createDraft, finishSheet, putBlock, setCell, skipRows, styleRange, writeRow, type SheetDraft } from './sheet-builder.js';

/** Timeliness of one officer or unit over the dossiers of the period. */
export interface TimelinessRow {
  /** Officer name, or unit name for unit rows. */
  label: string;
  /** The officer's unit; equal to label for unit rows. */
  unit: string;
  handled: number;
  /** Resolved late, column (10). */
  late: number;
  /** Open past due at the cut-off, column (13). */
  overdue: number;
  /** Late only on the system (counted on time). */
  lateOnSystem: number;
  /** (handled − late − overdue) / handled; null when nothing was handled. */
  rate: number | null;
}

function tallyBy(placed: readonly PlacedDossier[], labelOf: (p: PlacedDossier) => string): TimelinessRow[] {
  const byUnit = new Map<string, Map<string, TimelinessRow>>();
  const list: TimelinessRow[] = [];
  for (const p of placed) {
    const label = labelOf(p);
    let rows = byUnit.get(p.unit);
    if (rows === undefined) byUnit.set(p.unit, (rows = new Map()));
    let row = rows.get(label);
    if (row === undefined) {
      rows.set(label, (row = { label, unit: p.unit, handled: 0, late: 0, overdue: 0, lateOnSystem: 0, rate: null }));
      list.push(row);
    }
    row.handled++;
    if (p.placement.outcome === 'late') row.late++;
    else if (p.placement.outcome === 'overdue') row.overdue++;
    if (p.placement.lateOnSystem) row.lateOnSystem++;
  }
  for (const row of list) row.rate = row.handled === 0 ? null : (row.handled - row.late - row.overdue) / row.handled;
  return sortWorstFirst(list);
}

/**
 * Sorts rows worst first: most late + overdue, then the lowest rate, then most late on
 * system, then by name and unit in Vietnamese order. Returns a new array.
 * @example sortWorstFirst(rows)[0].label // => the officer with the most late and overdue dossiers
 */
export function sortWorstFirst(rows: readonly TimelinessRow[]): TimelinessRow[] {
  const rank = rankLabels(rows.flatMap((r) => [r.label, r.unit]));
  const at = (label: string) => rank.get(label) ?? 0;
  return [...rows].sort(
    (a, b) =>
      b.late + b.overdue - (a.late + a.overdue) ||
      (a.rate ?? 2) - (b.rate ?? 2) ||
      b.lateOnSystem - a.lateOnSystem ||
      at(a.label) - at(b.label) ||
      at(a.unit) - at(b.unit),
  );
}

/**
 * Every (officer, unit) of the period's dossiers, worst first.
 * @example rankOfficers(placed)[0] // => { label: 'Nguyễn Văn A', unit: 'Phòng Tư pháp', handled: 5, late: 2, … }
 */
export function rankOfficers(placed: readonly PlacedDossier[]): TimelinessRow[] {
  return tallyBy(placed, (p) => p.officer);
}

/**
 * Every unit of the period's dossiers, worst first.
 * @example rankUnits(placed).map((r) => r.label) // => ['Phòng Tư pháp', 'UBND xã A']
 */
export function rankUnits(placed: readonly PlacedDossier[]): TimelinessRow[] {
  return tallyBy(placed, (p) => p.unit);
}

/** STT 10, name 46, unit 50, handled 24, late 20, overdue 20, late on system 24, rate 24, note 34 = 252 mm. */
const WIDTHS_MM = [10, 46, 50, 24, 20, 20, 24, 24, 34];
const NUMBERS: CellStyle = { hAlign: 'center', numberFormat: FORMATS.count };

/**
 * Builds the "Cán bộ" tab: the officers with any late, overdue or late-on-system dossier
 * (Mẫu 2.1 title, worst first), then all units ranked by on-time rate with a bar chart.
 * @example buildOfficers(placed, { period }).name // => "Cán bộ"
 */
export function buildOfficers(placed: readonly PlacedDossier[], options: { period: ReportPeriod; name?: string }): SheetPlan {
  const O = REPORT_LABELS.officers;
  const widths = widthsPt(WIDTHS_MM);
  const d = createDraft(WIDTHS_MM.length);
  writeAppendixTitle(d, widths, {
    number: O.number,
    title: O.title,
    lines: [periodRangeLine(options.period), REPORT_LABELS.appendix.attached],
  });
  const headingRow = writeHeadingRow(d, widths, [REPORT_LABELS.stt, O.name, O.unit, O.handled, O.late, O.overdue, O.lateOnSystem, O.rate, O.note]);
  const codeRow = writeCodeRow(d, WIDTHS_MM.length);
  const officers = rankOfficers(placed).filter((r) => r.late + r.overdue + r.lateOnSystem > 0);
  const first = d.row;
  officers.forEach((r, i) => writeRow(d, d.row, [i + 1, r.label, r.unit, r.handled, r.late, r.overdue, r.lateOnSystem, r.rate ?? '-', null]));
  styleBody(d, first, officers.length);
  writeLine(d, widths, O.scopeNote, { italic: true, fontSize: 11 });

  skipRows(d, 1);
  putBlock(d, d.row, 1, 1, d.cols, O.unitsTitle, { hAlign: 'center', bold: true, fontSize: 13, wrap: true });
  const unitHead = writeHeadingRow(d, widths, [REPORT_LABELS.stt, O.unit, '', O.handled, O.late, O.overdue, O.lateOnSystem, O.rate, O.note]);
  d.merges.push({ row: unitHead, col: 2, rows: 1, cols: 2 });
  setCell(d, unitHead, 3, null);
  const units = rankUnits(placed);
  const firstUnit = d.row;
  units.forEach((r, i) => {
    const row = d.row;
    writeRow(d, row, [i + 1, r.label, null, r.handled, r.late, r.overdue, r.lateOnSystem, r.rate ?? '-', null]);
    d.merges.push({ row, col: 2, rows: 1, cols: 2 });
  });
  styleBody(d, firstUnit, units.length);

  const plan = finishSheet(d, {
    name: options.name ?? REPORT_LABELS.sheetNames.officers,
    kind: 'officers',
    columnWidthsPt: widths,
    print: printSetup('landscape', { from: headingRow, to: codeRow }),
  });
  // Officers' rows are one line each: pages break between rows, the chart sits beside the tables.
  const paged = paginate(plan, { body: { from: first, to: plan.cells.length } });
  return units.length > 0
    ? withCharts(paged, [chartOnTimeByUnit(columnRange(firstUnit, 2, units.length), columnRange(firstUnit, 8, units.length), { row: headingRow, col: 1 })], headingRow)
    : paged;
}

function styleBody(d: SheetDraft, first: number, rows: number): void {
  if (rows === 0) return;
  styleRange(d, first, 1, rows, d.cols, { border: true });
  styleRange(d, first, 1, rows, 1, { hAlign: 'center' });
  styleRange(d, first, 2, rows, 2, { hAlign: 'left', wrap: true });
  styleRange(d, first, 4, rows, 4, NUMBERS);
  styleRange(d, first, 8, rows, 1, { hAlign: 'center', numberFormat: FORMATS.rate });
  styleRange(d, first, 9, rows, 1, { wrap: true });
}
