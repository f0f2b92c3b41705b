/** "Kết quả": counts as a bar chart in the status colors, the 766 score, the next step, the lists. */
import { h, type ComponentChildren } from 'preact';
import { formatCount, formatDecimal, formatPercent, type Score766 } from '../../core/index.js';
import type { PaneController, PaneState } from '../controller.js';
import { PANE_LABELS as L } from '../labels.vi.js';
import type { CheckSummary, PaneProblem } from '../model.js';
import { countBars, listProblems, PROBLEM_PAGE, problemText } from '../state.js';

export function Results(props: { ctl: PaneController; state: PaneState; next: ComponentChildren }) {
  const { ctl, state } = props;
  const result = state.result;
  if (!result || !result.written) return h('div', { id: 'results' });
  const listed = listProblems(result.problems, (n) => formatCount(n));
  const rest = listed.rest;
  const shown = rest.slice(0, state.shown);
  const hidden = rest.length - shown.length;
  const unsent = result.problemCount - result.problems.length;
  return h(
    'section',
    { id: 'results', 'aria-labelledby': 'results-title' },
    h(
      'div',
      { id: 'counts-block', class: 'counts-block' },
      h('h2', { id: 'results-title' }, L.results.heading),
      h('p', { class: 'total' }, L.results.total(formatCount(result.total))),
      h(
        'ul',
        { class: 'counts', id: 'counts', 'aria-label': L.results.chartLabel },
        countBars(result.counts).map((b) =>
          h(
            'li',
            { key: b.status, 'data-status': b.status },
            h('span', { class: 'count-label' }, b.label),
            h(
              'span',
              { class: 'count-bar', 'aria-hidden': 'true' },
              h('span', { class: 'count-fill', style: { width: `${b.percent}%`, backgroundColor: b.fill, borderColor: b.border } }),
            ),
            h('span', { class: 'count' }, formatCount(b.count)),
          ),
        ),
      ),
    ),
    props.next,
    h(Score, { score: result.score }),
    listed.lists.map((list) =>
      h('div', { class: 'result-list', id: `list-${list.id}`, key: list.id }, h('h3', {}, list.title), h(ProblemList, { ctl, items: list.items })),
    ),
    h(
      'div',
      { class: 'result-list', id: 'problems' },
      h('h3', {}, rest.length + unsent > 0 ? L.results.problems(formatCount(rest.length + unsent)) : L.results.noProblems),
      shown.length > 0 ? h('p', { class: 'hint' }, L.results.selectHint) : null,
      h(ProblemList, { ctl, items: shown }),
      hidden > 0
        ? h('button', { type: 'button', id: 'problems-more', onClick: () => ctl.showMore() }, L.results.more(Math.min(PROBLEM_PAGE, hidden)))
        : null,
      hidden <= 0 && unsent > 0 ? h('p', { class: 'hint' }, L.results.moreOnSheet(formatCount(unsent))) : null,
    ),
  );
}

function Score(props: { score: Score766 | null }) {
  const s = props.score;
  if (!s) return null;
  const lines =
    s.scoreSystem === null || s.scoreActual === null
      ? [h('p', { key: 'none' }, L.results.scoreNone)]
      : [
          h('p', { key: 'sys' }, L.results.scoreSystem(formatDecimal(s.scoreSystem, 2), formatPercent(s.rateSystem))),
          h('p', { key: 'act' }, L.results.scoreActual(formatDecimal(s.scoreActual, 2), formatPercent(s.rateActual))),
        ];
  return h('div', { class: 'score', id: 'score' }, h('h3', {}, L.results.score766), lines);
}

export function ProblemList(props: { ctl: PaneController; items: PaneProblem[] }) {
  if (props.items.length === 0) return null;
  return h(
    'ul',
    { class: 'problems' },
    props.items.map((p, i) => {
      const { where, what } = problemText(p);
      const sheet = p.sheetName ? h('span', { class: 'muted' }, ` · ${p.sheetName}`) : null;
      const body = [h('span', { class: 'where', key: 'w' }, where), sheet, h('span', { class: 'what', key: 't' }, what)];
      return h(
        'li',
        { class: p.severity, key: `${p.sheetName}:${p.row}:${p.code}:${i}` },
        p.row > 0 ? h('button', { type: 'button', class: 'link problem-link', onClick: () => void props.ctl.goTo(p) }, body) : h('div', {}, body),
      );
    }),
  );
}

/** The summary after a check for the CheckSummary type guard in tests. */
export function isWritten(result: CheckSummary | null): boolean {
  return result !== null && result.written;
}
