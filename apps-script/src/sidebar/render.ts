/** Draws the whole sidebar from the app state, in the order of the work (UX.md). */
import { SIDEBAR_LABELS as L } from '../labels.vi.js';
import type { App } from './app.js';
import { h, mount } from './dom.js';
import { dataSection } from './view-data.js';
import { periodSection } from './view-period.js';
import { resultsSection } from './view-results.js';
import { settingsSection } from './view-settings.js';

export function render(app: App, root: HTMLElement): void {
  mount(root, statusBar(app), dataSection(app), periodSection(app), actions(app), resultsSection(app), settingsSection(app));
}

function statusBar(app: App): HTMLElement {
  const { busy, progress, error, notice } = app.state;
  const bar = busy
    ? h(
        'div',
        { class: 'busy', role: 'status' },
        h('div', {}, busy),
        progress && progress.total > 0
          ? h('progress', { max: String(progress.total), value: String(progress.done) })
          : h('progress', {}),
      )
    : null;
  const err = error
    ? h(
        'div',
        { class: 'error', role: 'alert' },
        h('strong', {}, L.errors.heading),
        h('p', {}, error.message),
        error.detail ? h('details', {}, h('summary', {}, L.errors.details), h('pre', {}, error.detail)) : null,
      )
    : null;
  return h('div', {}, bar, err, notice ? h('p', { class: 'ok' }, notice) : null);
}

function actions(app: App): HTMLElement {
  const disabled = app.state.busy !== null || app.state.settings === null;
  const buttons = h(
    'div',
    { class: 'actions' },
    h('button', { id: 'check', class: 'primary', disabled, onclick: () => void app.check() }, L.actions.check),
    h('button', { id: 'reports', disabled, onclick: () => void app.reports() }, L.actions.reports),
    h('button', { id: 'consolidate', disabled, onclick: () => app.update({ picking: !app.state.picking }) }, L.actions.consolidate),
  );
  return h('section', {}, buttons, app.state.picking ? picker(app, disabled) : null);
}

function picker(app: App, disabled: boolean): HTMLElement {
  const sheets = app.state.boot ? app.state.boot.sheets : [];
  const toggle = (name: string) => (e: Event) => {
    const on = (e.target as HTMLInputElement).checked;
    const chosen = app.state.chosen.filter((n) => n !== name);
    app.state.chosen = on ? [...chosen, name] : chosen;
  };
  return h(
    'div',
    { class: 'picker' },
    h('p', {}, L.actions.consolidatePick),
    ...sheets.map((name) =>
      h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: app.state.chosen.includes(name), onchange: toggle(name) }), name),
    ),
    h(
      'div',
      { class: 'row' },
      h('button', { id: 'consolidate-run', class: 'primary', disabled, onclick: () => void app.consolidate() }, L.actions.consolidateRun),
      h('button', { onclick: () => app.update({ picking: false }) }, L.actions.cancel),
    ),
  );
}
