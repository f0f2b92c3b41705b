export * from './plan.js';
export * from './build-data-plan.js';
export * from './status-rules.js';
