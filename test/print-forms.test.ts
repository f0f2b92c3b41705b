/**
 * The report workbook printed as a clerk prints it: LibreOffice headless → PDF → pdftotext.
 * Biểu 06a keeps its notes, date line and signers on the page that ends its table (5, 20
 * and 60 data rows), the banner's agency is on the form, no cell prints "###", the export's
 * Ghi chú reaches Phụ lục I, and the charts are drawn on pages of their own.
 * Skipped without LibreOffice except under CI=true (see print-helpers.ts for the install line).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BANNER_NAME, exportGrid, flat, havePrintTools, pdfPages, toPdf, writeExportWorkbook } from './print-helpers.js';
import { tempDir } from './workbook-helpers.js';

const ok = havePrintTools('test/print-forms');
const SIZES = [5, 20, 60] as const;

describe.skipIf(!ok)('printed report workbook (LibreOffice)', () => {
  const pages = new Map<number, string[]>();

  beforeAll(async () => {
    const dir = tempDir();
    const paths = SIZES.map((n) => join(dir, `bao-cao-${n}.xlsx`));
    for (let i = 0; i < SIZES.length; i++) await writeExportWorkbook(exportGrid(SIZES[i]), paths[i]);
    toPdf(paths).forEach((pdf, i) => {
      pages.set(SIZES[i], pdfPages(pdf));
      // Kept for a person to look at (git-ignored).
      mkdirSync('test/artifacts', { recursive: true });
      copyFileSync(pdf, `test/artifacts/print-06a-${SIZES[i]}.pdf`);
    });
  });

  /** The pages of Biểu 06a: from the one with its form code to the one before Phụ lục I. */
  const formPages = (n: number) => {
    const all = pages.get(n)!;
    const first = all.findIndex((p) => p.includes('Biểu số II.06a/VPCP/KSTT'));
    const appendix = all.findIndex((p, i) => i > first && /^\s*Phụ lục I\s*$/m.test(p));
    return all.slice(first, appendix);
  };

  it.each(SIZES)('with %i data rows, the page that ends the 06a table also holds the notes, the date line and both signers', (n) => {
    const form = formPages(n);
    const end = form.findIndex((p) => p.includes('Tổng cộng'));
    expect(end).toBeGreaterThanOrEqual(0);
    const page = flat(form[end]);
    for (const text of ['Ghi chú:', 'Đắk Tân Hưng, ngày 30 tháng 6 năm 2025', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, họ tên, đóng dấu)']) expect(page).toContain(text);
    // The last data row is on that page too: the table does not end on a page of its own.
    expect(page).toContain(String(n));
    if (n <= 20) expect(end).toBe(0);
    else {
      // Longer tables break between rows with the headings repeated on every page.
      for (const p of form.slice(0, end + 1)) expect(flat(p)).toContain('Số hồ sơ đã giải quyết');
    }
  });

  it('fits the 06a of 5 and of 20 units on one page, and prints its chart on the next page, not on the form', () => {
    for (const n of [5, 20]) {
      const form = formPages(n);
      expect(form[0]).toContain('Tổng cộng');
      expect(form[0]).not.toContain('Kết quả giải quyết theo đơn vị');
      expect(flat(form[1])).toContain('Kết quả giải quyết theo đơn vị');
    }
  });

  it('names the reporting unit from the banner and fills the place of the date line', () => {
    for (const n of SIZES) {
      const first = flat(formPages(n)[0]);
      expect(first).toContain('Đơn vị báo cáo:');
      expect(first).toContain(BANNER_NAME);
    }
  });

  it('prints no "###" anywhere', () => {
    for (const n of SIZES) expect(pages.get(n)!.filter((p) => p.includes('###'))).toEqual([]);
  });

  it('carries the export\'s Ghi chú reason to Phụ lục I', () => {
    const all = pages.get(5)!.map(flat);
    const first = all.findIndex((p) => p.includes('DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH GIẢI QUYẾT QUÁ HẠN'));
    const second = all.findIndex((p) => p.includes('DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH ĐANG GIẢI QUYẾT QUÁ HẠN'));
    const text = all.slice(first, second).join(' ');
    // The reason wraps in its narrow column: its words are on the page, in order per line.
    expect(text).toContain('Chờ xác');
    for (let i = 1; i <= 5; i++) expect(text).toContain(`gốc lần ${i}`);
  });

  it('numbers each tab\'s pages from 1, with no number on its first page', () => {
    const form = formPages(60);
    expect(form.length).toBeGreaterThan(2);
    expect(form[0].split('\n').slice(0, 3).join(' ')).not.toMatch(/^\s*\d+\s*$/m);
    expect(form[1].split('\n').find((l) => l.trim() !== '')?.trim()).toBe('2');
    expect(form[2].split('\n').find((l) => l.trim() !== '')?.trim()).toBe('3');
  });

  it('draws the charts (title and series names on the chart pages)', () => {
    const all = pages.get(20)!.map(flat);
    const chart06a = all.find((p) => p.includes('Kết quả giải quyết theo đơn vị'));
    expect(chart06a).toBeDefined();
    for (const series of ['Trước hạn', 'Đúng hạn', 'Quá hạn']) expect(chart06a).toContain(series);
    expect(all.some((p) => p.includes('Tỷ lệ giải quyết đúng hạn theo đơn vị'))).toBe(true);
    expect(all.some((p) => p.includes('Điểm tiến độ 766: theo hệ thống và thực tế') && p.includes('Theo hệ thống') && p.includes('Thực tế'))).toBe(true);
  });
});
