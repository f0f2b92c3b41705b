/** "Kỳ báo cáo": preset, Từ ngày / Đến ngày, Ngày chốt số liệu. */
import { formatIsoDay, parseIsoDay, periodFromPreset, type Day, type PeriodPreset, type ReportPeriod } from '../../../core/index.js';
import { UI } from '../labels.vi.js';
import { byId } from './dom.js';

const PRESETS: readonly PeriodPreset[] = ['month15', 'month', 'quarter', 'year', 'custom'];

export interface PeriodChoice {
  asOf: Day;
  period: ReportPeriod;
}

/** Fills the inputs from the settings and calls `onChange` with every valid change. */
export function setupPeriod(initial: PeriodChoice, today: () => Day, onChange: (choice: PeriodChoice) => void, onInvalid: (message: string) => void): void {
  const preset = byId<HTMLSelectElement>('period-preset');
  const from = byId<HTMLInputElement>('period-from');
  const to = byId<HTMLInputElement>('period-to');
  const asOf = byId<HTMLInputElement>('as-of');
  preset.replaceChildren(...PRESETS.map((p) => new Option(UI.period.presets[p], p)));
  const show = (choice: PeriodChoice) => {
    preset.value = choice.period.preset;
    from.value = formatIsoDay(choice.period.from);
    to.value = formatIsoDay(choice.period.to);
    asOf.value = formatIsoDay(choice.asOf);
    const custom = choice.period.preset === 'custom';
    from.disabled = !custom;
    to.disabled = !custom;
  };
  let current = initial;
  show(current);
  const update = () => {
    const day = parseIsoDay(asOf.value) ?? current.asOf;
    const kind = preset.value as PeriodPreset;
    let period: ReportPeriod;
    if (kind === 'custom') {
      const f = parseIsoDay(from.value) ?? current.period.from;
      const t = parseIsoDay(to.value) ?? current.period.to;
      if (f > t) return onInvalid(UI.period.badRange);
      period = periodFromPreset('custom', day, { from: f, to: t });
    } else period = periodFromPreset(kind, day);
    current = { asOf: day, period };
    show(current);
    onChange(current);
  };
  for (const input of [preset, from, to, asOf]) input.addEventListener('change', update);
  byId('as-of-today').addEventListener('click', () => {
    asOf.value = formatIsoDay(today());
    update();
  });
}
