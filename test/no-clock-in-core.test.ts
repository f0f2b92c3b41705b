import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('core/', () => {
  it('never reads the clock, local time or host APIs', () => {
    const forbidden = [/\bnew\s+(?:globalThis\.)?Date\b/, /(?<![.\w])Date\s*\(/, /Date\.now\(/, /\.getDay\(/, /\.getDate\(/, /\.getHours\(/, /\.getMonth\(/, /\.getFullYear\(/, /from 'node:/, /\bfetch\(/, /\bExcel\./, /SpreadsheetApp/];
    const offenders = sourceFiles('core').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return forbidden.filter((re) => re.test(text)).map((re) => `${file}: ${re}`);
    });
    expect(offenders).toEqual([]);
  });
});
