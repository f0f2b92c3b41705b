/**
 * The three sample exports (samples/README.md), checked as of Mon 2025-06-30 with the default
 * rules. Named dossiers' statuses were worked out by hand from holidays.md §3.
 */
import { describe, expect, it } from 'vitest';
import { formatIsoStamp, STATUSES, type Status } from '../core/index.js';
import { checkSample, dossiersWithCode, expectedSample, mappingLetters, rowsHolding } from './samples-helpers.js';

/** Hand-checked (samples/README.md "Named dossiers"). */
const HAND_CHECKED: Record<string, Status> = {
  N01: 'early', N02: 'on_time', N03: 'late', N04: 'late', N05: 'on_time', N06: 'late_on_system', N07: 'overdue',
  N08: 'due_soon', N09: 'pending', N10: 'awaiting_citizen', N11: 'withdrawn', N12: 'stopped', N13: 'rejected',
  N14: 'invalid', N15: 'early', N16: 'early', N17: 'early', N18: 'late',
};
const FORMULA_TEXT = '=HYPERLINK("http://x","Nguyễn Văn A")';

interface Case {
  file: string;
  rows: number;
  named: string[];
  mapping: Record<string, string>;
  dueHeading: string;
}

const CASES: Case[] = [
  {
    file: 'thanh-hoa-ho-so.xls',
    rows: 301,
    named: ['N01', 'N02', 'N03', 'N04', 'N05', 'N06', 'N07', 'N08', 'N09', 'N10', 'N11', 'N12', 'N13', 'N14', 'N15', 'N16'],
    mapping: { code: 'B', procedure: 'C', field: 'D', applicant: 'E', status: 'G', submitted: 'H', received: 'I', due: 'J', finished: 'K', actualResult: 'L', officer: 'M', remarks: 'N' },
    dueHeading: 'Ngày, tháng, năm / Ngày hẹn trả',
  },
  {
    file: 'opencps-ho-so.csv',
    rows: 301,
    named: ['N01', 'N02', 'N03', 'N04', 'N05', 'N06', 'N07', 'N08', 'N09', 'N10', 'N11', 'N12', 'N13', 'N14', 'N15', 'N16', 'N18'],
    mapping: { code: 'A', procedure: 'C', unit: 'D', applicant: 'E', submitted: 'F', received: 'G', due: 'H', extendedDue: 'I', finished: 'J', returned: 'K', status: 'L', channel: 'M', remarks: 'N', actualResult: 'P' },
    dueHeading: 'Ngày hẹn trả',
  },
  {
    file: 'xa-dan-tu-excel.xlsx',
    rows: 251,
    named: ['N01', 'N02', 'N03', 'N04', 'N05', 'N06', 'N07', 'N08', 'N09', 'N10', 'N11', 'N12', 'N13', 'N14', 'N15', 'N16', 'N17'],
    mapping: { code: 'B', procedure: 'C', field: 'D', applicant: 'E', unit: 'F', officer: 'G', channel: 'H', received: 'I', due: 'J', finished: 'K', actualResult: 'L', status: 'M', remarks: 'N' },
    dueHeading: 'Ngày hẹn trả',
  },
];

describe.each(CASES)('sample $file as of 2025-06-30', (c) => {
  const expected = expectedSample(c.file);
  const code = (key: string) => expected.named[key].code;

  it(`reads ${c.rows} dossier rows (300 or 250 dossiers + N16 twice)`, async () => {
    const { result } = await checkSample(c.file);
    expect(result.dossiers.length).toBe(c.rows);
    expect(result.read.rowsIn).toBe(result.dossiers.length + result.read.skipped.length);
  });

  it('maps every column to its field', async () => {
    const { result } = await checkSample(c.file);
    expect(mappingLetters(result)).toEqual(c.mapping);
  });

  it('gives each hand-checked dossier its status', async () => {
    const { result } = await checkSample(c.file);
    const got = Object.fromEntries(c.named.map((key) => [key, dossiersWithCode(result, code(key)).map((d) => d.status)]));
    const want = Object.fromEntries(c.named.map((key) => [key, key === 'N16' ? ['early', 'early'] : [HAND_CHECKED[key]]]));
    expect(got).toEqual(want);
  });

  it('counts the lateness in working days across Tết and the 26/04 make-up Saturday', async () => {
    const { result } = await checkSample(c.file);
    const summary = (key: string) => {
      const [d] = dossiersWithCode(result, code(key));
      return { due: d.dueAt && formatIsoStamp(d.dueAt), workingDaysLate: d.workingDaysLate };
    };
    const withTime = c.file !== 'xa-dan-tu-excel.xlsx';
    // N03: due Thu 23/01; finished Tue 04/02 → 24/01, 03/02, 04/02. N04: due Sat 26/04 (make-up); finished Mon 28/04.
    // N06: due Mon 16/06; system finish Thu 19/06. N07: due Thu 19/06, open: 20, 23–27, 30/06.
    expect([summary('N03'), summary('N04'), summary('N06'), summary('N07')]).toEqual([
      { due: withTime ? '2025-01-23T08:30' : '2025-01-23', workingDaysLate: 3 },
      { due: withTime ? '2025-04-26T10:00' : '2025-04-26', workingDaysLate: 1 },
      { due: withTime ? '2025-06-16T08:00' : '2025-06-16', workingDaysLate: 3 },
      { due: withTime ? '2025-06-19T09:00' : '2025-06-19', workingDaysLate: 7 },
    ]);
  });

  it('gives every row the status it was built to have, and every status appears', async () => {
    const { result } = await checkSample(c.file);
    expect(result.counts).toEqual(expected.intendedCounts);
    // The samples hold no dossier registered online and not yet received (not_received).
    expect(STATUSES.filter((s) => s !== 'not_received' && result.counts[s] === 0)).toEqual([]);
  });

  it('reports the impossible due date 31/02/2025 on N14 with its row and column', async () => {
    const { grid, result } = await checkSample(c.file);
    const [row] = rowsHolding(grid, code('N14'));
    const impossible = result.problems.filter((p) => p.code === 'date.impossible');
    expect(impossible).toEqual([
      { code: 'date.impossible', row, severity: 'error', column: c.dueHeading, columnLetter: c.mapping.due, value: '31/02/2025' },
    ]);
  });

  it('reports the duplicated code of N16 on its second row', async () => {
    const { grid, result } = await checkSample(c.file);
    const rows = rowsHolding(grid, code('N16'));
    expect(rows.length).toBe(2);
    const duplicates = result.problems.filter((p) => p.code === 'row.duplicateCode');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({ row: rows[1], value: code('N16'), columnLetter: c.mapping.code });
  });

  it('keeps the formula-looking applicant of N15 as text', async () => {
    const { grid, result } = await checkSample(c.file);
    const [row] = rowsHolding(grid, code('N15'));
    expect(grid.cells[row - 1]).toContain(FORMULA_TEXT);
    expect(dossiersWithCode(result, code('N15')).map((d) => d.record.applicant)).toEqual([FORMULA_TEXT]);
  });
});

describe('thanh-hoa-ho-so.xls layout', () => {
  it('finds the 2-row header under the banner and carries each group row down as the unit', async () => {
    const { result } = await checkSample('thanh-hoa-ho-so.xls');
    expect(result.read.headerRows).toEqual([6, 7]);
    expect(result.read.skipped.filter((s) => s.reason === 'group').map((s) => s.text)).toEqual([
      'UBND xã Tân Lập Đông',
      'UBND xã Hòa Phong Tây',
      'UBND phường Đông Hải Nam',
      'Chi nhánh Văn phòng Đăng ký đất đai khu vực Bắc Sơn',
    ]);
    const n06 = dossiersWithCode(result, expectedSample('thanh-hoa-ho-so.xls').named.N06.code);
    expect(n06.map((d) => d.record.unit)).toEqual(['Chi nhánh Văn phòng Đăng ký đất đai khu vực Bắc Sơn']);
    expect(result.read.skipped.some((s) => s.reason === 'total')).toBe(true);
  });
});

describe('opencps-ho-so.csv traps', () => {
  it('does not take "Hạn xử lý" ("Quá hạn 2.25 ngày") as the due date', async () => {
    const { result } = await checkSample('opencps-ho-so.csv');
    expect(result.read.mapping.find((m) => m.field === 'due')?.heading).toBe('Ngày hẹn trả');
    expect(result.problems.filter((p) => p.code === 'row.derivedTextIgnored').map((p) => p.column)).toEqual(['Hạn xử lý']);
  });
  it('reads "Trực tuyến" Có/Không as the channel: N03 online, N01 direct', async () => {
    const { result } = await checkSample('opencps-ho-so.csv');
    const named = expectedSample('opencps-ho-so.csv').named;
    expect([named.N03.code, named.N01.code].map((c) => dossiersWithCode(result, c)[0].record.channel)).toEqual(['online', 'direct']);
  });
});

describe('xa-dan-tu-excel.xlsx month-first paste', () => {
  it('reads N17, pasted as 2 May 2025, as received Wed 05/02/2025 08:30 and warns date.monthFirst', async () => {
    const { result } = await checkSample('xa-dan-tu-excel.xlsx');
    const [n17] = dossiersWithCode(result, expectedSample('xa-dan-tu-excel.xlsx').named.N17.code);
    expect(n17.record.received && formatIsoStamp(n17.record.received)).toBe('2025-02-05T08:30');
    expect(result.problems.filter((p) => p.code === 'date.monthFirst').map((p) => p.column)).toEqual(['Ngày tiếp nhận']);
  });
});
