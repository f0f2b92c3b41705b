import { describe, expect, it } from 'vitest';
import { dayFromYmd } from './calendar/day.js';
import type { ReadResult } from './import/read-result.js';
import { defaultSettings } from './settings-defaults.js';
import { headerSignature, parseSettings, serializeSettings } from './settings-store.js';

const defaults = defaultSettings(dayFromYmd({ y: 2025, m: 6, d: 30 }));

describe('serializeSettings / parseSettings', () => {
  it('round-trips every setting a colleague must get back', () => {
    const settings = {
      ...defaults,
      period: { preset: 'quarter' as const, from: dayFromYmd({ y: 2025, m: 4, d: 1 }), to: dayFromYmd({ y: 2025, m: 6, d: 30 }) },
      rules: { ...defaults.rules, supplementation: 'pause' as const, dueSoonWorkingDays: 3 },
      calendar: { extraDaysOff: [dayFromYmd({ y: 2025, m: 6, d: 2 })], extraWorkingDays: [dayFromYmd({ y: 2025, m: 6, d: 7 })] },
      hours: { saturdayMorning: true },
      mapping: { due: 'Hẹn trả KQ' },
      colorFinishedOnTime: true,
      header: { ...defaults.header, reportingUnit: 'UBND xã Đắk Hà', place: 'Kon Tum' },
    };
    expect(parseSettings(serializeSettings(settings), defaults)).toEqual(settings);
  });

  it('keeps the defaults for broken JSON, another version, or values of the wrong type', () => {
    expect(parseSettings('{not json', defaults)).toBe(defaults);
    expect(parseSettings('{"version":99}', defaults)).toBe(defaults);
    const parsed = parseSettings('{"version":1,"rules":{"dueSoonWorkingDays":"ba"},"mapping":{"due":"","nope":"x"}}', defaults);
    expect(parsed.rules).toEqual(defaults.rules);
    expect(parsed.mapping).toEqual({});
  });
});

describe('headerSignature', () => {
  it('is the same for headings that differ only in case, spacing and Unicode form', () => {
    const a = { headerRows: [3], mapping: [], headings: ['Mã hồ sơ', 'Ngày hẹn trả'] } as Pick<ReadResult, 'headerRows' | 'mapping'> & { headings: string[] };
    const b = { ...a, headings: ['MÃ HỒ SƠ'.normalize('NFD'), 'Ngày  hẹn trả '] };
    expect(headerSignature(a)).toBe(headerSignature(b));
    expect(headerSignature(a)).not.toBe(headerSignature({ ...a, headings: ['Mã hồ sơ', 'Hẹn trả'] }));
  });
});
