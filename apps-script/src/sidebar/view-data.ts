/** "Dữ liệu": the sheet, its header row and a dropdown per field to correct the columns. */
import { FIELD_LABELS, SETTINGS_LABELS, type Field } from '../../../core/index.js';
import { SIDEBAR_LABELS as L } from '../labels.vi.js';
import type { FieldChoice, SheetPreview } from '../rpc-types.js';
import type { App } from './app.js';
import { h } from './dom.js';
import { formatCountVi } from './format-vi.js';

/**
 * Fields shown in amber when not found, with what that means (SETTINGS_LABELS.missingMeaning);
 * any other field not found only loses a column in the reports and is not listed.
 */
const AMBER_FIELDS: ReadonlySet<Field> = new Set<Field>(['due', 'actualResult', 'status', 'officer', 'channel']);

export function dataSection(app: App): HTMLElement {
  const { boot, sheetName, preview } = app.state;
  const sheets = boot ? boot.sheets : [];
  const picker = h(
    'select',
    { id: 'sheet', onchange: (e: Event) => void app.chooseSheet((e.target as HTMLSelectElement).value) },
    ...sheets.map((name) => h('option', { value: name, selected: name === sheetName }, name)),
  );
  return h(
    'section',
    {},
    h('h2', {}, L.data.heading),
    h('label', { for: 'sheet' }, L.data.sheet),
    picker,
    preview ? previewBlock(app, preview) : null,
  );
}

function previewBlock(app: App, preview: SheetPreview): HTMLElement {
  if (preview.headerRow === null) return h('p', { class: 'warn' }, L.data.noHeader);
  const rows = preview.fields.filter((f) => f.col !== null || AMBER_FIELDS.has(f.field));
  return h(
    'div',
    {},
    h('p', { class: 'muted' }, `${L.data.headerRow(preview.headerRow)} · ${L.data.rows(formatCountVi(preview.dossiers))}`),
    h('h3', {}, L.data.columnsHeading),
    h('div', { class: 'fields' }, ...rows.map((f) => fieldRow(app, preview, f))),
    h('div', { class: 'row' }, h('button', { onclick: () => void app.saveMapping() }, L.data.saveMapping)),
  );
}

function fieldRow(app: App, preview: SheetPreview, f: FieldChoice): HTMLElement {
  const chosen = app.state.override[f.field];
  const current = chosen !== undefined ? chosen : f.source === 'user' ? (f.letter ?? '') : '';
  const select = h(
    'select',
    {
      'aria-label': FIELD_LABELS[f.field],
      onchange: (e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        app.update({ override: { ...app.state.override, [f.field]: value } as Partial<Record<Field, string>> });
      },
    },
    h('option', { value: '', selected: current === '' }, autoLabel(f)),
    ...preview.columns.map((c) => h('option', { value: c.letter, selected: current === c.letter }, L.data.column(c.letter, c.heading))),
  );
  const missing = f.col === null && AMBER_FIELDS.has(f.field);
  return h(
    'div',
    { class: missing ? 'field missing' : 'field' },
    h('span', { class: 'field-name' }, FIELD_LABELS[f.field]),
    select,
    missing ? h('span', { class: 'effect' }, SETTINGS_LABELS.missingColumn(FIELD_LABELS[f.field], SETTINGS_LABELS.missingMeaning[f.field])) : null,
  );
}

function autoLabel(f: FieldChoice): string {
  if (f.col === null || f.letter === null) return `${L.data.autoDetect}: ${L.data.notFound}`;
  const found = L.data.column(f.letter, f.heading ?? '');
  return f.source === 'user' ? `${found} (${L.data.userChosen})` : `${L.data.autoDetect}: ${found}`;
}
