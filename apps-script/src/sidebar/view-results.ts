/** "Kết quả": a count per status with its color chip, then the problems, each a link to its cell. */
import { FIELDS, formatDecimal, PROBLEM_MESSAGES, STATUS_COLORS, STATUS_LABELS, STATUS_ORDER } from '../../../core/index.js';
import { SIDEBAR_LABELS as L } from '../labels.vi.js';
import type { RunSummary, SheetProblem } from '../rpc-types.js';
import type { App, Outcome } from './app.js';
import { h } from './dom.js';
import { formatCountVi } from './format-vi.js';

export function resultsSection(app: App): HTMLElement | null {
  const outcome = app.state.outcome;
  if (!outcome) return null;
  return h(
    'section',
    {},
    h('h2', {}, L.results.heading),
    outcome.message ? h('p', { class: 'ok' }, outcome.message) : null,
    outcome.summary ? counts(outcome.summary) : null,
    problems(app, outcome),
  );
}

function counts(summary: RunSummary): HTMLElement {
  const rows = STATUS_ORDER.filter((s) => summary.counts[s] > 0).map((status) => {
    const colors = STATUS_COLORS[status];
    const chip = h('span', {
      class: 'chip',
      style: `background:${colors.fill ?? '#FFFFFF'};border-color:${colors.fontColor ?? '#BFBFBF'}`,
    });
    return h(
      'li',
      {},
      chip,
      h('span', { class: 'label', style: colors.fontColor ? `color:${colors.fontColor}` : '' }, STATUS_LABELS[status]),
      h('span', { class: 'count' }, formatCountVi(summary.counts[status])),
    );
  });
  const score = (n: number | null) => (n === null ? '-' : formatDecimal(n, 2));
  return h(
    'div',
    {},
    h('p', {}, L.results.total(formatCountVi(summary.total))),
    h('ul', { class: 'counts' }, ...rows),
    h('h3', {}, L.results.score766),
    h('p', {}, `${L.results.scoreSystem(score(summary.score.scoreSystem))} · ${L.results.scoreActual(score(summary.score.scoreActual))}`),
  );
}

function problems(app: App, outcome: Outcome): HTMLElement {
  if (outcome.problemCount === 0) return h('p', { class: 'muted' }, L.results.noProblems);
  const more = outcome.problemCount - outcome.problems.length;
  return h(
    'div',
    {},
    h('h3', {}, L.results.problemsHeading(formatCountVi(outcome.problemCount))),
    h('ul', { class: 'problems' }, ...outcome.problems.map((p) => problemItem(app, p))),
    more > 0 ? h('p', { class: 'muted' }, L.results.moreProblems(formatCountVi(more))) : null,
  );
}

function problemItem(app: App, p: SheetProblem): HTMLElement {
  const where = p.row > 0 ? L.results.row(p.row) : L.results.wholeSheet;
  const column = p.column ? ` · ${p.column}${p.columnLetter ? ` (${p.columnLetter})` : ''}` : '';
  const head = `${p.sheetName ? `${p.sheetName} · ` : ''}${where}${column}`;
  const body = h(
    'div',
    {},
    h('div', { class: 'where' }, head),
    h('div', {}, PROBLEM_MESSAGES[p.code] + (showsDetail(p) ? ` (${p.detail})` : '')),
    p.value ? h('div', { class: 'muted' }, L.results.value(p.value)) : null,
  );
  if (p.row <= 0) return h('li', { class: p.severity }, body);
  return h(
    'li',
    { class: `${p.severity} link`, title: L.results.goToCell, role: 'button', tabindex: '0', onclick: () => void app.goTo(p) },
    body,
  );
}

/** Core's detail is shown when it adds words: not a field key (the column is named already), not the sheet again. */
function showsDetail(p: SheetProblem): boolean {
  return Boolean(p.detail) && p.detail !== p.sheetName && !(FIELDS as readonly string[]).includes(p.detail as string);
}
