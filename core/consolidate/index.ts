export * from './merge.js';
export * from './duplicates.js';
export * from './ranking.js';
export * from './read-form-06a.js';
