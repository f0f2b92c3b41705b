import { describe, expect, it } from 'vitest';
import { dayFromYmd, defaultSettings } from '../../core/index.js';
import { memoryDocumentStore } from './excel-host.js';
import { createWorkbookStore, STORE_KEYS } from './workbook-store.js';

describe('createWorkbookStore', () => {
  it('round-trips settings, column corrections, owned tabs and format ranges as text in the document', () => {
    const doc = memoryDocumentStore();
    const store = createWorkbookStore(doc);
    // Stored with explicit empty lists of extra days (what core's parseSettings gives back).
    const settings = { ...defaultSettings(dayFromYmd({ y: 2024, m: 6, d: 14 })), colorFinishedOnTime: true, calendar: { extraDaysOff: [], extraWorkingDays: [] } };
    store.setSettings(settings);
    store.setMapping('stt|mã hồ sơ|ngày hẹn trả', { due: 'F', officer: '' });
    store.setOwnedTabs(['Biểu 06a', 'Phụ lục I', 'Biểu 06a']);
    store.setFormatRanges('Dữ liệu', ['N4:P100', 'J4:J100']);
    const again = createWorkbookStore(doc);
    expect(again.hasSettings()).toBe(true);
    expect(again.settings(defaultSettings(dayFromYmd({ y: 2025, m: 1, d: 1 })))).toEqual(settings);
    expect(again.mappingFor('stt|mã hồ sơ|ngày hẹn trả')).toEqual({ due: 'F', officer: '' });
    expect(again.mappingFor('other')).toEqual({});
    expect(again.ownedTabs()).toEqual(['Biểu 06a', 'Phụ lục I']);
    expect(again.formatRanges('Dữ liệu')).toEqual(['N4:P100', 'J4:J100']);
    expect([...doc.data.keys()].sort()).toEqual([STORE_KEYS.formats, STORE_KEYS.mappings, STORE_KEYS.settings, STORE_KEYS.tabs].sort());
  });

  it('falls back to nothing stored when the document holds broken JSON', () => {
    const store = createWorkbookStore(memoryDocumentStore({ [STORE_KEYS.tabs]: '{oops', [STORE_KEYS.mappings]: '[1,2]' }));
    expect([store.ownedTabs(), store.mappingFor('x'), store.hasSettings()]).toEqual([[], {}, false]);
  });
});
