/**
 * Core's status fills as Sheets conditional-format rules. Rules, unlike direct fills,
 * never overwrite the user's own formatting of the due column, and a re-run swaps only
 * the tool's rules. When the plan has status rules (`plan.statusRules`) each status
 * becomes ONE rule over whole columns, testing the status cell's text, so colors follow
 * the rows when the user sorts. Otherwise the rule covers core's exact runs. Either way
 * the colored cells are exactly core's.
 */
import { STATUS_LABELS, type CellRange, type DataSheetPlan, type StatusRules } from '../../core/index.js';

export interface FillRule {
  /** Custom formula, relative to the top-left cell of the first range. */
  formula: string;
  fill: string | null;
  fontColor: string | null;
  ranges: CellRange[];
}

/** The formula of a rule over core's exact runs: always true, and recognizably the tool's. */
export const ALWAYS_FORMULA = '="Đúng Hạn"="Đúng Hạn"';

const STATUS_FORMULA = /^=\$([A-Z]{1,3})(\d+)="((?:[^"]|"")*)"$/;
const LABELS: ReadonlySet<string> = new Set(Object.values(STATUS_LABELS));

/**
 * True for a rule formula this tool wrote (so a re-run removes it and keeps the user's).
 * @example isToolFormula('=$L2="Trễ hạn"') // => true
 */
export function isToolFormula(formula: string): boolean {
  if (formula === ALWAYS_FORMULA) return true;
  const m = STATUS_FORMULA.exec(formula);
  return m !== null && LABELS.has(m[3].replace(/""/g, '"'));
}

/**
 * The rules that color exactly the cells of `plan.fills`.
 * @example fillRules(plan)[0] // => { formula: '=$L2="Quá hạn (đang giải quyết)"', fill: '#FFC7CE', … }
 */
export function fillRules(plan: DataSheetPlan): FillRule[] {
  if (plan.statusRules) return fillRulesOfStatus(plan.statusRules);
  return plan.fills.map(({ color, ranges }) => ({ formula: ALWAYS_FORMULA, fill: color.fill, fontColor: color.fontColor, ranges }));
}

/**
 * Core's status rules as Sheets rules (the live workbook colors by them only); none when nothing is colored.
 * @example fillRulesOfStatus(null) // => []
 */
export function fillRulesOfStatus(status: StatusRules | null): FillRule[] {
  if (!status) return [];
  return status.rules.map(({ color, formula }) => ({
    formula,
    fill: color.fill,
    fontColor: color.fontColor,
    ranges: status.ranges.map((r) => ({ ...r })),
  }));
}
