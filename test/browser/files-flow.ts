/**
 * "Tổng hợp từ tệp…" as a user does it, the same script for both shells: the button, the
 * browser's file picker (playwright's setInputFiles on the pane's <input type=file>), the
 * progress per file, then the list of files and the tabs written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { UnitFile } from '../fixtures/unit-files.js';
import { idle, shot } from './pane-flow.js';
import type { Shell } from './pane-hosts.js';

export interface FilesFlowResult {
  progress: string[];
  merged: string[];
  left: string[];
  message: string;
  tabs: string[];
}

/** Writes the files to a folder, as they would sit in the user's Downloads. */
export function filesOnDisk(dir: string, files: readonly UnitFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  return files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    return path;
  });
}

export async function filesFlow(shell: Shell, tag: string, paths: string[]): Promise<FilesFlowResult> {
  const { page } = shell;
  await page.locator('#check').waitFor({ timeout: 20_000 });
  await idle(page);
  // Every progress sentence the pane shows while it works.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const p = document.querySelector('#consolidate-feedback .progress-text');
      const text = p ? p.textContent || '' : '';
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const button = page.locator('#consolidate-files');
  await button.scrollIntoViewIfNeeded();
  expect(await button.innerText()).toBe('Tổng hợp từ tệp…');
  const input = page.locator('#consolidate-files-input');
  expect(await input.getAttribute('accept')).toBe('.xlsx,.xls,.csv,.zip,.htm,.html');
  expect(await input.getAttribute('multiple')).not.toBeNull();
  // The button opens the picker: the chooser event fires, then the files are chosen there.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), button.click()]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(paths);
  await page.locator('#file-outcomes').waitFor({ timeout: 120_000 });
  await idle(page);
  await page.locator('#file-outcomes').scrollIntoViewIfNeeded();
  await shot(page, `${tag}-files-list`);
  await page.locator('#consolidate-feedback').scrollIntoViewIfNeeded();
  await shot(page, `${tag}-files-message`);
  // Each line's parts (file, unit or reason, note) joined by " | ".
  const lines = (sel: string) =>
    page.locator(sel).evaluateAll((lis) => lis.map((li) => Array.prototype.map.call(li.children, (c: Element) => (c.textContent || '').replace(/\s+/g, ' ').trim()).join(' | ')));
  return {
    progress: await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress),
    merged: await lines('#files-merged li'),
    left: await lines('#files-left li'),
    message: (await page.locator('#consolidate-feedback .message').innerText()).trim(),
    tabs: await shell.sheetNames(),
  };
}
