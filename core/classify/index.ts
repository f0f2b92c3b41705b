export * from './status.js';
export * from './classified.js';
export * from './classify.js';
export * from './compare-due.js';
export * from './late-on-system.js';
export * from './system-due.js';
