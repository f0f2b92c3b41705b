/**
 * `ADDIN_BASE_URL=… npm run release`: the two zips a province hands out. Runs the release
 * script once into a temporary folder with `--reuse` (it packages dist/ and
 * apps-script/dist/ when they are fresh, as after `npm run build`, and builds otherwise),
 * then opens the zips the way a host would.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDataLabel } from '../core/version.js';
import { manifestUrls, normalizeBaseUrl, releaseManifest } from '../scripts/release/manifest.js';
import { ENTRY_POINTS, ensureBundle } from './fakes/gas-bundle.js';
import { gasFake } from './fakes/gas-fake.js';

const ROOT = join(import.meta.dirname, '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const BASE = 'https://dunghan.tinh-mau.gov.vn/phan-bo-tro/';
let out: string;
let excel: Record<string, Uint8Array>;
let sheets: Record<string, Uint8Array>;

beforeAll(() => {
  ensureBundle(); // shares the one locked Sheets build with the other bundle tests
  out = mkdtempSync(join(tmpdir(), 'dunghan-release-test-'));
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/release.ts', '--reuse', '--out', out], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: BASE.replace(/\/$/, '') },
    stdio: 'pipe',
    timeout: 600_000,
  });
  excel = unzipSync(readFileSync(join(out, `dung-han-excel-${VERSION}.zip`)));
  sheets = unzipSync(readFileSync(join(out, `dung-han-sheets-${VERSION}.zip`)));
}, 600_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('npm run release', () => {
  it('writes both zips, named with the version from package.json, and their checksums', () => {
    expect(readdirSync(out).sort()).toEqual(['SHA256SUMS.txt', `dung-han-excel-${VERSION}.zip`, `dung-han-sheets-${VERSION}.zip`]);
    const sums = readFileSync(join(out, 'SHA256SUMS.txt'), 'utf8').trim().split('\n');
    expect(sums.map((l) => l.split(/\s+/)[1])).toEqual([`dung-han-excel-${VERSION}.zip`, `dung-han-sheets-${VERSION}.zip`]);
    for (const line of sums) expect(line).toMatch(/^[0-9a-f]{64}  /);
  });

  it('puts the built pane, its icons and the manifest at the root of the Excel zip, and not the CLI build', () => {
    const names = Object.keys(excel);
    for (const file of ['manifest.xml', 'taskpane.html', 'taskpane.js', 'taskpane.css', 'commands.html', 'commands.js', 'help.html', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'HUONG-DAN.txt']) {
      expect(names, file).toContain(file);
    }
    expect(names.filter((n) => n.startsWith('node/') || n.startsWith('.'))).toEqual([]);
    // Every file taskpane.html and commands.html load from their own host is in the zip.
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = strFromU8(excel[page]);
      const local = [...html.matchAll(/(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1]).filter((u) => !/^https?:/.test(u));
      expect(local.length, page).toBeGreaterThan(0);
      for (const file of local) expect(names, `${page} → ${file}`).toContain(file);
    }
  });

  it('points every URL of the released manifest at the base, with the version from package.json', () => {
    const xml = strFromU8(excel['manifest.xml']);
    const urls = manifestUrls(xml);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(xml).not.toContain('localhost');
    expect(xml).toContain(`<Version>${VERSION}.0</Version>`);
    // Each URL names a file of the zip, so copying the zip to the base serves them all.
    for (const url of urls) expect(Object.keys(excel), url).toContain(url.slice(BASE.length));
  });

  it('has a manifest that office-addin-manifest info parses, offline', () => {
    const file = join(out, 'manifest.xml');
    writeFileSync(file, excel['manifest.xml']);
    const info = execFileSync(join(ROOT, 'node_modules', '.bin', 'office-addin-manifest'), ['info', file], { encoding: 'utf8', timeout: 60_000 });
    rmSync(file);
    expect(info).toContain('Name: Đúng Hạn');
    expect(info).toContain(`Version: ${VERSION}.0`);
    expect(info).toContain(`Source Location: ${BASE}taskpane.html`);
    expect(info).toContain(`Icon Url: ${BASE}assets/icon-32.png`);
  });

  it('puts Code.js, sidebar.html and appsscript.json in the Sheets zip, the manifest as in the repository', () => {
    expect(Object.keys(sheets).sort()).toEqual(['Code.js', 'HUONG-DAN.txt', 'appsscript.json', 'sidebar.html']);
    expect(strFromU8(sheets['appsscript.json'])).toBe(readFileSync(join(ROOT, 'apps-script', 'appsscript.json'), 'utf8'));
    expect(JSON.parse(strFromU8(sheets['appsscript.json'])).oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(strFromU8(sheets['sidebar.html'])).toMatch(/^<!doctype html>/i);
  });

  it('has a Code.js that loads in node:vm with the Apps Script fake and exposes every entry point', () => {
    const fake = gasFake();
    const context = createContext({ ...fake.globals });
    runInContext(strFromU8(sheets['Code.js']), context, { filename: 'Code.js' });
    const globals = context as Record<string, unknown>;
    expect(ENTRY_POINTS.filter((name) => typeof globals[name] !== 'function')).toEqual([]);
    (globals.onOpen as () => void)();
    expect(fake.ui.menus.map((m) => m.title)).toEqual(['Đúng Hạn']);
  });

  it('holds every file docs/phat-hanh.md and docs/sheets-ban-mau.md tell the reader to find in a zip', () => {
    const named = (guide: string) =>
      [...readFileSync(join(ROOT, 'docs', guide), 'utf8').matchAll(/`([\w.-]+\.(?:html|js|css|xml|json|txt|png))`/g)].map((m) => m[1]);
    const inZips = new Set([...Object.keys(excel), ...Object.keys(sheets)].map((p) => p.split('/').pop()!));
    const excelGuide = named('phat-hanh.md');
    expect(excelGuide.length).toBeGreaterThan(8);
    expect(excelGuide.filter((f) => !inZips.has(f) && !['SHA256SUMS.txt', 'package.json'].includes(f))).toEqual([]);
    const sheetsGuide = named('sheets-ban-mau.md');
    expect(sheetsGuide).toEqual(expect.arrayContaining(['Code.js', 'sidebar.html', 'appsscript.json']));
    expect(sheetsGuide.filter((f) => !(f in sheets) && f !== 'Code.gs')).toEqual([]);
  });

  it('tells, inside each zip, the version, the calendar data and where the files go', () => {
    const excelNote = strFromU8(excel['HUONG-DAN.txt']);
    expect([...excel['HUONG-DAN.txt'].slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: old Notepad shows the diacritics
    expect(excelNote).toContain(`ĐÚNG HẠN ${VERSION} CHO EXCEL`);
    expect(excelNote).toContain(calendarDataLabel());
    expect(excelNote).toContain(`${BASE}taskpane.html`);
    expect(excelNote.split('\r\n').length).toBeGreaterThan(10);
    const sheetsNote = strFromU8(sheets['HUONG-DAN.txt']);
    expect(sheetsNote).toContain(`ĐÚNG HẠN ${VERSION} CHO GOOGLE SHEETS`);
    expect(sheetsNote).toContain(calendarDataLabel());
  });
});

describe('release manifest and base URL', () => {
  const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

  it('accepts only an https base, and gives it one trailing slash', () => {
    expect(normalizeBaseUrl('https://tinh.gov.vn/dunghan')).toBe('https://tinh.gov.vn/dunghan/');
    expect(normalizeBaseUrl(' https://tinh.gov.vn/dunghan// ')).toBe('https://tinh.gov.vn/dunghan/');
    expect(() => normalizeBaseUrl(undefined)).toThrow(/Thiếu ADDIN_BASE_URL/);
    expect(() => normalizeBaseUrl('http://tinh.gov.vn/')).toThrow(/https/);
    expect(() => normalizeBaseUrl('tinh.gov.vn/dunghan')).toThrow(/không phải một địa chỉ web/);
    expect(() => normalizeBaseUrl('https://tinh.gov.vn/?v=1')).toThrow(/\?…/);
  });

  it('refuses a manifest that would still load something from elsewhere', () => {
    const stray = source.replace('</Resources>', '<bt:Urls><bt:Url id="X" DefaultValue="https://cdn.example.com/x.js"/></bt:Urls></Resources>');
    expect(() => releaseManifest(stray, BASE, '1.2.3')).toThrow(/cdn\.example\.com/);
    expect(releaseManifest(source, BASE, '1.2.3')).toContain('<Version>1.2.3.0</Version>');
  });

  it('exits 2 with the reason when ADDIN_BASE_URL is missing, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dunghan-release-none-'));
    const env = { ...process.env };
    delete env.ADDIN_BASE_URL;
    let status = 0;
    let stderr = '';
    try {
      execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/release.ts', '--out', join(dir, 'r')], { cwd: ROOT, env, stdio: 'pipe', timeout: 60_000 });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain('Thiếu ADDIN_BASE_URL');
    expect(existsSync(join(dir, 'r'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
