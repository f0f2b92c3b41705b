/**
 * The Sheets shell of the shared pane (pane/): bundled and inlined into sidebar.html at
 * build time. A menu item may set window.dungHanAction before the page finishes loading.
 */
import { mountPane } from '../../../pane/index.js';
import type { SidebarAction } from '../rpc-types.js';
import { sheetsBridge } from './sheets-bridge.js';

declare global {
  interface Window {
    dungHanAction?: SidebarAction;
  }
}

function boot(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const ctl = mountPane(root, sheetsBridge());
  const action = window.dungHanAction || null;
  if (action === null) return;
  // The menu's action starts once the sheet is read.
  const stop = ctl.subscribe((s) => {
    if (s.busy !== null || s.view === null) return;
    stop();
    if (action === 'check') void ctl.check();
    else if (action === 'reports') void ctl.reports();
    else if (action === 'consolidate') void ctl.openConsolidate();
    else if (action === 'settings') ctl.toggle('settings', true);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
