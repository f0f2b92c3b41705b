import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, defaultSettings } from '../../../core/index.js';
import { parseCheckArgs } from './check-args.js';
import { withHeaderArgs } from './header-args.js';
import { parseMergeArgs } from './merge.js';

const settings = defaultSettings(dayFromYmd({ y: 2025, m: 6, d: 30 }));

describe('--co-quan, --noi-nhan, --dia-danh, --cai-dat', () => {
  it('fill the report header of check and merge, the flags over the settings file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dunghan-header-'));
    const file = join(dir, 'cai-dat.json');
    writeFileSync(file, JSON.stringify({ header: { reportingUnit: 'UBND xã A', receivingUnit: 'Văn phòng UBND tỉnh Kon Tum', place: 'Kon Tum', head: 'Trần Văn Minh' } }));
    const check = parseCheckArgs(['ho-so.csv', '--cai-dat', file, '--co-quan', 'Ủy ban nhân dân xã Đắk Tân Hưng', '--dia-danh', 'Đắk Tân Hưng']);
    expect(withHeaderArgs(settings, check.header).header).toEqual({
      ...settings.header,
      reportingUnit: 'Ủy ban nhân dân xã Đắk Tân Hưng',
      receivingUnit: 'Văn phòng UBND tỉnh Kon Tum',
      place: 'Đắk Tân Hưng',
      head: 'Trần Văn Minh',
    });
    const merge = parseMergeArgs(['a.xlsx', '--out', 'th.xlsx', '--noi-nhan', 'Bộ Tư pháp']);
    expect(withHeaderArgs(settings, merge.header).header.receivingUnit).toBe('Bộ Tư pháp');
  });

  it('leave the header as it was without them, and say so in Vietnamese when the file is not JSON', () => {
    expect(withHeaderArgs(settings, parseCheckArgs(['ho-so.csv']).header)).toEqual(settings);
    const dir = mkdtempSync(join(tmpdir(), 'dunghan-header-'));
    const bad = join(dir, 'x.json');
    writeFileSync(bad, 'không phải json');
    expect(() => withHeaderArgs(settings, { settingsFile: bad })).toThrow(/Không đọc được tệp cài đặt/);
  });
});
