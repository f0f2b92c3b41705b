/**
 * Entry points only. Apps Script calls top-level functions by name (menu items,
 * google.script.run); gas-webpack-plugin turns each `global.x = x` below into a
 * top-level `function x() {}` in the bundle. Logic lives in the imported modules.
 */
import { rpc } from './rpc.js';
import type { CellRequest, CheckRequest, ConsolidateRequest, LiveRequest, MappingRequest, ReportsRequest } from './rpc-types.js';
import { continueCheck, startCheck } from './run-check.js';
import { continueLive, startLive } from './run-live.js';
import { consolidateSheets, continueTabs, makeReports, openDaysOffSheet } from './run-tabs.js';
import { officeSettingsFor, writeTabSlices } from './run-file-tabs.js';
import type { FileSlicesRequest } from './rpc-files-types.js';
import { getSidebarState, previewSheet, saveMapping, selectCell, storeSettings } from './sidebar-api.js';
import { buildMenu, openSidebar, runsAsAddOn } from './ui.js';
import type { Settings } from '../../core/index.js';

declare const global: Record<string, unknown>;

function onOpen(): void {
  buildMenu(runsAsAddOn());
}

function onInstall(): void {
  onOpen();
}

function showSidebar(): void {
  openSidebar(null);
}

function menuKiemTraHan(): void {
  openSidebar('check');
}

function menuTaoPhuLuc(): void {
  openSidebar('reports');
}

function menuTongHop(): void {
  openSidebar('consolidate');
}

function menuCaiDat(): void {
  openSidebar('settings');
}

function rpcGetSidebarState() {
  return rpc(getSidebarState);
}

function rpcPreviewSheet(request: { sheetName?: string; settings: Settings }) {
  return rpc(() => previewSheet(request));
}

function rpcSaveMapping(request: MappingRequest) {
  return rpc(() => saveMapping(request));
}

function rpcSaveSettings(request: { settings: Settings }) {
  return rpc(() => storeSettings(request));
}

function rpcStartCheck(request: CheckRequest) {
  return rpc(() => startCheck(request));
}

function rpcContinueCheck(token: string) {
  return rpc(() => continueCheck(token));
}

function rpcMakeReports(request: ReportsRequest) {
  return rpc(() => makeReports(request));
}

function rpcContinueTabs(token: string) {
  return rpc(() => continueTabs(token));
}

function rpcConsolidate(request: ConsolidateRequest) {
  return rpc(() => consolidateSheets(request));
}

function rpcOpenDaysOff(request: { settings: Settings }) {
  return rpc(() => openDaysOffSheet(request));
}

function rpcOfficeSettings(request: { settings: Settings }) {
  return rpc(() => officeSettingsFor(request));
}

function rpcWriteTabSlices(request: FileSlicesRequest) {
  return rpc(() => writeTabSlices(request));
}

function rpcStartLive(request: LiveRequest) {
  return rpc(() => startLive(request));
}

function rpcContinueLive(token: string) {
  return rpc(() => continueLive(token));
}

function rpcSelectCell(request: CellRequest) {
  return rpc(() => selectCell(request));
}

global.onOpen = onOpen;
global.onInstall = onInstall;
global.showSidebar = showSidebar;
global.menuKiemTraHan = menuKiemTraHan;
global.menuTaoPhuLuc = menuTaoPhuLuc;
global.menuTongHop = menuTongHop;
global.menuCaiDat = menuCaiDat;
global.rpcGetSidebarState = rpcGetSidebarState;
global.rpcPreviewSheet = rpcPreviewSheet;
global.rpcSaveMapping = rpcSaveMapping;
global.rpcSaveSettings = rpcSaveSettings;
global.rpcStartCheck = rpcStartCheck;
global.rpcContinueCheck = rpcContinueCheck;
global.rpcMakeReports = rpcMakeReports;
global.rpcConsolidate = rpcConsolidate;
global.rpcContinueTabs = rpcContinueTabs;
global.rpcOpenDaysOff = rpcOpenDaysOff;
global.rpcSelectCell = rpcSelectCell;
global.rpcOfficeSettings = rpcOfficeSettings;
global.rpcWriteTabSlices = rpcWriteTabSlices;
global.rpcStartLive = rpcStartLive;
global.rpcContinueLive = rpcContinueLive;
