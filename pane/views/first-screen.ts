/** The first screen: which sheet and how many rows, the period in one line, the column summary. */
import { h } from 'preact';
import { formatCount, formatShortDate, SETTINGS_LABELS, type Field, type PeriodPreset } from '../../core/index.js';
import type { PaneController, PaneState } from '../controller.js';
import { PANE_LABELS as L } from '../labels.vi.js';
import type { FieldChoice, SheetView } from '../model.js';
import { FIELD_ORDER, fieldLabel, mappingSummary, periodLine } from '../state.js';
import { DateField } from './date-field.js';

const PRESETS: readonly PeriodPreset[] = ['month15', 'month', 'quarter', 'year', 'custom'];
const NOT_FOUND = '__notFound';

export function SheetLine(props: { ctl: PaneController; state: PaneState }) {
  const { ctl, state } = props;
  const view = state.view;
  const pickable = ctl.bridge.kind === 'sheets' && state.boot !== null && state.boot.sheets.length > 0;
  const facts = view
    ? view.headerRow === null
      ? L.sheet.noHeader
      : `${L.sheet.rows(formatCount(view.rows))} · ${L.sheet.headerRow(view.headerRow)}`
    : '';
  const change = pickable
    ? h('button', { type: 'button', class: 'link', id: 'sheet-change', 'aria-label': L.sheet.changeLabel, 'aria-expanded': state.open.sheet ? 'true' : 'false', onClick: () => ctl.toggle('sheet') }, L.sheet.change)
    : h('button', { type: 'button', class: 'link', id: 'sheet-reread', 'aria-label': L.sheet.rereadLabel, onClick: () => void ctl.chooseSheet(null) }, L.sheet.reread);
  return h(
    'div',
    { class: 'line sheet-line', id: 'sheet-line' },
    h(
      'p',
      {},
      h('span', { class: 'line-label' }, `${L.sheet.label}: `),
      h('strong', { id: 'sheet-name' }, view ? view.sheetName : ''),
      ' ',
      change,
      h('br', {}),
      h('span', { class: 'muted', id: 'sheet-facts' }, facts),
    ),
    pickable && state.open.sheet && state.boot
      ? h(
          'div',
          { class: 'field' },
          h('label', { for: 'sheet-pick' }, L.sheet.pick),
          h(
            'select',
            { id: 'sheet-pick', value: view ? view.sheetName : '', onChange: (e: Event) => void ctl.chooseSheet((e.currentTarget as HTMLSelectElement).value) },
            state.boot.sheets.map((name) => h('option', { value: name, key: name }, name)),
          ),
        )
      : null,
  );
}

export function PeriodLine(props: { ctl: PaneController; state: PaneState }) {
  const { ctl, state } = props;
  const s = state.settings;
  if (!s || !state.boot) return h('div', { class: 'line period-line' });
  const today = state.boot.today;
  const P = SETTINGS_LABELS.period;
  return h(
    'div',
    { class: 'line period-line', id: 'period-line' },
    h(
      'p',
      {},
      h('span', { class: 'line-label' }, `${L.period.short}: `),
      h('span', { id: 'period-summary' }, `${periodLine(s)} · ${L.period.asOfLine(formatShortDate(s.asOf))}`),
      ' ',
      h(
        'button',
        { type: 'button', class: 'link', id: 'period-change', 'aria-label': L.period.changeLabel, 'aria-expanded': state.open.period ? 'true' : 'false', 'aria-controls': 'period-editor', onClick: () => ctl.toggle('period') },
        state.open.period ? L.period.done : L.period.change,
      ),
    ),
    state.open.period
      ? h(
          'div',
          { class: 'editor', id: 'period-editor' },
          h(
            'div',
            { class: 'field' },
            h('label', { for: 'period-preset' }, P.preset),
            h(
              'select',
              { id: 'period-preset', value: s.period.preset, onChange: (e: Event) => ctl.periodChange({ preset: (e.currentTarget as HTMLSelectElement).value as PeriodPreset }) },
              PRESETS.map((p) => h('option', { value: p, key: p }, P.presets[p])),
            ),
          ),
          h(
            'div',
            { class: 'two' },
            h(DateField, { id: 'period-from', label: P.from, value: s.period.from, today, onChange: (from) => ctl.periodChange({ from }) }),
            h(DateField, { id: 'period-to', label: P.to, value: s.period.to, today, onChange: (to) => ctl.periodChange({ to }) }),
          ),
          h(
            'div',
            { class: 'as-of' },
            h(DateField, { id: 'as-of', label: P.asOf, value: s.asOf, today, onChange: (asOf) => ctl.periodChange({ asOf }) }),
            h('button', { type: 'button', id: 'as-of-today', onClick: () => ctl.periodChange({ asOf: today }) }, L.date.today),
          ),
          h('p', { class: 'hint' }, L.period.asOfHint),
        )
      : null,
  );
}

export function MappingLine(props: { ctl: PaneController; state: PaneState }) {
  const { ctl, state } = props;
  const view = state.view;
  if (!view || view.headerRow === null) return h('div', { class: 'line mapping-line' });
  const summary = mappingSummary(view);
  const amber = summary.missing.length > 0;
  const all = state.open.mapping;
  const shown = all ? FIELD_ORDER.filter((f) => view.fields.some((c) => c.field === f)) : summary.missing;
  return h(
    'div',
    { class: amber ? 'line mapping-line amber' : 'line mapping-line', id: 'mapping' },
    h(
      'p',
      {},
      amber ? h('strong', { class: 'amber-title' }, `${L.mapping.missingTitle}. `) : null,
      h('span', { id: 'mapping-summary' }, L.mapping.summary(summary.found)),
      ' · ',
      h(
        'button',
        { type: 'button', class: 'link', id: 'mapping-edit', 'aria-label': L.mapping.editLabel, 'aria-expanded': all ? 'true' : 'false', onClick: () => ctl.toggle('mapping') },
        all ? L.mapping.close : L.mapping.edit,
      ),
    ),
    shown.length > 0
      ? h(
          'div',
          { class: 'editor', id: 'mapping-editor' },
          all ? h('p', { class: 'hint' }, L.mapping.hint) : null,
          shown.map((f) => h(FieldRow, { key: f, ctl, view, field: f, missing: summary.missing.indexOf(f) >= 0 })),
        )
      : null,
  );
}

function FieldRow(props: { ctl: PaneController; view: SheetView; field: Field; missing: boolean }) {
  const { ctl, view, field, missing } = props;
  const choice: FieldChoice | undefined = view.fields.filter((c) => c.field === field)[0];
  const found = choice && choice.letter !== null ? choice.letter : null;
  const id = `map-${field}`;
  const label = fieldLabel(field);
  return h(
    'div',
    { class: missing ? 'field mapped missing' : 'field mapped' },
    h('label', { for: id }, label, choice && choice.source === 'user' ? h('span', { class: 'tag' }, L.mapping.userChoice) : null),
    h(
      'select',
      {
        id,
        'data-field': field,
        value: found === null ? NOT_FOUND : found,
        'aria-describedby': missing ? `${id}-meaning` : undefined,
        onChange: (e: Event) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          if (value !== NOT_FOUND) void ctl.pickColumn(field, value);
        },
      },
      found === null ? h('option', { value: NOT_FOUND, disabled: true }, L.mapping.notFound) : null,
      view.columns.map((c) => h('option', { value: c.letter, key: c.letter }, L.mapping.column(c.letter, c.heading))),
      found !== null ? h('option', { value: '' }, L.mapping.none) : null,
    ),
    missing ? h('p', { class: 'meaning', id: `${id}-meaning` }, SETTINGS_LABELS.missingColumn(label, SETTINGS_LABELS.missingMeaning[field])) : null,
  );
}
