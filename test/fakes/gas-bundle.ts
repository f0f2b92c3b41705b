/**
 * Runs the BUILT add-on (apps-script/dist/Code.js) in node:vm with the Apps Script fake
 * as its globals. Builds it first (`npm run build:gas`) when missing or older than its
 * sources; a lock directory keeps parallel test files from building at once.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import type { GasFake } from './gas-fake.js';

const ROOT = join(import.meta.dirname, '..', '..');
export const BUNDLE = join(ROOT, 'apps-script', 'dist', 'Code.js');
export const SIDEBAR_HTML = join(ROOT, 'apps-script', 'dist', 'sidebar.html');
const LOCK = join(ROOT, 'apps-script', 'dist', '.build-lock');

/** Every top-level function Apps Script must find by name. */
export const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'showSidebar',
  'menuKiemTraHan',
  'menuTaoPhuLuc',
  'menuTongHop',
  'menuCaiDat',
  'rpcGetSidebarState',
  'rpcPreviewSheet',
  'rpcSaveMapping',
  'rpcSaveSettings',
  'rpcStartCheck',
  'rpcContinueCheck',
  'rpcMakeReports',
  'rpcConsolidate',
  'rpcContinueTabs',
  'rpcOpenDaysOff',
  'rpcSelectCell',
  'rpcOfficeSettings',
  'rpcWriteTabSlices',
  'rpcStartLive',
  'rpcContinueLive',
] as const;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|html|css|json|cjs)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!existsSync(BUNDLE) || !existsSync(SIDEBAR_HTML)) return false;
  const built = Math.min(statSync(BUNDLE).mtimeMs, statSync(SIDEBAR_HTML).mtimeMs);
  const sources = Math.max(newestSource(join(ROOT, 'apps-script', 'src')), newestSource(join(ROOT, 'core')), newestSource(join(ROOT, 'pane')), newestSource(join(ROOT, 'readers')), statSync(join(ROOT, 'apps-script', 'webpack.config.cjs')).mtimeMs);
  return built >= sources;
}

/** Builds the bundle unless a fresh one exists. */
export function ensureBundle(): void {
  if (isFresh()) return;
  mkdirSync(join(ROOT, 'apps-script', 'dist'), { recursive: true });
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('gas-bundle: timed out waiting for another build');
      execSync('sleep 1');
    }
  }
  try {
    if (!isFresh()) {
      execSync('npm run build:gas', { cwd: ROOT, stdio: 'pipe' });
      // webpack leaves an output it would write unchanged as it was (older than the sources): mark both as built now.
      const now = new Date();
      for (const file of [BUNDLE, SIDEBAR_HTML]) utimesSync(file, now, now);
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** The context the bundle ran in: its globals are the entry points. */
export type BundleContext = Record<string, unknown>;

/** Loads Code.js into a fresh vm context whose globals are the fake services. */
export function loadBundle(fake: GasFake): BundleContext {
  ensureBundle();
  const context = createContext({ ...fake.globals });
  runInContext(readFileSync(BUNDLE, 'utf8'), context, { filename: 'Code.js' });
  return context as BundleContext;
}

/** Calls an entry point the way google.script.run does (JSON in, JSON out). */
export function callEntry<T = unknown>(context: BundleContext, name: string, ...args: unknown[]): T {
  const fn = context[name];
  if (typeof fn !== 'function') throw new Error(`gas-bundle: ${name} is not a global function`);
  const result = (fn as (...a: unknown[]) => unknown)(...args.map((a) => JSON.parse(JSON.stringify(a)) as unknown));
  return (result === undefined ? undefined : JSON.parse(JSON.stringify(result))) as T;
}
