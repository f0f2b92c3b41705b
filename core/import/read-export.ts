/**
 * Reads a dossier export (any vendor's layout) into dossier records. Every row below the
 * header ends as exactly one dossier or one skipped row; every unreadable cell is a Problem.
 */
import type { Stamp } from '../calendar/day.js';
import { dayFromYmd } from '../calendar/day.js';
import type { Problem } from '../problem.js';
import type { DossierRecord, Field } from './dossier.js';
import type { InputCell, ReadOptions, ReadResult, SheetGrid, SkippedRow } from './read-result.js';
import { cellText, isBlankCell, lastFilledIndex } from './cells.js';
import { columnLetter } from './column-letter.js';
import { findHeader, type HeaderFound } from './find-header.js';
import { missingFieldProblems } from './missing-fields.js';
import { repairMonthFirst } from './month-first.js';
import { parseChannel } from './parse-channel.js';
import { dateCellKind, parseDateCell, parseDossierCodeDate, type DateSystem } from './parse-date.js';
import { parseStatus } from './parse-status.js';
import { resolveMapping, type ResolvedMapping } from './resolve-mapping.js';
import { classifyOddRow, headerTextsByColumn } from './odd-rows.js';
import { looksLikeCode } from './row-kind.js';

const DATE_FIELDS = ['submitted', 'received', 'due', 'extendedDue', 'finished', 'returned', 'actualResult'] as const;
type DateField = (typeof DATE_FIELDS)[number];
const TEXT_FIELDS = ['procedure', 'field', 'unit', 'officer', 'applicant', 'period', 'remarks'] as const;
/** Statuses of a dossier still being handled (DVCQG 1, 2, 4, 5, 6). */
const OPEN_STATUSES: ReadonlySet<number> = new Set([1, 2, 4, 5, 6]);
const DONE_STATUSES: ReadonlySet<number> = new Set([9, 10]);
/** Rows named in the detail of a column-wide problem. */
const MAX_ROWS_LISTED = 20;

/** Per date column: what the month-first repair needs once the whole column is read. */
interface DateColumnLog {
  field: DateField;
  index: number;
  cells: InputCell[];
  stamps: (Stamp | null)[];
  owners: number[];
  sawNumber: boolean;
  sawText: boolean;
}

/**
 * Reads one sheet of an export.
 * - Header: found by `findHeader` (1–3 rows, merged group headings, banner rows above).
 * - Rows below it: blank, group (one name cell, carried down as `group`, and as `unit` when the
 *   row has no unit of its own), total, footer (everything after the first signature line),
 *   column-index and repeated header rows are skipped with their reason; the rest are dossiers.
 * - Without a header: no dossiers, rowsIn 0 and one 'sheet.noHeader' (or 'sheet.empty') error.
 * - No receipt column: `received` comes from the code's yyMMdd (TT 01/2018 Điều 19).
 * Legal source: Thông tư 01/2018/TT-VPCP, Điều 19 (receipt date in the dossier code).
 * @example readExport({ sheetName: 'DS', cells: [['Mã hồ sơ', 'Ngày hẹn trả'], ['H56-240315-0001', '22/03/2024']] }).dossiers[0].due // => { day: 45373, sec: null }
 */
export function readExport(grid: SheetGrid, options: ReadOptions = {}): ReadResult {
  const cells = grid.cells;
  const origin = grid.origin ?? { row: 1, col: 1 };
  const dateSystem: DateSystem = grid.dateSystem ?? '1900';
  let lastIdx = cells.length - 1;
  while (lastIdx >= 0 && lastFilledIndex(cells[lastIdx]) < 0) lastIdx--;
  const lastRow = lastIdx < 0 ? 0 : origin.row + lastIdx;

  const header = lastIdx < 0 ? null : findHeader(cells);
  if (header === null) {
    let widest = -1;
    for (let i = 0; i <= lastIdx; i++) widest = Math.max(widest, lastFilledIndex(cells[i]));
    return {
      sheetName: grid.sheetName, headerRows: [], mapping: [], toolColumns: [],
      lastDataCol: widest < 0 ? 0 : origin.col + widest, lastRow, dossiers: [], skipped: [],
      problems: [{ code: lastIdx < 0 ? 'sheet.empty' : 'sheet.noHeader', row: 0, severity: 'error' }], rowsIn: 0,
    };
  }

  const firstDataIdx = header.rows[header.rows.length - 1] + 1;
  let width = 0;
  for (const row of cells) if (row && row.length > width) width = row.length;
  const resolved = resolveMapping({
    header, dataRows: cells.slice(firstDataIdx, firstDataIdx + 400), originCol: origin.col, width, dateSystem,
    overrides: options.mapping,
  });
  // The tool's own block (status columns and legend) is not data: rows holding only that
  // block do not extend the table, so a re-run sees the same rows as the first run.
  let endIdx = cells.length - 1;
  let dataLastRow = lastRow;
  if (resolved.toolIndexes.length > 0) {
    const toolStart = Math.min(...resolved.toolIndexes);
    endIdx = lastIdx;
    while (endIdx >= firstDataIdx && lastFilledIndex(cells[endIdx]?.slice(0, toolStart)) < 0) endIdx--;
    dataLastRow = origin.row + Math.max(endIdx, firstDataIdx - 1);
  }
  const reader = new RowReader(grid, header, resolved, origin, dateSystem, dataLastRow);
  for (let i = firstDataIdx; i <= endIdx; i++) reader.read(i);
  return reader.finish();
}

class RowReader {
  private readonly dossiers: DossierRecord[] = [];
  private readonly skipped: SkippedRow[] = [];
  private readonly problems: Problem[] = [];
  private readonly seenCodes = new Map<string, number>();
  private readonly dateLogs: DateColumnLog[] = [];
  private readonly headerTexts: ReadonlyMap<number, ReadonlySet<string>>;
  private readonly span: number;
  private readonly headingOf = new Map<number, { heading: string; letter: string }>();
  private readonly idx: Partial<Record<Field, number>>;
  private group: string | null = null;
  private footerStarted = false;
  private lastDataIdx = -1;
  private fromCode = 0;

  constructor(
    private readonly grid: SheetGrid,
    private readonly header: HeaderFound,
    private readonly resolved: ResolvedMapping,
    private readonly origin: { row: number; col: number },
    private readonly dateSystem: DateSystem,
    private readonly lastRow: number,
  ) {
    this.idx = resolved.index;
    this.span = resolved.toolIndexes.length > 0 ? Math.min(...resolved.toolIndexes) : Infinity;
    this.headerTexts = headerTextsByColumn(header.rows.map((r) => grid.cells[r] ?? []));
    for (const m of resolved.mapping) this.headingOf.set(m.col - origin.col, { heading: m.heading, letter: m.letter });
    for (const field of DATE_FIELDS) {
      const index = this.idx[field];
      if (index !== undefined) this.dateLogs.push({ field, index, cells: [], stamps: [], owners: [], sawNumber: false, sawText: false });
    }
    for (const r of header.rows) this.lastDataIdx = Math.max(this.lastDataIdx, Math.min(lastFilledIndex(grid.cells[r]), this.span - 1));
  }

  read(i: number): void {
    const row = this.grid.cells[i] ?? [];
    const sheetRow = this.origin.row + i;
    const end = Math.min(row.length, this.span);
    let filled = 0;
    let last = -1;
    for (let c = 0; c < end; c++) {
      if (!isBlankCell(row[c])) {
        filled++;
        last = c;
      }
    }
    if (last > this.lastDataIdx) this.lastDataIdx = last;
    if (filled === 0) return this.skip(sheetRow, this.footerStarted ? 'footer' : 'blank');
    if (this.footerStarted) return this.skip(sheetRow, 'footer');
    if (!this.isPlainDossier(row, filled)) {
      const odd = classifyOddRow(row, end, filled, this.headerTexts, this.idx.code, this.header.columns.length);
      if (odd !== null) {
        if (odd.reason === 'footer') this.footerStarted = true;
        if (odd.reason === 'group') this.group = odd.text ?? null;
        return this.skip(sheetRow, odd.reason, odd.reason === 'group' ? odd.text : undefined);
      }
    }
    this.readDossier(row, sheetRow);
  }

  /** Fast path: a code-shaped cell in the code column and something else on the row. */
  private isPlainDossier(row: readonly InputCell[], filled: number): boolean {
    if (this.idx.code === undefined || filled < 2) return false;
    // A number in the code column may be a count on a total row: only code-shaped text is fast.
    const code = row[this.idx.code];
    return typeof code === 'string' && looksLikeCode(code);
  }

  private skip(row: number, reason: SkippedRow['reason'], text?: string): void {
    this.skipped.push(text === undefined ? { row, reason } : { row, reason, text });
  }

  private readDossier(row: readonly InputCell[], sheetRow: number): void {
    const idx = this.idx;
    const code = textAt(row, idx.code);
    const record: DossierRecord = {
      row: sheetRow, code, procedure: null, field: null, unit: null, officer: null, applicant: null, channel: null,
      submitted: null, received: null, receivedFromCode: false, due: null, extendedDue: null, finished: null,
      returned: null, actualResult: null, statusCode: null, statusText: null, period: null, remarks: null,
      group: this.group,
    };
    for (const field of TEXT_FIELDS) record[field] = textAt(row, idx[field]);
    if (record.unit === null) record.unit = this.group;
    const ownerIndex = this.dossiers.length;
    for (const log of this.dateLogs) record[log.field] = this.readDate(row, sheetRow, log, ownerIndex);

    if (idx.code !== undefined) this.checkCode(code, sheetRow);
    if (idx.received === undefined && code !== null) {
      const ymd = parseDossierCodeDate(code);
      if (ymd) {
        record.received = { day: dayFromYmd(ymd), sec: null };
        record.receivedFromCode = true;
        this.fromCode++;
      }
    }
    if (idx.status !== undefined) this.readStatus(row, sheetRow, record);
    if (idx.channel !== undefined) {
      const cell = row[idx.channel];
      if (!isBlankCell(cell)) {
        const parsed = parseChannel(cell, this.resolved.onlineFlag);
        if (parsed.ok) record.channel = parsed.value;
        else this.problem(parsed.code, sheetRow, idx.channel, cell, 'warning');
      }
    }
    this.dossiers.push(record);
  }

  private readDate(row: readonly InputCell[], sheetRow: number, log: DateColumnLog, owner: number): Stamp | null {
    const cell = row[log.index];
    if (isBlankCell(cell)) return null;
    const parsed = parseDateCell(cell, this.dateSystem);
    if (!parsed.ok) {
      this.problem(parsed.code, sheetRow, log.index, cell, 'error');
      return null;
    }
    // Apps Script's rendering of a real date cell is a date the spreadsheet parsed, like a serial.
    if (typeof cell === 'number' || dateCellKind(cell) === 'adapterText') log.sawNumber = true;
    else log.sawText = true;
    log.cells.push(cell);
    log.stamps.push(parsed.value);
    log.owners.push(owner);
    return parsed.value;
  }

  private checkCode(code: string | null, sheetRow: number): void {
    const index = this.idx.code as number;
    if (code === null) {
      this.problem('row.noCode', sheetRow, index, undefined, 'warning');
      return;
    }
    const first = this.seenCodes.get(code);
    if (first === undefined) this.seenCodes.set(code, sheetRow);
    else this.problem('row.duplicateCode', sheetRow, index, code, 'warning', String(first));
  }

  private readStatus(row: readonly InputCell[], sheetRow: number, record: DossierRecord): void {
    const index = this.idx.status as number;
    const cell = row[index];
    if (isBlankCell(cell)) return;
    record.statusText = cellText(cell);
    const parsed = parseStatus(cell);
    if (!parsed.ok) {
      this.problem(parsed.code, sheetRow, index, cell, 'warning');
      return;
    }
    record.statusCode = parsed.value;
    const ended = record.finished !== null || record.returned !== null;
    const hasEndColumns = this.idx.finished !== undefined || this.idx.returned !== undefined;
    if ((OPEN_STATUSES.has(parsed.value) && ended) || (DONE_STATUSES.has(parsed.value) && hasEndColumns && !ended)) {
      this.problem('status.contradictsDates', sheetRow, index, cell, 'warning');
    }
  }

  private problem(code: Problem['code'], row: number, index: number, cell: InputCell, severity: Problem['severity'], detail?: string): void {
    const where = this.headingOf.get(index);
    const problem: Problem = { code, row, severity };
    if (where !== undefined) problem.column = where.heading;
    problem.columnLetter = where?.letter ?? columnLetter(this.origin.col + index);
    if (cell !== undefined) problem.value = typeof cell === 'string' ? cell : cellText(cell);
    if (detail !== undefined) problem.detail = detail;
    this.problems.push(problem);
  }

  finish(): ReadResult {
    for (const log of this.dateLogs) if (log.sawNumber && log.sawText) this.repair(log);
    const { origin, resolved } = this;
    const sheetProblems = [...resolved.problems];
    for (const column of resolved.derived) {
      const sample = this.firstValue(column.index);
      if (sample === null) continue;
      sheetProblems.push({
        code: 'row.derivedTextIgnored', row: 0, column: column.heading, columnLetter: columnLetter(origin.col + column.index),
        value: sample, severity: 'warning',
      });
    }
    if (this.fromCode > 0) sheetProblems.push({ code: 'date.fromCode', row: 0, severity: 'warning', detail: String(this.fromCode) });
    sheetProblems.push(...missingFieldProblems(resolved.index, this.fromCode > 0));
    const problems = [...sheetProblems, ...this.problems.sort((a, b) => a.row - b.row)];
    return {
      sheetName: this.grid.sheetName,
      headerRows: this.header.rows.map((r) => origin.row + r),
      mapping: resolved.mapping,
      toolColumns: resolved.toolIndexes.map((i) => origin.col + i).sort((a, b) => a - b),
      lastDataCol: this.lastDataIdx < 0 ? 0 : origin.col + this.lastDataIdx,
      lastRow: this.lastRow,
      dossiers: this.dossiers,
      skipped: this.skipped,
      problems,
      rowsIn: this.dossiers.length + this.skipped.length,
    };
  }

  private repair(log: DateColumnLog): void {
    const { stamps, repaired } = repairMonthFirst(log.cells, log.stamps);
    if (repaired.length === 0) return;
    for (const k of repaired) this.dossiers[log.owners[k]][log.field] = stamps[k];
    const rows = repaired.map((k) => this.dossiers[log.owners[k]].row);
    const first = repaired[0];
    const listed = rows.length > MAX_ROWS_LISTED ? `${rows.slice(0, MAX_ROWS_LISTED).join(', ')}, …` : rows.join(', ');
    this.problem('date.monthFirst', rows[0], log.index, log.cells[first], 'warning', listed);
  }

  private firstValue(index: number): string | null {
    const cells = this.grid.cells;
    for (let i = this.header.rows[this.header.rows.length - 1] + 1; i < cells.length; i++) {
      const cell = cells[i]?.[index];
      if (!isBlankCell(cell)) return cellText(cell);
    }
    return null;
  }
}

/** The trimmed text of a mapped cell; null when unmapped or blank. */
function textAt(row: readonly InputCell[], index: number | undefined): string | null {
  if (index === undefined) return null;
  const t = cellText(row[index]);
  return t === '' ? null : t;
}
