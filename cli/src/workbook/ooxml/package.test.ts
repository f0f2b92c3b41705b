import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSheet, dayFromYmd, defaultSettings, type CheckResult } from '../../../../core/index.js';
import { loadInput } from '../../files/load-input.js';
import { reportTabs } from '../write-check.js';
import { patchPackage, type PatchRequest } from './package.js';
import { isLazyPart, partData, partText, readZip, writeZip, ZipWriter, type ZipPart } from './zip.js';

const SAMPLE = 'samples/xa-dan-tu-excel.xlsx';
const settings = defaultSettings(dayFromYmd({ y: 2025, m: 6, d: 30 }));

async function request(): Promise<{ result: CheckResult; req: PatchRequest }> {
  const input = await loadInput(SAMPLE);
  const result = checkSheet(input.sheets[0], settings);
  return {
    result,
    req: { dataSheetName: 'Sổ theo dõi', dataPlan: result.plan, tabs: reportTabs(result, settings), legendTitle: 'Chú giải (Đúng Hạn)' },
  };
}

const names = (parts: readonly ZipPart[]) => parts.map((p) => p.name);

describe('writeZip / readZip', () => {
  it('copies unchanged parts byte for byte and round-trips a new one', () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const parts = readZip(bytes);
    const again = readZip(writeZip([...parts, { name: 'x/new.xml', data: new TextEncoder().encode('<a>ạ</a>') }]));
    expect(names(again)).toEqual([...names(parts), 'x/new.xml']);
    for (const part of parts) expect([part.name, Buffer.from(partData(again.find((p) => p.name === part.name)!)).equals(Buffer.from(partData(part)))]).toEqual([part.name, true]);
    expect(partText(again.at(-1)!)).toBe('<a>ạ</a>');
  });
});

describe('patchPackage', () => {
  it('changes only the data sheet, styles, workbook, its relationships and content types, and adds one part per tab', async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const parts = readZip(bytes);
    const { req } = await request();
    const out = patchPackage(parts, req);
    const changed = out.filter((p) => !parts.includes(p)).map((p) => p.name);
    // Tabs with charts also get a drawing, its chart parts and the relationships between them.
    const drawn: string[] = [];
    let drawing = 0;
    let chart = 0;
    req.tabs.forEach((tab, i) => {
      if (tab.charts.length === 0) return;
      drawing++;
      drawn.push(`xl/worksheets/_rels/sheet${i + 2}.xml.rels`, `xl/drawings/drawing${drawing}.xml`, `xl/drawings/_rels/drawing${drawing}.xml.rels`);
      for (const _ of tab.charts) drawn.push(`xl/charts/chart${++chart}.xml`);
    });
    expect(chart).toBeGreaterThanOrEqual(3);
    expect([...changed].sort()).toEqual(
      [
        '[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml',
        ...req.tabs.map((_, i) => `xl/worksheets/sheet${i + 2}.xml`), ...drawn,
      ].sort(),
    );
    // Unchanged parts come out of the written file with the same bytes.
    const written = readZip(writeZip(out));
    const untouched = parts.filter((p) => out.includes(p));
    expect(untouched.length).toBeGreaterThan(0);
    for (const p of untouched) expect([p.name, Buffer.from(partData(written.find((q) => q.name === p.name)!)).equals(Buffer.from(partData(p)))]).toEqual([p.name, true]);
  });

  it('replaces its tabs on a re-run: same sheet list, no orphan parts, styles.xml stops growing', async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const { req } = await request();
    const first = writeZip(patchPackage(readZip(bytes), req));
    const second = writeZip(patchPackage(readZip(first), { ...req, dataPlan: { ...req.dataPlan!, clear: { row: 3, col: 15, rows: 253, cols: 5 }, resetFormats: { row: 4, col: 10, rows: 252, cols: 1 } } }));
    const third = writeZip(patchPackage(readZip(second), { ...req, dataPlan: { ...req.dataPlan!, clear: { row: 3, col: 15, rows: 253, cols: 5 }, resetFormats: { row: 4, col: 10, rows: 252, cols: 1 } } }));
    const sheetsOf = (b: Uint8Array) => [...partText(readZip(b).find((p) => p.name === 'xl/workbook.xml')!).matchAll(/<sheet name="([^"]+)"|<sheet sheetId="\d+" name="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(sheetsOf(second)).toEqual(sheetsOf(first));
    expect(names(readZip(second)).sort()).toEqual(names(readZip(first)).sort());
    const xfCount = (b: Uint8Array) => /<cellXfs count="(\d+)"/.exec(partText(readZip(b).find((p) => p.name === 'xl/styles.xml')!))![1];
    expect(xfCount(third)).toBe(xfCount(second));
  });
});

describe('patchPackage with lazy tabs', () => {
  it('writes the same parts as the eager package, the tabs made while the ZIP is written and styles.xml last', async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const { req } = await request();
    const eager = readZip(writeZip(patchPackage(readZip(bytes), req)));
    const lazy = patchPackage(readZip(bytes), req, true);
    expect(lazy.filter(isLazyPart).length).toBeGreaterThan(3);
    const chunks: Uint8Array[] = [];
    const writer = new ZipWriter((chunk) => chunks.push(chunk));
    writer.addAll(lazy);
    writer.finish();
    const written = readZip(new Uint8Array(Buffer.concat(chunks)));
    expect(written.at(-1)!.name).toBe('xl/styles.xml');
    expect(names(written).sort()).toEqual(names(eager).sort());
    // Chart tabs are made first, so format numbers may come in another order: same formats, same cells.
    const xfs = (xml: string) => /<cellXfs count="(\d+)"/.exec(xml)![1];
    const unstyled = (xml: string) => xml.replace(/ s="\d+"/g, '');
    for (const p of eager) {
      const got = partText(written.find((q) => q.name === p.name)!);
      if (p.name === 'xl/styles.xml') expect(xfs(got)).toBe(xfs(partText(p)));
      else expect([p.name, unstyled(got)]).toEqual([p.name, unstyled(partText(p))]);
    }
  });
});
