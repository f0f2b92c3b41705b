import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { dayFromYmd, PROBLEM_MESSAGES, STATUS_LABELS, STATUS_ORDER } from '../../../core/index.js';
import { main } from '../dunghan.js';
import { CLI_MESSAGES } from '../messages.vi.js';
import { runCheck, type CheckIo } from './check.js';

const M = CLI_MESSAGES.check;
const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'samples');
const dir = mkdtempSync(join(tmpdir(), 'dunghan-check-'));

function io(today = dayFromYmd({ y: 2025, m: 6, d: 30 })) {
  const out: string[] = [];
  const progress: string[] = [];
  const value: CheckIo = { stdout: (t) => out.push(t), progress: (t) => progress.push(t), today: () => today };
  return { io: value, out, progress };
}

/** Runs the whole CLI, capturing what it prints on stderr. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  const errors: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void errors.push(parts.join(' ')));
  try {
    return { code: await main(args), stderr: errors.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

describe('dunghan check --json', () => {
  it('prints one JSON object for the OpenCPS sample: N03 late 3 working days, N14 invalid with its problem', async () => {
    const { io: sink, out } = io();
    const code = await runCheck([join(SAMPLES, 'opencps-ho-so.csv'), '--as-of', '2025-06-30', '--period', 'month', '--json'], sink);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const json = JSON.parse(out[0]);
    expect(Object.keys(json)).toEqual(['file', 'sheet', 'sheetChoice', 'asOf', 'period', 'headerRows', 'mapping', 'counts', 'dossiers', 'skipped', 'undecided', 'problems', 'systemDues']);
    expect(json.sheetChoice).toEqual({ reason: 'only', sheets: [{ name: 'opencps-ho-so', dossierRows: 301 }] });
    expect(json.undecided).toEqual({ days: [], rows: [] });
    expect([json.asOf, json.period, json.headerRows]).toEqual(['2025-06-30', { preset: 'month', from: '2025-06-01', to: '2025-06-30' }, [1]]);
    expect(json.mapping[0]).toEqual({ field: 'code', column: 'A', heading: 'Mã hồ sơ', confidence: 1, source: 'detected' });
    expect(Object.keys(json.counts)).toEqual([...STATUS_ORDER]);
    expect(json.dossiers.length).toBe(301);
    // N03: received Thu 16/01 08:30, due Thu 23/01 08:30, finished Tue 04/02 09:00 (Tết between).
    expect(json.dossiers.find((d: { code: string }) => d.code === 'PHLT.250116.00053')).toEqual({
      row: expect.any(Number), code: 'PHLT.250116.00053', status: 'late', dueAt: '2025-01-23T08:30', finishedAt: '2025-02-04T09:00', workingDaysLate: 3, reason: null,
    });
    const n14 = json.dossiers.find((d: { code: string }) => d.code === 'XVTD.250214.00064');
    expect(n14).toMatchObject({ status: 'invalid', dueAt: null, finishedAt: null, reason: 'row.noDue' });
    expect(json.problems.find((p: { code: string }) => p.code === 'date.impossible')).toEqual({
      row: n14.row, column: 'Ngày hẹn trả', columnLetter: 'H', value: '31/02/2025', code: 'date.impossible', severity: 'error',
      message: 'Ngày không có thật (ví dụ 31/02). Hãy sửa lại theo dạng ngày/tháng/năm.', detail: null,
    });
  });

  it('puts the file problem first for the Windows-1258 CSV', async () => {
    const { io: sink, out } = io();
    await runCheck([join(SAMPLES, 'opencps-ho-so-1258.csv'), '--as-of', '2025-06-30', '--json'], sink);
    expect(JSON.parse(out[0]).problems[0]).toMatchObject({ row: 0, code: 'file.encoding', severity: 'warning' });
  });

  it('takes --as-of from today in Vietnam when not given, and --map overrides a column', async () => {
    const { io: sink, out } = io(dayFromYmd({ y: 2025, m: 7, d: 15 }));
    await runCheck([join(SAMPLES, 'opencps-ho-so.csv'), '--map', 'due=Ngày gia hạn', '--json'], sink);
    const json = JSON.parse(out[0]);
    expect(json.asOf).toBe('2025-07-15');
    expect(json.mapping.find((m: { field: string }) => m.field === 'due')).toEqual({ field: 'due', column: 'I', heading: 'Ngày gia hạn', confidence: 1, source: 'user' });
  });
});

describe('dunghan check summary', () => {
  it('prints the counts in STATUS_ORDER with their labels, and the problems', async () => {
    const { io: sink, out, progress } = io();
    await runCheck([join(SAMPLES, 'xa-dan-tu-excel.xlsx'), '--as-of', '2025-06-30'], sink);
    const text = out.join('\n');
    const countLines = text.split('\n').filter((l) => STATUS_ORDER.some((s) => l.startsWith(`  ${STATUS_LABELS[s]}: `)));
    expect(countLines.map((l) => l.split(': ')[0].trim())).toEqual(STATUS_ORDER.map((s) => STATUS_LABELS[s]));
    expect(text).toContain(M.summaryFile(join(SAMPLES, 'xa-dan-tu-excel.xlsx')));
    expect(text).toContain(M.summaryHeader('3'));
    expect(text).toContain(M.mappingLine('Ngày hẹn trả', 'J', 'Ngày hẹn trả'));
    // N14 sits on sheet row 49 of the clerk workbook (rows 1–3 are titles and header).
    expect(text).toContain(M.problemLine(M.problemRow('49') + M.problemColumn('J — Ngày hẹn trả'), M.problemValue('31/02/2025'), PROBLEM_MESSAGES['date.impossible']));
    expect(progress[0]).toBe(M.progressReading(join(SAMPLES, 'xa-dan-tu-excel.xlsx')));
  });

  it('lists the first 20 problems and counts the rest', async () => {
    const path = join(dir, 'nhieu-loi.csv');
    const rows = Array.from({ length: 25 }, (_, i) => `A${i + 1},31/02/2025`);
    writeFileSync(path, ['Mã hồ sơ,Ngày hẹn trả', ...rows].join('\n'));
    const { io: sink, out } = io();
    await runCheck([path, '--as-of', '2025-06-30'], sink);
    const lines = out.join('\n').split('\n');
    const first = lines.findIndex((l) => l.startsWith('Vấn đề ('));
    const total = Number(/\((\d+)\)/.exec(lines[first])![1]);
    // At least one date.impossible per row: 25 or more problems, of which 20 are listed.
    expect(total).toBeGreaterThanOrEqual(25);
    expect(lines.slice(first + 1, first + 21).every((l) => l.startsWith('  '))).toBe(true);
    expect(lines[first + 21]).toBe(M.moreProblems(String(total - 20)));
  });
});

describe('dunghan check: system dues that differ from the law', () => {
  // A vendor calendar without 24/11/2026: received Fri 20/11 09:00, 3 working days are Mon 23,
  // Wed 25, Thu 26 → lawful Thu 26/11 17:00, the system wrote Wed 25/11; finished Thu 26/11 10:00.
  const path = join(dir, 'he-thong-thieu-24-11.csv');
  writeFileSync(path, [
    'Mã hồ sơ,Ngày tiếp nhận,Thời hạn giải quyết,Ngày hẹn trả,Ngày hoàn thành,Trạng thái',
    'QPH.261120.00001,20/11/2026 09:00:00,03 ngày làm việc,25/11/2026 17:00:00,26/11/2026 10:00:00,Đã trả kết quả',
    'QPH.261116.00002,16/11/2026 08:00:00,03 ngày làm việc,19/11/2026 17:00:00,18/11/2026 10:00:00,Đã trả kết quả',
  ].join('\n'));

  it('lists the dossier with both dates in --json and counts it late only on the system', async () => {
    const { io: sink, out } = io(dayFromYmd({ y: 2026, m: 11, d: 30 }));
    expect(await runCheck([path, '--as-of', '2026-11-30', '--json'], sink)).toBe(0);
    const json = JSON.parse(out[0]);
    expect(json.systemDues).toEqual([
      { row: 2, code: 'QPH.261120.00001', systemDue: '2026-11-25T17:00', lawfulDue: '2026-11-26T17:00', direction: 'earlier', onDayOff: false, counted: true },
    ]);
    expect(json.dossiers[0]).toMatchObject({ status: 'late_on_system', dueAt: '2026-11-26T17:00', reason: 'due.systemWrong' });
    expect(json.problems.filter((p: { code: string }) => p.code === 'due.systemDiffers')).toMatchObject([{ row: 2, severity: 'warning' }]);
  });

  it('says so in the summary', async () => {
    const { io: sink, out } = io(dayFromYmd({ y: 2026, m: 11, d: 30 }));
    await runCheck([path, '--as-of', '2026-11-30'], sink);
    expect(out.join('\n')).toContain('Ngày hẹn trả trên hệ thống khác hạn theo quy định: 1 hồ sơ');
  });
});

describe('dunghan check exit codes', () => {
  it('exits 2 with the Vietnamese message for a missing file', async () => {
    const path = join(dir, 'khong-co.csv');
    expect(await cli(['check', path])).toEqual({ code: 2, stderr: M.fileNotFound(path) });
  });
  it('exits 2 for a file without a header row, saying which columns are needed', async () => {
    const path = join(dir, 'khong-tieu-de.csv');
    writeFileSync(path, 'Họ tên,Quê quán\nA,B\n');
    expect(await cli(['check', path])).toEqual({ code: 2, stderr: M.noHeader(path, 'khong-tieu-de') });
  });
  it('exits 2 for a binary .xls', async () => {
    const path = join(dir, 'cu.xls');
    writeFileSync(path, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(await cli(['check', path])).toEqual({ code: 2, stderr: M.binaryXls(path) });
  });
  it('exits 2 for an unknown --sheet, listing the sheets', async () => {
    const path = join(SAMPLES, 'xa-dan-tu-excel.xlsx');
    expect(await cli(['check', path, '--sheet', 'Tháng 6'])).toEqual({ code: 2, stderr: M.noSheet('Tháng 6', '"Sổ theo dõi"') });
  });
  it('exits 0 on a sample with problems', async () => {
    const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await cli(['check', join(SAMPLES, 'thanh-hoa-ho-so.xls'), '--as-of', '2025-06-30', '--quiet'])).toEqual({ code: 0, stderr: '' });
    } finally {
      logs.mockRestore();
    }
  });
});

describe('dunghan check --out', () => {
  it('writes a workbook that keeps the data sheet first', async () => {
    const out = join(dir, 'ket-qua.xlsx');
    const { io: sink } = io();
    await runCheck([join(SAMPLES, 'xa-dan-tu-excel.xlsx'), '--as-of', '2025-06-30', '--out', out], sink);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0].name).toBe('Sổ theo dõi');
    expect(wb.worksheets.length).toBeGreaterThan(1);
  });
});
