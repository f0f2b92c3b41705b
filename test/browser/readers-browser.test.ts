/**
 * The file readers (readers/) bundled for the browser by webpack and run in headless
 * Chromium give the same grids as in Node, cell for cell, on every sample and on the
 * bad files of a month (payroll, note, password-protected, corrupt, binary .xls).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import webpack from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileBytes } from '../../readers/index.js';
import { monthFiles, SAMPLES_DIR } from '../fixtures/unit-files.js';
import { haveChromium, launch, ROOT } from './pane-hosts.js';

function bundle(out: string): Promise<string> {
  const compiler = webpack({
    mode: 'production',
    target: 'web',
    entry: join(ROOT, 'test', 'browser', 'readers-entry.ts'),
    output: { path: out, filename: 'readers.js' },
    resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'ES2020', moduleResolution: 'Bundler', noEmit: false } } } }] },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
      else compiler.close(() => resolve(readFileSync(join(out, 'readers.js'), 'utf8')));
    }),
  );
}

describe.skipIf(!haveChromium)('the readers in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let out: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'dunghan-readers-'));
    const script = await bundle(out);
    browser = await launch();
    page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><meta charset="utf-8"><title>readers</title>');
    await page.addScriptTag({ content: script });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  const inBrowser = async (bytes: Uint8Array, name: string) =>
    JSON.parse(await page.evaluate(([b64, n]) => (window as unknown as { dungHanReaders: { read: (b: string, n: string) => string } }).dungHanReaders.read(b64, n), [Buffer.from(bytes).toString('base64'), name] as const)) as unknown;
  const inNode = (bytes: Uint8Array, name: string) => JSON.parse(JSON.stringify(readFileBytes(bytes, name))) as unknown;

  const samples = readdirSync(SAMPLES_DIR).filter((f) => /\.(xlsx|csv|xls)$/.test(f));
  for (const file of samples) {
    it(`${file}: the same sheets, cells, encoding and problems as in Node`, async () => {
      const bytes = new Uint8Array(readFileSync(join(SAMPLES_DIR, file)));
      const browserRead = await inBrowser(bytes, 'x');
      expect((browserRead as { ok: boolean }).ok).toBe(true);
      expect(browserRead).toEqual(inNode(bytes, 'x'));
    });
  }

  it('the bad files of a month: the same reason or the same grids as in Node', async () => {
    for (const f of await monthFiles()) expect(await inBrowser(f.bytes, f.name), f.name).toEqual(inNode(f.bytes, f.name));
  });
});
