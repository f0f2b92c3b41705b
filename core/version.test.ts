import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DayOffRow } from './calendar/days-off.js';
import { APP_VERSION, CALENDAR_DATA_DATE, calendarDataLabel, calendarDataNote, newestNoticeDate, provisionalYears } from './version.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The calendar data read as text, apart from the module: one {year, confidence, dates
 * cited in the source} per row of days-off.ts.
 */
function rowsAsText(): { year: number; confidence: string; cited: string[] }[] {
  const text = readFileSync(new URL('./calendar/days-off.ts', import.meta.url), 'utf8');
  // The undecided-split alternatives (no source, no confidence) are options, not rows.
  return [...text.matchAll(/\{\s*date: '(\d{4})-[^}]*\}/g)].filter((m) => m[0].includes('source: ')).map((m) => ({
    year: Number(m[1]),
    confidence: /confidence: '(\w+)'/.exec(m[0])?.[1] ?? '',
    cited: [.../source: '([^']*)'/.exec(m[0])![1].matchAll(/\((\d{1,2})\/(\d{1,2})\/(\d{4})\)/g)].map((d) => `${d[3]}-${d[2].padStart(2, '0')}-${d[1].padStart(2, '0')}`),
  }));
}

const row = (date: string, source: string, confidence: DayOffRow['confidence']): DayOffRow => ({ date, kind: 'holiday', name: 'x', source, confidence });

describe('app version', () => {
  it('equals package.json', () => {
    expect(APP_VERSION).toBe(pkg.version);
  });
});

describe('calendar data version', () => {
  const rows = rowsAsText();

  it('reads every row of days-off.ts (the text scan below sees the same data)', () => {
    expect(rows.length).toBeGreaterThan(130);
  });

  it('is the newest date a confirmed or reported row of the data cites', () => {
    const cited = rows.filter((r) => r.confidence === 'confirmed' || r.confidence === 'reported').flatMap((r) => r.cited).sort();
    expect(cited.length).toBeGreaterThan(10);
    expect(CALENDAR_DATA_DATE).toBe(cited[cited.length - 1]);
    expect(CALENDAR_DATA_DATE >= '2025-12-25').toBe(true); // CV 12729/VPCP-KGVX (25/12/2025), Tết Dương lịch 2026
  });

  it('names as "dự kiến" exactly the years whose applied days are not all backed by a text, 2027 among them', () => {
    const expected = [...new Set(rows.filter((r) => !['confirmed', 'reported', 'proposed'].includes(r.confidence)).map((r) => r.year))].sort();
    expect(provisionalYears()).toEqual(expected);
    expect(provisionalYears()).toContain(2027);
    expect(provisionalYears().filter((y) => y <= 2026)).toEqual([]);
  });

  it('shows the label the panes and the CLI print', () => {
    const [y, m, d] = CALENDAR_DATA_DATE.split('-');
    expect(calendarDataLabel()).toBe(`Lịch nghỉ: cập nhật theo văn bản ngày ${d}/${m}/${y}; năm ${provisionalYears().join(', ')} dự kiến`);
    expect(calendarDataLabel()).toMatch(/^Lịch nghỉ: cập nhật theo văn bản ngày \d{2}\/\d{2}\/\d{4}; năm (\d{4}, )*2027(, \d{4})* dự kiến$/);
  });

  it('puts the app version and the label on one note line for reports', () => {
    expect(calendarDataNote()).toBe(`Lập bằng Đúng Hạn ${pkg.version}. ${calendarDataLabel()}.`);
  });
});

describe('calendarDataLabel on given rows', () => {
  it('takes the newest full date of a text, ignoring month-only citations, proposals and projections', () => {
    const rows = [
      row('2026-01-01', 'CV 12729/VPCP-KGVX (25/12/2025)', 'confirmed'),
      row('2026-02-17', 'TB 9441/TB-BNV (10/2025)', 'confirmed'),
      row('2026-11-23', 'dự thảo (15/09/2026)', 'proposed'),
      row('2027-02-08', 'BLLĐ 2019 Đ.112 (01/01/2027)', 'derived'),
      row('2027-02-10', 'decision not seen', 'pending'),
    ];
    expect(newestNoticeDate(rows)).toBe('2025-12-25');
    expect(provisionalYears(rows)).toEqual([2027]);
    expect(calendarDataLabel(rows)).toBe('Lịch nghỉ: cập nhật theo văn bản ngày 25/12/2025; năm 2027 dự kiến');
  });

  it('moves when a decision is published, and drops "dự kiến" once every year is backed by a text', () => {
    const rows = [
      row('2026-01-01', 'CV 12729/VPCP-KGVX (25/12/2025)', 'confirmed'),
      row('2027-02-08', 'CV 1/VPCP-KGVX (4/1/2027)', 'confirmed'),
      row('2027-11-24', 'NQ 28/2026/QH16', 'reported'),
    ];
    expect(calendarDataLabel(rows)).toBe('Lịch nghỉ: cập nhật theo văn bản ngày 04/01/2027');
  });

  it('lists several projected years in order', () => {
    const rows = [row('2028-01-01', 'x (01/02/2027)', 'reported'), row('2029-01-01', 'y', 'pending'), row('2028-05-01', 'z', 'derived')];
    expect(calendarDataLabel(rows)).toBe('Lịch nghỉ: cập nhật theo văn bản ngày 01/02/2027; năm 2028, 2029 dự kiến');
  });

  it('refuses data that cites no dated text', () => {
    expect(() => newestNoticeDate([row('2027-01-01', 'BLLĐ 2019', 'derived')])).toThrow(RangeError);
  });
});
