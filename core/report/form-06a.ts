/**
 * Biểu số II.06a/VPCP/KSTT "Tình hình, kết quả giải quyết TTHC" as a SheetPlan, from
 * rows that are already counted, so consolidation can feed it units' rows
 * (document-format.md §6.2 for the cell layout; law.md §2.2 for the columns).
 */
import type { Day } from '../calendar/day.js';
import type { RuleOptions } from '../deadline/rule-presets.js';
import { PRINT_LABELS, REPORT_LABELS, RULE_NOTE_LABELS } from '../labels.vi.js';
import type { CellStyle, ChartSpec, SheetPlan } from '../plan/plan.js';
import type { ReportHeader } from '../settings.js';
import { chartResolvedBreakdown, columnRange } from './charts.js';
import { COUNT_KEYS, onTimeRate766, onTimeRateResolved, sumCounts06a, type Counts06a } from './counts-06a.js';
import { formatCount, formatShortDate } from './format.js';
import { FORMATS, printSetup, textHeightPt, totalWidthPt, widthsPt, writeCodeRow, writeLine, writeSignatureBlock } from './layout.js';
import { paginate } from './paginate.js';
import { wrappedLines } from './text-metrics.js';
import { countEnd, EXCLUSION_REASONS, type ExclusionReason } from './placement.js';
import { periodLabel, periodRangeLine, type ReportPeriod } from './period.js';
import { createDraft, finishSheet, putBlock, setCell, setRowHeight, skipRows, styleRange, writeRow, type SheetDraft } from './sheet-builder.js';
import { calendarDataNote } from '../version.js';

/** A row of the form: counted (numbered), a bold subtotal, or a bold section heading (counts null). */
export interface Form06aRow {
  label: string;
  counts: Counts06a | null;
  bold?: boolean;
}

export interface Form06aOptions {
  period: ReportPeriod;
  /** Report date: the counts stop at min(period.to, asOf); also the date line unless `signedOn`. */
  asOf: Day;
  header: ReportHeader;
  /** Column (2) heading: by lĩnh vực or by đơn vị. */
  rowHeading: 'field' | 'unit';
  /** For the note on withdrawn and awaiting dossiers. */
  rules: Pick<RuleOptions, 'withdrawnCountAsOnTime' | 'awaitingCountAsWithinDeadline'> & Partial<Pick<RuleOptions, 'compareBy'>>;
  /** The "Tổng cộng" row. @default the sum of the plain (not bold) counted rows */
  total?: Counts06a;
  /** Dossiers of (8)/(9) late only on the system; the line is left out when undefined. */
  lateOnSystem?: number;
  /** Dossiers of the period left out of the form, by reason. */
  excluded?: Partial<Record<ExclusionReason, number>>;
  /** @default REPORT_LABELS.form06a.title */
  title?: string;
  /** @default REPORT_LABELS.sheetNames.form06a */
  name?: string;
  /** Date of the date line. @default asOf */
  signedOn?: Day;
}

/** Column widths in mm: STT 10, label 60, eleven numbers of 16.5 (251.5 mm, A4 landscape). */
const WIDTHS_MM = [10, 60, 16.5, 16.5, 16.5, 16.5, 16.5, 16.5, 16.5, 16.5, 16.5, 16.5, 16.5];
const COLS = 13;
const HEADER_TOP = 8;
const FIRST_DATA_ROW = 12;
const CENTER: CellStyle = { hAlign: 'center', vAlign: 'center', wrap: true };
/** Height of a one-line table row (12 pt text). */
const DATA_ROW_PT = 15;
/** Table rows kept on the page of the notes and signers, besides "Tổng cộng". */
const KEEP_LAST_ROWS = 2;

/**
 * Builds the Biểu 06a tab: header block, 13-column table with the code row, one row per
 * entry, "Tổng cộng", the on-time rates and notes under the table, the date line and
 * signers, and a stacked-column chart of (8)/(9)/(10) per row.
 * Legal source: TT 01/2020/TT-VPCP, Biểu số II.06a/VPCP/KSTT (layout reconstructed, law.md §2.2).
 * @example buildForm06a([{ label: 'Hộ tịch', counts }], { period, asOf, header, rowHeading: 'field', rules: DEFAULT_RULES }).name // => "Biểu 06a"
 */
export function buildForm06a(rows: readonly Form06aRow[], options: Form06aOptions): SheetPlan {
  const L = REPORT_LABELS.form06a;
  const widths = widthsPt(WIDTHS_MM);
  const d = createDraft(COLS);
  writeHeaderBlock(d, widths, options);
  writeTableHeading(d, widths, options.rowHeading === 'unit' ? L.rowHeadUnit : L.rowHeadField);

  let number = 0;
  for (const entry of rows) {
    const row = d.row;
    if (entry.counts === null) {
      putBlock(d, row, 2, 1, 1, entry.label, { bold: true, wrap: true });
    } else {
      if (!entry.bold) setCell(d, row, 1, ++number);
      setCell(d, row, 2, entry.label);
      writeRow(d, row, COUNT_KEYS.map((key) => entry.counts![key]), 3);
      if (entry.bold) styleRange(d, row, 1, 1, COLS, { bold: true });
    }
    const bold = entry.bold === true || entry.counts === null;
    setRowHeight(d, row, wrappedLines(entry.label, widths[1], 12, bold) <= 1 ? DATA_ROW_PT : textHeightPt(entry.label, widths[1], 12, bold));
  }
  const lastEntryRow = d.row - 1;
  const total = options.total ?? sumCounts06a(rows.filter((r) => r.counts !== null && !r.bold).map((r) => r.counts!));
  const totalRow = d.row;
  putBlock(d, totalRow, 1, 1, 2, REPORT_LABELS.total, { hAlign: 'center', bold: true });
  setRowHeight(d, totalRow, DATA_ROW_PT);
  writeRow(d, totalRow, COUNT_KEYS.map((key) => total[key]), 3);
  styleRange(d, totalRow, 3, 1, 11, { bold: true });

  const bodyRows = totalRow - FIRST_DATA_ROW + 1;
  styleRange(d, FIRST_DATA_ROW, 1, bodyRows, COLS, { border: true });
  styleRange(d, FIRST_DATA_ROW, 1, bodyRows, 1, { hAlign: 'center' });
  styleRange(d, FIRST_DATA_ROW, 2, bodyRows, 1, { wrap: true });
  styleRange(d, FIRST_DATA_ROW, 3, bodyRows, 11, { hAlign: 'center', numberFormat: FORMATS.count });

  skipRows(d, 1, 4);
  writeRatesAndNotes(d, widths, total, options);
  skipRows(d, 1, 4);
  writeSignatureBlock(d, options.header, options.signedOn ?? options.asOf, { col: 1, cols: 5 }, { col: 9, cols: 5 });
  const lastRow = d.row - 1;

  // Charts sit beside the table (from column O), never on the printed form page: they
  // print as an area of their own after the form (paginate.ts).
  const charts: ChartSpec[] = [];
  if (lastEntryRow >= FIRST_DATA_ROW) {
    const entries = lastEntryRow - FIRST_DATA_ROW + 1;
    const title = options.rowHeading === 'unit' ? L.chartTitleUnit : L.chartTitleField;
    charts.push(chartResolvedBreakdown(columnRange(FIRST_DATA_ROW, 2, entries), FIRST_DATA_ROW, entries, { row: HEADER_TOP, col: COLS + 2 }, title));
  }
  const plan = finishSheet(d, {
    name: options.name ?? REPORT_LABELS.sheetNames.form06a,
    kind: 'form-06a',
    columnWidthsPt: widths,
    print: printSetup('landscape', { from: HEADER_TOP, to: HEADER_TOP + 3 }),
    charts,
  });
  // The notes, date line and signers print with the last table rows (NĐ 30: no orphaned signature).
  const keepFrom = Math.max(FIRST_DATA_ROW, totalRow - KEEP_LAST_ROWS);
  return paginate(plan, { body: { from: FIRST_DATA_ROW, to: totalRow }, keepWithEnd: { from: keepFrom, to: lastRow }, onePage: true });
}

function writeHeaderBlock(d: SheetDraft, widths: readonly number[], options: Form06aOptions): void {
  const L = REPORT_LABELS.form06a;
  const h = options.header;
  const right = totalWidthPt(widths, 10, 4);
  const left = totalWidthPt(widths, 1, 3);
  const middle = totalWidthPt(widths, 4, 6);
  const title = h.formTitle || options.title || L.title;
  const code = h.formCode || L.formCode;
  const basis = h.formBasis || L.issuedBy;
  // A unit not known is a dotted line to fill by hand.
  const reporting = h.reportingUnit.trim() || PRINT_LABELS.dottedLine;
  const receiving = h.receivingUnit.trim() || PRINT_LABELS.dottedLine;
  putBlock(d, 1, 1, 1, 3, code, { bold: true, hAlign: 'left', wrap: true });
  putBlock(d, 2, 1, 2, 3, basis, { italic: true, fontSize: 11, hAlign: 'left', vAlign: 'top', wrap: true });
  putBlock(d, 1, 4, 3, 6, title, { ...CENTER, bold: true, fontSize: 13 });
  putBlock(d, 4, 4, 1, 6, REPORT_LABELS.period.reportPeriod(periodLabel(options.period)), { ...CENTER, bold: true, fontSize: 13 });
  putBlock(d, 5, 4, 1, 6, periodRangeLine(options.period), { ...CENTER, italic: true, fontSize: 13 });
  putBlock(d, 1, 10, 1, 4, L.reportingUnit, { bold: true, fontSize: 11, hAlign: 'left' });
  putBlock(d, 2, 10, 1, 4, reporting, { fontSize: 11, hAlign: 'left', vAlign: 'top', wrap: true });
  putBlock(d, 3, 10, 1, 4, L.receivingUnit, { bold: true, fontSize: 11, hAlign: 'left' });
  putBlock(d, 4, 10, 1, 4, receiving, { fontSize: 11, hAlign: 'left', vAlign: 'top', wrap: true });
  const row1 = Math.max(16, textHeightPt(code, left, 12, true));
  const row2 = Math.max(16, textHeightPt(reporting, right, 11));
  const row4 = Math.max(17, textHeightPt(receiving, right, 11));
  // Rows 1–3 hold the title and the basis line: the third row takes what they need beyond rows 1 and 2.
  const needed = Math.max(textHeightPt(title, middle, 13, true), textHeightPt(basis, left, 11) + row1);
  setRowHeight(d, 1, row1);
  setRowHeight(d, 2, row2);
  setRowHeight(d, 3, Math.max(16, needed - row1 - row2));
  setRowHeight(d, 4, row4);
  setRowHeight(d, 5, 17);
  setRowHeight(d, 6, 4);
  putBlock(d, 7, 10, 1, 4, L.unitOfCount, { italic: true, hAlign: 'right' });
  setRowHeight(d, 7, 15);
}

function writeTableHeading(d: SheetDraft, widths: readonly number[], rowHead: string): void {
  const L = REPORT_LABELS.form06a;
  const r = HEADER_TOP;
  const cell = (row: number, col: number, rows: number, cols: number, text: string, size = 12) =>
    putBlock(d, row, col, rows, cols, text, { ...CENTER, bold: true, border: true, fontSize: size });
  cell(r, 1, 3, 1, REPORT_LABELS.stt);
  cell(r, 2, 3, 1, rowHead);
  cell(r, 3, 1, 4, L.received);
  cell(r + 1, 3, 2, 1, L.totalCol);
  cell(r + 1, 4, 1, 2, L.ofWhich);
  cell(r + 2, 4, 1, 1, L.online, 10);
  cell(r + 2, 5, 1, 1, L.directOrPostal, 10);
  cell(r + 1, 6, 2, 1, L.carriedOver);
  cell(r, 7, 1, 4, L.resolved);
  cell(r + 1, 7, 2, 1, L.totalCol);
  cell(r + 1, 8, 2, 1, L.early);
  cell(r + 1, 9, 2, 1, L.onTime);
  cell(r + 1, 10, 2, 1, L.late);
  cell(r, 11, 1, 3, L.inProgress);
  cell(r + 1, 11, 2, 1, L.totalCol);
  cell(r + 1, 12, 2, 1, L.withinDeadline);
  cell(r + 1, 13, 2, 1, L.overdue);
  setRowHeight(d, r, 30);
  setRowHeight(d, r + 1, 16);
  // The two 10 pt sub-headings of "Trong đó" wrap in their narrow columns: the row takes the taller.
  setRowHeight(d, r + 2, Math.max(42, textHeightPt(L.online, widths[3], 10, true), textHeightPt(L.directOrPostal, widths[4], 10, true)));
  setRowHeight(d, writeCodeRow(d, COLS), 14);
}

function writeRatesAndNotes(d: SheetDraft, widths: readonly number[], total: Counts06a, options: Form06aOptions): void {
  const L = REPORT_LABELS.form06a;
  const valueLine = (label: string, value: number | null, format: string) => {
    const row = writeLine(d, widths, label, { vAlign: 'center', fontSize: 11 }, 1, 9);
    setCell(d, row, 10, value ?? '-');
    styleRange(d, row, 10, 1, 1, { bold: true, hAlign: 'center', fontSize: 11, numberFormat: format });
  };
  valueLine(L.rateResolved, onTimeRateResolved(total), FORMATS.rate);
  valueLine(L.rate766, onTimeRate766(total), FORMATS.rate);
  if (options.lateOnSystem !== undefined) valueLine(L.lateOnSystem, options.lateOnSystem, FORMATS.count);
  const excluded = options.excluded ?? {};
  const parts = EXCLUSION_REASONS.filter((reason) => (excluded[reason] ?? 0) > 0).map((reason) =>
    REPORT_LABELS.excludedParts[reason](formatCount(excluded[reason]!)),
  );
  if (parts.length > 0) writeLine(d, widths, L.excluded(parts.join('; ')), { fontSize: 11 });

  const from = formatShortDate(options.period.from);
  const end = formatShortDate(countEnd(options.period, options.asOf));
  const note: CellStyle = { italic: true, fontSize: 10 };
  const notes = [
    L.noteIdentities,
    L.noteReceived(from, end),
    L.noteResolved(from, end),
    L.noteInProgress(end),
    L.noteLateOnSystem,
    options.rules.withdrawnCountAsOnTime ? L.noteWithdrawnCounted : L.noteWithdrawnExcluded,
    options.rules.awaitingCountAsWithinDeadline ? L.noteAwaitingCounted : L.noteAwaitingExcluded,
    RULE_NOTE_LABELS.compareBy[options.rules.compareBy ?? 'datetime'],
    RULE_NOTE_LABELS.legalByDate,
    calendarDataNote(),
  ];
  // One wrapped paragraph: the form must keep its notes and signers on one page with the table.
  writeLine(d, widths, `${REPORT_LABELS.notesTitle} ${notes.map((text) => `- ${text}`).join(' ')}`, note);
}
