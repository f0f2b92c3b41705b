/**
 * "Tổng hợp từ tệp…": the button opens the browser's file picker (many files, .zip allowed);
 * after the run, every file is listed: merged as which unit, or not merged and why.
 */
import { h } from 'preact';
import { useRef } from 'preact/hooks';
import { formatCount } from '../../core/index.js';
import type { FileOutcome } from '../../readers/index.js';
import type { PaneController, PaneState } from '../controller.js';
import { canConsolidateFiles } from '../files-model.js';
import { FILES_LABELS as L } from '../labels-files.vi.js';
import { fileSourceOf } from '../read-files.js';

export const FILE_ACCEPT = '.xlsx,.xls,.csv,.zip,.htm,.html';

export function FilesButton(props: { ctl: PaneController; state: PaneState }) {
  const { ctl, state } = props;
  const input = useRef<HTMLInputElement>(null);
  if (!canConsolidateFiles(ctl.bridge)) return null;
  const off = state.busy !== null || state.settings === null;
  const picked = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    const list = el.files;
    const files = [];
    if (list) for (let i = 0; i < list.length; i++) files.push(fileSourceOf(list[i]));
    // Cleared, so picking the same files again starts a new run.
    el.value = '';
    if (files.length > 0) void ctl.consolidateFiles(files);
  };
  return h(
    'span',
    { class: 'files-action' },
    h(
      'button',
      { type: 'button', id: 'consolidate-files', class: 'action', title: L.hint, 'aria-label': L.buttonLabel, 'aria-disabled': off ? 'true' : undefined, onClick: () => (off || !input.current ? undefined : input.current.click()) },
      L.button,
    ),
    h('input', { type: 'file', id: 'consolidate-files-input', class: 'sr-only', multiple: true, accept: FILE_ACCEPT, tabIndex: -1, 'aria-hidden': 'true', ref: input, onChange: picked }),
  );
}

export function FileOutcomeList(props: { outcomes: FileOutcome[] | null }) {
  const all = props.outcomes;
  if (all === null || all.length === 0) return null;
  const merged = all.filter((o) => o.merged);
  const left = all.filter((o) => !o.merged);
  const group = (id: string, title: string, items: FileOutcome[]) =>
    items.length === 0
      ? null
      : h('div', { class: 'file-group', id }, h('h3', {}, title), h('ul', { class: 'file-list' }, items.map((o, i) => h(Line, { o, key: `${o.file}|${o.input}|${i}` }))));
  return h(
    'section',
    { class: 'file-outcomes', id: 'file-outcomes', 'aria-label': L.listTitle(formatCount(all.length)) },
    group('files-merged', L.mergedTitle(formatCount(merged.length)), merged),
    group('files-left', L.notMergedTitle(formatCount(left.length)), left),
  );
}

function Line(props: { o: FileOutcome }) {
  const { o } = props;
  const sheet = o.input !== null && o.input.indexOf('(') >= 0 ? h('span', { class: 'muted' }, ` · ${o.input}`) : null;
  if (o.merged) {
    return h(
      'li',
      { class: o.unitFromFileName ? 'merged flagged' : 'merged' },
      h('span', { class: 'file-name' }, o.file),
      sheet,
      h('span', { class: 'file-unit' }, L.asUnit(o.unit || ''), o.dossiers !== null ? h('span', { class: 'muted' }, ` · ${L.dossiers(formatCount(o.dossiers))}`) : null),
      o.unitFromFileName ? h('span', { class: 'file-note amber' }, L.fromFileName) : null,
    );
  }
  return h('li', { class: 'left' }, h('span', { class: 'file-name' }, o.file), sheet, h('span', { class: 'file-note' }, sentence(o.note)));
}

/** A reason as the start of its line (the CLI prints it after "Không gộp …: "). */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
