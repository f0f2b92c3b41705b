/**
 * The install guides name real things: every relative link of docs/ and of the READMEs
 * that point at it opens a file of the repository, and every repository path a guide
 * quotes (`core/…`, `office-addin/…`, …) exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const GUIDES = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f));
const FILES = [...GUIDES, 'README.md', 'office-addin/README.md', 'apps-script/README.md'];
const TOP = /^(core|cli|test|office-addin|apps-script|scripts|docs)\/[\w./-]*$/;
/** Paths a guide tells the reader to create (git-ignored). */
const CREATED_BY_READER = new Set(['apps-script/.clasp.json']);

describe('install guides', () => {
  it('exist for every route the issue names, each Vietnamese first then English', () => {
    expect(GUIDES.sort()).toEqual([
      'docs/README.md',
      'docs/excel-microsoft-365.md',
      'docs/excel-thu-muc-dung-chung.md',
      'docs/excel-web-mot-nguoi.md',
      'docs/lich-nghi-moi.md',
      'docs/phat-hanh.md',
      'docs/sheets-ban-mau.md',
      'docs/sheets-clasp.md',
      'docs/sheets-quyen.md',
      'docs/sheets-workspace.md',
    ]);
    for (const guide of GUIDES) {
      const text = readFileSync(join(ROOT, guide), 'utf8');
      const vi = text.indexOf('## Tiếng Việt');
      const en = text.indexOf('## English');
      expect(vi, guide).toBeGreaterThan(0);
      expect(en, guide).toBeGreaterThan(vi);
      expect(text, `${guide} says what could not be tried`).toMatch(/chưa (được )?thử/i);
    }
  });

  it.each(FILES)('%s: every relative link and quoted repository path exists', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const missing: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(m[1])) continue;
      if (!existsSync(join(ROOT, dirname(file), m[1]))) missing.push(m[1]);
    }
    for (const m of text.matchAll(/`([^`\s]+)`/g)) {
      if (TOP.test(m[1]) && !CREATED_BY_READER.has(m[1]) && !existsSync(join(ROOT, m[1]))) missing.push(m[1]);
    }
    expect(missing).toEqual([]);
  });

  it('are linked from README.md, office-addin/README.md and apps-script/README.md', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('(docs/README.md)');
    expect(readFileSync(join(ROOT, 'office-addin/README.md'), 'utf8')).toContain('(../docs/README.md)');
    expect(readFileSync(join(ROOT, 'apps-script/README.md'), 'utf8')).toContain('(../docs/README.md)');
  });
});
