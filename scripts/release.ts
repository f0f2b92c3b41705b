/**
 * Release artifacts, one command:
 *
 *   ADDIN_BASE_URL=https://tinh.example.gov.vn/dunghan/ npm run release [-- --out DIR] [-- --reuse]
 *
 * writes DIR (default release/):
 *   dung-han-excel-<version>.zip   the built task pane + manifest.xml whose every URL starts
 *                                  with ADDIN_BASE_URL, ready for any static HTTPS host
 *   dung-han-sheets-<version>.zip  Code.js, sidebar.html, appsscript.json, ready to paste
 *                                  into a script project or to push with clasp
 *   SHA256SUMS.txt                 checksums of both, for whoever receives them
 * `--reuse` packages dist/ and apps-script/dist/ when they are newer than their sources
 * (as right after `npm run build`) instead of building again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_VERSION, calendarDataLabel } from '../core/version.js';
import { prepareBuilds } from './release/builds.js';
import { normalizeBaseUrl, releaseManifest } from './release/manifest.js';
import { excelBuildEntries, sheetsEntries, text, zipEntries } from './release/pack.js';
import { excelReadme, sheetsReadme } from './release/readme.vi.js';

const ROOT = resolve(import.meta.dirname, '..');

interface Args {
  out: string;
  reuse: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { out: join(ROOT, 'release'), reuse: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--reuse') args.reuse = true;
    else if (argv[i] === '--out' && argv[i + 1]) args.out = resolve(argv[++i]);
    else throw new RangeError(`release: unknown argument ${argv[i]} (expected --out DIR, --reuse)`);
  }
  return args;
}

/** Builds (or reuses) both hosts and writes the zips; returns their paths. */
function release(base: string, args: Args): { excel: string; sheets: string; built: string[] } {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  if (version !== APP_VERSION) throw new Error(`release: package.json says ${version} but core/version.ts says ${APP_VERSION}`);
  const calendar = calendarDataLabel();
  const stage = mkdtempSync(join(tmpdir(), 'dunghan-release-'));
  try {
    const dirs = prepareBuilds(ROOT, stage, base, args.reuse);
    const excel = excelBuildEntries(dirs.excel);
    excel['manifest.xml'] = text(releaseManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), base, version));
    excel['HUONG-DAN.txt'] = text(excelReadme({ version, calendar, base }));
    const sheets = sheetsEntries(dirs.sheets, join(ROOT, 'apps-script', 'appsscript.json'));
    sheets['HUONG-DAN.txt'] = text(sheetsReadme({ version, calendar }));

    mkdirSync(args.out, { recursive: true });
    const paths = { excel: join(args.out, `dung-han-excel-${version}.zip`), sheets: join(args.out, `dung-han-sheets-${version}.zip`) };
    const sums: string[] = [];
    for (const [path, entries] of [[paths.excel, excel], [paths.sheets, sheets]] as const) {
      const zip = zipEntries(entries);
      writeFileSync(path, zip);
      sums.push(`${createHash('sha256').update(zip).digest('hex')}  ${path.slice(args.out.length + 1)}`);
    }
    writeFileSync(join(args.out, 'SHA256SUMS.txt'), `${sums.join('\n')}\n`);
    return { ...paths, built: dirs.built };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function main(): number {
  try {
    const args = parseArgs(process.argv.slice(2));
    const base = normalizeBaseUrl(process.env.ADDIN_BASE_URL);
    const out = release(base, args);
    console.log(`Đúng Hạn ${APP_VERSION} — ${calendarDataLabel()}`);
    console.log(`Địa chỉ máy chủ / host: ${base}`);
    console.log(`Dựng lại / built: ${out.built.length > 0 ? out.built.join(', ') : 'không (dùng lại dist/) / none (reused dist/)'}`);
    console.log(out.excel);
    console.log(out.sheets);
    return 0;
  } catch (error) {
    console.error(error instanceof RangeError ? error.message : error);
    return 2;
  }
}

process.exitCode = main();
