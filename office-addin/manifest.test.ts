import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const xml = readFileSync(MANIFEST, 'utf8');
const doc = parseDocument(xml, { xmlMode: true });

const all = (name: string): Element[] => DomUtils.getElementsByTagName(name, doc.children, true);
const one = (name: string): Element => {
  const found = all(name);
  expect(found.length, name).toBe(1);
  return found[0];
};
const children = (el: Element) => el.children.filter((c): c is Element => c.type === 'tag');

describe('manifest.xml', () => {
  it('speaks English too: every name, description and string has an en-US override', () => {
    const app = one('OfficeApp');
    const top = (name: string) => children(app).find((c) => c.name === name)!;
    for (const name of ['DisplayName', 'Description']) {
      const overrides = children(top(name)).filter((c) => c.name === 'Override');
      expect(overrides.map((o) => o.attribs.Locale), name).toEqual(['en-US']);
    }
    const strings = all('bt:String');
    expect(strings.length).toBeGreaterThan(3);
    for (const s of strings) expect(children(s).map((c) => [c.name, c.attribs.Locale]), s.attribs.id).toEqual([['bt:Override', 'en-US']]);
    const started = strings.find((s) => s.attribs.id === 'GetStarted.Description')!;
    // The tab as it reads in Vietnamese Excel ("Trang đầu"), and in English.
    expect(started.attribs.DefaultValue).toContain('thẻ Trang đầu');
    expect(children(started)[0].attribs.Value).toContain('Home tab');
  });

  it('parses with office-addin-manifest info, offline', () => {
    const bin = join(ROOT, 'node_modules', '.bin', 'office-addin-manifest');
    expect(existsSync(bin)).toBe(true);
    const out = execFileSync(bin, ['info', MANIFEST], { encoding: 'utf8', timeout: 60_000 });
    expect(out).toContain('Name: Đúng Hạn');
    expect(out).toContain('Hosts: Workbook');
    expect(out).toContain('Permissions: ReadWriteDocument');
    expect(out).toContain('Default Locale: vi-VN');
  });

  it('is a Vietnamese task pane add-in for workbooks that needs only ExcelApi 1.1 (Office 2016) and may read and write the document', () => {
    const app = one('OfficeApp');
    expect(app.attribs['xsi:type']).toBe('TaskPaneApp');
    const top = (name: string) => children(app).find((c) => c.name === name)!;
    expect(DomUtils.textContent(top('DefaultLocale'))).toBe('vi-VN');
    expect(top('DisplayName').attribs.DefaultValue).toBe('Đúng Hạn');
    expect(top('Description').attribs.DefaultValue).toMatch(/^Kiểm tra hạn giải quyết hồ sơ/);
    const hosts = children(children(app).find((c) => c.name === 'Hosts')!).map((h) => h.attribs.Name);
    expect(hosts).toEqual(['Workbook']);
    const sets = all('Set').map((s) => [s.attribs.Name, s.attribs.MinVersion]);
    expect(sets).toEqual([['ExcelApi', '1.1']]);
    expect(DomUtils.textContent(one('Permissions'))).toBe('ReadWriteDocument');
  });

  it('keeps the schema’s element order at the top level', () => {
    const order = children(one('OfficeApp')).map((c) => c.name);
    expect(order).toEqual([
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
      'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides',
    ]);
  });

  it('puts a "Đúng Hạn" button that shows the task pane in a group on the Home tab', () => {
    const tab = one('OfficeTab');
    expect(tab.attribs.id).toBe('TabHome');
    const button = all('Control').find((c) => c.attribs['xsi:type'] === 'Button')!;
    const action = children(button).find((c) => c.name === 'Action')!;
    expect(action.attribs['xsi:type']).toBe('ShowTaskpane');
    const labelId = children(button).find((c) => c.name === 'Label')!.attribs.resid;
    const strings = Object.fromEntries(all('bt:String').map((s) => [s.attribs.id, s.attribs.DefaultValue]));
    expect(strings[labelId]).toBe('Đúng Hạn');
    const groupLabel = children(children(tab).find((c) => c.name === 'Group')!).find((c) => c.name === 'Label')!.attribs.resid;
    expect(strings[groupLabel]).toBe('Đúng Hạn');
  });

  it('lets the pane reach no outside domain and uses https for every URL', () => {
    expect(all('AppDomains')).toEqual([]);
    expect(all('AppDomain')).toEqual([]);
    const urls = [...xml.matchAll(/DefaultValue="(\w+:\/\/[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
  });

  it('points every image at an icon that exists in office-addin/assets', () => {
    const icons = [...xml.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1]);
    expect(new Set(icons)).toEqual(new Set(['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']));
    for (const icon of icons) expect(existsSync(join(ROOT, 'office-addin', 'assets', icon)), icon).toBe(true);
  });
});
