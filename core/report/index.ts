export * from './period.js';
export * from './build-reports.js';
