/** "Cài đặt" (collapsed): rule options with their legal source, colors, the report header, "Ngày nghỉ". */
import { SETTINGS_LABELS, type ReportHeader, type RuleOptions } from '../../../core/index.js';
import { SIDEBAR_LABELS } from '../labels.vi.js';
import type { App } from './app.js';
import { h } from './dom.js';

const L = SIDEBAR_LABELS.settings;
const R = SETTINGS_LABELS.rules;
const HEADER = SETTINGS_LABELS.header;

export function settingsSection(app: App): HTMLElement | null {
  const settings = app.state.settings;
  if (!settings) return null;
  const rules = (patch: Partial<RuleOptions>) => app.setSettings({ ...settings, rules: { ...settings.rules, ...patch } });
  const header = (key: keyof ReportHeader) => (e: Event) =>
    app.setSettings({ ...settings, header: { ...settings.header, [key]: (e.target as HTMLInputElement).value } });
  const details = h(
    'details',
    { open: app.state.settingsOpen, ontoggle: (e: Event) => (app.state.settingsOpen = (e.target as HTMLDetailsElement).open) },
    h('summary', {}, L.heading),
    numberField(R.dueSoon, settings.rules.dueSoonWorkingDays, (n) => rules({ dueSoonWorkingDays: n })),
    radios('supplementation', R.supplementation.title, settings.rules.supplementation, [
      ['restart', R.supplementation.restart],
      ['pause', R.supplementation.pause],
    ], (v) => rules({ supplementation: v as RuleOptions['supplementation'] })),
    radios('measure', R.measureAgainst.title, settings.rules.measureAgainst, [
      ['original', R.measureAgainst.original],
      ['extended', R.measureAgainst.extended],
    ], (v) => rules({ measureAgainst: v as RuleOptions['measureAgainst'] })),
    radios('compare', R.compareBy.title, settings.rules.compareBy, [
      ['datetime', R.compareBy.datetime],
      ['day', R.compareBy.day],
    ], (v) => rules({ compareBy: v as RuleOptions['compareBy'] })),
    timeField(R.sameDayCutoff, settings.rules.sameDayCutoffSec, (sec) => rules({ sameDayCutoffSec: sec })),
    checkbox(R.withdrawnCountAsOnTime, settings.rules.withdrawnCountAsOnTime, (v) => rules({ withdrawnCountAsOnTime: v })),
    checkbox(R.awaitingCountAsWithinDeadline, settings.rules.awaitingCountAsWithinDeadline, (v) => rules({ awaitingCountAsWithinDeadline: v })),
    checkbox(R.saturdayMorning, settings.hours?.saturdayMorning === true, (v) =>
      app.setSettings({ ...settings, hours: { ...settings.hours, saturdayMorning: v } }),
    ),
    checkbox(R.colorFinishedOnTime, settings.colorFinishedOnTime, (v) => app.setSettings({ ...settings, colorFinishedOnTime: v })),
    h('h3', {}, HEADER.title),
    ...(['reportingUnit', 'receivingUnit', 'place', 'preparer', 'head'] as const).map((key) =>
      h('div', {}, h('label', {}, HEADER[key]), h('input', { type: 'text', value: settings.header[key], onchange: header(key) })),
    ),
    h('h3', {}, L.daysOff),
    h('p', { class: 'muted' }, L.daysOffHint),
    h('button', { onclick: () => void app.openDaysOff() }, L.daysOffOpen),
    h('div', { class: 'row' }, h('button', { class: 'primary', onclick: () => void app.saveSettings() }, L.save)),
  );
  return h('section', {}, details);
}

function numberField(label: string, value: number, set: (n: number) => void): HTMLElement {
  const onchange = (e: Event) => {
    const n = Number((e.target as HTMLInputElement).value);
    if (Number.isInteger(n) && n >= 0) set(n);
  };
  return h('div', {}, h('label', {}, label), h('input', { type: 'number', min: '0', step: '1', value: String(value), onchange }));
}

function timeField(label: string, sec: number, set: (sec: number) => void): HTMLElement {
  const hh = String(Math.floor(sec / 3600)).padStart(2, '0');
  const mm = String(Math.floor((sec % 3600) / 60)).padStart(2, '0');
  const onchange = (e: Event) => {
    const m = /^(\d{1,2}):(\d{2})$/.exec((e.target as HTMLInputElement).value);
    if (m) set(Number(m[1]) * 3600 + Number(m[2]) * 60);
  };
  return h('div', {}, h('label', {}, label), h('input', { type: 'time', value: `${hh}:${mm}`, onchange }));
}

function checkbox(label: string, checked: boolean, set: (v: boolean) => void): HTMLElement {
  const input = h('input', { type: 'checkbox', checked, onchange: (e: Event) => set((e.target as HTMLInputElement).checked) });
  return h('label', { class: 'check' }, input, label);
}

function radios(name: string, label: string, value: string, options: [string, string][], set: (v: string) => void): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, label),
    ...options.map(([v, text]) =>
      h('label', { class: 'check' }, h('input', { type: 'radio', name, value: v, checked: v === value, onchange: () => set(v) }), text),
    ),
  );
}
