/**
 * The tool writes `xml:space="preserve"` only on texts that need it (it makes a large data
 * sheet a quarter smaller). Excel drops a text's outer white space without it; LibreOffice
 * keeps it either way, so the first test pins which texts get the attribute, and the second
 * checks that LibreOffice opens every such text of both writers as the CSV holds it.
 * Needs LibreOffice (apt-get install -y libreoffice-calc-nogui); skipped without it, except in CI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField } from '../bench/synthetic.js';
import { defaultSettings } from '../core/index.js';
import { CsvFileRows } from '../cli/src/files/csv-file-rows.js';
import { readCsv } from '../readers/index.js';
import { writeCheckStream } from '../cli/src/workbook/write-check-stream.js';
import { cellXml } from '../cli/src/workbook/ooxml/xml-bytes.js';
import { haveSoffice, readRecalculated, recalcWithLibreOffice, SOFFICE_INSTALL } from './live-helpers.js';
import { checkToFile, SAMPLES_AS_OF, tempDir } from './workbook-helpers.js';

const HAVE = haveSoffice();
if (!HAVE && process.env.CI === 'true') throw new Error(`test/cell-text-space: soffice (LibreOffice) is missing in CI. Install it with: ${SOFFICE_INSTALL}`);

/** Owner names (column E of the sample) whose white space a reader could lose. */
const OWNERS = [' Vũ Thu Hà', 'Nguyễn Công Tài ', 'Lê  Văn Nam', 'Trần Thị\nBích', 'Phạm\tHùng', '  ', 'Đỗ Minh Khoa'];

/** The OpenCPS sample, read by the project's CSV reader, with the first rows' owners replaced by OWNERS. */
function spacedSample(dir: string): string {
  const cells = readCsv(readFileSync('samples/opencps-ho-so.csv'), 'x').grid.cells.map((row) => [...row]);
  OWNERS.forEach((owner, i) => (cells[i + 1][4] = owner));
  const path = join(dir, 'ho-so-khoang-trang.csv');
  writeFileSync(path, cells.map((row) => row.map((v) => csvField(typeof v === 'string' || typeof v === 'number' ? v : null)).join(',')).join('\n'));
  return path;
}

describe('texts keep their white space in the written workbook', () => {
  it('writes xml:space="preserve" exactly on texts with outer white space, a break, a tab or a run of spaces', () => {
    const preserved = OWNERS.map((o) => cellXml(5, 2, o, 0).includes('xml:space="preserve"'));
    expect(preserved).toEqual([true, true, true, true, true, true, false]);
    expect(cellXml(1, 1, 'Đúng hạn', 3)).toBe('<c r="A1" s="3" t="inlineStr"><is><t>Đúng hạn</t></is></c>');
  });

  it.skipIf(!HAVE)('LibreOffice reads every owner back as the CSV holds it, from the streamed and the in-memory writer', async () => {
    const dir = tempDir();
    const csv = spacedSample(dir);
    const streamed = join(dir, 'streamed.xlsx');
    const outcome = await writeCheckStream(new CsvFileRows(csv), { sheetName: 'ho-so-khoang-trang', settings: defaultSettings(SAMPLES_AS_OF), outPath: streamed });
    expect(outcome.written).toBe(true);
    const memory = join(dir, 'memory.xlsx');
    await checkToFile(csv, memory);
    const out = join(dir, 'lo');
    recalcWithLibreOffice([streamed, memory], out);
    for (const file of [streamed, memory]) {
      const sheets = readRecalculated(out, file);
      const data = [...sheets.values()][0];
      // LibreOffice leaves a cell of spaces only as text; compare everything as text.
      const owners = OWNERS.map((_, i) => String(data(i + 2, 5) ?? ''));
      expect(owners, file).toEqual(OWNERS);
    }
  }, 120_000);
});
