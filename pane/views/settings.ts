/** "Cài đặt": rule options and the report header, drawn from core's settings model (settings-form.ts). */
import { h } from 'preact';
import { SETTINGS_LABELS, UNDECIDED_DAYS_LABELS } from '../../core/index.js';
import type { PaneController, PaneState } from '../controller.js';
import { PANE_LABELS as L } from '../labels.vi.js';
import { calendarControls, headerControls, ruleControls, secondsFromHm, type SettingControl } from '../settings-form.js';
import { Feedback } from './feedback.js';
import { TextField } from './fields.js';

export function SettingsPanel(props: { ctl: PaneController; state: PaneState }) {
  const { ctl, state } = props;
  const s = state.settings;
  if (!s) return null;
  const open = state.open.settings;
  const control = (c: SettingControl) => h(Control, { key: c.id, control: c, ctl, state });
  const undecided = calendarControls(s);
  return h(
    'section',
    { id: 'settings', class: 'settings' },
    h(
      'h2',
      {},
      h(
        'button',
        { type: 'button', class: 'disclosure', id: 'settings-toggle', 'aria-expanded': open ? 'true' : 'false', 'aria-controls': 'settings-body', onClick: () => ctl.toggle('settings') },
        h('span', { class: open ? 'chevron open' : 'chevron', 'aria-hidden': 'true' }),
        L.settings.heading,
      ),
    ),
    open
      ? h(
          'div',
          { id: 'settings-body' },
          h('fieldset', {}, h('legend', {}, L.settings.rules), ruleControls(s).map(control)),
          h(
            'fieldset',
            {},
            h('legend', {}, L.settings.daysOff),
            h('p', { class: 'hint' }, L.settings.daysOffHint),
            h('p', { class: 'hint', id: 'days-off-count' }, L.settings.daysOffCount((s.calendar.extraDaysOff || []).length, (s.calendar.extraWorkingDays || []).length)),
            h('button', { type: 'button', id: 'open-days-off', onClick: () => void ctl.openDaysOff() }, L.settings.daysOffOpen),
            h(Feedback, { state, sources: ['daysOff'], id: 'days-off-feedback' }),
          ),
          undecided.length > 0
            ? h(
                'fieldset',
                { id: 'undecided-days' },
                h('legend', {}, UNDECIDED_DAYS_LABELS.settingsTitle),
                h('p', { class: 'hint' }, UNDECIDED_DAYS_LABELS.settingsHint),
                undecided.map(control),
              )
            : null,
          h('fieldset', {}, h('legend', {}, headerTitle()), headerControls(s).map(control)),
          h('p', { class: 'hint' }, L.settings.sharedNote),
          h(Feedback, { state, sources: ['settings'], id: 'settings-feedback' }),
        )
      : null,
  );
}

function headerTitle(): string {
  return SETTINGS_LABELS.header.title;
}

function Control(props: { control: SettingControl; ctl: PaneController; state: PaneState }) {
  const { control: c, ctl, state } = props;
  const apply = (next: NonNullable<PaneState['settings']>) => void ctl.changeSettings(next);
  const current = () => ctl.state.settings || state.settings!;
  switch (c.kind) {
    case 'checkbox':
      return h(
        'div',
        { class: 'field choice' },
        h('input', { type: 'checkbox', id: c.id, checked: c.value, onChange: (e: Event) => apply(c.set(current(), (e.currentTarget as HTMLInputElement).checked)) }),
        h('label', { for: c.id }, c.label),
      );
    case 'radio':
      return h(
        'fieldset',
        { class: 'radios', id: c.id },
        h('legend', {}, c.label),
        c.options.map((o) =>
          h(
            'div',
            { class: 'field choice', key: o.value },
            h('input', { type: 'radio', id: `${c.id}-${o.value}`, name: c.id, value: o.value, checked: c.value === o.value, onChange: () => apply(c.set(current(), o.value)) }),
            h('label', { for: `${c.id}-${o.value}` }, o.label),
          ),
        ),
      );
    case 'number':
      return h(TextField, {
        id: c.id,
        label: c.label,
        value: String(c.value),
        inputMode: 'numeric',
        commit: (text) => {
          const n = Number(text.trim());
          if (text.trim() === '' || !isFinite(n) || Math.floor(n) !== n || n < c.min || n > c.max) return L.settings.badNumber(c.min, c.max);
          apply(c.set(current(), n));
          return null;
        },
      });
    case 'time':
      return h(TextField, {
        id: c.id,
        label: c.label,
        value: c.value,
        placeholder: 'HH:MM',
        commit: (text) => {
          const sec = secondsFromHm(text);
          if (sec === null) return L.settings.badTime;
          apply(c.set(current(), sec));
          return null;
        },
      });
    case 'text':
      return h(TextField, {
        id: c.id,
        label: c.label,
        value: c.value,
        commit: (text) => {
          apply(c.set(current(), text));
          return null;
        },
      });
  }
}
