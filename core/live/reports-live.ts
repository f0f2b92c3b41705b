/**
 * Biểu 06a and the 766 score of a live workbook: the tool's own tabs, with every count
 * replaced by a COUNTIFS over the data sheet's 06a helper columns (received kind,
 * outcome, late-on-system flag, group), and the rates by formulas over those cells.
 * Row labels, the excluded-dossier line and the 766 row order stay as the run left them.
 */
import type { Counts06a } from '../report/counts-06a.js';
import { COUNT_KEYS } from '../report/counts-06a.js';
import { REPORT_LABELS, LIVE_LABELS } from '../labels.vi.js';
import type { PlanCell, SheetPlan } from '../plan/plan.js';
import { columnLetter } from '../import/column-letter.js';
import type { CellPatch } from './live-cell.js';
import { KIND_CODES, OUTCOME_CODES } from './row-formulas.js';

/** Absolute ranges (with sheet) of the data sheet's 06a helper columns. */
export interface CountRanges {
  kind: string;
  outcome: string;
  lateOnSystem: string;
  group06a: string;
  group766: string;
}

type Criterion = readonly ['kind' | 'outcome', string];

/** The COUNTIFS criteria of each 06a column (KIND_CODES, OUTCOME_CODES). */
const CRITERIA: Record<keyof Counts06a, readonly Criterion[]> = {
  received: [['kind', '">0"']],
  online: [['kind', String(KIND_CODES.online)]],
  directOrPostal: [['kind', String(KIND_CODES.directOrPostal)]],
  carriedOver: [['kind', String(KIND_CODES.carriedOver)]],
  resolved: [['outcome', `">=${OUTCOME_CODES.early}"`], ['outcome', `"<=${OUTCOME_CODES.late}"`]],
  early: [['outcome', String(OUTCOME_CODES.early)]],
  onTime: [['outcome', String(OUTCOME_CODES.onTime)]],
  late: [['outcome', String(OUTCOME_CODES.late)]],
  inProgress: [['outcome', `">=${OUTCOME_CODES.withinDeadline}"`]],
  withinDeadline: [['outcome', String(OUTCOME_CODES.withinDeadline)]],
  overdue: [['outcome', String(OUTCOME_CODES.overdue)]],
};

/**
 * COUNTIFS of one 06a column, over one group (its index in the group column) or all rows.
 * @example countFormula('early', ranges, { col: ranges.group06a, index: 2 }) // => "COUNTIFS('DL'!$X$5:$X$9,2,'DL'!$V$5:$V$9,1)"
 */
export function countFormula(key: keyof Counts06a, ranges: CountRanges, group: { col: string; index: number } | null): string {
  const pairs = CRITERIA[key].map(([col, crit]) => `${ranges[col]},${crit}`);
  if (group) pairs.unshift(`${group.col},${group.index}`);
  return `COUNTIFS(${pairs.join(',')})`;
}

function rowsWhere(sheet: SheetPlan, test: (line: readonly PlanCell[]) => boolean): number[] {
  const rows: number[] = [];
  sheet.cells.forEach((line, i) => {
    if (test(line)) rows.push(i + 1);
  });
  return rows;
}

const ref = (row: number, col: number) => `${columnLetter(col)}${row}`;

/**
 * Patches for the 06a tab built with one numbered row per group (in group-index order):
 * each count, the total row, the two rates and the late-on-system line.
 */
export function form06aPatches(sheet: SheetPlan, ranges: CountRanges): CellPatch[] {
  const L = REPORT_LABELS.form06a;
  const patches: CellPatch[] = [];
  const totalRow = rowsWhere(sheet, (l) => l[0] === REPORT_LABELS.total)[0];
  const entryRows = rowsWhere(sheet, (l) => typeof l[0] === 'number').filter((r) => r < totalRow);
  entryRows.forEach((row, i) => {
    COUNT_KEYS.forEach((key, k) => patches.push({ row, col: 3 + k, value: { formula: countFormula(key, ranges, { col: ranges.group06a, index: i + 1 }) } }));
  });
  COUNT_KEYS.forEach((key, k) => patches.push({ row: totalRow, col: 3 + k, value: { formula: countFormula(key, ranges, null) } }));
  const t = (key: keyof Counts06a) => ref(totalRow, 3 + COUNT_KEYS.indexOf(key));
  const line = (text: string) => rowsWhere(sheet, (l) => l[0] === text)[0];
  const rateRow = line(L.rateResolved);
  if (rateRow) patches.push({ row: rateRow, col: 7, value: { formula: `IF(${t('resolved')}=0,"-",(${t('early')}+${t('onTime')})/${t('resolved')})` } });
  const rate766Row = line(L.rate766);
  if (rate766Row) {
    patches.push({ row: rate766Row, col: 7, value: { formula: `IF(${t('received')}=0,"-",(${t('early')}+${t('onTime')}+${t('withinDeadline')})/${t('received')})` } });
  }
  const losRow = line(L.lateOnSystem);
  if (losRow) patches.push({ row: losRow, col: 7, value: { formula: `COUNTIFS(${ranges.lateOnSystem},1)` } });
  patches.push({ row: sheet.cells.length + 2, col: 1, value: LIVE_LABELS.formNote });
  return patches;
}

/**
 * Patches for the 766 tab: per unit row (label → group index) and the total row, the nine
 * figures (total, good, late on system, bad, system rate and score, actual rate and score,
 * resolved rate) as formulas.
 */
export function score766Patches(sheet: SheetPlan, ranges: CountRanges, unitIndex: ReadonlyMap<string, number>, maxScore: number): CellPatch[] {
  const patches: CellPatch[] = [];
  const totalRow = rowsWhere(sheet, (l) => l[0] === REPORT_LABELS.total)[0];
  const rows = rowsWhere(sheet, (l) => typeof l[0] === 'number' && typeof l[1] === 'string' && unitIndex.has(l[1])).filter((r) => r < totalRow);
  const write = (row: number, group: { col: string; index: number } | null) => {
    const c = (key: keyof Counts06a) => countFormula(key, ranges, group);
    const los = group ? `COUNTIFS(${group.col},${group.index},${ranges.lateOnSystem},1)` : `COUNTIFS(${ranges.lateOnSystem},1)`;
    const [total, good, lateOnSys, , rateSys, , rateAct] = [3, 4, 5, 6, 7, 8, 9].map((col) => ref(row, col));
    const formulas = [
      c('received'),
      `${c('early')}+${c('onTime')}+${c('withinDeadline')}`,
      los,
      `${c('late')}+${c('overdue')}`,
      `IF(${total}=0,"-",(${good}-${lateOnSys})/${total})`,
      `IF(${total}=0,"-",${maxScore}*${rateSys})`,
      `IF(${total}=0,"-",${good}/${total})`,
      `IF(${total}=0,"-",${maxScore}*${rateAct})`,
      `IF(${c('resolved')}=0,"-",(${c('early')}+${c('onTime')})/${c('resolved')})`,
    ];
    formulas.forEach((formula, i) => patches.push({ row, col: 3 + i, value: { formula } }));
  };
  for (const row of rows) write(row, { col: ranges.group766, index: unitIndex.get(sheet.cells[row - 1][1] as string)! });
  if (totalRow) write(totalRow, null);
  patches.push({ row: sheet.cells.length + 2, col: 1, value: LIVE_LABELS.formNote });
  return patches;
}
