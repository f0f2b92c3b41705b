/**
 * Core's status rules (`plan.statusRules`) in the shape the Excel writer queues: each
 * rule with its own ranges. Core decides which rows get which color and says it as
 * rules keyed on the status text; a plan without them is colored with its fills directly.
 */
import { STATUS_LABELS, type CellRange, type DataSheetPlan, type StatusColor, type StatusRules } from '../../core/index.js';

export interface FillRule {
  color: StatusColor;
  /** Invariant-language formula relative to the first row of each range, e.g. =$N4="Trễ hạn". */
  formula: string;
  ranges: CellRange[];
}

export interface FillRules {
  /** 1-based sheet column holding the status text (0 when there is nothing to color). */
  statusCol: number;
  rules: FillRule[];
}

/**
 * The conditional-format rules of `plan`, or null when the plan colors cells without
 * rules (then apply `plan.fills` directly).
 * @example fillRulesFor(plan)?.rules[0].formula // => '=$N4="Quá hạn (đang giải quyết)"'
 */
export function fillRulesFor(plan: DataSheetPlan): FillRules | null {
  if (plan.fills.length === 0 || plan.values.length === 0) return { statusCol: 0, rules: [] };
  const status = plan.statusRules;
  if (!status) return null;
  return fillRulesOfStatus(status);
}

/**
 * Core's status rules in the writer's shape (the live workbook's, which color by rules
 * only); no rule when nothing is colored.
 * @example fillRulesOfStatus(null) // => { statusCol: 0, rules: [] }
 */
export function fillRulesOfStatus(status: StatusRules | null): FillRules {
  if (!status) return { statusCol: 0, rules: [] };
  return {
    statusCol: status.statusCol,
    rules: status.rules.map(({ color, formula }) => ({ color, formula, ranges: status.ranges.map((r) => ({ ...r })) })),
  };
}

const STATUS_FORMULA = /^=\$([A-Z]{1,3})\$?(\d+)="((?:[^"]|"")*)"$/;
const LABELS: ReadonlySet<string> = new Set(Object.values(STATUS_LABELS));

/**
 * True for a conditional-format formula the tool wrote: one of this run's, or a status
 * test of the shape core plans (=$N4="Trễ hạn") on one of core's status words. A
 * user's rule never matches, so a re-run deletes only the tool's.
 * @example isToolRuleFormula('=$N4="Trễ hạn"', new Set()) // => true
 */
export function isToolRuleFormula(formula: string, own: ReadonlySet<string>): boolean {
  if (own.has(formula)) return true;
  const m = STATUS_FORMULA.exec(formula);
  return m !== null && LABELS.has(m[3].replace(/""/g, '"'));
}
