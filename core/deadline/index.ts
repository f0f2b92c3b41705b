export * from './rule-presets.js';
export * from './period.js';
export * from './due.js';
export * from './supplement.js';
export * from './explain.js';
export * from './months.js';
