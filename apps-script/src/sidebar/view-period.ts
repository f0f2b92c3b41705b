/** "Kỳ báo cáo": a preset, Từ ngày / Đến ngày, and "Ngày chốt số liệu". */
import { formatIsoDay, parseIsoDay, periodFromPreset, SETTINGS_LABELS, type Day, type PeriodPreset, type Settings } from '../../../core/index.js';
import { SIDEBAR_LABELS as L } from '../labels.vi.js';
import type { App } from './app.js';
import { h } from './dom.js';

const P = SETTINGS_LABELS.period;
const PRESETS: PeriodPreset[] = ['month15', 'month', 'quarter', 'year', 'custom'];

export function periodSection(app: App): HTMLElement | null {
  const { settings, boot } = app.state;
  if (!settings) return null;
  const set = (next: Settings) => app.setSettings(next);
  const onPreset = (e: Event) => {
    const preset = (e.target as HTMLSelectElement).value as PeriodPreset;
    const custom = { from: settings.period.from, to: settings.period.to };
    set({ ...settings, period: periodFromPreset(preset, settings.asOf, custom) });
  };
  const onDay = (key: 'from' | 'to' | 'asOf') => (e: Event) => {
    const day = parseIsoDay((e.target as HTMLInputElement).value);
    if (day === null) return;
    if (key === 'asOf') {
      const period = settings.period.preset === 'custom' ? settings.period : periodFromPreset(settings.period.preset, day);
      set({ ...settings, asOf: day, period });
      return;
    }
    const period = { ...settings.period, preset: 'custom' as const, [key]: day };
    if (period.from <= period.to) set({ ...settings, period });
  };
  return h(
    'section',
    {},
    h('h2', {}, L.period.heading),
    h('label', { for: 'preset' }, P.preset),
    h(
      'select',
      { id: 'preset', onchange: onPreset },
      ...PRESETS.map((p) => h('option', { value: p, selected: p === settings.period.preset }, P.presets[p])),
    ),
    h(
      'div',
      { class: 'two' },
      dayInput('from', P.from, settings.period.from, onDay('from')),
      dayInput('to', P.to, settings.period.to, onDay('to')),
    ),
    h(
      'div',
      { class: 'two' },
      dayInput('asOf', P.asOf, settings.asOf, onDay('asOf')),
      boot
        ? h('button', { class: 'link', onclick: () => onDay('asOf')({ target: { value: formatIsoDay(boot.today) } } as unknown as Event) }, L.period.asOfToday)
        : null,
    ),
  );
}

function dayInput(id: string, label: string, day: Day, onchange: (e: Event) => void): HTMLElement {
  return h('div', {}, h('label', { for: id }, label), h('input', { id, type: 'date', value: formatIsoDay(day), onchange }));
}
