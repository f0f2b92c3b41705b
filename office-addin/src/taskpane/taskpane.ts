/// <reference types="office-js" />
/**
 * The Excel shell of the shared pane (pane/): Office.js ready → the pane with the Excel
 * bridge. The only clock read of the add-in is todayInVietnam() (the default report date).
 */
import { defaultSettings } from '../../../core/index.js';
import { mountPane } from '../../../pane/index.js';
import { todayInVietnam } from '../clock.js';
import { officeDocumentStore, officeExcelHost } from '../excel-host.js';
import { UI } from '../labels.vi.js';
import { createWorkbookStore } from '../workbook-store.js';
import { excelBridge } from './excel-bridge.js';
import { applyOfficeTheme, type OfficeTheme } from './theme.js';

Office.onReady((info) => {
  // Office.js answered: the static "Office could not be reached" message goes away.
  const blocked = document.getElementById('no-office');
  if (blocked) blocked.parentNode?.removeChild(blocked);
  const root = document.getElementById('pane');
  if (!root) return;
  if (String(info.host) !== 'Excel') {
    root.textContent = UI.notExcel;
    root.className = 'not-excel';
    return;
  }
  applyOfficeTheme(Office.context as unknown as { officeTheme?: OfficeTheme }, document.body);
  mountPane(root, excelBridge(officeExcelHost(), createWorkbookStore(officeDocumentStore()), todayInVietnam, defaultSettings));
});
