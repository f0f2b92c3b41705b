/** The whole pane, in the order of the work (UX.md): the first screen does the job. */
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { APP_VERSION, calendarDataLabel } from '../../core/index.js';
import type { PaneController, PaneState, Source } from '../controller.js';
import { PANE_LABELS as L } from '../labels.vi.js';
import { ConfirmDialog } from './confirm.js';
import { FileOutcomeList, FilesButton } from './consolidate-files.js';
import { Feedback, LiveRegion } from './feedback.js';
import { MappingLine, PeriodLine, SheetLine } from './first-screen.js';
import { LiveStep } from './live.js';
import { ProblemList, Results } from './results.js';
import { SettingsPanel } from './settings.js';

export function App(props: { ctl: PaneController }) {
  const { ctl } = props;
  const [state, setState] = useState<PaneState>(ctl.state);
  useEffect(() => {
    const stop = ctl.subscribe(setState);
    // Effects run after paint: catch up with anything that changed before subscribing.
    setState(ctl.state);
    return stop;
  }, [ctl]);
  useEffect(() => scrollToFeedback(state), [state.busy ? state.busy.source : null, state.feedback ? state.feedback.seq : null]);
  const busy = state.busy !== null;
  const ready = state.settings !== null;
  // Buttons stay focusable while busy (a disabled button would drop the keyboard focus).
  const action = (id: string, label: string, run: () => void, primary = false, describedBy?: string) =>
    h(
      'button',
      {
        type: 'button',
        id,
        class: primary ? 'primary action' : 'action',
        'aria-disabled': busy || !ready ? 'true' : undefined,
        'aria-describedby': describedBy,
        onClick: () => (busy || !ready ? undefined : run()),
      },
      label,
    );
  const reports = h(
    'div',
    { class: 'next-step' },
    action('reports', L.actions.reports, () => void ctl.reports(), state.result !== null && state.result.written),
    h(Feedback, { state, sources: ['reports'], id: 'reports-feedback' }),
    state.tabProblems.length > 0 ? h(ProblemList, { ctl, items: state.tabProblems }) : null,
  );
  const live = h(LiveStep, { ctl, state, action });
  const written = state.result !== null && state.result.written;
  return h(
    'div',
    { class: 'pane', 'aria-busy': busy ? 'true' : 'false' },
    h('header', { class: 'pane-head' }, h('h1', {}, L.title), h('span', { class: 'subtitle' }, L.subtitle)),
    h(
      'main',
      {},
      h(
        'section',
        { class: 'first', 'aria-label': L.actions.check },
        h(SheetLine, { ctl, state }),
        h(PeriodLine, { ctl, state }),
        h(MappingLine, { ctl, state }),
        h(Feedback, { state, sources: ['load', 'sheet', 'period', 'mapping'], id: 'data-feedback' }),
        h('div', { class: 'primary-row' }, action('check', L.actions.check, () => void ctl.check(), true)),
        h(Feedback, { state, sources: ['check', 'goto'], id: 'check-feedback' }),
      ),
      h(Results, { ctl, state, next: written ? [reports, live] : null }),
      h(
        'section',
        { class: 'more-actions' },
        written ? null : reports,
        written ? null : live,
        h('div', { class: 'consolidate-row' }, action('consolidate', L.actions.consolidate, () => void ctl.openConsolidate()), h(FilesButton, { ctl, state })),
        state.open.consolidate ? h(ConsolidatePicker, { ctl, state }) : null,
        h(Feedback, { state, sources: ['consolidate'], id: 'consolidate-feedback' }),
        h(FileOutcomeList, { outcomes: state.fileOutcomes }),
      ),
      h(SettingsPanel, { ctl, state }),
    ),
    h(
      'footer',
      { class: 'pane-foot' },
      h('span', { id: 'app-version' }, L.version(APP_VERSION)),
      ' · ',
      h('span', { id: 'calendar-version' }, calendarDataLabel()),
    ),
    h(ConfirmDialog, { confirm: state.confirm }),
    h(LiveRegion, { state }),
  );
}

/** Where each action's feedback is drawn (next to the control that started it). */
const FEEDBACK_AT: Record<Source, string> = {
  load: 'data-feedback',
  sheet: 'data-feedback',
  period: 'data-feedback',
  mapping: 'data-feedback',
  check: 'check-feedback',
  goto: 'check-feedback',
  reports: 'reports-feedback',
  consolidate: 'consolidate-feedback',
  settings: 'settings-feedback',
  daysOff: 'days-off-feedback',
  live: 'live-feedback',
};

/**
 * Brings the newest feedback into view, once per change, without moving the keyboard
 * focus: the progress while busy; after a check the counts (the message sits just above).
 */
function scrollToFeedback(state: PaneState): void {
  let id: string | null = null;
  if (state.busy) id = state.busy.source === 'load' ? null : FEEDBACK_AT[state.busy.source];
  else if (state.feedback) id = state.feedback.source === 'check' && state.result && state.result.written ? 'counts-block' : FEEDBACK_AT[state.feedback.source];
  const el = id === null ? null : document.getElementById(id);
  if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView(false);
}

function ConsolidatePicker(props: { ctl: PaneController; state: PaneState }) {
  const { ctl, state } = props;
  if (state.sheets.length === 0) return h('p', { class: 'hint', id: 'consolidate-panel' }, L.actions.consolidateNoSheets);
  return h(
    'fieldset',
    { class: 'picker', id: 'consolidate-panel' },
    h('legend', {}, L.actions.consolidatePick),
    state.sheets.map((name, i) =>
      h(
        'div',
        { class: 'field choice', key: name },
        h('input', { type: 'checkbox', id: `sheet-${i}`, class: 'sheet-choice', value: name, checked: state.chosen.indexOf(name) >= 0, onChange: (e: Event) => ctl.choose(name, (e.currentTarget as HTMLInputElement).checked) }),
        h('label', { for: `sheet-${i}` }, name),
      ),
    ),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'primary', id: 'consolidate-run', onClick: () => void ctl.consolidate() }, L.actions.consolidateRun),
      h('button', { type: 'button', onClick: () => ctl.toggle('consolidate', false) }, L.actions.close),
    ),
  );
}
