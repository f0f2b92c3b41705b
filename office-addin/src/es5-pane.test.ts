/**
 * Office 2016/2019 volume licences show the pane in Internet Explorer 11: every script
 * taskpane.html (and the ribbon's commands.html) loads from the add-in must parse as
 * ECMAScript 5. The production build goes to a temporary folder; each local <script src>
 * is parsed with acorn at ecmaVersion 5. The only other script is Office.js from
 * Microsoft's CDN, which Microsoft serves for IE11 itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { parse } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'dunghan-es5-'));
  execFileSync(join(ROOT, 'node_modules', '.bin', 'webpack'), ['--config', 'office-addin/webpack.config.cjs', '--mode', 'production', '--output-path', out], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 600_000,
  });
}, 600_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

function scripts(page: string): string[] {
  const html = readFileSync(join(out, page), 'utf8');
  // The minified page may drop the quotes: src=taskpane.js.
  return [...html.matchAll(/<script\b[^>]*\bsrc=("([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[2] ?? m[3] ?? m[4]);
}

describe('the pane is ES5', () => {
  for (const page of ['taskpane.html', 'commands.html']) {
    it(`every script ${page} loads from the add-in parses as ECMAScript 5`, () => {
      const all = scripts(page);
      const local = all.filter((src) => !/^https?:\/\//.test(src));
      expect(local.length).toBeGreaterThan(0);
      expect(all.filter((src) => /^https?:\/\//.test(src))).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
      for (const src of local) {
        const code = readFileSync(join(out, src), 'utf8');
        expect(() => parse(code, { ecmaVersion: 5, sourceType: 'script' }), src).not.toThrow();
      }
    });
  }

  it('brings String.prototype.normalize where the webview lacks it (IE11), as core folds Vietnamese marks with it', () => {
    const samples = ['Ủy ban nhân dân xã Đắk Tân Hưng', 'Ngày hẹn trả', 'Trễ hạn', 'THỜI HẠN GIẢI QUYẾT'];
    for (const page of ['taskpane.js', 'commands.js']) {
      const ctx = createContext({});
      runInContext('delete String.prototype.normalize; var window = this, self = this;', ctx);
      expect(runInContext('typeof String.prototype.normalize', ctx)).toBe('undefined');
      try {
        runInContext(readFileSync(join(out, page), 'utf8'), ctx);
      } catch {
        // The pane's own code stops without Office.js or a DOM; the polyfills ran before it.
      }
      for (const form of ['NFD', 'NFC'] as const) {
        const got = runInContext(`${JSON.stringify(samples.map((t) => t.normalize(form === 'NFD' ? 'NFC' : 'NFD')))}.map(function (t) { return t.normalize('${form}'); })`, ctx) as string[];
        expect([...got], `${page} ${form}`).toEqual(samples.map((t) => t.normalize(form)));
      }
    }
  });

  it('starts where RegExp has no "u" flag and there is no TextDecoder (IE11): the file readers load, the pane gets as far as Office.js', () => {
    const ctx = createContext({});
    runInContext(
      'var window = this, self = this; delete this.TextDecoder; var Native = RegExp;' +
        'RegExp = function (s, f) { if (f && f.indexOf("u") >= 0) throw new SyntaxError("Invalid flags supplied to RegExp constructor"); return new Native(s, f); };' +
        'RegExp.prototype = Native.prototype;',
      ctx,
    );
    let error: Error | null = null;
    try {
      runInContext(readFileSync(join(out, 'taskpane.js'), 'utf8'), ctx);
    } catch (e) {
      error = e as Error;
    }
    // Every module ran (the readers' XML name tables included); the first thing missing is Office itself.
    expect(error?.message).toBe('Office is not defined');
  });

  it('the ES5 check is real: modern syntax is refused', () => {
    expect(() => parse('const f = (a) => a ?? 1;', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });
});
