import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../calendar/day.js';
import { DEFAULT_RULES } from '../deadline/rule-presets.js';
import type { SheetGrid } from '../import/read-result.js';
import { emptyCounts06a, type Counts06a } from '../report/counts-06a.js';
import { buildForm06a } from '../report/form-06a.js';
import { periodFromPreset } from '../report/period.js';
import { defaultSettings } from '../settings-defaults.js';
import { consolidate } from './merge.js';
import { readForm06a } from './read-form-06a.js';

const asOf = dayFromYmd({ y: 2024, m: 6, d: 20 });
const period = periodFromPreset('month15', asOf); // 15/5/2024 – 14/6/2024
const header = { reportingUnit: 'UBND xã Đắk Hà', receivingUnit: 'UBND huyện Đắk Hà', place: 'Đắk Hà', preparer: '', head: '' };

const row = (received: number, early: number, onTime: number, late: number, within: number, overdue: number): Counts06a => ({
  ...emptyCounts06a(),
  received, online: received - 1, directOrPostal: 1, carriedOver: 0,
  resolved: early + onTime + late, early, onTime, late,
  inProgress: within + overdue, withinDeadline: within, overdue,
});
const hoTich = row(10, 4, 3, 1, 1, 1);
const datDai = row(6, 1, 1, 2, 0, 2);

function formGrid(rowHeading: 'field' | 'unit'): SheetGrid {
  const plan = buildForm06a(
    [{ label: 'Hộ tịch', counts: hoTich }, { label: 'Đất đai', counts: datDai }],
    { period, asOf, header, rowHeading, rules: DEFAULT_RULES },
  );
  return { sheetName: plan.name, cells: plan.cells };
}

describe('readForm06a', () => {
  it('reads back a 06a by lĩnh vực: its unit, the period 15/5–14/6/2024, both rows and the total', () => {
    expect(readForm06a(formGrid('field'))).toEqual({
      reportingUnit: 'UBND xã Đắk Hà',
      period: { from: dayFromYmd({ y: 2024, m: 5, d: 15 }), to: dayFromYmd({ y: 2024, m: 6, d: 14 }) },
      periodText: '(Từ ngày 15/5/2024 đến ngày 14/6/2024)',
      byUnit: false,
      rows: [{ label: 'Hộ tịch', counts: hoTich }, { label: 'Đất đai', counts: datDai }],
      total: {
        received: 16, online: 14, directOrPostal: 2, carriedOver: 0, resolved: 12, early: 5, onTime: 4, late: 3,
        inProgress: 4, withinDeadline: 1, overdue: 3,
      },
    });
  });

  it('knows a 06a by đơn vị', () => {
    expect(readForm06a(formGrid('unit'))?.byUnit).toBe(true);
  });

  it('is null for an export, even one with a "(1)…(13)" row but no form code', () => {
    const codes = Array.from({ length: 13 }, (_, i) => `(${i + 1})`);
    expect(readForm06a({ sheetName: 'DS', cells: [['Mã hồ sơ', 'Ngày hẹn trả'], codes] })).toBeNull();
  });
});

describe('consolidate with a 06a by lĩnh vực', () => {
  it('makes one unit of it, named by its "Đơn vị báo cáo", with the total row', () => {
    const settings = { ...defaultSettings(asOf), period };
    const result = consolidate([{ name: 'dak-ha.xlsx', grid: formGrid('field') }], settings);
    expect(result.units.map((u) => [u.name, u.counts.received, u.counts.resolved, u.onTimeRate, u.rank, u.from])).toEqual([
      ['UBND xã Đắk Hà', 16, 12, 9 / 12, 1, 'form-06a'],
    ]);
  });
});
