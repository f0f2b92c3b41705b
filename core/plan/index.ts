export * from './plan.js';
export * from './build-data-plan.js';
export * from './status-rules.js';
export * from './slice-plan.js';
