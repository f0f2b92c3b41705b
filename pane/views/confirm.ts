/** The in-pane yes/no question (add-ins cannot use window.confirm): modal, focus inside, Escape cancels. */
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Confirm } from '../controller.js';
import { PANE_LABELS as L } from '../labels.vi.js';

export function ConfirmDialog(props: { confirm: Confirm | null }) {
  const box = useRef<HTMLDivElement>(null);
  const before = useRef<Element | null>(null);
  const c = props.confirm;
  useEffect(() => {
    if (!c) return;
    before.current = document.activeElement;
    const first = box.current ? box.current.querySelector<HTMLButtonElement>('button') : null;
    if (first) first.focus();
    return () => {
      const el = before.current as HTMLElement | null;
      if (el && typeof el.focus === 'function' && document.body.contains(el)) el.focus();
    };
  }, [c]);
  if (!c) return null;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' || e.key === 'Esc') {
      e.preventDefault();
      c.answer(false);
      return;
    }
    if (e.key !== 'Tab' || !box.current) return;
    // Keep Tab inside the dialog.
    const buttons = box.current.querySelectorAll<HTMLButtonElement>('button');
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  return h(
    'div',
    { class: 'overlay' },
    h(
      'div',
      { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text', ref: box, onKeyDown: onKey, id: 'confirm' },
      h('h2', { id: 'confirm-title' }, L.replace.title),
      h('p', { id: 'confirm-text' }, c.question),
      h(
        'div',
        { class: 'dialog-buttons' },
        h('button', { type: 'button', class: 'primary', id: 'confirm-yes', onClick: () => c.answer(true) }, L.replace.yes),
        h('button', { type: 'button', id: 'confirm-no', onClick: () => c.answer(false) }, L.replace.no),
      ),
    ),
  );
}
