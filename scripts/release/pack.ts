/**
 * The two zips: what goes in each, read from the build folders, and written with fflate.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';

export type Entries = Record<string, Uint8Array>;

/** Every file of the pane build, by path inside it; not dist/node (the CLI), dotfiles or the built manifest. */
export function excelBuildEntries(dir: string): Entries {
  const entries: Entries = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      const rel = relative(dir, full).split(sep).join('/');
      if (name.startsWith('.') || rel === 'node' || rel === 'manifest.xml') continue;
      if (statSync(full).isDirectory()) walk(full);
      else entries[rel] = readFileSync(full);
    }
  };
  walk(dir);
  return entries;
}

/** The Sheets add-on's three files: the bundle and sidebar from the build, the manifest from the source. */
export function sheetsEntries(buildDir: string, appsscriptJson: string): Entries {
  const entries: Entries = {};
  for (const name of ['Code.js', 'sidebar.html']) entries[name] = readFileSync(join(buildDir, name));
  if (!existsSync(appsscriptJson)) throw new Error(`release: ${appsscriptJson} is missing`);
  entries['appsscript.json'] = readFileSync(appsscriptJson);
  return entries;
}

export const text = (s: string): Uint8Array => strToU8(s);

/** A zip of the entries, in path order. */
export function zipEntries(entries: Entries): Uint8Array {
  const zippable: Zippable = {};
  for (const path of Object.keys(entries).sort()) zippable[path] = [entries[path], { level: /\.png$/.test(path) ? 0 : 9 }];
  return zipSync(zippable);
}
