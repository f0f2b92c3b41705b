/**
 * "Kiểm tra hạn" on rows that arrive in blocks (a file read piece by piece), in bounded
 * memory: each block is read, classified and planned as it comes, and only what the
 * report tabs need is kept (counts, the listed dossiers: see ReportSummary).
 *
 * Each block is read by `checkSheet` itself, on the sheet's top rows (banners, header and
 * the 400 sample rows the column mapping is decided on) followed by the block, so every
 * block is mapped and read exactly as the whole sheet would be. What a row's reading owes
 * to rows of earlier blocks is carried over: the group row above it, a footer already
 * started, dossier codes seen before (duplicates), codes that got an actual result date on
 * the "Trễ trên hệ thống" tab. Two things depend on the whole column and cannot be known
 * block by block; the stream reports them (`needsInMemory`) and the host checks in memory:
 * a month-first paste repair, and the tool's own columns from a previous run.
 * The data-sheet plan of a block depends on the last data column and on whether any due
 * date has a time: the first block's are assumed (or the caller's `hints`), and `finish`
 * says what they really were, so a host can run a second pass in the rare case they differ.
 */
import { ymdFromDay } from '../calendar/day.js';
import { buildCalendar } from '../calendar/working-days.js';
import { checkSheet, findLateOnSystemSheet, typedOnTab, type CheckResult, type TypedOnTab } from '../check.js';
import { undecidedDayWarnings, type UndecidedDayUse } from '../check-undecided.js';
import type { ClassifiedDossier } from '../classify/classified.js';
import type { ClassifyContext, SystemDueRow } from '../classify/classify.js';
import { STATUSES, type Status } from '../classify/status.js';
import { lastFilledIndex } from '../import/cells.js';
import type { DossierRecord, Field } from '../import/dossier.js';
import { missingFieldProblems } from '../import/missing-fields.js';
import { dateCellKind } from '../import/parse-date.js';
import type { InputCell, ReadResult, SheetGrid, SkippedRow } from '../import/read-result.js';
import { buildDataPlan, DUE_FORMAT_DATE, DUE_FORMAT_DATE_TIME } from '../plan/build-data-plan.js';
import type { DataSheetPlan, SheetPlan } from '../plan/plan.js';
import type { Problem } from '../problem.js';
import type { Settings } from '../settings.js';
import { detach, ReportSummary } from './report-summary.js';

/** Rows the mapping is decided on below the header (resolveMapping's sample). */
const SAMPLE_ROWS = 400;
const DATE_FIELDS: readonly Field[] = ['submitted', 'received', 'due', 'extendedDue', 'finished', 'returned', 'actualResult'];

/** What a block's data-sheet plan depends on beyond its own rows. */
export interface StreamHints {
  /** Last column (1-based) of the user's data in the whole sheet. */
  lastDataCol: number;
  /** True when any due date of the sheet has a time. */
  dueWithTime: boolean;
}

export interface CheckStreamOptions {
  /** The tool's "Trễ trên hệ thống" tab of a previous run (see CheckOptions.lateOnSystem). */
  lateOnSystem?: SheetGrid | null;
  /** From a previous pass over the same rows; else the first block's values are assumed. */
  hints?: StreamHints;
  /** Rows in the first block (at least the header, its sample and the legend). @default 2000 */
  firstBlockRows?: number;
  /** Rows in each later block. @default 5000 */
  blockRows?: number;
}

/** A block of rows with what the tool writes on them. */
export interface CheckBlock {
  /** Sheet row (1-based) of rows[0]. */
  firstRow: number;
  rows: InputCell[][];
  /** The tool's cells for these rows; the headings and legend only in the first block (`first`). Null without a header. */
  plan: DataSheetPlan | null;
  first: boolean;
}

/** Why the stream cannot give the in-memory result. */
/** rowsAfterFooter: a row follows what looked like the footer, which only the whole sheet can place (a note row or a dossier). */
export type InMemoryReason = 'monthFirst' | 'toolColumns' | 'rowsAfterFooter';

export interface CheckStreamResult {
  /** As checkSheet gives it, except `plan` (given block by block) is null and `dossiers` holds stand-ins for unlisted dossiers. */
  result: CheckResult;
  /** The report tabs, as buildReports gives them for every dossier. */
  reports: () => SheetPlan[];
  /** The real values of what the blocks' plans assumed. */
  found: StreamHints;
  /** True when the plans were made with other values than `found`: run again with `hints: found`. */
  hintsWrong: boolean;
  needsInMemory: InMemoryReason | null;
}

interface DateEvidence {
  index: number;
  field: Field;
  sawNumber: boolean;
  sawText: boolean;
  textOver12: boolean;
  realOver12: boolean;
  candidate: boolean;
}

/**
 * Checks a sheet given in blocks: `push` rows (contiguous, from row 1), `end`, then `finish`.
 * @example const s = new CheckStream('Hồ sơ', settings); s.push(rows); s.end(); s.finish().result.counts.late // => 3
 */
export class CheckStream {
  private readonly buf: InputCell[][] = [];
  private bufFirst = 1;
  private lastFilled = 0;
  private started = false;
  private first: CheckResult | null = null;
  private prefix: InputCell[][] = [];
  private carry: { row: number; cells: InputCell[] } | null = null;
  private footer = false;
  /** The rows from the footer's first row on (a footer is a few lines; capped), to judge a later row in context. */
  private footerRows: InputCell[][] = [];
  private noHeader = false;
  private readonly codes = new Map<string, number>();
  private typed: TypedOnTab | null = null;
  private readonly summary: ReportSummary;
  private readonly counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  private readonly skipped: SkippedRow[] = [];
  private readonly rowProblems: Problem[] = [];
  private readonly readProblems: Problem[] = [];
  private sheetProblems: Problem[] = [];
  private fromCode = 0;
  private lastDataCol = 0;
  private lastRow = 0;
  private anyTime = false;
  private assumed: StreamHints | null;
  private evidence: DateEvidence[] = [];
  private inMemory: InMemoryReason | null = null;
  private readonly systemDues: SystemDueRow[] = [];
  private readonly undecidedDays = new Map<number, UndecidedDayUse>();
  private readonly undecidedRows: number[] = [];
  private readonly firstBlockRows: number;
  private readonly blockRows: number;
  private readonly ctx: ClassifyContext;

  constructor(
    private readonly sheetName: string,
    private readonly settings: Settings,
    options: CheckStreamOptions = {},
  ) {
    this.summary = new ReportSummary(settings);
    this.assumed = options.hints ?? null;
    this.firstBlockRows = Math.max(options.firstBlockRows ?? 2000, 60);
    this.blockRows = Math.max(options.blockRows ?? 5000, 1);
    this.ctx = { asOf: settings.asOf, calendar: buildCalendar(settings.calendar), rules: settings.rules, hours: settings.hours };
    const tab = options.lateOnSystem ? findLateOnSystemSheet([options.lateOnSystem]) ?? options.lateOnSystem : null;
    if (tab) this.typed = typedOnTab(tab);
  }

  /** Rows that follow the previous ones; gives the blocks that are complete. */
  push(rows: readonly InputCell[][]): CheckBlock[] {
    for (const row of rows) {
      this.buf.push(row);
      if (!isEmptyRow(row)) this.lastFilled = this.buf.length;
    }
    const out: CheckBlock[] = [];
    while (this.lastFilled >= (this.started ? this.blockRows : this.firstBlockRows)) out.push(this.take());
    return out;
  }

  /** The last blocks; empty rows at the end of the sheet are dropped, as a whole-sheet read drops them. */
  end(): CheckBlock[] {
    const out: CheckBlock[] = [];
    if (this.lastFilled > 0) out.push(this.take());
    this.buf.length = 0;
    return out;
  }

  private take(): CheckBlock {
    const n = this.started ? Math.min(this.lastFilled, Math.max(this.blockRows, 1)) : this.lastFilled;
    const rows = this.buf.splice(0, n);
    const firstRow = this.bufFirst;
    this.bufFirst += n;
    this.lastFilled -= n;
    const first = !this.started;
    this.started = true;
    return { firstRow, rows, plan: first ? this.firstBlock(rows) : this.laterBlock(rows, firstRow), first };
  }

  private firstBlock(rows: InputCell[][]): DataSheetPlan | null {
    const result = checkSheet({ sheetName: this.sheetName, cells: rows }, this.settings, { typed: this.typed });
    this.first = result;
    const read = result.read;
    if (read.headerRows.length === 0) {
      this.noHeader = true;
      return null;
    }
    if (read.toolColumns.length > 0) this.inMemory = 'toolColumns';
    const headerEnd = read.headerRows[read.headerRows.length - 1];
    this.prefix = rows.slice(0, Math.min(rows.length, headerEnd + SAMPLE_ROWS));
    this.sheetProblems = read.problems.filter((p) => p.row === 0 && p.code !== 'date.fromCode' && p.code !== 'header.missingField');
    for (const m of read.mapping) {
      if (DATE_FIELDS.includes(m.field)) {
        this.evidence.push({ index: m.col - 1, field: m.field, sawNumber: false, sawText: false, textOver12: false, realOver12: false, candidate: false });
      }
    }
    this.assumed ??= { lastDataCol: read.lastDataCol, dueWithTime: result.dossiers.some((d) => d.dueAt !== null && d.dueAt.sec !== null) };
    return this.absorb(result, rows, 1, true);
  }

  private laterBlock(rows: InputCell[][], firstRow: number): DataSheetPlan | null {
    if (this.noHeader) return null;
    for (let i = rows.length - 1; i >= 0; i--) {
      if (lastFilledIndex(rows[i]) >= 0) {
        this.lastRow = Math.max(this.lastRow, firstRow + i);
        break;
      }
    }
    if (this.footer) {
      // After the signature line every row is footer, unless a filled row follows: then only
      // the whole sheet can tell a note row from the footer (core/import reads dossiers after it).
      if (this.lastRow >= firstRow) {
        if (this.footerRows.length > FOOTER_ROWS_KEPT) this.inMemory ??= 'rowsAfterFooter';
        else {
          const lead = [...this.prefix, ...this.footerRows];
          const grid: SheetGrid = { sheetName: this.sheetName, cells: [...lead, ...rows], origin: { row: firstRow - lead.length, col: 1 } };
          if (checkSheet(grid, this.settings).dossiers.some((d) => d.record.row >= firstRow)) this.inMemory ??= 'rowsAfterFooter';
          this.footerRows.push(...rows);
        }
      }
      for (let i = 0; i < rows.length; i++) this.skipped.push({ row: firstRow + i, reason: 'footer' });
      return this.blockPlan(this.first!.read, [], firstRow, rows.length, false);
    }
    const lead = this.carry ? [...this.prefix, this.carry.cells] : this.prefix;
    const grid: SheetGrid = { sheetName: this.sheetName, cells: [...lead, ...rows], origin: { row: firstRow - lead.length, col: 1 } };
    const result = checkSheet(grid, this.settings, { typed: this.typed });
    return this.absorb(result, rows, firstRow, false);
  }

  /** Takes the block's own rows out of a check of (top rows + block), carrying state on. */
  private absorb(result: CheckResult, rows: InputCell[][], firstRow: number, first: boolean): DataSheetPlan {
    const read = result.read;
    const mine = (row: number) => row >= firstRow;
    let dossiers = first ? result.dossiers : result.dossiers.filter((d) => mine(d.record.row));
    if (result.problems.some((p) => p.code === 'date.monthFirst')) this.inMemory ??= 'monthFirst';

    let problems = first ? result.problems.filter((p) => p.row > 0) : result.problems.filter((p) => mine(p.row));
    let readProblems = first ? read.problems.filter((p) => p.row > 0) : read.problems.filter((p) => mine(p.row));
    if (first) {
      for (const d of dossiers) if (d.record.code !== null && !this.codes.has(d.record.code)) this.codes.set(detach(d.record.code), d.record.row);
    } else {
      const duplicates = this.duplicates(dossiers.map((d) => d.record), read);
      problems = withDuplicates(problems, duplicates);
      readProblems = withDuplicates(readProblems, duplicates);
    }
    for (const p of problems) if (p.value !== undefined) p.value = detach(p.value);
    this.rowProblems.push(...problems);
    this.readProblems.push(...readProblems);

    for (const s of read.skipped) {
      if (!mine(s.row)) continue;
      this.skipped.push(s);
      if (s.reason === 'footer' && !this.footer) {
        this.footer = true;
        this.footerRows = rows.slice(s.row - firstRow);
      }
      if (s.reason === 'group' && s.row - 1 >= this.prefix.length) this.carry = { row: s.row, cells: rows[s.row - firstRow] };
    }
    for (const d of dossiers) {
      this.counts[d.status]++;
      if (d.record.receivedFromCode) this.fromCode++;
      if (d.dueAt !== null && d.dueAt.sec !== null) this.anyTime = true;
    }
    this.collectEvidence(dossiers, rows, firstRow);
    const differs = new Set<DossierRecord>();
    for (const row of result.systemDues) {
      if (!mine(row.record.row)) continue;
      this.systemDues.push(row);
      differs.add(row.record);
    }
    this.addUndecided(dossiers, read);
    this.summary.add(dossiers, differs);
    this.lastDataCol = Math.max(this.lastDataCol, read.lastDataCol);
    if (first) this.lastRow = Math.max(this.lastRow, read.lastRow);
    return this.blockPlan(read, dossiers, firstRow, rows.length, first);
  }

  private blockPlan(read: ReadResult, dossiers: readonly ClassifiedDossier[], firstRow: number, count: number, first: boolean): DataSheetPlan {
    const hints = this.assumed!;
    const blockRead: ReadResult = first
      ? { ...read, lastDataCol: hints.lastDataCol }
      : { ...read, headerRows: [firstRow - 1], lastRow: firstRow + count - 1, lastDataCol: hints.lastDataCol, toolColumns: this.first!.read.toolColumns };
    const plan = buildDataPlan(blockRead, dossiers, this.settings)!;
    plan.numberFormats[1] = hints.dueWithTime ? DUE_FORMAT_DATE_TIME : DUE_FORMAT_DATE;
    return plan;
  }

  /** The undecided-day summary of this block's own dossiers, added to the sheet's. */
  private addUndecided(dossiers: readonly ClassifiedDossier[], read: ReadResult): void {
    const { summary } = undecidedDayWarnings(dossiers, this.ctx.calendar, this.settings.asOf, read.mapping);
    for (const use of summary.days) {
      const found = this.undecidedDays.get(use.day);
      if (found) found.dossiers += use.dossiers;
      else this.undecidedDays.set(use.day, { ...use });
    }
    this.undecidedRows.push(...summary.rows);
  }

  /** The 'row.duplicateCode' warnings of a later block, against every code seen before. */
  private duplicates(records: readonly DossierRecord[], read: ReadResult): Map<number, Problem> {
    const out = new Map<number, Problem>();
    const codeMapping = read.mapping.find((m) => m.field === 'code');
    for (const r of records) {
      if (r.code === null) continue;
      const firstRow = this.codes.get(r.code);
      if (firstRow === undefined) {
        this.codes.set(detach(r.code), r.row);
        continue;
      }
      const p: Problem = { code: 'row.duplicateCode', row: r.row, severity: 'warning' };
      if (codeMapping) {
        p.column = codeMapping.heading;
        p.columnLetter = codeMapping.letter;
      }
      p.value = r.code;
      p.detail = String(firstRow);
      out.set(r.row, p);
    }
    return out;
  }

  /** What repairMonthFirst looks at, over the whole column. */
  private collectEvidence(dossiers: readonly ClassifiedDossier[], rows: InputCell[][], firstRow: number): void {
    for (const e of this.evidence) {
      for (const d of dossiers) {
        const stamp = d.record[e.field as 'due'];
        if (stamp === null) continue;
        const cell = rows[d.record.row - firstRow]?.[e.index];
        if (typeof cell === 'number') e.sawNumber = true;
        else e.sawText = true;
        const kind = dateCellKind(cell);
        const { d: day, m } = ymdFromDay(stamp.day);
        if (kind === 'dayFirstText') {
          if (day > 12) e.textOver12 = true;
        } else if (kind === 'serial' || kind === 'adapterText') {
          if (day > 12) e.realOver12 = true;
          else if (day !== m) e.candidate = true;
        }
      }
    }
  }

  /** The whole sheet's result, once every row was pushed and `end` called. */
  finish(): CheckStreamResult {
    const first = this.first;
    const found: StreamHints = { lastDataCol: this.lastDataCol, dueWithTime: this.anyTime };
    if (first === null || this.noHeader) {
      const empty: CheckResult = first ?? checkSheet({ sheetName: this.sheetName, cells: [] }, this.settings);
      return { result: empty, reports: () => [], found, hintsWrong: false, needsInMemory: null };
    }
    if (this.evidence.some((e) => e.sawNumber && e.sawText && e.textOver12 && !e.realOver12 && e.candidate)) this.inMemory ??= 'monthFirst';
    const index: Partial<Record<Field, number>> = {};
    for (const m of first.read.mapping) index[m.field] = m.col - 1;
    const sheet = [...this.sheetProblems];
    if (this.fromCode > 0) sheet.push({ code: 'date.fromCode', row: 0, severity: 'warning', detail: String(this.fromCode) });
    sheet.push(...missingFieldProblems(index, this.fromCode > 0));
    const dossiers = this.summary.dossiers();
    const read: ReadResult = {
      ...first.read,
      lastDataCol: this.lastDataCol,
      lastRow: this.lastRow,
      dossiers: dossiers.map((d) => d.record),
      skipped: this.skipped,
      problems: [...sheet, ...this.readProblems],
      rowsIn: this.summary.count + this.skipped.length,
    };
    const undecided = { days: [...this.undecidedDays.values()].sort((a, b) => a.day - b.day), rows: this.undecidedRows.slice() };
    const result: CheckResult = {
      read,
      dossiers,
      counts: { ...this.counts },
      problems: [...sheet, ...this.rowProblems],
      plan: null,
      systemDues: this.systemDues.slice(),
      undecided,
      agency: first.agency ?? null,
    };
    const assumed = this.assumed!;
    return {
      result,
      reports: () => this.summary.reports(),
      found,
      hintsWrong: assumed.lastDataCol !== found.lastDataCol || assumed.dueWithTime !== found.dueWithTime,
      needsInMemory: this.inMemory,
    };
  }
}

/** Past this many footer rows, a filled row after them sends the sheet to the whole-sheet check. */
const FOOTER_ROWS_KEPT = 200;

function isEmptyRow(row: readonly InputCell[]): boolean {
  for (let i = 0; i < row.length; i++) if (row[i] !== null && row[i] !== undefined) return false;
  return true;
}

/** The block's problems with its duplicate warnings replaced by the stream's, each after the row's date problems. */
function withDuplicates(problems: readonly Problem[], duplicates: ReadonlyMap<number, Problem>): Problem[] {
  const out: Problem[] = [];
  const placed = new Set<number>();
  const flush = (row: number) => {
    const p = duplicates.get(row);
    if (p !== undefined && !placed.has(row)) {
      out.push(p);
      placed.add(row);
    }
  };
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i];
    if (p.code === 'row.duplicateCode') continue;
    if (duplicates.has(p.row) && !placed.has(p.row) && !p.code.startsWith('date.')) flush(p.row);
    out.push(p);
    const next = problems[i + 1];
    if (next === undefined || next.row !== p.row) flush(p.row);
  }
  const rest = [...duplicates.keys()].filter((r) => !placed.has(r));
  if (rest.length === 0) return out;
  for (const r of rest) out.push(duplicates.get(r)!);
  return out.sort((a, b) => a.row - b.row);
}
