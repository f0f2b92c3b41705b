export * from './status.js';
export * from './classified.js';
