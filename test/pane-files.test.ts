/**
 * "Tổng hợp từ tệp…" through the shared pane's controller and each host's real bridge on
 * its fake: the Excel bridge over the fake Excel (test/fakes/excel-fake.ts). A month's
 * files with bad ones among them: progress per file, the good ones merged under their
 * agency, the others listed with a Vietnamese reason, the tabs written as the sheets'
 * Tổng hợp writes them.
 */
import { describe, expect, it } from 'vitest';
import { CONSOLIDATE_LABELS, defaultSettings, parseIsoDay, type Day } from '../core/index.js';
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
  ['bao-mat.xlsx', false, INPUT_LABELS.fileUnreadable('bao-mat.xlsx', INPUT_LABELS.whatEncrypted)],
  ['hong.xlsx', false, INPUT_LABELS.fileUnreadable('hong.xlsx', INPUT_LABELS.whatBadXlsx)],
  ['cu.xls', false, INPUT_LABELS.binaryXls('cu.xls')],
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
    // The dossier N16 listed twice in every file is a problem counted once per unit (core's duplicate check).
    expect(ctl.state.tabProblems.map((p) => p.code)).toEqual(expect.arrayContaining(['merge.unrecognizedInput']));
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
