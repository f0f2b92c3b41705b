/// <reference types="google-apps-script" />
/** The "Đúng Hạn" menu and the sidebar. */
import { MENU_LABELS, SIDEBAR_LABELS } from './labels.vi.js';
import type { SidebarAction } from './rpc-types.js';

/** Names of the global functions the menu items call (main.ts defines them). */
export const MENU_HANDLERS = {
  check: 'menuKiemTraHan',
  reports: 'menuTaoPhuLuc',
  consolidate: 'menuTongHop',
  settings: 'menuCaiDat',
  sidebar: 'showSidebar',
} as const;

/**
 * Adds the menu. A bound script gets its own "Đúng Hạn" menu; an Editor add-on must use
 * the add-on menu (Extensions → Đúng Hạn). Nothing else runs here: in AuthMode.NONE an
 * add-on's onOpen may not read the spreadsheet or its properties.
 */
export function buildMenu(isAddOn: boolean): void {
  const ui = SpreadsheetApp.getUi();
  const menu = isAddOn ? ui.createAddonMenu() : ui.createMenu(MENU_LABELS.title);
  menu
    .addItem(MENU_LABELS.check, MENU_HANDLERS.check)
    .addItem(MENU_LABELS.reports, MENU_HANDLERS.reports)
    .addItem(MENU_LABELS.consolidate, MENU_HANDLERS.consolidate)
    .addSeparator()
    .addItem(MENU_LABELS.settings, MENU_HANDLERS.settings)
    .addItem(MENU_LABELS.sidebar, MENU_HANDLERS.sidebar)
    .addToUi();
}

/** True when running as an installed Editor add-on rather than a script bound to this file. */
export function runsAsAddOn(): boolean {
  try {
    return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
  } catch {
    // Without the information, the add-on menu works in both cases.
    return true;
  }
}

/**
 * Shows the sidebar (sidebar.html, built with its script and styles inlined). A menu
 * item passes the action for the sidebar to start, so long runs show their progress.
 */
export function openSidebar(action: SidebarAction | null): void {
  let html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(SIDEBAR_LABELS.title);
  if (action !== null) html = html.append(`<script>window.dungHanAction=${JSON.stringify(action)};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}
