export * from './live-cell.js';
export * from './excel-functions.js';
export * from './calendar-table.js';
export * from './row-formulas.js';
export * from './reports-live.js';
export * from './build-live-plan.js';
