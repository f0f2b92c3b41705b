import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeLength, CsvFileRows, guessFileEncoding } from './csv-file-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'dunghan-csv-rows-'));
const MB = 1 << 20;

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const NAME = [...'Nguyễn Thị Ánh Tuyết 😀'];
/** The owner of line i: a prefix of NAME, so lines have every length and the letters fall on every offset. */
const owner = (i: number) => NAME.slice(0, 3 + (i % 20)).join('');

/** CSV bytes of `lines` dossiers, some of whose letters straddle the 1 MB chunk edge. */
function csvBytes(lines: number): Uint8Array {
  const text = ['Mã hồ sơ,Chủ hồ sơ', ...Array.from({ length: lines }, (_, i) => `H${i},${owner(i)}`)].join('\n');
  return new TextEncoder().encode(text);
}

describe('guessFileEncoding', () => {
  it('takes a UTF-8 file whose characters cross the chunk edge as UTF-8, and reads it back whole', async () => {
    const bytes = csvBytes(60_000);
    expect(bytes.length).toBeGreaterThan(MB);
    const path = file('utf8.csv', bytes);
    expect(await guessFileEncoding(path)).toEqual({ encoding: 'utf-8', bomLength: 0, assumedWindows1258: false });
    const rows: unknown[][] = [];
    for await (const block of new CsvFileRows(path)) rows.push(...block);
    expect(rows.length).toBe(60_001);
    expect(rows.slice(1).every((row, i) => row[0] === `H${i}` && row[1] === owner(i))).toBe(true);
  });

  it('takes one bad byte past the first chunk, or a character cut at the end of the file, as Windows-1258', async () => {
    const bad = csvBytes(60_000);
    bad[MB + 17] = 0xff;
    expect((await guessFileEncoding(file('bad.csv', bad))).encoding).toBe('windows-1258');
    const cut = new TextEncoder().encode('Mã,Tên\nH1,Nguyễ');
    expect((await guessFileEncoding(file('cut.csv', cut.slice(0, cut.length - 1)))).encoding).toBe('windows-1258');
    const cp1258 = Uint8Array.from([0x4d, 0xe3, 0x2c, 0x54, 0xea, 0x6e, 0x0a, 0x48, 0x31, 0x2c, 0xd0, 0xf4]);
    expect((await guessFileEncoding(file('cp1258.csv', cp1258))).assumedWindows1258).toBe(true);
  });

  it('sees a BOM', async () => {
    expect(await guessFileEncoding(file('bom.csv', Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])))).toEqual({ encoding: 'utf-8', bomLength: 3, assumedWindows1258: false });
    expect((await guessFileEncoding(file('le.csv', Uint8Array.from([0xff, 0xfe, 0x41, 0])))).encoding).toBe('utf-16le');
  });
});

describe('completeLength', () => {
  it('leaves off only a sequence cut short at the end', () => {
    const e = new TextEncoder().encode('aệ😀');
    for (let n = 0; n <= e.length; n++) {
      const expected = n <= 1 ? n : n < 4 ? 1 : n < 8 ? 4 : 8;
      expect(completeLength(e.subarray(0, n))).toBe(expected);
    }
  });
});
