#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/node by `npm run build:cli` (run by `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// A large check makes short-lived garbage at hundreds of MB per second; V8 by default lets
// the heap grow to several times what is live before a full collection. Growing by 30 %
// keeps a 100,000-row check under 400 MB at about the same speed (README, Performance).
setFlagsFromString('--heap-growing-percent=30');

const entry = new URL('../dist/node/cli/src/dunghan.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('Chưa biên dịch dunghan. Hãy chạy: npm install (hoặc npm run build:cli).');
  console.error('dunghan is not built yet. Run: npm install (or npm run build:cli).');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
