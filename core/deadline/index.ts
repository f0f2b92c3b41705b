export * from './rule-presets.js';
