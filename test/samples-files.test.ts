/** The sample files as files: formats sniffed from content, encodings, sizes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../cli/src/files/load-input.js';
import { SAMPLES } from './samples-helpers.js';

describe('sample files', () => {
  it('are each under 1 MB (commit-sized)', () => {
    const big = readdirSync(SAMPLES).filter((f) => statSync(join(SAMPLES, f)).size >= 1_000_000);
    expect(big).toEqual([]);
  });

  it('reads the Thanh Hóa .xls as HTML (no BOM, no charset: UTF-8) and the clerk workbook as .xlsx', async () => {
    const html = await loadInput(join(SAMPLES, 'thanh-hoa-ho-so.xls'));
    const xlsx = await loadInput(join(SAMPLES, 'xa-dan-tu-excel.xlsx'));
    expect([html.format, html.encoding, html.sheets.length, html.problems]).toEqual(['html', 'utf-8', 1, []]);
    expect([xlsx.format, xlsx.encoding, xlsx.sheets.map((s) => s.sheetName)]).toEqual(['xlsx', null, ['Sổ theo dõi']]);
  });

  it('reads the OpenCPS CSV as UTF-8 with BOM: the first heading is "Mã hồ sơ", not "\\uFEFFMã hồ sơ"', async () => {
    const bytes = readFileSync(join(SAMPLES, 'opencps-ho-so.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await loadInput(join(SAMPLES, 'opencps-ho-so.csv'));
    expect([csv.format, csv.encoding, csv.problems, csv.sheets[0].cells[0][0]]).toEqual(['csv', 'utf-8', [], 'Mã hồ sơ']);
  });

  it('reads the Windows-1258 copy to the same cells as the UTF-8 file, with a file.encoding warning', async () => {
    const utf8 = await loadInput(join(SAMPLES, 'opencps-ho-so.csv'));
    const cp1258 = await loadInput(join(SAMPLES, 'opencps-ho-so-1258.csv'));
    expect(cp1258.encoding).toBe('windows-1258');
    expect(cp1258.problems).toEqual([{ code: 'file.encoding', row: 0, severity: 'warning', detail: 'windows-1258' }]);
    expect(cp1258.sheets[0].cells).toEqual(utf8.sheets[0].cells.slice(0, 21));
  });

  it('keeps the Thanh Hóa codes with leading zeros and the text dates as text', async () => {
    const html = await loadInput(join(SAMPLES, 'thanh-hoa-ho-so.xls'));
    const firstData = html.sheets[0].cells[8];
    expect(firstData[1]).toMatch(/^000\.21\.35\.H56-\d{6}-\d{4}$/);
    expect(firstData[8]).toMatch(/^\d{2}\/\d{2}\/2025 \d{2}:\d{2}:\d{2}$/);
  });

  it('has real date cells in the clerk workbook: N01 due Wed 05/02/2025 is serial 45693', async () => {
    const xlsx = await loadInput(join(SAMPLES, 'xa-dan-tu-excel.xlsx'));
    const row = xlsx.sheets[0].cells.find((r) => r[1] === '000.41.27.H99-250122-0051')!;
    // 2025-01-01 is 45658, so 05/02 is 45658 + 35; the received 22/01 09:15 stayed text (day > 12).
    expect([row[8], row[9]]).toEqual(['22/01/2025 09:15', 45693]);
  });
});
