import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { consolidate, defaultSettings, parseIsoDay, type Day } from '../core/index.js';
import { InputCollector, ignoredName } from './expand-inputs.js';
import { fileOutcomes } from './file-outcomes.js';
import { INPUT_LABELS as L } from './labels.vi.js';
import { readInputFile } from './read-input.js';

const csv = new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'samples', 'opencps-ho-so.csv')));
const text = (s: string) => new TextEncoder().encode(s);
/** An OLE2 header and the UTF-16LE stream name Office gives a password-protected .xlsx. */
const encrypted = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(56).fill(0), ...Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0])]);

describe('InputCollector', () => {
  it('opens a zip in memory, one nested zip too, and lists lock files, hidden files and a second copy', () => {
    const c = new InputCollector();
    c.add('thang6.zip', zipSync({ 'a.csv': csv, '~$a.xlsx': text('x'), '__MACOSX/._a.csv': text('x'), 'don-vi.zip': zipSync({ 'b.csv': csv }) }));
    expect(c.files.map((f) => f.label)).toEqual(['thang6.zip/a.csv']);
    expect(c.skipped).toEqual([
      { label: 'thang6.zip/__MACOSX/._a.csv', reason: L.hiddenFile },
      { label: 'thang6.zip/don-vi.zip/b.csv', reason: L.duplicateFile('thang6.zip/a.csv') },
      { label: 'thang6.zip/~$a.xlsx', reason: L.lockFile },
    ]);
  });

  it('refuses a zip three levels deep and a corrupt zip, keeping an .xlsx (a zip with [Content_Types].xml) as a file', () => {
    const c = new InputCollector();
    c.add('sau.zip', zipSync({ 'b.zip': zipSync({ 'c.zip': zipSync({ 'd.csv': csv }) }) }));
    c.add('so-lieu.xlsx', zipSync({ '[Content_Types].xml': text('<Types/>') }));
    expect(c.skipped).toEqual([{ label: 'sau.zip/b.zip/c.zip', reason: L.archiveNested }]);
    expect(c.files.map((f) => f.label)).toEqual(['so-lieu.xlsx']);
  });

  it('says why a name is passed over', () => {
    expect([ignoredName('a/~$b.xlsx'), ignoredName('a\\.DS_Store'), ignoredName('b.csv')]).toEqual([L.lockFile, L.hiddenFile, null]);
  });
});

describe('readInputFile and fileOutcomes', () => {
  it('names a password-protected workbook, an old binary .xls and a text note, and still merges the export', () => {
    const settings = defaultSettings(parseIsoDay('2025-06-30') as Day);
    const files = [
      ['don-vi/opencps-ho-so.csv', csv],
      ['bao-mat.xlsx', encrypted],
      ['cu.xls', encrypted.map((b, i) => (i < 8 ? b : 0))],
      ['ghi-chu.txt', text('Kính gửi Văn phòng, xã gửi kèm số liệu tháng 6.\n')],
    ] as const;
    const inputs = [];
    const skipped = [];
    for (const [label, bytes] of files) {
      const read = readInputFile(label, bytes);
      if (read.ok) inputs.push(...read.inputs);
      else skipped.push({ label, reason: read.reason });
    }
    const result = consolidate(inputs, settings);
    const out = fileOutcomes(inputs, result.inputs, skipped);
    expect(out.map((o) => [o.file, o.merged, o.unitFromFileName])).toEqual([
      ['don-vi/opencps-ho-so.csv', true, true],
      ['ghi-chu.txt', false, false],
      ['bao-mat.xlsx', false, false],
      ['cu.xls', false, false],
    ]);
    expect(out[0].unit).toBe('opencps-ho-so (tên tệp)');
    expect(out[2].note).toBe(L.fileUnreadable('bao-mat.xlsx', L.whatEncrypted));
    expect(out[3].note).toBe(L.binaryXls('cu.xls'));
    expect(out[1].note.startsWith('Chưa gộp: ')).toBe(true);
  });
});
