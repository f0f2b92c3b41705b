/**
 * Undecided breaks (days-off.ts UNDECIDED_BREAKS): which option applies, and the list the
 * settings show. A published decision (BREAK_DECISIONS) wins over the user's choice; until
 * then the user's choice, else the break's projection, applies, marked "dự kiến".
 */
import { UNDECIDED_DAYS_LABELS as L } from '../labels.vi.js';
import { precedentChoices, PROJECTED_SEPT2_SIDES, PROJECTED_TET_SPLITS } from './projection.js';
import { BREAK_DECISIONS, UNDECIDED_BREAKS, type BreakDay, type BreakDecision, type BreakOption, type UndecidedBreak } from './days-off.js';

/** The user's option per undecided break id (CalendarOptions.undecided). */
export type BreakChoices = Readonly<Record<string, string>>;

/** How one break is applied. */
export interface BreakApplied {
  brk: UndecidedBreak;
  option: BreakOption;
  /** True while no decision is published: the days are projections. */
  projected: boolean;
  /** Source of the applied days: the decision's notice, or the projection's short source. */
  source: string;
  /** Days of the other options that this one leaves working: pending until the decision. */
  pendingDays: readonly string[];
}

/** One break as the settings list it. */
export interface BreakSetting {
  id: string;
  title: string;
  options: readonly { id: string; label: string }[];
  /** The option applied now. */
  chosen: string;
  /** The option projected when the user chooses none. */
  projected: string;
  reason: string;
  /** True when the decision is published: the choice is then fixed. */
  decided: boolean;
}

/**
 * The option each break applies under the given choices; an unknown choice falls back to
 * the projection.
 * @example appliedBreaks().find((b) => b.brk.id === 'tet-2027')?.option.id // => '1+4'
 */
export function appliedBreaks(
  choices: BreakChoices = {},
  breaks: readonly UndecidedBreak[] = UNDECIDED_BREAKS,
  decisions: Readonly<Record<string, BreakDecision | null>> = BREAK_DECISIONS,
): BreakApplied[] {
  return breaks.map((brk) => {
    const decision = decisions[brk.id] ?? null;
    const wanted = decision?.option ?? choices[brk.id] ?? brk.projected;
    const option = optionOf(brk, wanted) ?? optionOf(brk, brk.projected);
    if (!option) throw new RangeError(`days-off.ts: break ${brk.id} has no option ${brk.projected}`);
    const own = new Set(option.days.map((d) => d.date));
    const pending = decision
      ? []
      : [...new Set(brk.options.flatMap((o) => o.days.map((d) => d.date)).filter((date) => !own.has(date)))].sort();
    return { brk, option, projected: decision === null, source: decision?.source ?? brk.source, pendingDays: pending };
  });
}

/**
 * The undecided breaks with their options, for the settings ("Lịch nghỉ chưa có quyết định").
 * @example breakSettings({ 'tet-2027': '2+3' })[0].chosen // => '2+3'
 */
export function breakSettings(choices: BreakChoices = {}): BreakSetting[] {
  return appliedBreaks(choices).map((a) => ({
    id: a.brk.id,
    title: a.brk.title,
    options: a.brk.options.map((o) => ({ id: o.id, label: o.label })),
    chosen: a.option.id,
    projected: a.brk.projected,
    reason: a.brk.reason,
    decided: !a.projected,
  }));
}

/**
 * The Tết split and 2/9 side of a projected year (after the table) for the settings, in the
 * shape of breakSettings; keys 'tet-YYYY' and 'quoc-khanh-YYYY' of CalendarOptions.undecided.
 * @example projectedBreakSettings(2028)[0].projected // => '2+3'
 */
export function projectedBreakSettings(year: number, choices: BreakChoices = {}): BreakSetting[] {
  const precedent = precedentChoices(year);
  const tetOptions = Object.entries(PROJECTED_TET_SPLITS).map(([id, before]) => ({ id, label: L.projectedTetOption(before, 5 - before) }));
  const septOptions = Object.keys(PROJECTED_SEPT2_SIDES).map((id) => ({ id, label: id === 'truoc' ? L.projectedSeptBefore : L.projectedSeptAfter }));
  const pick = (key: string, options: readonly { id: string }[], fallback: string) =>
    options.some((o) => o.id === choices[key]) ? choices[key] : fallback;
  return [
    { id: `tet-${year}`, title: L.projectedTetTitle(year), options: tetOptions, chosen: pick(`tet-${year}`, tetOptions, precedent.tet), projected: precedent.tet, reason: L.projectedReason, decided: false },
    { id: `quoc-khanh-${year}`, title: L.projectedSeptTitle(year), options: septOptions, chosen: pick(`quoc-khanh-${year}`, septOptions, precedent.sept2), projected: precedent.sept2, reason: L.projectedReason, decided: false },
  ];
}

function optionOf(brk: UndecidedBreak, id: string): BreakOption | undefined {
  return brk.options.find((o) => o.id === id);
}

export type { BreakDay };
