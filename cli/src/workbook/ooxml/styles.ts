/**
 * Appends the tool's cell formats to a workbook's styles.xml without changing the
 * existing ones: the user's cells keep their style indices; a colored due cell gets a
 * copy of its own format with the status fill and font color. Equal entries are reused,
 * so re-running does not grow the file.
 */
import type { CellStyle } from '../../../../core/index.js';
import { attr, elements, escapeXml, section, setAttr } from './xml.js';

/** Built-in number formats (ECMA-376 §18.8.30) the plans use. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const FONT_ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

export class UnsupportedStylesError extends Error {
  override readonly name = 'UnsupportedStylesError';
}

export class StylesPatch {
  private readonly formats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly newFormats: string[] = [];
  private readonly lists: Record<'font' | 'fill' | 'border' | 'xf', { items: string[]; index: Map<string, number>; added: number }>;

  constructor(private readonly xml: string) {
    const numFmts = section(xml, 'numFmts');
    for (const f of elements(numFmts?.inner ?? '', 'numFmt')) {
      const id = Number(attr(f, 'numFmtId'));
      const code = attr(f, 'formatCode');
      if (code !== null && !this.formats.has(code)) this.formats.set(code, id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
    const list = (outer: string, tag: string) => {
      const found = section(xml, outer);
      if (!found) throw new UnsupportedStylesError(`styles.xml has no <${outer}>`);
      const items = elements(found.inner, tag);
      const index = new Map<string, number>();
      items.forEach((item, i) => index.has(item) || index.set(item, i));
      return { items, index, added: 0 };
    };
    this.lists = { font: list('fonts', 'font'), fill: list('fills', 'fill'), border: list('borders', 'border'), xf: list('cellXfs', 'xf') };
  }

  /** The id of a number format code, adding a custom one when needed. */
  formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(code, id);
      this.newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  /** The cellXfs index of a plan style; absent font properties come from `baseFont` (default: the Normal font). */
  xfFor(style: CellStyle, border: { color: string } | null = style.border ? { color: '000000' } : null): number {
    const fontId = this.add('font', fontWith(this.lists.font.items[0] ?? '<font/>', style));
    const fillId = style.fill ? this.add('fill', solidFill(style.fill)) : 0;
    const borderId = border ? this.add('border', thinBorder(border.color)) : 0;
    const numFmtId = style.numberFormat === undefined ? 0 : this.formatId(style.numberFormat);
    const alignment = alignmentXml(style);
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
      `${alignment ? ' applyAlignment="1"' : ''}`;
    return this.add('xf', alignment ? `<xf ${attrs}>${alignment}</xf>` : `<xf ${attrs}/>`);
  }

  /** A copy of cellXfs[xf] with a solid fill and/or a font color (null leaves that part). */
  recolor(xf: number, fill: string | null, fontColor: string | null): number {
    const item = this.lists.xf.items[xf] ?? this.lists.xf.items[0];
    const open = /^<xf\b([^>]*?)(\/?)>/.exec(item)!;
    let attrs = open[1];
    if (fill) attrs = setAttr(setAttr(attrs, 'fillId', String(this.add('fill', solidFill(fill)))), 'applyFill', '1');
    if (fontColor) {
      const font = this.lists.font.items[Number(attr(attrs, 'fontId') ?? 0)] ?? this.lists.font.items[0];
      attrs = setAttr(setAttr(attrs, 'fontId', String(this.add('font', fontWith(font, { fontColor })))), 'applyFont', '1');
    }
    return this.add('xf', `<xf${attrs}${item.slice(open[0].length - (open[2] ? 2 : 1))}`);
  }

  /** A copy of cellXfs[xf] without fill and without font color: what a previous run's color is reset to. */
  uncolor(xf: number): number {
    const item = this.lists.xf.items[xf] ?? this.lists.xf.items[0];
    const open = /^<xf\b([^>]*?)(\/?)>/.exec(item)!;
    const font = this.lists.font.items[Number(attr(open[1], 'fontId') ?? 0)] ?? this.lists.font.items[0];
    const attrs = setAttr(setAttr(open[1], 'fillId', '0'), 'fontId', String(this.add('font', fontWith(font, { fontColor: null }))));
    return this.add('xf', `<xf${attrs}${item.slice(open[0].length - (open[2] ? 2 : 1))}`);
  }

  /** styles.xml with the added entries and counts. */
  serialize(): string {
    let xml = this.xml;
    const replace = (outer: string, key: keyof StylesPatch['lists']) => {
      const list = this.lists[key];
      if (list.added === 0) return;
      const found = section(xml, outer)!;
      const open = setAttr(found.open.replace(/>$/, '').replace(/^<\w+/, ''), 'count', String(list.items.length));
      xml = `${xml.slice(0, found.start)}<${outer}${open}>${list.items.join('')}</${outer}>${xml.slice(found.end)}`;
    };
    // Later sections first would not matter: each replace searches the current text.
    replace('cellXfs', 'xf');
    replace('borders', 'border');
    replace('fills', 'fill');
    replace('fonts', 'font');
    if (this.newFormats.length > 0) {
      const found = section(xml, 'numFmts');
      if (found) {
        const all = elements(found.inner, 'numFmt').concat(this.newFormats);
        xml = `${xml.slice(0, found.start)}<numFmts count="${all.length}">${all.join('')}</numFmts>${xml.slice(found.end)}`;
      } else {
        const open = /<styleSheet\b[^>]*>/.exec(xml)!;
        const at = open.index + open[0].length;
        xml = `${xml.slice(0, at)}<numFmts count="${this.newFormats.length}">${this.newFormats.join('')}</numFmts>${xml.slice(at)}`;
      }
    }
    return xml;
  }

  private add(key: keyof StylesPatch['lists'], item: string): number {
    const list = this.lists[key];
    const known = list.index.get(item);
    if (known !== undefined) return known;
    list.items.push(item);
    list.added++;
    list.index.set(item, list.items.length - 1);
    return list.items.length - 1;
  }
}

/** A font element from a base font with the plan's changes; an explicit name drops the theme scheme. */
export function fontWith(base: string, style: Pick<CellStyle, 'fontName' | 'fontSize' | 'bold' | 'italic'> & { fontColor?: string | null }): string {
  const parts = new Map<string, string>();
  for (const child of base.replace(/^<font\b[^>]*>|<\/font>$|^<font\b[^>]*\/>$/g, '').match(/<(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g) ?? []) {
    parts.set(/^<(\w+)/.exec(child)![1], child);
  }
  if (style.bold !== undefined) style.bold ? parts.set('b', '<b/>') : parts.delete('b');
  if (style.italic !== undefined) style.italic ? parts.set('i', '<i/>') : parts.delete('i');
  if (style.fontSize !== undefined) parts.set('sz', `<sz val="${style.fontSize}"/>`);
  if (style.fontColor !== undefined) style.fontColor === null ? parts.delete('color') : parts.set('color', `<color rgb="${argb(style.fontColor)}"/>`);
  if (style.fontName !== undefined) {
    parts.set('name', `<name val="${escapeXml(style.fontName)}"/>`);
    parts.delete('scheme');
    parts.delete('family');
    parts.delete('charset');
  }
  const ordered = FONT_ORDER.filter((tag) => parts.has(tag)).map((tag) => parts.get(tag)!);
  return `<font>${ordered.join('')}</font>`;
}

export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

function solidFill(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function thinBorder(hex: string): string {
  const edge = (tag: string) => `<${tag} style="thin"><color rgb="${argb(hex)}"/></${tag}>`;
  return `<border>${edge('left')}${edge('right')}${edge('top')}${edge('bottom')}<diagonal/></border>`;
}

function alignmentXml(style: CellStyle): string {
  const parts: string[] = [];
  if (style.hAlign) parts.push(`horizontal="${style.hAlign}"`);
  if (style.vAlign) parts.push(`vertical="${style.vAlign}"`);
  if (style.wrap) parts.push('wrapText="1"');
  if (style.indent) parts.push(`indent="${style.indent}"`);
  return parts.length > 0 ? `<alignment ${parts.join(' ')}/>` : '';
}
