export * from './dossier.js';
export * from './read-result.js';
