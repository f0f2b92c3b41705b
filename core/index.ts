/** The public surface of core: hosts import from here only. */
export * from './problem.js';
export * from './labels.vi.js';
export * from './calendar/index.js';
export * from './deadline/index.js';
export * from './import/index.js';
export * from './classify/index.js';
export * from './report/index.js';
export * from './plan/index.js';
export * from './consolidate/index.js';
export * from './settings.js';
export * from './check.js';
export * from './settings-store.js';
export * from './plan/days-off-sheet.js';
export * from './settings-defaults.js';
export * from './tool-tabs.js';
export * from './version.js';
export * from './import/agency.js';
