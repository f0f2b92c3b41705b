export * from './day.js';
export * from './days-off.js';
export * from './working-days.js';
export * from './lunar.js';
export * from './projection.js';
export * from './days-off-year.js';
export * from './working-hours.js';
export * from './undecided.js';
