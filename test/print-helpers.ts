/**
 * Printing a workbook the way a clerk would: LibreOffice headless converts it to PDF,
 * poppler reads the pages back as text. A private LibreOffice profile per run keeps runs
 * apart; several workbooks go in one soffice call (it is CPU-heavy).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dayFromYmd, defaultSettings, checkSheet, type InputCell, type Settings, type SheetGrid } from '../core/index.js';
import type { LoadedInput } from '../cli/src/files/load-input.js';
import { writeCheckWorkbook } from '../cli/src/workbook/write-check.js';

export const INSTALL_LINE = 'apt-get install -y libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito';

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** True when soffice and pdftotext are there; under CI=true a missing one throws. */
export function havePrintTools(test: string): boolean {
  const ok = has('soffice') && has('pdftotext');
  if (!ok && process.env.CI === 'true') throw new Error(`${test}: LibreOffice or poppler is missing in CI (${INSTALL_LINE})`);
  if (!ok) console.warn(`${test} skipped: LibreOffice or poppler-utils not installed (${INSTALL_LINE})`);
  return ok;
}

/** Converts the workbooks to PDF in one soffice run; returns the PDF paths in order. */
export function toPdf(paths: readonly string[]): string[] {
  const out = mkdtempSync(join(tmpdir(), 'dunghan-pdf-'));
  const profile = mkdtempSync(join(tmpdir(), 'dunghan-lo-'));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...paths],
    { stdio: 'ignore', timeout: 240_000 },
  );
  return paths.map((p) => join(out, basename(p).replace(/\.xlsx$/, '.pdf')));
}

/** The text of every page, laid out (pdftotext -layout), split at form feeds. */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** Spaces and line breaks collapsed, so a wrapped phrase can be found. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export const PRINT_AS_OF = dayFromYmd({ y: 2025, m: 6, d: 30 });
export const BANNER = 'ỦY BAN NHÂN DÂN XÃ ĐẮK TÂN HƯNG';
export const BANNER_NAME = 'Ủy ban nhân dân xã Đắk Tân Hưng';

/** The Ghi chú of unit i's late dossier in the generated export. */
export function reasonOf(i: number): string {
  return `Chờ xác minh hồ sơ gốc lần ${i}`;
}

/**
 * A commune export with a banner and `units` units, each with one dossier resolved late
 * (with a Ghi chú reason) and one resolved on time, inside the period of PRINT_AS_OF.
 */
export function exportGrid(units: number): SheetGrid {
  const cells: InputCell[][] = [
    [BANNER],
    ['SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH'],
    ['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Lĩnh vực', 'Đơn vị', 'Cán bộ xử lý', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái', 'Ghi chú'],
  ];
  for (let i = 1; i <= units; i++) {
    // Every fifth unit has a long name that wraps in the 06a's unit column.
    const unit = i % 5 === 0 ? `Công chức Văn hóa - Xã hội phụ trách thông tin, thể thao và du lịch số ${i}` : `Bộ phận số ${i}`;
    const n = String(i).padStart(3, '0');
    cells.push([cells.length - 2, `000.41.27.H99-250520-${n}1`, 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu', 'Đất đai', unit, 'Nguyễn Văn An', '20/05/2025 08:00:00', '27/05/2025 17:00:00', '03/06/2025 09:00:00', 'Đã trả kết quả', reasonOf(i)]);
    cells.push([cells.length - 2, `000.41.27.H99-250521-${n}2`, 'Đăng ký khai sinh', 'Hộ tịch', unit, 'Trần Thị Bình', '21/05/2025 08:00:00', '23/05/2025 17:00:00', '22/05/2025 10:00:00', 'Đã trả kết quả', null]);
  }
  return { sheetName: 'Sổ theo dõi', cells };
}

/** Writes the report workbook of a generated export, as `dunghan check --out` does for a CSV. */
export async function writeExportWorkbook(grid: SheetGrid, out: string, settings: Settings = defaultSettings(PRINT_AS_OF)): Promise<void> {
  const input: LoadedInput = { path: out, format: 'csv', sheets: [grid], bytes: new Uint8Array(), encoding: 'utf-8', hiddenSheets: [], problems: [] };
  await writeCheckWorkbook(input, grid.sheetName, checkSheet(grid, settings), settings, out);
}

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
