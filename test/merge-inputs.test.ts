/**
 * `dunghan merge` on what a provincial office receives: a folder of attachments and the
 * same files as one .zip, good exports mixed with a payroll workbook, a text note, a
 * corrupt file, an old binary .xls, an Excel lock file and a second copy of one export.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMerge } from '../cli/src/commands/merge.js';
import { ARCHIVE_LIMITS, expandInputs } from '../cli/src/files/expand-inputs.js';
import { CLI_MESSAGES } from '../cli/src/messages.vi.js';
import { tempDir } from './workbook-helpers.js';

const M = CLI_MESSAGES.merge;
const SAMPLES = ['xa-dan-tu-excel.xlsx', 'opencps-ho-so.csv', 'thanh-hoa-ho-so.xls'];
const sample = (name: string) => join(import.meta.dirname, '..', 'samples', name);

interface MergeJson {
  skipped: { label: string; reason: string }[];
  inputs: { name: string; kind: string; merged: boolean; result: string; unit: string | null; dossiers: number | null }[];
  units: { name: string; counts: Record<string, number> }[];
}

async function mergeJson(paths: string[]): Promise<{ code: number; json: MergeJson }> {
  const lines: string[] = [];
  const code = await runMerge([...paths, '--out', join(tempDir(), 'tong-hop.xlsx'), '--as-of', '2025-06-30', '--json'], (t) => lines.push(t));
  return { code, json: JSON.parse(lines[0]) as MergeJson };
}

const tail = (label: string) => label.split(/[\\/]/).slice(-1)[0];

describe('dunghan merge from a folder and from a .zip', () => {
  const dir = tempDir();
  const folder = join(dir, 'thang-6');
  let fromList: MergeJson;
  let zipPath: string;

  beforeAll(async () => {
    mkdirSync(join(folder, 'xa'), { recursive: true });
    copyFileSync(sample(SAMPLES[0]), join(folder, 'xa', SAMPLES[0]));
    copyFileSync(sample(SAMPLES[1]), join(folder, SAMPLES[1]));
    copyFileSync(sample(SAMPLES[2]), join(folder, SAMPLES[2]));
    mkdirSync(join(folder, 'z-gui-lai'));
    copyFileSync(sample(SAMPLES[1]), join(folder, 'z-gui-lai', SAMPLES[1])); // the same attachment sent again
    writeFileSync(join(folder, '~$xa-dan-tu-excel.xlsx'), new Uint8Array([1, 2, 3]));
    writeFileSync(join(folder, 'hong.xlsx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9, 9, 9, 9, 9]));
    writeFileSync(join(folder, 'cu.xls'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]));
    writeFileSync(join(folder, 'ghi-chu.txt'), 'Kính gửi Văn phòng UBND tỉnh,\nxã gửi kèm số liệu tháng 6.\n');
    const payroll = new ExcelJS.Workbook();
    const sheet = payroll.addWorksheet('Lương');
    sheet.addRows([['Họ và tên', 'Chức vụ', 'Hệ số lương', 'Thực lĩnh'], ['Nguyễn Văn A', 'Công chức', 2.34, 5_850_000]]);
    await payroll.xlsx.writeFile(join(folder, 'bang-luong.xlsx'));

    fromList = (await mergeJson(SAMPLES.map(sample))).json;
    // The month's attachments as one zip, a unit's own zip inside it.
    const inner = zipSync({ [SAMPLES[2]]: readFileSync(sample(SAMPLES[2])) });
    zipPath = join(dir, 'thang-6.zip');
    writeFileSync(
      zipPath,
      zipSync({
        [`xa/${SAMPLES[0]}`]: readFileSync(sample(SAMPLES[0])),
        [SAMPLES[1]]: readFileSync(sample(SAMPLES[1])),
        'thanh-hoa.zip': inner,
        'ghi-chu.txt': new TextEncoder().encode('Số liệu tháng 6.'),
      }),
    );
  }, 120_000);

  it('merges the three exports of the folder as the list of files does, and lists every other file with its reason', async () => {
    const { code, json } = await mergeJson([folder]);
    expect(code).toBe(0);
    expect(json.units).toEqual(fromList.units);
    const merged = json.inputs.filter((i) => i.merged).map((i) => tail(i.name)).sort();
    expect(merged).toEqual(['opencps-ho-so', 'thanh-hoa-ho-so', 'xa-dan-tu-excel'].sort());
    expect(json.skipped).toContainEqual({ label: join(folder, 'z-gui-lai', SAMPLES[1]), reason: M.duplicateFile(join(folder, SAMPLES[1])) });
    const skipped = new Map(json.skipped.map((s) => [tail(s.label), s.reason]));
    expect(skipped.get('~$xa-dan-tu-excel.xlsx')).toBe(M.lockFile);
    expect(skipped.get('cu.xls')).toBe(CLI_MESSAGES.check.binaryXls(join(folder, 'cu.xls')));
    expect(skipped.get('hong.xlsx')).toContain('Không đọc được tệp');
    // The payroll and the note are read, recognised as neither an export nor a 06a, and not merged.
    expect(json.inputs.filter((i) => !i.merged).map((i) => [i.name, i.kind, i.result.startsWith('Chưa gộp: ')])).toEqual([
      ['bang-luong', 'unrecognized', true],
      ['ghi-chu', 'unrecognized', true],
    ]);
    // Every one of the folder's nine files is accounted for: merged, not merged, or skipped.
    expect(json.inputs.length + json.skipped.length).toBe(9);
  });

  it('gives the same units and counts from the .zip (read in memory, the nested zip too)', async () => {
    const { code, json } = await mergeJson([zipPath]);
    expect(code).toBe(0);
    expect(json.units).toEqual(fromList.units);
    expect(json.inputs.filter((i) => i.merged).map((i) => i.name).sort()).toEqual(['opencps-ho-so', 'thanh-hoa-ho-so', 'xa-dan-tu-excel'].sort());
    expect(json.inputs.find((i) => i.name === 'ghi-chu')?.merged ?? false).toBe(false);
  });

  it('refuses a zip bomb and a zip nested two levels deep, and still merges the rest', async () => {
    const bomb = join(dir, 'bomb.zip');
    writeFileSync(bomb, zipSync({ 'a.csv': new Uint8Array(3 * 1024 * 1024).fill(0x41) }, { level: 9 }));
    const small = { ...ARCHIVE_LIMITS, entryBytes: 1024 * 1024, totalBytes: 2 * 1024 * 1024 };
    const bombed = await expandInputs([bomb, sample(SAMPLES[1])], small);
    expect(bombed.files.map((f) => tail(f.label))).toEqual([SAMPLES[1]]);
    expect(bombed.skipped).toEqual([{ label: bomb, reason: M.archiveTooLarge('2 MB', '1 MB', String(ARCHIVE_LIMITS.entries)) }]);

    const deep = join(dir, 'deep.zip');
    writeFileSync(deep, zipSync({ 'b.zip': zipSync({ 'c.zip': zipSync({ [SAMPLES[1]]: readFileSync(sample(SAMPLES[1])) }) }) }));
    const nested = await expandInputs([deep]);
    expect(nested).toEqual({ files: [], skipped: [{ label: `${deep}/b.zip/c.zip`, reason: M.archiveNested }] });

    const { code, json } = await mergeJson([deep, sample(SAMPLES[0])]);
    expect(code).toBe(0);
    expect(json.inputs.filter((i) => i.merged).map((i) => i.name)).toEqual(['xa-dan-tu-excel']);
  });

  it('says a missing path and an empty folder, and exits 2 when nothing could be merged', async () => {
    const empty = join(dir, 'rong');
    mkdirSync(empty);
    const lines: string[] = [];
    const code = await runMerge([empty, join(dir, 'khong-co.zip'), '--out', join(tempDir(), 'x.xlsx'), '--as-of', '2025-06-30'], (t) => lines.push(t));
    expect(code).toBe(2);
    expect(lines).toEqual([
      M.inputSkipped(empty, M.folderEmpty),
      M.inputSkipped(join(dir, 'khong-co.zip'), CLI_MESSAGES.check.fileNotFound(join(dir, 'khong-co.zip'))),
      M.nothingReadable,
    ]);
  });
});
