export * from './day.js';
export * from './days-off.js';
export * from './working-days.js';
