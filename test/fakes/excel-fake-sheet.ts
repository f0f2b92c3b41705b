/** Worksheet proxies of the fake: ranges, used range, charts, page layout, freeze panes. */
import { FakeProxy, propList, type FakeRequestContext } from './excel-fake-context.js';
import { FakeExcelError, formatAddress, parseAddress, type FakeChart, type FakeChartSeries, type FakeSheet } from './excel-fake-model.js';
import { FakeRange, quoteSheet } from './excel-fake-range.js';

export class FakeWorksheet extends FakeProxy {
  private sheet: FakeSheet | null | undefined;
  readonly charts: FakeCharts;
  readonly freezePanes: {
    freezeRows(count: number): void;
    freezeColumns(count: number): void;
    freezeAt(range: FakeRange | string): void;
    unfreeze(): void;
  };
  readonly pageLayout: FakePageLayout;
  /** Manual page breaks (ExcelApi 1.9), recorded in sheet.pageLayout['horizontalPageBreaks'] as the added cell addresses. */
  readonly horizontalPageBreaks: { add(range: string): void };

  constructor(
    ctx: FakeRequestContext,
    readonly label: string,
    resolve: () => FakeSheet | null,
    call = 'getWorksheet',
  ) {
    super(ctx);
    ctx.enqueue(call, label, () => {
      this.sheet = resolve();
    });
    this.charts = new FakeCharts(this);
    const freeze = (what: string, rows: () => number, cols: () => number) =>
      ctx.enqueue(`WorksheetFreezePanes.${what}`, { sheet: label }, () => {
        ctx.requireApi('1.7', 'freezePanes');
        this.bound().freeze = rows() === 0 && cols() === 0 ? null : { rows: rows(), cols: cols() };
      });
    this.freezePanes = {
      freezeRows: (n) => freeze('freezeRows', () => n, () => 0),
      freezeColumns: (n) => freeze('freezeColumns', () => 0, () => n),
      freezeAt: (range) => {
        const rect = typeof range === 'string' ? parseAddress(range) : null;
        const target = () => rect ?? (range as FakeRange).bound().rect;
        freeze('freezeAt', () => target().row + target().rows - 1, () => target().col + target().cols - 1);
      },
      unfreeze: () => freeze('unfreeze', () => 0, () => 0),
    };
    this.pageLayout = new FakePageLayout(this);
    this.horizontalPageBreaks = {
      add: (range: string) =>
        ctx.enqueue('PageBreakCollection.add', { sheet: label, range }, () => {
          ctx.requireApi('1.9', 'horizontalPageBreaks');
          parseAddress(range);
          const layout = this.bound().pageLayout;
          layout.horizontalPageBreaks = [...((layout.horizontalPageBreaks as string[] | undefined) ?? []), range];
        }),
    };
  }

  bound(): FakeSheet {
    if (this.sheet === undefined) throw new FakeExcelError('InvalidReference', `${this.label} used before it was created`);
    if (this.sheet === null) throw new FakeExcelError('InvalidOperation', `${this.label} is a null object`);
    return this.sheet;
  }

  get context(): FakeRequestContext {
    return this.ctx;
  }
  get name(): string {
    return this.loaded('name');
  }
  get id(): string {
    return this.loaded('id');
  }
  get position(): number {
    return this.loaded('position');
  }
  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }

  load(props?: unknown): this {
    const names = propList(props);
    this.ctx.enqueueLoad('Worksheet.load', { sheet: this.label, names }, () => {
      if (this.sheet === null) {
        this.setLoaded({ isNullObject: true });
        return { isNullObject: true };
      }
      const sheet = this.bound();
      const snapshot: Record<string, unknown> = { isNullObject: false };
      for (const name of names) {
        if (name === 'name') snapshot.name = sheet.name;
        else if (name === 'id') snapshot.id = sheet.id;
        else if (name === 'position') snapshot.position = this.ctx.book.sheets.indexOf(sheet);
        else throw new FakeExcelError('InvalidArgument', `the fake cannot load Worksheet.${name}`);
      }
      this.setLoaded(snapshot);
      return snapshot;
    });
    return this;
  }

  getRange(address?: string): FakeRange {
    const rect = address === undefined ? { row: 1, col: 1, rows: 1_048_576, cols: 16_384 } : parseAddress(address);
    return new FakeRange(this.ctx, `${this.label}!${address ?? '*'}`, () => ({ sheet: this.bound(), rect }));
  }

  /** RangeAreas (ExcelApi 1.9): only fill and font colors, fanned out to each area. */
  getRanges(addresses: string): { format: { fill: { color: string }; font: { color: string } } } {
    const areas = addresses.split(',').map((a) => this.getRange(a.trim()));
    this.ctx.enqueue('Worksheet.getRanges', { sheet: this.label, addresses }, () => this.ctx.requireApi('1.9', 'getRanges'));
    const fan = (apply: (range: FakeRange, v: string) => void) => ({ set: (v: string) => areas.forEach((r) => apply(r, v)), enumerable: true });
    const fill = Object.defineProperty({}, 'color', fan((r, v) => (r.format.fill.color = v))) as { color: string };
    const font = Object.defineProperty({}, 'color', fan((r, v) => (r.format.font.color = v))) as { color: string };
    return { format: { fill, font } };
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, `${this.label}!used`, () => {
      if (valuesOnly !== undefined) this.ctx.requireApi('1.2', 'getUsedRange(valuesOnly)');
      const sheet = this.bound();
      return { sheet, rect: sheet.usedRect(valuesOnly ?? false) ?? { row: 1, col: 1, rows: 1, cols: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, `${this.label}!used?`, () => {
      this.ctx.requireApi('1.4', 'getUsedRangeOrNullObject');
      const sheet = this.bound();
      const rect = sheet.usedRect(valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }

  delete(): void {
    this.ctx.enqueue('Worksheet.delete', { sheet: this.label }, () => this.ctx.book.deleteSheet(this.bound().name));
  }

  activate(): void {
    this.ctx.enqueue('Worksheet.activate', { sheet: this.label }, () => {
      this.ctx.book.activeSheet = this.bound().name;
      this.ctx.book.selection = { row: 1, col: 1, rows: 1, cols: 1 };
    });
  }

  set tabColor(color: string) {
    this.ctx.enqueue('Worksheet.tabColor', { sheet: this.label, color }, () => {
      this.ctx.requireApi('1.7', 'tabColor');
      this.bound().tabColor = color;
    });
  }
}

class FakeCharts {
  constructor(private readonly sheet: FakeWorksheet) {}

  add(type: string, source: FakeRange, seriesBy?: string): FakeChartProxy {
    const ctx = this.sheet.context;
    const proxy = new FakeChartProxy(ctx);
    ctx.enqueue('ChartCollection.add', { sheet: this.sheet.label, type, source: source.label, seriesBy }, () => {
      const { rect, sheet } = source.bound();
      const by = seriesBy ?? 'Auto';
      const count = by === 'Rows' ? rect.rows : rect.cols;
      const series: FakeChartSeries[] = Array.from({ length: count }, (_, i) => ({
        name: null,
        values: formatAddress(by === 'Rows' ? { ...rect, row: rect.row + i, rows: 1 } : { ...rect, col: rect.col + i, cols: 1 }),
        xValues: null,
      }));
      const chart: FakeChart = {
        type,
        source: `${quoteSheet(sheet.name)}!${formatAddress(rect)}`,
        seriesBy: seriesBy ?? null,
        title: null,
        position: null,
        widthPt: null,
        heightPt: null,
        series,
      };
      this.sheet.bound().charts.push(chart);
      proxy.chart = chart;
    });
    return proxy;
  }
}

class FakeChartProxy {
  chart: FakeChart | null = null;
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): FakeSeriesProxy; add(name?: string): FakeSeriesProxy };

  constructor(private readonly ctx: FakeRequestContext) {
    this.title = {} as { text: string };
    Object.defineProperty(this.title, 'text', { set: (v: string) => this.op('ChartTitle.text', v, (c) => (c.title = v)) });
    this.series = {
      getItemAt: (index) => new FakeSeriesProxy(ctx, () => this.chart?.series[index] ?? null),
      add: (name) => {
        let created: FakeChartSeries | null = null;
        this.op('ChartSeriesCollection.add', { name }, (c) => {
          ctx.requireApi('1.7', 'series.add');
          created = { name: name ?? null, values: null, xValues: null };
          c.series.push(created);
        });
        return new FakeSeriesProxy(ctx, () => created);
      },
    };
  }

  private op(call: string, describe: unknown, apply: (chart: FakeChart) => void): void {
    this.ctx.enqueue(call, describe, () => {
      if (!this.chart) throw new FakeExcelError('InvalidReference', 'chart not created');
      apply(this.chart);
    });
  }

  setPosition(start: FakeRange | string, end?: FakeRange | string): void {
    const name = (r: FakeRange | string) => (typeof r === 'string' ? r : formatAddress(r.bound().rect));
    const label = (r: FakeRange | string) => (typeof r === 'string' ? r : r.label);
    this.op('Chart.setPosition', { start: label(start), end: end === undefined ? null : label(end) }, (c) => {
      c.position = { start: name(start), end: end === undefined ? null : name(end) };
    });
  }
  set width(pt: number) {
    this.op('Chart.width', pt, (c) => (c.widthPt = pt));
  }
  set height(pt: number) {
    this.op('Chart.height', pt, (c) => (c.heightPt = pt));
  }
}

class FakeSeriesProxy {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => FakeChartSeries | null,
  ) {}

  private op(call: string, describe: unknown, apply: (s: FakeChartSeries) => void): void {
    this.ctx.enqueue(call, describe, () => {
      const series = this.resolve();
      if (!series) throw new FakeExcelError('ItemNotFound', 'no such chart series');
      apply(series);
    });
  }
  set name(name: string) {
    this.op('ChartSeries.name', name, (s) => (s.name = name));
  }
  setValues(range: FakeRange): void {
    this.op('ChartSeries.setValues', range.label, (s) => {
      this.ctx.requireApi('1.7', 'setValues');
      s.values = formatAddress(range.bound().rect);
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.op('ChartSeries.setXAxisValues', range.label, (s) => {
      this.ctx.requireApi('1.7', 'setXAxisValues');
      s.xValues = formatAddress(range.bound().rect);
    });
  }
}

/** Page setup (ExcelApi 1.9): every setting lands in sheet.pageLayout by its path. */
class FakePageLayout {
  readonly headersFooters: {
    state: string;
    firstPage: Record<string, string>;
    defaultForAllPages: Record<string, string>;
  };

  constructor(private readonly sheet: FakeWorksheet) {
    const setter = (path: string) => ({
      set: (value: unknown) => this.put(path, value),
      enumerable: true,
    });
    for (const prop of ['orientation', 'paperSize', 'centerHorizontally', 'centerVertically', 'printGridlines', 'zoom', 'firstPageNumber', 'blackAndWhite']) {
      Object.defineProperty(this, prop, setter(prop));
    }
    const headerFooter = (group: string) => {
      const target = {} as Record<string, string>;
      for (const part of ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter']) {
        Object.defineProperty(target, part, setter(`headersFooters.${group}.${part}`));
      }
      return target;
    };
    this.headersFooters = { firstPage: headerFooter('firstPage'), defaultForAllPages: headerFooter('defaultForAllPages') } as FakePageLayout['headersFooters'];
    Object.defineProperty(this.headersFooters, 'state', setter('headersFooters.state'));
  }

  private put(path: string, value: unknown): void {
    const ctx = this.sheet.context;
    ctx.enqueue(`PageLayout.${path}`, { sheet: this.sheet.label, value }, () => {
      ctx.requireApi('1.9', 'pageLayout');
      this.sheet.bound().pageLayout[path] = value;
    });
  }

  setPrintMargins(unit: string, margins: Record<string, number>): void {
    this.put('margins', { unit, ...margins });
  }

  setPrintTitleRows(rows: string): void {
    this.put('printTitleRows', rows);
  }

  /** Print areas as Excel takes them: "A1:M40, O8:AC30". */
  setPrintArea(areas: string): void {
    for (const area of areas.split(',')) parseAddress(area.trim());
    this.put('printArea', areas);
  }
}
