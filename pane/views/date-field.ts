/**
 * A dd/mm/yyyy field with a calendar popup: day first whatever the browser's language
 * (no native date input). Typed text is read by core's date parser.
 */
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatShortDate, type Day } from '../../core/index.js';
import { PANE_LABELS as L } from '../labels.vi.js';
import { addMonths, calendarWeeks, formatDayField, monthOf, parseDayField, type Month } from '../state.js';

export interface DateFieldProps {
  id: string;
  label: string;
  value: Day;
  today: Day;
  /** Returns an error sentence, or null when the day is taken. */
  onChange: (day: Day) => string | null;
}

const KEY_STEP: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, Left: -1, Right: 1, Up: -7, Down: 7 };

export function DateField(props: DateFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [focusDay, setFocusDay] = useState<Day>(props.value);
  const [month, setMonth] = useState<Month>(monthOf(props.value));
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const grid = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (!open || !grid.current) return;
    const target = grid.current.querySelector<HTMLButtonElement>(`button[data-day="${focusDay}"]`);
    if (target) target.focus();
  }, [open, focusDay, month.y, month.m]);

  const take = (day: Day): boolean => {
    const problem = props.onChange(day);
    setError(problem);
    if (problem === null) setDraft(null);
    return problem === null;
  };
  const commit = (text: string) => {
    const day = parseDayField(text);
    if (day === null) {
      setError(L.date.invalid);
      return;
    }
    take(day);
  };
  const openPopup = () => {
    const start = parseDayField(draft === null ? '' : draft) || props.value;
    setFocusDay(start);
    setMonth(monthOf(start));
    setOpen(true);
  };
  const close = (focusBack: 'toggle' | 'input') => {
    setOpen(false);
    const el = focusBack === 'toggle' ? toggle.current : input.current;
    if (el) el.focus();
  };
  const pick = (day: Day) => {
    if (take(day)) close('input');
  };
  const move = (day: Day) => {
    setFocusDay(day);
    setMonth(monthOf(day));
  };
  const onGridKey = (e: KeyboardEvent) => {
    const step = KEY_STEP[e.key];
    if (step !== undefined) {
      e.preventDefault();
      move((focusDay + step) as Day);
    } else if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      const m = addMonths(monthOf(focusDay), e.key === 'PageUp' ? -1 : 1);
      setMonth(m);
    }
  };
  const onPopupKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' || e.key === 'Esc') {
      e.preventDefault();
      e.stopPropagation();
      close('toggle');
    }
  };
  const described = `${props.id}-hint${error ? ` ${props.id}-error` : ''}`;
  const popupId = `${props.id}-calendar`;
  const weeks = open ? calendarWeeks(month) : [];
  return h(
    'div',
    { class: error ? 'field date invalid' : 'field date', onKeyDown: open ? onPopupKey : undefined },
    h('label', { for: props.id }, props.label),
    h(
      'div',
      { class: 'date-row' },
      h('input', {
        id: props.id,
        ref: input,
        type: 'text',
        inputMode: 'numeric',
        autoComplete: 'off',
        placeholder: L.date.format,
        class: 'date-input',
        value: draft === null ? formatDayField(props.value) : draft,
        'aria-describedby': described,
        'aria-invalid': error ? 'true' : undefined,
        onInput: (e: Event) => setDraft((e.currentTarget as HTMLInputElement).value),
        onChange: (e: Event) => commit((e.currentTarget as HTMLInputElement).value),
      }),
      h(
        'button',
        {
          type: 'button',
          ref: toggle,
          class: 'icon-button',
          id: `${props.id}-open`,
          'aria-label': L.date.open(props.label),
          'aria-haspopup': 'dialog',
          'aria-expanded': open ? 'true' : 'false',
          'aria-controls': popupId,
          onClick: () => (open ? close('toggle') : openPopup()),
        },
        h('span', { class: 'calendar-glyph', 'aria-hidden': 'true' }),
      ),
    ),
    h('p', { id: `${props.id}-hint`, class: 'sr-only' }, L.date.hint),
    error ? h('p', { id: `${props.id}-error`, class: 'field-error' }, error) : null,
    open
      ? h(
          'div',
          { class: 'calendar', id: popupId, role: 'dialog', 'aria-modal': 'false', 'aria-label': L.date.month(month.m, month.y) },
          h(
            'div',
            { class: 'calendar-head' },
            h('button', { type: 'button', class: 'icon-button', 'aria-label': L.date.prevMonth, onClick: () => setMonth(addMonths(month, -1)) }, '‹'),
            h('span', { class: 'calendar-title', 'aria-live': 'polite' }, L.date.month(month.m, month.y)),
            h('button', { type: 'button', class: 'icon-button', 'aria-label': L.date.nextMonth, onClick: () => setMonth(addMonths(month, 1)) }, '›'),
          ),
          h(
            'table',
            { role: 'grid', ref: grid, onKeyDown: onGridKey },
            h('thead', {}, h('tr', {}, L.date.weekdays.map((w) => h('th', { scope: 'col', key: w }, w)))),
            h(
              'tbody',
              {},
              weeks.map((week, i) =>
                h(
                  'tr',
                  { key: i },
                  week.map((day, j) =>
                    h(
                      'td',
                      { key: j },
                      day === null
                        ? null
                        : h(
                            'button',
                            {
                              type: 'button',
                              'data-day': String(day),
                              tabIndex: day === focusDay || (monthOf(focusDay).m !== month.m && day === calendarFirst(weeks)) ? 0 : -1,
                              class: [day === props.value ? 'selected' : '', day === props.today ? 'today' : ''].join(' ').trim() || undefined,
                              'aria-label': formatShortDate(day),
                              'aria-pressed': day === props.value ? 'true' : 'false',
                              onClick: () => pick(day),
                            },
                            String(ymdDay(day)),
                          ),
                    ),
                  ),
                ),
              ),
            ),
          ),
          h(
            'div',
            { class: 'calendar-foot' },
            h('button', { type: 'button', class: 'link', onClick: () => pick(props.today) }, L.date.today),
            h('button', { type: 'button', class: 'link', onClick: () => close('toggle') }, L.date.close),
          ),
        )
      : null,
  );
}

function calendarFirst(weeks: (Day | null)[][]): Day | null {
  for (const w of weeks) for (const d of w) if (d !== null) return d;
  return null;
}

function ymdDay(day: Day): number {
  return Number(formatDayField(day).slice(0, 2));
}
