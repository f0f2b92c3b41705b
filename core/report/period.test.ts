import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatIsoDay, type Day } from '../calendar/day.js';
import { periodFromPreset, periodLabel, periodRangeLine, type PeriodPreset } from './period.js';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd({ y, m, d });
};
const show = (preset: PeriodPreset, asOf: string, custom?: { from: Day; to: Day }) => {
  const p = periodFromPreset(preset, day(asOf), custom);
  return { from: formatIsoDay(p.from), to: formatIsoDay(p.to), label: periodLabel(p), line: periodRangeLine(p) };
};

describe('periodFromPreset month15', () => {
  it('gives Tháng 6 năm 2024 = 15/5/2024 – 14/6/2024 on the 14th (the last day of the period)', () => {
    expect(show('month15', '2024-06-14')).toEqual({
      from: '2024-05-15',
      to: '2024-06-14',
      label: 'Tháng 6 năm 2024',
      line: '(Từ ngày 15/5/2024 đến ngày 14/6/2024)',
    });
  });
  it('gives the period just ended from the 15th on: 20/6/2024 → 15/5 – 14/6/2024', () => {
    expect(show('month15', '2024-06-20').from).toBe('2024-05-15');
  });
  it('crosses the year: 10/01/2025 → 15/12/2024 – 14/01/2025, "Tháng 1 năm 2025"', () => {
    expect(show('month15', '2025-01-10')).toEqual({
      from: '2024-12-15',
      to: '2025-01-14',
      label: 'Tháng 1 năm 2025',
      line: '(Từ ngày 15/12/2024 đến ngày 14/01/2025)',
    });
  });
  it('gives Tháng 12 năm 2024 = 15/11 – 14/12/2024 on 31/12/2024', () => {
    expect(show('month15', '2024-12-31')).toMatchObject({ from: '2024-11-15', to: '2024-12-14', label: 'Tháng 12 năm 2024' });
  });
});

describe('periodFromPreset calendar presets', () => {
  it('gives the calendar month, with 29 days in February 2024', () => {
    expect(show('month', '2024-02-10')).toMatchObject({ from: '2024-02-01', to: '2024-02-29', label: 'Tháng 2 năm 2024' });
  });
  it('gives Quý II năm 2024 = 01/4 – 30/6/2024 for 02/5/2024', () => {
    expect(show('quarter', '2024-05-02')).toMatchObject({ from: '2024-04-01', to: '2024-06-30', label: 'Quý II năm 2024' });
  });
  it('gives Quý IV năm 2024 = 01/10 – 31/12/2024 on 31/12/2024, and Quý I on 01/01/2025', () => {
    expect(show('quarter', '2024-12-31')).toMatchObject({ from: '2024-10-01', to: '2024-12-31', label: 'Quý IV năm 2024' });
    expect(show('quarter', '2025-01-01')).toMatchObject({ from: '2025-01-01', to: '2025-03-31', label: 'Quý I năm 2025' });
  });
  it('gives Năm 2024 = 01/01 – 31/12/2024', () => {
    expect(show('year', '2024-07-01')).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
      label: 'Năm 2024',
      line: '(Từ ngày 01/01/2024 đến ngày 31/12/2024)',
    });
  });
});

describe('custom periods', () => {
  it('labels a custom period by its dates: "Từ ngày 03/6/2024 đến ngày 20/6/2024"', () => {
    expect(show('custom', '2024-06-25', { from: day('2024-06-03'), to: day('2024-06-20') }).label).toBe('Từ ngày 03/6/2024 đến ngày 20/6/2024');
  });
  it('labels a preset whose days do not fit it by its dates', () => {
    expect(periodLabel({ preset: 'month', from: day('2024-06-03'), to: day('2024-06-30') })).toBe('Từ ngày 03/6/2024 đến ngày 30/6/2024');
  });
  it('throws without the custom days, and when from is after to', () => {
    expect(() => periodFromPreset('custom', day('2024-06-25'))).toThrow(TypeError);
    expect(() => periodFromPreset('custom', day('2024-06-25'), { from: day('2024-06-21'), to: day('2024-06-20') })).toThrow(RangeError);
  });
});
