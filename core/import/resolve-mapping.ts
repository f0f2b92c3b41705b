/**
 * From a found header to one column per field: content decides ambiguous headings, the best
 * confidence wins a field, the user's overrides come last.
 */
import type { Field } from './dossier.js';
import type { Problem } from '../problem.js';
import type { FieldMapping, InputCell, MappingOverride } from './read-result.js';
import { isBlankCell, cellText } from './cells.js';
import { columnFromLetter, columnLetter } from './column-letter.js';
import type { HeaderColumn, HeaderFound } from './find-header.js';
import { normalizeKey } from './normalize.js';
import { parseDateCell, type DateSystem } from './parse-date.js';

export interface ResolvedMapping {
  /** Sorted by column. */
  mapping: FieldMapping[];
  /** 0-based grid column per mapped field. */
  index: Partial<Record<Field, number>>;
  /** The channel column holds a yes/no "Trực tuyến" flag. */
  onlineFlag: boolean;
  /** 0-based grid columns written by the tool on a previous run. */
  toolIndexes: number[];
  /** Computed columns ("Hạn xử lý" holding "Quá hạn 2.25 ngày", "Số ngày quá hạn"). */
  derived: HeaderColumn[];
  problems: Problem[];
}

export interface ResolveContext {
  header: HeaderFound;
  /** Grid rows below the header (a sample is enough for content decisions). */
  dataRows: readonly (readonly InputCell[] | undefined)[];
  /** Sheet column of grid column 0. */
  originCol: number;
  /** Widest row of the grid, for validating column letters. */
  width: number;
  dateSystem: DateSystem;
  overrides?: MappingOverride;
}

/** Share of non-blank values that must be dates for "Thời hạn" to be a due date. */
const DATE_SHARE = 0.6;
const SAMPLE_ROWS = 200;
/** Confidence of a heading whose field was decided by the column's content. */
const CONTENT_CONFIDENCE = 0.7;

interface Candidate {
  field: Field;
  column: HeaderColumn;
  confidence: number;
  onlineFlag: boolean;
}

/**
 * Maps fields to columns. Columns at or right of the first tool column are never data.
 * Two columns tied for one field: the leftmost wins, with a 'header.ambiguous' warning.
 * An override is a heading as written (compared normalized) or a column letter; '' unmaps.
 * @example resolveMapping({ header, dataRows, originCol: 1, width: 8, dateSystem: '1900' }).index.due // => 5
 */
export function resolveMapping(ctx: ResolveContext): ResolvedMapping {
  const { header, originCol } = ctx;
  const problems: Problem[] = [];
  const toolIndexes = header.columns.filter((c) => c.match?.kind === 'tool').map((c) => c.index);
  const firstTool = toolIndexes.length > 0 ? Math.min(...toolIndexes) : Infinity;
  const derived: HeaderColumn[] = [];
  const candidates: Candidate[] = [];
  for (const column of header.columns) {
    const match = column.match;
    if (match === null || column.index >= firstTool) continue;
    if (match.kind === 'field' && match.field === 'period' && dateShare(ctx, column.index) >= DATE_SHARE) {
      // "Thời hạn giải quyết" holding dates (some vendors) is the due date, not a period.
      candidates.push({ field: 'due', column, confidence: CONTENT_CONFIDENCE * match.confidence, onlineFlag: false });
    } else if (match.kind === 'field') {
      candidates.push({ field: match.field, column, confidence: match.confidence, onlineFlag: match.onlineFlag });
    } else if (match.kind === 'derived') {
      derived.push(column);
    } else if (match.kind === 'contentDecides') {
      if (dateShare(ctx, column.index) >= DATE_SHARE) {
        candidates.push({ field: match.ifDates, column, confidence: CONTENT_CONFIDENCE * match.confidence, onlineFlag: false });
      } else if (match.otherwise === 'derived') {
        derived.push(column);
      } else {
        candidates.push({ field: match.otherwise, column, confidence: CONTENT_CONFIDENCE * match.confidence, onlineFlag: false });
      }
    }
  }

  const chosen = new Map<Field, Candidate & { source: 'detected' | 'user' }>();
  for (const candidate of candidates) {
    const held = chosen.get(candidate.field);
    if (!held || candidate.confidence > held.confidence) chosen.set(candidate.field, { ...candidate, source: 'detected' });
  }
  for (const [field, held] of chosen) {
    const rivals = candidates.filter((c) => c.field === field && c.column !== held.column && c.confidence === held.confidence);
    if (rivals.length > 0) {
      problems.push({
        code: 'header.ambiguous', row: 0, column: held.column.heading, columnLetter: columnLetter(originCol + held.column.index),
        severity: 'warning', detail: rivals.map((r) => r.column.heading).join(' | '),
      });
    }
  }

  for (const [field, spec] of Object.entries(ctx.overrides ?? {}) as [Field, string | undefined][]) {
    if (spec === undefined) continue;
    if (spec.trim() === '') {
      chosen.delete(field);
      continue;
    }
    const column = findOverrideColumn(ctx, spec);
    if (column === null) {
      problems.push({ code: 'header.mapUnknownColumn', row: 0, column: spec, severity: 'error', detail: field });
      continue;
    }
    for (const [other, held] of chosen) if (held.column.index === column.index) chosen.delete(other);
    const onlineFlag = field === 'channel' && column.match?.kind === 'field' && column.match.onlineFlag;
    chosen.set(field, { field, column, confidence: 1, onlineFlag, source: 'user' });
  }

  const mapping: FieldMapping[] = [...chosen.values()]
    .map((c) => ({
      field: c.field, col: originCol + c.column.index, letter: columnLetter(originCol + c.column.index),
      heading: c.column.heading, confidence: round2(c.confidence), source: c.source,
    }))
    .sort((a, b) => a.col - b.col);
  const index: Partial<Record<Field, number>> = {};
  for (const c of chosen.values()) index[c.field] = c.column.index;
  const onlineFlag = chosen.get('channel')?.onlineFlag ?? false;
  const mappedIndexes = new Set(Object.values(index));
  return { mapping, index, onlineFlag, toolIndexes, derived: derived.filter((d) => !mappedIndexes.has(d.index)), problems };
}

/** A heading as written (normalized compare, whole or any part) or a column letter. */
function findOverrideColumn(ctx: ResolveContext, spec: string): HeaderColumn | null {
  const key = normalizeKey(spec);
  const columns = ctx.header.columns;
  const byHeading =
    columns.find((c) => normalizeKey(c.heading) === key) ?? columns.find((c) => c.parts.some((p) => normalizeKey(p) === key));
  if (byHeading && key !== '') return byHeading;
  const col = columnFromLetter(spec);
  if (col === null) return null;
  const index = col - ctx.originCol;
  if (index < 0 || index >= ctx.width) return null;
  return columns.find((c) => c.index === index) ?? { index, heading: '', parts: [], match: null };
}

function dateShare(ctx: ResolveContext, index: number): number {
  let filled = 0;
  let dates = 0;
  const rows = ctx.dataRows;
  for (let i = 0; i < rows.length && filled < SAMPLE_ROWS; i++) {
    const cell = rows[i]?.[index];
    if (isBlankCell(cell)) continue;
    filled++;
    if (parseDateCell(typeof cell === 'string' ? cellText(cell) : cell, ctx.dateSystem).ok) dates++;
  }
  return filled === 0 ? 0 : dates / filled;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
