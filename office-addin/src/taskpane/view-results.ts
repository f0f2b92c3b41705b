/** "Kết quả": count per status with its color chip, the 766 score, and the problems (each a link to its cell). */
import {
  formatCount,
  formatDecimal,
  formatPercent,
  PROBLEM_MESSAGES,
  STATUS_COLORS,
  STATUS_LABELS,
  STATUS_ORDER,
  type Problem,
  type Score766,
  type Status,
} from '../../../core/index.js';
import { problemAddress } from '../excel-io.js';
import { UI } from '../labels.vi.js';
import { byId, chip, fill, h } from './dom.js';

/** Problems listed in the pane; the status column on the sheet shows every row anyway. */
export const MAX_PROBLEMS_SHOWN = 200;

export interface SheetProblem {
  problem: Problem;
  sheetName: string;
}

export interface ResultsModel {
  total: number;
  counts: Record<Status, number>;
  score: Score766 | null;
  problems: SheetProblem[];
}

export function renderResults(model: ResultsModel | null, onSelect: (item: SheetProblem) => void): void {
  const root = byId('results-body');
  if (!model) return fill(root);
  const counts = h(
    'ul',
    { class: 'counts', id: 'counts' },
    ...STATUS_ORDER.filter((s) => model.counts[s] > 0).map((s) =>
      h(
        'li',
        { 'data-status': s },
        chip(STATUS_COLORS[s].fill, STATUS_COLORS[s].fontColor),
        h('span', { class: 'label' }, STATUS_LABELS[s]),
        h('span', { class: 'count' }, formatCount(model.counts[s])),
      ),
    ),
  );
  fill(root, h('p', { class: 'total' }, UI.results.total(formatCount(model.total))), counts, scoreBlock(model.score), problemsBlock(model.problems, onSelect));
}

function scoreBlock(score: Score766 | null): HTMLElement | null {
  if (!score) return null;
  const lines =
    score.scoreSystem === null || score.scoreActual === null
      ? [h('p', {}, UI.results.scoreNone)]
      : [
          h('p', {}, UI.results.scoreSystem(formatDecimal(score.scoreSystem, 2), formatPercent(score.rateSystem))),
          h('p', {}, UI.results.scoreActual(formatDecimal(score.scoreActual, 2), formatPercent(score.rateActual))),
        ];
  return h('div', { class: 'score', id: 'score' }, h('h3', {}, UI.results.score766), ...lines);
}

function problemsBlock(problems: readonly SheetProblem[], onSelect: (item: SheetProblem) => void): HTMLElement {
  const title = h('h3', {}, UI.results.problems);
  if (problems.length === 0) return h('div', { id: 'problems' }, title, h('p', { class: 'muted' }, UI.results.noProblems));
  const items = problems.slice(0, MAX_PROBLEMS_SHOWN).map((item) => {
    const { problem } = item;
    const where = problem.row > 0 ? UI.results.problemAt(problem.row, problem.columnLetter ?? '') : UI.results.wholeSheet;
    const text = [PROBLEM_MESSAGES[problem.code], problem.column ? `(${problem.column})` : '', problem.value ? UI.results.problemFound(problem.value) : '']
      .filter(Boolean)
      .join(' ');
    const place = h('span', { class: 'where' }, where);
    const body = h('span', { class: 'what' }, text);
    const sheetNote = item.sheetName ? h('span', { class: 'muted small' }, ` · ${item.sheetName}`) : null;
    const content = problemAddress(problem)
      ? h('button', { type: 'button', class: 'link', onclick: () => onSelect(item) }, place, sheetNote, h('br'), body)
      : h('div', {}, place, sheetNote, h('br'), body);
    return h('li', { class: problem.severity }, content);
  });
  const more = problems.length > MAX_PROBLEMS_SHOWN ? h('p', { class: 'muted' }, UI.results.moreProblems(formatCount(problems.length - MAX_PROBLEMS_SHOWN))) : null;
  return h('div', { id: 'problems' }, title, h('p', { class: 'muted small' }, UI.results.selectHint), h('ul', { class: 'problems' }, ...items), more);
}
