/**
 * The two production builds the release packages: the Excel pane (office-addin webpack
 * config) and the Sheets add-on (apps-script webpack config). Either reused from dist/ and
 * apps-script/dist/ when they are newer than every source (`--reuse`, e.g. right after
 * `npm run build`), or built afresh into a staging folder so no stale file of an older
 * build can slip into a zip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildDirs {
  excel: string;
  sheets: string;
  /** What was built rather than reused, for the summary. */
  built: ('excel' | 'sheets')[];
}

/** Files each build must contain; the pane's list is what manifest.xml and taskpane.html load. */
export const EXCEL_REQUIRED = ['taskpane.html', 'taskpane.js', 'taskpane.css', 'commands.html', 'commands.js', 'help.html', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png'];
export const SHEETS_REQUIRED = ['Code.js', 'sidebar.html'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** True when every required file exists and is newer than every source. */
function fresh(dir: string, required: readonly string[], sources: readonly string[]): boolean {
  if (!required.every((f) => existsSync(join(dir, f)))) return false;
  const built = Math.min(...required.map((f) => statSync(join(dir, f)).mtimeMs));
  return built >= Math.max(...sources.map(newest));
}

function webpack(root: string, config: string, outDir: string, base: string): void {
  execFileSync(join(root, 'node_modules', '.bin', 'webpack'), ['--config', config, '--mode', 'production', '--output-path', outDir], {
    cwd: root,
    env: { ...process.env, ADDIN_BASE_URL: base },
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 600_000,
  });
}

/** The folders to package, building what is missing or stale (or everything, without `reuse`). */
export function prepareBuilds(root: string, stage: string, base: string, reuse: boolean): BuildDirs {
  const core = join(root, 'core');
  const excelSources = [core, join(root, 'office-addin', 'src'), join(root, 'office-addin', 'assets'), join(root, 'office-addin', 'webpack.config.cjs')];
  const sheetsSources = [core, join(root, 'apps-script', 'src'), join(root, 'apps-script', 'webpack.config.cjs')];
  const dirs: BuildDirs = { excel: join(root, 'dist'), sheets: join(root, 'apps-script', 'dist'), built: [] };
  if (!reuse || !fresh(dirs.excel, EXCEL_REQUIRED, excelSources)) {
    dirs.excel = join(stage, 'excel');
    webpack(root, 'office-addin/webpack.config.cjs', dirs.excel, base);
    dirs.built.push('excel');
  }
  if (!reuse || !fresh(dirs.sheets, SHEETS_REQUIRED, sheetsSources)) {
    dirs.sheets = join(stage, 'sheets');
    webpack(root, 'apps-script/webpack.config.cjs', dirs.sheets, base);
    dirs.built.push('sheets');
  }
  for (const [dir, required] of [[dirs.excel, EXCEL_REQUIRED], [dirs.sheets, SHEETS_REQUIRED]] as const) {
    const missing = required.filter((f) => !existsSync(join(dir, f)));
    if (missing.length > 0) throw new Error(`release: the build in ${dir} lacks ${missing.join(', ')}`);
  }
  return dirs;
}
