/** Cells of the live workbook: a plan value, or a formula a host writes as a formula. */
import type { PlanCell } from '../plan/plan.js';

/** A formula in A1 form without the leading "=", English function names as OOXML stores them. */
export interface FormulaCell {
  formula: string;
}

/** A plan value (strings are always literal text) or a formula. */
export type LiveCell = PlanCell | FormulaCell;

/** One cell a host sets on a sheet after applying its SheetPlan (1-based). */
export interface CellPatch {
  row: number;
  col: number;
  value: LiveCell;
  numberFormat?: string;
}

export function isFormulaCell(cell: LiveCell): cell is FormulaCell {
  return cell !== null && typeof cell === 'object';
}

/**
 * A sheet name as a formula reference prefix: always quoted, inner quotes doubled.
 * @example sheetRef('Ngày nghỉ') // => "'Ngày nghỉ'!"
 */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
