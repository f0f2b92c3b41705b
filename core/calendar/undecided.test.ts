import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './day.js';
import { BREAK_DECISIONS, UNDECIDED_BREAKS } from './days-off.js';
import { appliedBreaks, breakSettings, projectedBreakSettings } from './undecided.js';
import { parseSettings, serializeSettings } from '../settings-store.js';
import { defaultSettings } from '../settings-defaults.js';

describe('undecided breaks', () => {
  it('has a decision row for every break, and every projection is one of its options', () => {
    expect(Object.keys(BREAK_DECISIONS).sort()).toEqual(UNDECIDED_BREAKS.map((b) => b.id).sort());
    for (const b of UNDECIDED_BREAKS) expect(b.options.map((o) => o.id)).toContain(b.projected);
  });

  it('lists Tết 2027 for the settings with its four options, 1+4 projected, and the chosen one', () => {
    const tet = breakSettings({ 'tet-2027': '3+2' }).find((b) => b.id === 'tet-2027')!;
    expect(tet.options.map((o) => o.id)).toEqual(['1+4', '2+3', '3+2', '10-ngay']);
    expect([tet.projected, tet.chosen, tet.decided]).toEqual(['1+4', '3+2', false]);
    expect(tet.options[0].label).toBe('Chia 1+4: nghỉ từ thứ Sáu 05/02/2027 đến hết thứ Năm 11/02/2027 (7 ngày)');
  });

  it('leaves the days of the other options pending', () => {
    const tet = appliedBreaks().find((b) => b.brk.id === 'tet-2027')!;
    expect([tet.projected, tet.pendingDays]).toEqual([true, ['2027-02-03', '2027-02-04', '2027-02-12']]);
  });

  it('applies a published decision (the one-row change in BREAK_DECISIONS) over the user\'s choice, with nothing left pending', () => {
    const decided = appliedBreaks({ 'tet-2027': '3+2' }, UNDECIDED_BREAKS, { ...BREAK_DECISIONS, 'tet-2027': { option: '2+3', source: 'CV 1234/VPCP-KGVX (05/12/2026)' } });
    const tet = decided.find((b) => b.brk.id === 'tet-2027')!;
    expect([tet.option.id, tet.projected, tet.source, tet.pendingDays]).toEqual(['2+3', false, 'CV 1234/VPCP-KGVX (05/12/2026)', []]);
    expect(decided.find((b) => b.brk.id === 'quoc-khanh-2027')?.projected).toBe(true);
  });

  it('keeps the chosen option through the workbook settings store', () => {
    const settings = { ...defaultSettings(dayFromYmd({ y: 2027, m: 2, d: 1 })), calendar: { undecided: { 'tet-2027': '2+3' } } };
    const back = parseSettings(serializeSettings(settings), defaultSettings(dayFromYmd({ y: 2027, m: 2, d: 1 })));
    expect(back.calendar.undecided).toEqual({ 'tet-2027': '2+3' });
  });
});

describe('projectedBreakSettings', () => {
  it('offers 2028 (Tết Wed 26/01 → 2+3 by precedent; 2/9 Sat → the day before) and keeps a valid choice', () => {
    const [tet, sept] = projectedBreakSettings(2028, { 'tet-2028': '1+4', 'quoc-khanh-2028': 'x' });
    expect([tet.id, tet.projected, tet.chosen, tet.options.map((o) => o.id)]).toEqual(['tet-2028', '2+3', '1+4', ['1+4', '2+3', '3+2']]);
    expect([sept.id, sept.projected, sept.chosen]).toEqual(['quoc-khanh-2028', 'truoc', 'truoc']);
  });
});
