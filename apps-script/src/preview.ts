/**
 * What the sidebar shows of a check: the detected columns (with the choices for each
 * dropdown), the counts and the problems. Pure: built from core's result and the grid.
 */
import { FIELDS, score766, tally06a, type CheckResult, type Field, type Settings, type SheetGrid } from '../../core/index.js';
import { columnLetter } from './a1.js';
import { PROBLEM_LIMIT, type ColumnChoice, type RunSummary, type SheetPreview, type SheetProblem } from './rpc-types.js';

/**
 * The "Dữ liệu" section for a checked grid.
 * @example previewFrom(grid, result, sig).fields.find((f) => f.field === 'due') // => { field: 'due', col: 11, letter: 'K', … }
 */
export function previewFrom(grid: SheetGrid, result: Pick<CheckResult, 'read' | 'dossiers'>, signature: string): SheetPreview {
  const { read } = result;
  const headerRow = read.headerRows.length > 0 ? read.headerRows[read.headerRows.length - 1] : null;
  const byField = new Map(read.mapping.map((m) => [m.field, m]));
  const fields = FIELDS.map((field) => {
    const m = byField.get(field);
    return m
      ? { field, col: m.col, letter: m.letter, heading: m.heading, source: m.source }
      : { field, col: null, letter: null, heading: null, source: null };
  });
  return {
    sheetName: grid.sheetName,
    headerRow,
    dossiers: result.dossiers.length,
    columns: columnChoices(grid, read.headerRows, read.lastDataCol),
    fields,
    missing: FIELDS.filter((f: Field) => !byField.has(f)),
    signature,
  };
}

/** One choice per data column: its letter and the header text (rows joined with " / "). */
function columnChoices(grid: SheetGrid, headerRows: readonly number[], lastDataCol: number): ColumnChoice[] {
  const originRow = grid.origin?.row ?? 1;
  const originCol = grid.origin?.col ?? 1;
  const out: ColumnChoice[] = [];
  for (let col = 1; col <= lastDataCol; col++) {
    const parts: string[] = [];
    for (const row of headerRows) {
      const cell = grid.cells[row - originRow]?.[col - originCol];
      const text = cell === null || cell === undefined ? '' : String(cell).trim();
      if (text !== '' && !parts.includes(text)) parts.push(text);
    }
    out.push({ col, letter: columnLetter(col), heading: parts.join(' / ') });
  }
  return out;
}

/**
 * The "Kết quả" section: counts, core's QĐ 766 score for the period, and at most
 * PROBLEM_LIMIT problems (the payload of google.script.run stays small on a sheet with
 * thousands of bad rows).
 */
export function summaryFrom(
  result: Pick<CheckResult, 'counts' | 'dossiers'>,
  preview: SheetPreview,
  problems: readonly SheetProblem[],
  settings: Pick<Settings, 'period' | 'asOf' | 'rules'>,
  notes: string[] = [],
): RunSummary {
  return {
    preview,
    counts: result.counts,
    total: result.dossiers.length,
    score: score766(tally06a(result.dossiers, settings)),
    problems: problems.slice(0, PROBLEM_LIMIT),
    problemCount: problems.length,
    notes,
  };
}
