/** "Dữ liệu / Cột dữ liệu": the sheet, its header row and a dropdown per field to correct the column. */
import { FIELD_LABELS, SETTINGS_LABELS, type Field } from '../../../core/index.js';
import type { DataView } from '../excel-io.js';
import { UI } from '../labels.vi.js';
import { rangeAddress } from '../a1.js';
import { byId, fill, h } from './dom.js';

/** Fields in the order a user checks them (the dates that decide lateness first). */
export const FIELD_ORDER: readonly Field[] = ['code', 'received', 'due', 'finished', 'actualResult', 'status', 'unit', 'officer', 'field', 'channel'];
/** Shown under "Cột khác" (collapsed) unless one of them is missing and matters. */
export const MORE_FIELDS: readonly Field[] = ['extendedDue', 'returned', 'procedure', 'applicant', 'submitted', 'period', 'remarks'];

const NOT_FOUND = '__notFound';

/** Renders the section; `onPick` gets a column letter, or '' for "no column". */
export function renderData(view: DataView | null, onPick: (field: Field, value: string) => void): void {
  const root = byId('data-body');
  if (!view) return fill(root, h('p', { class: 'muted' }, UI.data.notRead));
  const where = view.selection ? rangeAddress(view.selection) : UI.data.wholeSheet;
  const head = h(
    'p',
    {},
    h('strong', {}, `${UI.data.sheet}: `),
    view.sheetName,
    ` · ${UI.data.range}: ${where}`,
    h('br'),
    view.read.headerRows.length > 0 ? UI.data.headerRow(view.read.headerRows.join(', ')) : UI.data.noHeader,
  );
  if (view.read.headerRows.length === 0) return fill(root, head);
  const missing = new Set(view.read.problems.filter((p) => p.code === 'header.missingField').map((p) => p.detail));
  const row = (field: Field) => {
    const found = view.read.mapping.find((m) => m.field === field);
    const id = `map-${field}`;
    const select = h('select', { id, 'data-field': field, onchange: (e: Event) => onPick(field, (e.target as HTMLSelectElement).value) });
    if (!found) select.append(h('option', { value: NOT_FOUND, disabled: true, selected: true }, UI.data.notFound));
    for (const heading of view.headings) {
      select.append(h('option', { value: heading.letter, selected: found?.col === heading.col }, UI.data.column(heading.letter, heading.text)));
    }
    if (found) select.append(h('option', { value: '' }, UI.data.unmapped));
    const amber = !found && missing.has(field);
    return h(
      'div',
      { class: amber ? 'field missing' : found ? 'field' : 'field absent' },
      h('label', { for: id }, FIELD_LABELS[field], found?.source === 'user' ? h('span', { class: 'tag' }, UI.data.userChoice) : null),
      select,
      amber ? h('p', { class: 'meaning' }, SETTINGS_LABELS.missingColumn(FIELD_LABELS[field], SETTINGS_LABELS.missingMeaning[field])) : null,
    );
  };
  const more = MORE_FIELDS.filter((f) => !missing.has(f));
  fill(
    root,
    head,
    h('p', { class: 'muted small' }, UI.data.columnsHint),
    ...[...FIELD_ORDER, ...MORE_FIELDS.filter((f) => missing.has(f))].map(row),
    h('details', { id: 'more-fields' }, h('summary', {}, UI.data.moreFields), ...more.map(row)),
  );
}
