/** "Cài đặt" (collapsed): rule options with their meaning and legal source, the "Ngày nghỉ" sheet, report header. */
import { formatHm, SETTINGS_LABELS, type ReportHeader, type RuleOptions, type Settings } from '../../../core/index.js';
import { UI } from '../labels.vi.js';
import { byId, fill, h } from './dom.js';

const S = UI.settings;
const R = SETTINGS_LABELS.rules;
const HEADER = SETTINGS_LABELS.header;
const HEADER_FIELDS: readonly (keyof ReportHeader)[] = ['reportingUnit', 'receivingUnit', 'place', 'preparer', 'head'];

export interface SettingsHandlers {
  onChange: (settings: Settings) => void;
  onOpenDaysOff: () => void;
}

/** "HH:MM" → seconds after midnight, or null. */
export function secondsFromHm(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return Number(m[1]) * 3600 + Number(m[2]) * 60;
}

export function renderSettings(settings: Settings, handlers: SettingsHandlers): void {
  let current = settings;
  const rules = (patch: Partial<RuleOptions>) => {
    current = { ...current, rules: { ...current.rules, ...patch } };
    handlers.onChange(current);
  };
  const r = current.rules;
  const radio = <K extends keyof RuleOptions>(key: K, value: RuleOptions[K], label: string) =>
    h('label', { class: 'choice' }, h('input', { type: 'radio', name: key, checked: r[key] === value, onchange: () => rules({ [key]: value } as Partial<RuleOptions>) }), label);
  const check = (id: string, checked: boolean, label: string, apply: (v: boolean) => void) =>
    h('label', { class: 'choice' }, h('input', { type: 'checkbox', id, checked, onchange: (e: Event) => apply((e.target as HTMLInputElement).checked) }), label);
  const header = HEADER_FIELDS.map((key) =>
    h(
      'label',
      { class: 'text' },
      HEADER[key],
      h('input', {
        type: 'text',
        id: `header-${key}`,
        value: current.header[key],
        onchange: (e: Event) => {
          current = { ...current, header: { ...current.header, [key]: (e.target as HTMLInputElement).value } };
          handlers.onChange(current);
        },
      }),
    ),
  );
  fill(
    byId('settings-body'),
    h(
      'label',
      { class: 'text' },
      R.dueSoon,
      h('input', {
        type: 'number',
        id: 'due-soon',
        min: 0,
        max: 30,
        value: String(r.dueSoonWorkingDays),
        onchange: (e: Event) => {
          const n = Number((e.target as HTMLInputElement).value);
          if (Number.isInteger(n) && n >= 0 && n <= 30) rules({ dueSoonWorkingDays: n });
        },
      }),
    ),
    h('fieldset', {}, h('legend', {}, R.supplementation.title), radio('supplementation', 'restart', R.supplementation.restart), radio('supplementation', 'pause', R.supplementation.pause)),
    h(
      'label',
      { class: 'text' },
      R.sameDayCutoff,
      h('input', {
        type: 'time',
        id: 'same-day-cutoff',
        value: formatHm(r.sameDayCutoffSec),
        onchange: (e: Event) => {
          const sec = secondsFromHm((e.target as HTMLInputElement).value);
          if (sec !== null) rules({ sameDayCutoffSec: sec });
        },
      }),
    ),
    h('fieldset', {}, h('legend', {}, R.measureAgainst.title), radio('measureAgainst', 'original', R.measureAgainst.original), radio('measureAgainst', 'extended', R.measureAgainst.extended)),
    h('fieldset', {}, h('legend', {}, R.compareBy.title), radio('compareBy', 'datetime', R.compareBy.datetime), radio('compareBy', 'day', R.compareBy.day)),
    check('withdrawn-on-time', r.withdrawnCountAsOnTime, R.withdrawnCountAsOnTime, (v) => rules({ withdrawnCountAsOnTime: v })),
    check('awaiting-within', r.awaitingCountAsWithinDeadline, R.awaitingCountAsWithinDeadline, (v) => rules({ awaitingCountAsWithinDeadline: v })),
    check('saturday-morning', current.hours.saturdayMorning === true, R.saturdayMorning, (v) => {
      current = { ...current, hours: { ...current.hours, saturdayMorning: v } };
      handlers.onChange(current);
    }),
    check('color-on-time', current.colorFinishedOnTime, R.colorFinishedOnTime, (v) => {
      current = { ...current, colorFinishedOnTime: v };
      handlers.onChange(current);
    }),
    h(
      'fieldset',
      {},
      h('legend', {}, S.daysOff),
      h('p', { class: 'small' }, S.daysOffHint),
      h('p', { class: 'small', id: 'days-off-count' }, S.daysOffCount((current.calendar.extraDaysOff ?? []).length, (current.calendar.extraWorkingDays ?? []).length)),
      h('button', { type: 'button', id: 'open-days-off', onclick: () => handlers.onOpenDaysOff() }, UI.buttons.openDaysOff),
    ),
    h('fieldset', {}, h('legend', {}, HEADER.title), ...header),
    h('p', { class: 'muted small' }, S.sharedNote),
  );
}
