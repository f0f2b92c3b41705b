/**
 * Model-based tests of user sessions in Excel (issue 13): random sequences of check,
 * reports, consolidate, editing a data cell, typing an actual date and a note on the
 * tool tab, adding or renaming a sheet with a tool tab's name, switching the active sheet
 * and rerunning. After every step: no user cell, format or sheet changed or deleted,
 * typed dates and notes never lost, and a rerun with no edit leaves the workbook identical.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { dayFromYmd, defaultSettings } from '../../core/index.js';
import { FakeExcel, FakeWorkbook } from '../../test/fakes/excel-fake.js';
import { exportGrid } from '../../test/fakes/excel-export-grid.js';
import { checkInvariants, DATA, excelCommands, recordUserSheet, type ExcelModel, type ExcelReal } from '../../test/fakes/excel-session.js';
import { memoryDocumentStore } from './excel-host.js';
import { createWorkbookStore } from './workbook-store.js';

const ROWS = 24;

function start(apiVersion: string): { model: ExcelModel; real: ExcelReal } {
  const book = new FakeWorkbook([DATA]);
  book.fill(DATA, exportGrid(ROWS));
  const sheet = book.getSheet(DATA);
  // The user's own formatting of the due column (J) and their own rule on it.
  for (let r = 4; r <= 3 + ROWS; r++) sheet.setStyle(r, 10, sheet.pool.with(sheet.style(r, 10), 'fill.color', '#DDEBF7'));
  if (apiVersion !== '1.1') sheet.conditionalFormats.push({ type: 'Custom', ranges: [{ row: 4, col: 10, rows: ROWS, cols: 1 }], formula: '=$J4>45500', fill: '#00FF00', fontColor: null });
  const real: ExcelReal = { book, excel: new FakeExcel(book, { apiVersion }), store: createWorkbookStore(memoryDocumentStore()), settings: defaultSettings(dayFromYmd({ y: 2024, m: 6, d: 14 })) };
  const model: ExcelModel = { user: new Map(), typed: new Map() };
  return { model, real };
}

describe('user sessions on the Excel fake', () => {
  for (const api of ['1.9', '1.1']) {
    it(`never lose the user's work (ExcelApi ${api})`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(excelCommands(ROWS), { maxCommands: 9 }), async (cmds) => {
          const { model, real } = start(api);
          recordUserSheet(model, real, DATA);
          await fc.asyncModelRun(() => {
            checkInvariants(model, real);
            return { model, real };
          }, cmds);
        }),
        { numRuns: api === '1.9' ? 14 : 8 },
      );
    }, 300_000);
  }
});
