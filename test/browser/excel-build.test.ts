/**
 * The production build of the add-in (webpack, office-addin/webpack.config.cjs) into a
 * temporary folder with ADDIN_BASE_URL set: the manifest points at that host, the pane
 * loads only Office.js from outside, and its Content-Security-Policy says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BASE = 'https://dunghan.example.gov.vn/addin/';
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'dunghan-addin-'));
  const webpack = join(ROOT, 'node_modules', '.bin', 'webpack');
  execFileSync(webpack, ['--config', 'office-addin/webpack.config.cjs', '--mode', 'production', '--output-path', out], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: BASE.replace(/\/$/, '') },
    stdio: 'pipe',
    timeout: 300_000,
  });
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run build:addin', () => {
  it('writes the pane, the function file, the icons and the manifest', () => {
    for (const file of ['taskpane.html', 'taskpane.js', 'taskpane.css', 'commands.html', 'commands.js', 'help.html', 'manifest.xml', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
  });

  it('rewrites every manifest URL from https://localhost:3000/ to ADDIN_BASE_URL', () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    const urls = [...manifest.matchAll(/DefaultValue="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(urls).toContain(`${BASE}taskpane.html`);
  });

  it('loads only office.js from outside, under a CSP that allows nothing else', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'taskpane.js']);
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
    const bundle = readFileSync(join(out, 'taskpane.js'), 'utf8');
    // Preact names the XML namespaces (svg, xhtml, MathML) by their w3.org URIs; core-js (the ES5 polyfills) names
    // its repository in its licence line and parses "https://a" and "https://x" to test the browser's URL object.
    // Nothing is fetched from any of them.
    const inert = new Set(['http://www.w3.org', 'https://github.com', 'https://a', 'https://x']);
    const hosts = (bundle.match(/https?:\/\/[a-z0-9.-]+/gi) ?? []).filter((u) => !inert.has(u));
    expect(hosts).toEqual([]);
  });
});
