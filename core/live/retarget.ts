/**
 * A live plan whose formulas point at a tab under another name: a host that writes the
 * "Ngày nghỉ" table into a tab the office renamed (or under a free name) keeps the data
 * formulas pointing at it. Sheet references are always quoted (sheetRef), so replacing
 * the quoted name changes only references, never text.
 */
import type { LiveDataPlan, LivePlan } from './build-live-plan.js';
import { isFormulaCell, sheetRef, type CellPatch, type LiveCell } from './live-cell.js';

/**
 * The plan with every formula's reference to sheet `from` made to `to`.
 * @example retargetSheet(plan, 'Ngày nghỉ', 'Lịch nghỉ').data.rows[0][1] // => { formula: "…INDEX('Lịch nghỉ'!$M$4:$M$735,…" }
 */
export function retargetSheet(plan: LivePlan, from: string, to: string): LivePlan {
  if (from === to) return plan;
  const a = sheetRef(from);
  const b = sheetRef(to);
  const cell = (c: LiveCell): LiveCell => (isFormulaCell(c) && c.formula.indexOf(a) >= 0 ? { formula: c.formula.split(a).join(b) } : c);
  const patch = (p: CellPatch): CellPatch => ({ ...p, value: cell(p.value) });
  const data: LiveDataPlan = { ...plan.data, rows: plan.data.rows.map((line) => line.map(cell)), settings: plan.data.settings.map(patch) };
  return { ...plan, data, patches: plan.patches.map((p) => ({ sheet: p.sheet === from ? to : p.sheet, cells: p.cells.map(patch) })) };
}
