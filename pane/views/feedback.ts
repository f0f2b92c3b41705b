/** Progress, results messages and errors, drawn next to the control that started them. */
import { h } from 'preact';
import { PANE_LABELS as L } from '../labels.vi.js';
import type { PaneState, Source } from '../controller.js';

export function Feedback(props: { state: PaneState; sources: Source[]; id: string }) {
  const { busy, feedback } = props.state;
  const mine = (s: Source | undefined) => s !== undefined && props.sources.indexOf(s) >= 0;
  const showBusy = busy !== null && mine(busy.source);
  const showFeedback = !showBusy && feedback !== null && mine(feedback.source);
  let body = null;
  if (showBusy && busy) {
    const p = busy.progress;
    const known = p.total !== undefined && p.total > 0 && p.done !== undefined;
    body = h(
      'div',
      { class: 'progress' },
      h('p', { class: 'progress-text' }, p.message),
      h(
        'div',
        {
          class: known ? 'bar' : 'bar indeterminate',
          role: 'progressbar',
          'aria-label': L.progress.label,
          'aria-valuemin': known ? 0 : undefined,
          'aria-valuemax': known ? p.total : undefined,
          'aria-valuenow': known ? p.done : undefined,
          'aria-valuetext': p.message,
        },
        h('div', { class: 'fill', style: known ? { width: `${Math.round(((p.done || 0) / (p.total || 1)) * 100)}%` } : undefined }),
      ),
    );
  } else if (showFeedback && feedback) {
    body = h(
      'div',
      { class: feedback.kind === 'error' ? 'message error' : 'message ok' },
      h('p', {}, feedback.message),
      feedback.notes.map((n, i) => h('p', { class: 'note', key: i }, n)),
      feedback.detail ? h('details', {}, h('summary', {}, L.errors.details), h('pre', {}, feedback.detail)) : null,
    );
  }
  return h('div', { class: 'feedback', id: props.id }, body);
}

/** One polite live region for the whole pane: what is being done, then how it ended. */
export function LiveRegion(props: { state: PaneState }) {
  const { busy, feedback } = props.state;
  const text = busy ? busy.progress.message : feedback ? feedback.message : '';
  return h('div', { class: 'sr-only', 'aria-live': 'polite', role: 'status', id: 'live' }, text);
}
