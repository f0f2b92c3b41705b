/**
 * "Tổng hợp từ tệp…" through the shared pane's controller and each host's real bridge on
 * its fake: the Excel bridge over the fake Excel (test/fakes/excel-fake.ts), the Sheets
 * bridge over the built Code.js on the Apps Script fake (test/fakes/gas-fake.ts). A month's
 * files with bad ones among them: progress per file, the good ones merged under their
 * agency, the others listed with a Vietnamese reason, the tabs written as the sheets'
 * Tổng hợp writes them.
 */
import { describe, expect, it } from 'vitest';
import { sheetsBridge } from '../apps-script/src/sidebar/sheets-bridge.js';
import { consolidateInSidebar } from '../apps-script/src/sidebar/file-consolidate.js';
import { FILE_BLOCK_BYTES } from '../apps-script/src/rpc-files-types.js';
import { callEntry, loadBundle } from './fakes/gas-bundle.js';
import { gasFake } from './fakes/gas-fake.js';
import { consolidate, CONSOLIDATE_LABELS, defaultSettings, parseIsoDay, type Day } from '../core/index.js';
import { excelBridge } from '../office-addin/src/taskpane/excel-bridge.js';
import { runConsolidate } from '../office-addin/src/excel-io.js';
import { memoryDocumentStore } from '../office-addin/src/excel-host.js';
import { createWorkbookStore } from '../office-addin/src/workbook-store.js';
import { PaneController } from '../pane/controller.js';
import { collectInputs } from '../pane/read-files.js';
import { INPUT_LABELS } from '../readers/index.js';
import { FakeExcel, FakeWorkbook } from './fakes/excel-fake.js';
import { snapshotSheet } from './fakes/excel-fake-snapshot.js';
import { asSources, monthFiles } from './fixtures/unit-files.js';

const AS_OF = parseIsoDay('2025-06-30') as Day;
const settings = defaultSettings(AS_OF);

/** Every outcome line as [file, merged, unit or reason]. */
export const EXPECTED_OUTCOMES = [
  ['xa-dan-tu-excel.xlsx', true, 'Ủy ban nhân dân xã Đắk Tân Hưng'],
  ['opencps-ho-so.csv', true, 'opencps-ho-so (tên tệp)'],
  ['thang-6.zip/thanh-hoa-ho-so.xls', true, 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa'],
  ['bang-luong.xlsx', false, `${CONSOLIDATE_LABELS.notMerged(CONSOLIDATE_LABELS.unrecognized)}`],
  ['ghi-chu.txt', false, `${CONSOLIDATE_LABELS.notMerged(CONSOLIDATE_LABELS.unrecognized)}`],
  ['thang-6.zip/gui-lai/opencps-ho-so.csv', false, INPUT_LABELS.duplicateFile('opencps-ho-so.csv')],
  ['bao-mat.xlsx', false, INPUT_LABELS.fileUnreadableShort(INPUT_LABELS.whatEncrypted)],
  ['hong.xlsx', false, INPUT_LABELS.fileUnreadableShort(INPUT_LABELS.whatBadXlsx)],
  ['cu.xls', false, INPUT_LABELS.binaryXlsShort],
];

function excelPane(book: FakeWorkbook) {
  const store = createWorkbookStore(memoryDocumentStore());
  const ctl = new PaneController(excelBridge(new FakeExcel(book), store, () => AS_OF, defaultSettings));
  const seen: string[] = [];
  ctl.subscribe((s) => {
    if (s.busy && seen[seen.length - 1] !== s.busy.progress.message) seen.push(s.busy.progress.message);
  });
  return { ctl, seen };
}

describe('Tổng hợp từ tệp… in the Excel pane (fake Excel)', () => {
  it('reads each file with progress, merges the three units under their agency, lists the six others with their reason, and writes the tabs', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    const { ctl, seen } = excelPane(book);
    await ctl.start();
    await ctl.consolidateFiles(asSources(await monthFiles()));
    expect(ctl.state.fileOutcomes?.map((o) => [o.file, o.merged, o.merged ? o.unit : o.note])).toEqual(EXPECTED_OUTCOMES);
    expect(seen.slice(seen.indexOf('Đang đọc tệp 1/8: xa-dan-tu-excel.xlsx…'), seen.indexOf('Đang đọc tệp 1/8: xa-dan-tu-excel.xlsx…') + 4)).toEqual([
      'Đang đọc tệp 1/8: xa-dan-tu-excel.xlsx…',
      'Đang đọc tệp 2/8: opencps-ho-so.csv…',
      'Đang đọc tệp 3/8: thang-6.zip…',
      'Đang mở tệp 3/8: thang-6.zip/thanh-hoa-ho-so.xls…',
    ]);
    expect(seen).toContain('Đang đọc tệp 8/8: cu.xls…');
    expect(seen).toContain('Đang tổng hợp 5 trang số liệu…');
    expect(ctl.state.feedback).toMatchObject({ source: 'consolidate', kind: 'ok' });
    expect(ctl.state.feedback?.message).toMatch(/^Đã tổng hợp 3 đơn vị vào: Tổng hợp 06a, /);
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Tổng hợp 06a', 'Xếp hạng đơn vị', 'Tổng hợp PL I', 'Tổng hợp PL II', 'Nguồn số liệu']);
    // The payroll and the note are lines of the file list, not repeated as problems; the samples share no code.
    expect(ctl.state.tabProblems).toEqual([]);
  });

  it('writes the same tabs as Tổng hợp of the same data pasted into sheets', async () => {
    const files = await monthFiles();
    const fromFiles = new FakeWorkbook(['Sheet1']);
    const { ctl } = excelPane(fromFiles);
    await ctl.start();
    await ctl.consolidateFiles(asSources(files));

    const { inputs } = await collectInputs(asSources(files), { progress: () => undefined });
    const fromSheets = new FakeWorkbook(['Sheet1']);
    for (const input of inputs) fromSheets.fill(input.name, input.grid.cells as never);
    const store = createWorkbookStore(memoryDocumentStore());
    await runConsolidate(new FakeExcel(fromSheets), store, settings, inputs.map((i) => i.name));
    const tabs = (book: FakeWorkbook) => book.sheets.filter((s) => s.name !== 'Sheet1' && !inputs.some((i) => i.name === s.name)).map(snapshotSheet);
    expect(tabs(fromFiles)).toEqual(tabs(fromSheets));
  });

  it('counts a dossier code sent by two units once, and lists it as a problem', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    const { ctl } = excelPane(book);
    await ctl.start();
    const csv = (await monthFiles())[1];
    // The same export sent again by another unit, with one more dossier: other bytes, the same 301 codes.
    const again = new Uint8Array([...csv.bytes, ...new TextEncoder().encode('302,ABC.250630.99999,Đăng ký khai sinh\r\n')]);
    await ctl.consolidateFiles(asSources([csv, { name: 'opencps-lan-2.csv', bytes: again }]));
    const merged = ctl.state.fileOutcomes!.filter((o) => o.merged);
    expect(merged.map((o) => [o.file, o.dossiers])).toEqual([['opencps-ho-so.csv', 301], ['opencps-lan-2.csv', 1]]);
    const dup = ctl.state.tabProblems.filter((p) => p.code === 'merge.duplicateCode');
    expect(dup.length).toBe(301);
    expect(dup[0]).toMatchObject({ row: 0, sheetName: 'opencps-lan-2; đã có ở opencps-ho-so, dòng 2' });
  });

  it('writes nothing when no file holds a unit’s data, and says so', async () => {
    const book = new FakeWorkbook(['Sheet1']);
    const { ctl } = excelPane(book);
    await ctl.start();
    const bad = (await monthFiles()).filter((f) => /luong|ghi-chu|cu\.xls/.test(f.name));
    await ctl.consolidateFiles(asSources(bad));
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(ctl.state.feedback).toMatchObject({ kind: 'error', message: 'Không có tệp nào gộp được, chưa ghi gì vào bảng tính. Xem lý do bên dưới.' });
    expect(ctl.state.fileOutcomes?.length).toBe(3);
  });
});

/** google.script.run in-process: each call goes to the built Code.js on the Apps Script fake, JSON in and out; sizes are recorded. */
function installScriptRun(context: ReturnType<typeof loadBundle>, sent: { name: string; bytes: number }[]) {
  const runner = (ok: ((v: unknown) => void) | null, fail: ((e: unknown) => void) | null): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get: (_t, name: string) => {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
          if (name === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
          return (...args: unknown[]) => {
            const json = JSON.stringify(args);
            sent.push({ name, bytes: Buffer.byteLength(json) });
            setTimeout(() => {
              try {
                ok?.(callEntry(context, name, ...(JSON.parse(json) as unknown[])));
              } catch (error) {
                fail?.(error);
              }
            }, 0);
          };
        },
      },
    );
  (globalThis as { google?: unknown }).google = { script: { run: runner(null, null) } };
}

describe('Tổng hợp từ tệp… in the Sheets sidebar (Apps Script fake, built Code.js)', () => {
  it('reads the files in the sidebar, consolidates there, sends the tabs in blocks of at most 1 MB and writes them as the plans say', async () => {
    const fake = gasFake({ spreadsheetTimeZone: 'Asia/Ho_Chi_Minh' });
    fake.ss.insertSheet('Sheet1');
    const context = loadBundle(fake);
    const sent: { name: string; bytes: number }[] = [];
    installScriptRun(context, sent);
    callEntry(context, 'rpcSaveSettings', { settings });
    const ctl = new PaneController(sheetsBridge());
    const seen: string[] = [];
    ctl.subscribe((s) => {
      if (s.busy && seen[seen.length - 1] !== s.busy.progress.message) seen.push(s.busy.progress.message);
    });
    await ctl.start();
    const files = await monthFiles();
    await ctl.consolidateFiles(asSources(files));
    expect(ctl.state.fileOutcomes?.map((o) => [o.file, o.merged, o.merged ? o.unit : o.note])).toEqual(EXPECTED_OUTCOMES);
    expect(seen).toContain('Đang đọc tệp 8/8: cu.xls…');
    expect(seen.some((m) => m.startsWith('Đang ghi bảng tổng hợp: phần 1/'))).toBe(true);
    expect(ctl.state.feedback?.message).toMatch(/^Đã tổng hợp 3 đơn vị vào: Tổng hợp 06a, /);
    const writes = sent.filter((s) => s.name === 'rpcWriteTabSlices');
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((w) => w.bytes <= FILE_BLOCK_BYTES)).toBe(true);

    // What was written is core's plan for the same inputs, cell for cell.
    const { inputs } = await collectInputs(asSources(files), { progress: () => undefined });
    const plans = consolidate(inputs, settings).sheets;
    expect(fake.ss.sheets.map((s) => s.name)).toEqual(['Sheet1', ...plans.map((p) => p.name)]);
    for (const plan of plans) {
      const sheet = fake.ss.peekSheet(plan.name);
      const got = plan.cells.map((line, r) => line.map((_v, c) => sheet.peekValue(r + 1, c + 1) ?? ''));
      expect(got, plan.name).toEqual(plan.cells.map((line) => line.map((v) => (v === null ? '' : v))));
    }
  });

  it('cuts a long tab into parts and sends them in several calls when the blocks are small, with the same cells', async () => {
    const fake = gasFake({ spreadsheetTimeZone: 'Asia/Ho_Chi_Minh' });
    fake.ss.insertSheet('Sheet1');
    const context = loadBundle(fake);
    const sent: { name: string; bytes: number }[] = [];
    installScriptRun(context, sent);
    callEntry(context, 'rpcSaveSettings', { settings });
    const { inputs } = await collectInputs(asSources(await monthFiles()), { progress: () => undefined });
    const progress: string[] = [];
    const out = await consolidateInSidebar(inputs, settings, { progress: (p) => progress.push(p.message), ask: async () => true }, 5_000);
    const writes = sent.filter((s) => s.name === 'rpcWriteTabSlices');
    expect(writes.length).toBeGreaterThan(5);
    const plans = consolidate(inputs, settings).sheets;
    expect(out.names).toEqual(plans.map((p) => p.name));
    const long = plans.reduce((a, b) => (a.cells.length >= b.cells.length ? a : b));
    const sheet = fake.ss.peekSheet(long.name);
    expect(long.cells.map((line, r) => line.map((_v, c) => sheet.peekValue(r + 1, c + 1) ?? ''))).toEqual(long.cells.map((line) => line.map((v) => (v === null ? '' : v))));
  });
});
