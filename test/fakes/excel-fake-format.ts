/** Format proxies of the fake: fill, font, alignment, borders, widths, conditional formats. */
import type { FakeRequestContext } from './excel-fake-context.js';
import { FakeExcelError, overlaps, subtractRect, type FakeConditionalFormat } from './excel-fake-model.js';
import type { FakeRange } from './excel-fake-range.js';

export class FakeRangeFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: { name: string; size: number; bold: boolean; italic: boolean; color: string };
  readonly borders: { getItem(index: string): { style: string; weight: string; color: string } };

  constructor(private readonly range: FakeRange) {
    const style = (path: string) => (value: string | number | boolean) => range.styleOp(`RangeFormat.${path}`, path, value);
    this.fill = setters({ color: style('fill.color') }, { clear: () => range.styleOp('RangeFill.clear', 'fill.color', undefined) }) as FakeRangeFormat['fill'];
    this.font = setters({
      name: style('font.name'),
      size: style('font.size'),
      bold: style('font.bold'),
      italic: style('font.italic'),
      color: style('font.color'),
    }) as FakeRangeFormat['font'];
    this.borders = {
      getItem: (index: string) =>
        setters({
          style: style(`borders.${index}.style`),
          weight: style(`borders.${index}.weight`),
          color: style(`borders.${index}.color`),
        }) as { style: string; weight: string; color: string },
    };
  }

  set horizontalAlignment(v: string) {
    this.range.styleOp('RangeFormat.horizontalAlignment', 'horizontalAlignment', v);
  }
  set verticalAlignment(v: string) {
    this.range.styleOp('RangeFormat.verticalAlignment', 'verticalAlignment', v);
  }
  set wrapText(v: boolean) {
    this.range.styleOp('RangeFormat.wrapText', 'wrapText', v);
  }
  set indentLevel(v: number) {
    this.range.context.enqueue('RangeFormat.indentLevel.api', null, () => this.range.context.requireApi('1.9', 'indentLevel'));
    this.range.styleOp('RangeFormat.indentLevel', 'indentLevel', v);
  }
  set columnWidth(pt: number) {
    const ctx = this.range.context;
    ctx.enqueue('RangeFormat.columnWidth', { range: this.range.label, pt }, () => {
      ctx.requireApi('1.2', 'columnWidth');
      const { sheet, rect } = this.range.bound();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, pt);
    });
  }
  set rowHeight(pt: number) {
    const ctx = this.range.context;
    ctx.enqueue('RangeFormat.rowHeight', { range: this.range.label, pt }, () => {
      ctx.requireApi('1.2', 'rowHeight');
      const { sheet, rect } = this.range.bound();
      for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights.set(r, pt);
    });
  }
  autofitColumns(): void {
    const ctx = this.range.context;
    ctx.enqueue('RangeFormat.autofitColumns', { range: this.range.label }, () => {
      ctx.requireApi('1.2', 'autofitColumns');
      const { sheet, rect } = this.range.bound();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, 'autofit');
    });
  }
}

export class FakeConditionalFormats {
  private loadedItems: FakeConditionalFormatItem[] | null = null;

  constructor(private readonly range: FakeRange) {}

  /** The formats that touch the range, as Excel lists them (ExcelApi 1.6). */
  get items(): FakeConditionalFormatItem[] {
    if (!this.loadedItems) throw new FakeExcelError('PropertyNotLoaded', 'conditionalFormats.items was not loaded');
    return this.loadedItems;
  }

  load(props?: unknown): this {
    void props;
    this.range.context.enqueueLoad('ConditionalFormatCollection.load', { range: this.range.label }, () => {
      this.range.context.requireApi('1.6', 'conditionalFormats');
      const { sheet, rect } = this.range.bound();
      const found = sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => overlaps(r, rect)));
      this.loadedItems = found.map((cf) => new FakeConditionalFormatItem(this.range.context, cf, () => sheet));
      return found.map((cf) => ({ type: cf.type }));
    });
    return this;
  }

  add(type: string): FakeConditionalFormatProxy {
    const proxy = new FakeConditionalFormatProxy(this.range.context);
    this.range.context.enqueue('ConditionalFormatCollection.add', { range: this.range.label, type }, () => {
      this.range.context.requireApi('1.6', 'conditionalFormats');
      const { sheet, rect } = this.range.bound();
      const entry: FakeConditionalFormat = { type, ranges: [rect], formula: null, fill: null, fontColor: null };
      sheet.conditionalFormats.push(entry);
      proxy.entry = entry;
    });
    return proxy;
  }

  clearAll(): void {
    this.range.context.enqueue('ConditionalFormatCollection.clearAll', { range: this.range.label }, () => {
      this.range.context.requireApi('1.6', 'conditionalFormats');
      const { sheet, rect } = this.range.bound();
      sheet.conditionalFormats = sheet.conditionalFormats
        .map((cf) => ({ ...cf, ranges: cf.ranges.flatMap((r) => subtractRect(r, rect)) }))
        .filter((cf) => cf.ranges.length > 0);
    });
  }
}

/** A listed conditional format: its type, its custom rule's formula (loaded), delete(). */
class FakeConditionalFormatItem {
  readonly type: string;
  readonly custom: { rule: { formula: string; load(props?: unknown): void } };

  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly entry: FakeConditionalFormat,
    private readonly sheet: () => { conditionalFormats: FakeConditionalFormat[] },
  ) {
    this.type = entry.type;
    let formula: string | null = null;
    const rule = {
      get formula(): string {
        if (formula === null) throw new FakeExcelError('PropertyNotLoaded', 'custom.rule.formula was not loaded');
        return formula;
      },
      load: () => {
        ctx.enqueueLoad('ConditionalFormatRule.load', null, () => {
          if (entry.type !== 'Custom') throw new FakeExcelError('InvalidOperation', `custom on a ${entry.type} format`);
          formula = entry.formula ?? '';
          return formula;
        });
      },
    };
    this.custom = { rule };
  }

  delete(): void {
    this.ctx.enqueue('ConditionalFormat.delete', null, () => {
      const sheet = this.sheet();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== this.entry);
    });
  }
}

class FakeConditionalFormatProxy {
  entry: FakeConditionalFormat | null = null;
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };

  constructor(ctx: FakeRequestContext) {
    const set = (call: string, apply: (cf: FakeConditionalFormat, v: string) => void) => (v: string) =>
      ctx.enqueue(call, { value: v }, () => {
        if (!this.entry) throw new FakeExcelError('InvalidReference', 'conditional format not created');
        if (this.entry.type !== 'Custom') throw new FakeExcelError('InvalidOperation', `custom on a ${this.entry.type} format`);
        apply(this.entry, v);
      });
    this.custom = {
      rule: setters({ formula: set('ConditionalFormat.custom.rule.formula', (cf, v) => (cf.formula = v)) }) as { formula: string },
      format: {
        fill: setters({ color: set('ConditionalFormat.custom.format.fill.color', (cf, v) => (cf.fill = v)) }) as { color: string },
        font: setters({ color: set('ConditionalFormat.custom.format.font.color', (cf, v) => (cf.fontColor = v)) }) as { color: string },
      },
    };
  }
}

/** An object whose properties can only be set (each set queues a write). */
function setters<M extends object>(props: Record<string, (value: never) => void>, methods?: M): Record<string, unknown> & M {
  const target = { ...(methods ?? ({} as M)) } as Record<string, unknown> & M;
  for (const [name, set] of Object.entries(props)) {
    Object.defineProperty(target, name, {
      set,
      get: () => {
        throw new FakeExcelError('PropertyNotLoaded', `${name} is write-only in the fake`);
      },
      enumerable: true,
    });
  }
  return target;
}
