/**
 * Shared by the live-workbook tests: generated exports (Tết, the 2025 swap, make-up
 * Saturdays), LibreOffice recalculation of several workbooks in one soffice call, and
 * reading the recalculated sheets back as text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { columnLetter, dayFromYmd, ymdFromDay, type Day } from '../core/index.js';

export const SOFFICE_INSTALL = 'apt-get install -y libreoffice-calc-nogui';

export function haveSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Recalculates the workbooks in one LibreOffice run (a private profile) and saves each as
 * outDir/<same name>.xlsx with the computed values. Formulas are computed by LibreOffice
 * from scratch: the files carry no cached values.
 */
export function recalcWithLibreOffice(files: readonly string[], outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const profile = join(outDir, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 300_000,
  });
  rmSync(profile, { recursive: true, force: true });
}

/** A recalculated cell: text, a number (dates as serials), or null when empty. */
export type RecalcValue = string | number | boolean | null;

/**
 * The values LibreOffice computed, by sheet name, as a getter over 1-based row and column.
 * Read from the package XML directly: ExcelJS drops formula results that are 0 or "".
 */
export function readRecalculated(outDir: string, file: string): Map<string, (row: number, col: number) => RecalcValue> {
  const path = join(outDir, basename(file));
  if (!existsSync(path)) throw new Error(`LibreOffice wrote no ${path}`);
  const parts = unzipSync(readFileSync(path));
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : '');
  const decode = (s: string) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decode(t[1])).join(''),
  );
  const names = [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => decode(m[1]));
  const sheets = new Map<string, (row: number, col: number) => RecalcValue>();
  names.forEach((name, i) => {
    const cells = new Map<string, RecalcValue>();
    for (const m of text(`xl/worksheets/sheet${i + 1}.xml`).matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /t="([a-z]+)"/.exec(m[2])?.[1] ?? 'n';
      const body = m[3] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const inline = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
      let value: RecalcValue = null;
      if (type === 's' && v !== undefined) value = shared[Number(v)];
      else if (type === 'str') value = v === undefined ? '' : decode(v);
      else if (type === 'inlineStr' && inline !== undefined) value = [...inline.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decode(t[1])).join('');
      else if (type === 'b' && v !== undefined) value = v === '1';
      else if (type === 'e') value = `#ERR ${v ?? ''}`;
      else if (v !== undefined) value = Number(v);
      cells.set(m[1], value);
    }
    sheets.set(name, (row, col) => cells.get(`${columnLetter(col)}${row}`) ?? null);
  });
  return sheets;
}

/** A seeded generator (mulberry32), so a failing case is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "dd/MM/yyyy HH:mm:ss" as the one-stop systems export it; without a time when sec is null. */
export function exportText(day: number, sec: number | null): string {
  const { y, m, d } = ymdFromDay(day as Day);
  if (sec === null) return `${pad(d)}/${pad(m)}/${y}`;
  return `${pad(d)}/${pad(m)}/${y} ${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}`;
}

export const GENERATED_HEADINGS = [
  'Mã hồ sơ', 'Lĩnh vực', 'Cơ quan thụ lý', 'Hình thức nộp', 'Ngày tiếp nhận', 'Thời hạn giải quyết', 'Ngày hẹn trả',
  'Ngày kết thúc xử lý', 'Ngày trả kết quả', 'Ngày trả kết quả thực tế', 'Trạng thái',
] as const;
/** Columns (1-based) of the generated exports. */
export const GEN_COL = { received: 5, period: 6, due: 7, finished: 8, returned: 9, actual: 10, status: 11 } as const;

/** A date the generator can write either as export text or as an Excel serial. */
export interface GenDate {
  day: number;
  sec: number | null;
}

export interface GenRow {
  code: string;
  field: string;
  unit: string;
  channel: string;
  received: GenDate;
  period: string;
  due: GenDate | null;
  finished: GenDate | null;
  returned: GenDate | null;
  actual: GenDate | null;
  status: string;
}

/** Receipt days around Tết 2024 and 2025, the 26/4 ↔ 2/5/2025 swap, 2/9/2025 and the report dates. */
const HOT_SPOTS = [
  dayFromYmd({ y: 2024, m: 2, d: 5 }),
  dayFromYmd({ y: 2025, m: 1, d: 22 }),
  dayFromYmd({ y: 2025, m: 4, d: 22 }),
  dayFromYmd({ y: 2025, m: 4, d: 26 }),
  dayFromYmd({ y: 2025, m: 6, d: 20 }),
  dayFromYmd({ y: 2025, m: 8, d: 27 }),
  dayFromYmd({ y: 2025, m: 12, d: 29 }),
];

const PERIODS = ['03 ngày làm việc', '05 ngày làm việc', '1 ngày làm việc', '10 ngày làm việc', '7 ngày', '15 ngày', 'Trong ngày', '8 giờ làm việc', '12'];
const STATUS_TEXTS = ['Đã trả kết quả', 'Đang xử lý', 'Đã tiếp nhận', 'Chờ bổ sung', 'Rút không giải quyết', 'Dừng xử lý', 'Không tiếp nhận', 'Đã có kết quả', 'Chờ tiếp nhận'];

/** Rows of a generated export: dates near the hot spots, every period form, every status text. */
export function generateRows(count: number, seed: number): GenRow[] {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const time = () => (rnd() < 0.15 ? null : 7 * 3600 + Math.floor(rnd() * 10 * 3600) + 1);
  const rows: GenRow[] = [];
  for (let i = 0; i < count; i++) {
    const receivedDay = pick(HOT_SPOTS) + Math.floor(rnd() * 12) - 3;
    const received = { day: receivedDay, sec: time() };
    const period = pick(PERIODS);
    const hasDue = rnd() < 0.45;
    const dueDay = receivedDay + 3 + Math.floor(rnd() * 10);
    // Now and then a system due before the receipt day, a row that cannot be right.
    const due = hasDue ? { day: i % 29 === 7 ? receivedDay - 2 : dueDay, sec: rnd() < 0.7 ? 17 * 3600 : null } : null;
    const finishedAt = rnd() < 0.6 ? { day: receivedDay + Math.floor(rnd() * 16), sec: time() } : null;
    const returned = finishedAt && rnd() < 0.5 ? { day: finishedAt.day + Math.floor(rnd() * 3), sec: time() } : rnd() < 0.1 ? { day: receivedDay + 5, sec: time() } : null;
    const actual = rnd() < 0.25 ? { day: receivedDay + Math.floor(rnd() * 12), sec: rnd() < 0.5 ? null : time() } : null;
    rows.push({
      code: `GEN-${seed}-${String(i + 1).padStart(4, '0')}`,
      field: pick(['Hộ tịch', 'Chứng thực', 'Đất đai', 'Kinh doanh']),
      unit: pick(['UBND xã A', 'UBND xã B']),
      channel: rnd() < 0.4 ? 'Trực tuyến' : 'Trực tiếp',
      received,
      period,
      due,
      finished: finishedAt,
      returned,
      actual,
      status: pick(STATUS_TEXTS),
    });
  }
  return rows;
}

function cellsOf(row: GenRow, asDate: (d: GenDate | null) => string | number | null): (string | number | null)[] {
  return [row.code, row.field, row.unit, row.channel, asDate(row.received), row.period, asDate(row.due), asDate(row.finished), asDate(row.returned), asDate(row.actual), row.status];
}

/** The rows as a UTF-8 CSV export (text dates), as the one-stop systems write it. */
export function writeGeneratedCsv(path: string, rows: readonly GenRow[]): void {
  const quote = (v: string | number | null) => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const lines = [GENERATED_HEADINGS.join(','), ...rows.map((r) => cellsOf(r, (d) => (d === null ? null : exportText(d.day, d.sec))).map(quote).join(','))];
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
}

/** The rows as an .xlsx whose dates are real date cells (serials), as a clerk's own sheet has them. */
export async function writeGeneratedXlsx(path: string, rows: readonly GenRow[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hồ sơ');
  sheet.addRow([...GENERATED_HEADINGS]);
  for (const r of rows) {
    const line = sheet.addRow(cellsOf(r, (d) => (d === null ? null : d.day + (d.sec ?? 0) / 86_400)));
    for (const col of [GEN_COL.received, GEN_COL.due, GEN_COL.finished, GEN_COL.returned, GEN_COL.actual]) line.getCell(col).numFmt = 'dd/mm/yyyy hh:mm:ss';
  }
  await workbook.xlsx.writeFile(path);
}
