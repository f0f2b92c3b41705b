import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { syntheticCsv } from '../bench/synthetic.js';
import { dayFromYmd, defaultSettings, type InputCell, type Settings } from '../core/index.js';
import { CsvFileRows } from '../cli/src/files/csv-file-rows.js';
import { sheetNameFromPath } from '../cli/src/files/load-input.js';
import { EXCEL_MAX_ROWS, TooManyRowsError, writeCheckStream } from '../cli/src/workbook/write-check-stream.js';
import { checkToFile, readWorkbook, SAMPLES_AS_OF, tempDir } from './workbook-helpers.js';

/** Every cell that has a value or a format: value, number format, fill, font. */
function cells(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.fill && cell.fill.type === 'pattern' ? (cell.fill.fgColor?.argb ?? null) : null;
      const f = cell.font ?? {};
      const value = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
      if (value === null && fill === null && !f.bold && !cell.numFmt) return;
      out.set(cell.address, { value, numFmt: cell.numFmt ?? null, fill, bold: f.bold ?? false, italic: f.italic ?? false, color: f.color?.argb ?? null, size: f.size ?? null });
    });
  });
  return out;
}

async function expectSameWorkbooks(a: string, b: string): Promise<void> {
  const [wa, wb] = [await readWorkbook(a), await readWorkbook(b)];
  expect(wb.worksheets.map((s) => s.name)).toEqual(wa.worksheets.map((s) => s.name));
  for (const sa of wa.worksheets) {
    const sb = wb.getWorksheet(sa.name)!;
    expect(cells(sb), sa.name).toEqual(cells(sa));
    expect(Object.keys(sb.model.merges ?? {}).sort(), `${sa.name} merges`).toEqual(Object.keys(sa.model.merges ?? {}).sort());
    expect(sb.columns?.map((c) => c.width ?? null), `${sa.name} widths`).toEqual(sa.columns?.map((c) => c.width ?? null));
  }
}

async function streamToFile(path: string, out: string, settings: Settings, blocks: { first: number; block: number }) {
  const rows = new CsvFileRows(path);
  const outcome = await writeCheckStream(rows, { sheetName: sheetNameFromPath(path), settings, outPath: out, firstBlockRows: blocks.first, blockRows: blocks.block });
  return { outcome, rows };
}

describe('the streamed check writes the workbook the in-memory check writes, cell for cell', () => {
  for (const sample of ['opencps-ho-so.csv', 'opencps-ho-so-1258.csv']) {
    it(`${sample}, report tabs included`, async () => {
      const dir = tempDir();
      const path = join('samples', sample);
      const memory = await checkToFile(path, join(dir, 'memory.xlsx'));
      const { outcome, rows } = await streamToFile(path, join(dir, 'stream.xlsx'), defaultSettings(SAMPLES_AS_OF), { first: 60, block: 41 });
      expect(outcome.written).toBe(true);
      expect(outcome.done.result.counts).toEqual(memory.result.counts);
      expect(outcome.done.result.problems).toEqual(memory.result.problems);
      expect(rows.problems).toEqual(memory.input.problems);
      await expectSameWorkbooks(join(dir, 'memory.xlsx'), join(dir, 'stream.xlsx'));
    });
  }

  it('a generated 10,000-row export', async () => {
    const dir = tempDir();
    const path = join(dir, 'export-10k.csv');
    writeFileSync(path, syntheticCsv(10_000, 99), 'utf8');
    const settings = defaultSettings(dayFromYmd({ y: 2024, m: 6, d: 14 }));
    const memory = await checkToFile(path, join(dir, 'memory.xlsx'), settings);
    const { outcome } = await streamToFile(path, join(dir, 'stream.xlsx'), settings, { first: 2000, block: 1500 });
    expect(outcome.written).toBe(true);
    expect(outcome.done.result.counts).toEqual(memory.result.counts);
    expect(memory.result.counts.late + memory.result.counts.overdue).toBeGreaterThan(100);
    await expectSameWorkbooks(join(dir, 'memory.xlsx'), join(dir, 'stream.xlsx'));
  }, 120_000);
});

describe('an input longer than an Excel sheet', () => {
  it(`${EXCEL_MAX_ROWS + 1} rows: a clear refusal, and no output file`, async () => {
    const dir = tempDir();
    const out = join(dir, 'ket-qua.xlsx');
    let given = 0;
    // A counted generator: the header, then empty rows (cheap to make), 1,048,577 rows in all.
    async function* rows(): AsyncGenerator<InputCell[][]> {
      yield [['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái']];
      given = 1;
      const block: InputCell[][] = Array.from({ length: 4096 }, () => []);
      while (given < EXCEL_MAX_ROWS + 1) {
        const n = Math.min(block.length, EXCEL_MAX_ROWS + 1 - given);
        given += n;
        yield n === block.length ? block : block.slice(0, n);
      }
    }
    const run = writeCheckStream(rows(), { sheetName: 'x', settings: defaultSettings(SAMPLES_AS_OF), outPath: out });
    await expect(run).rejects.toBeInstanceOf(TooManyRowsError);
    expect(given).toBe(EXCEL_MAX_ROWS + 1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the streamed .xlsx check writes the workbook the in-memory check writes', () => {
  it('a generated 10,000-row .xlsx export, report tabs included; the user\'s parts kept', async () => {
    const { writeSyntheticXlsx } = await import('../bench/write-synthetic.js');
    const { openXlsx } = await import('../readers/index.js');
    const { writeCheckStreamXlsx } = await import('../cli/src/workbook/write-check-stream.js');
    const dir = tempDir();
    const path = join(dir, 'export-10k.xlsx');
    await writeSyntheticXlsx(path, 10_000, 5);
    const settings = defaultSettings(dayFromYmd({ y: 2024, m: 6, d: 14 }));
    const memory = await checkToFile(path, join(dir, 'memory.xlsx'), settings);
    const book = openXlsx(new Uint8Array(readFileSync(path)));
    const outcome = await writeCheckStreamXlsx({ book, sheet: book.sheets[0], settings, outPath: join(dir, 'stream.xlsx'), firstBlockRows: 2000, blockRows: 1500 });
    expect(outcome.written).toBe(true);
    expect(outcome.done.result.counts).toEqual(memory.result.counts);
    expect(outcome.done.result.problems).toEqual(memory.result.problems);
    await expectSameWorkbooks(join(dir, 'memory.xlsx'), join(dir, 'stream.xlsx'));
    const { readZip } = await import('../cli/src/workbook/ooxml/zip.js');
    const owned = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    const written = readZip(new Uint8Array(readFileSync(join(dir, 'stream.xlsx'))));
    const kept = readZip(new Uint8Array(readFileSync(path))).filter((p) => !owned.has(p.name));
    expect(kept.length).toBeGreaterThan(2);
    for (const p of kept) expect([p.name, Buffer.from(written.find((q) => q.name === p.name)!.data).equals(Buffer.from(p.data))]).toEqual([p.name, true]);
    // A re-run on the output holds the tool's columns: the stream says to check it whole.
    const again = openXlsx(new Uint8Array(readFileSync(join(dir, 'stream.xlsx'))));
    const rerun = await writeCheckStreamXlsx({ book: again, sheet: again.sheets[0], settings, outPath: join(dir, 'rerun.xlsx') });
    expect([rerun.written, rerun.done.needsInMemory]).toEqual([false, 'toolColumns']);
    expect(existsSync(join(dir, 'rerun.xlsx'))).toBe(false);
  }, 180_000);
});
