/** Progress, messages, errors with "Chi tiết", and the in-pane confirmation (add-ins cannot use window.confirm). */
import { UI } from '../labels.vi.js';
import type { UserError } from '../errors.js';
import { byId, fill, h } from './dom.js';

export function showProgress(message: string | null): void {
  const box = byId('progress');
  box.hidden = message === null;
  if (message !== null) fill(byId('progress-text'), message);
}

export function showMessage(message: string, notes: readonly string[] = []): void {
  fill(byId('status'), h('p', { class: 'ok', role: 'status' }, message), ...notes.map((n) => h('p', { class: 'note' }, n)));
}

export function showError(error: UserError): void {
  fill(
    byId('status'),
    h(
      'div',
      { class: 'error', role: 'alert' },
      h('p', {}, error.message),
      error.details ? h('details', {}, h('summary', {}, UI.buttons.details), h('pre', {}, error.details)) : null,
    ),
  );
}

export function clearStatus(): void {
  fill(byId('status'));
}

/** Asks a yes/no question inside the pane. */
export function confirmInPane(question: string, yes: string, no: string): Promise<boolean> {
  return new Promise((resolve) => {
    const box = byId('confirm');
    const answer = (value: boolean) => () => {
      box.hidden = true;
      fill(box);
      resolve(value);
    };
    fill(
      box,
      h('p', {}, question),
      h('div', { class: 'row' }, h('button', { type: 'button', class: 'primary', id: 'confirm-yes', onclick: answer(true) }, yes), h('button', { type: 'button', onclick: answer(false) }, no)),
    );
    box.hidden = false;
  });
}
