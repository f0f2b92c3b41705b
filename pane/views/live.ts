/** "Xuất sổ tự tính": a secondary action after the check, what it does in one line, its summary below. */
import { h, type ComponentChild } from 'preact';
import type { PaneController, PaneState } from '../controller.js';
import { PANE_LABELS as L } from '../labels.vi.js';
import { Feedback } from './feedback.js';

export function LiveStep(props: { ctl: PaneController; state: PaneState; action: (id: string, label: string, run: () => void, primary?: boolean, describedBy?: string) => ComponentChild }) {
  const { ctl, state, action } = props;
  return h(
    'div',
    { class: 'live-step', id: 'live-step' },
    action('live-export', L.live.action, () => void ctl.live(), false, 'live-hint'),
    h('p', { class: 'hint', id: 'live-hint' }, L.live.hint),
    h(Feedback, { state, sources: ['live'], id: 'live-feedback' }),
  );
}
