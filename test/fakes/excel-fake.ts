/**
 * A typed fake of the Excel JavaScript API surface the add-in uses: worksheets,
 * ranges (values, number formats, fills, fonts, borders), conditional formats,
 * charts, page layout, merges, used range, load/sync. It counts syncs, records calls
 * and measures each request's payload (UTF-8 JSON of what was queued between syncs),
 * refusing requests over 5 MB as Excel on the web does.
 *
 * Usage: `const excel = new FakeExcel(new FakeWorkbook(['Data']));
 *         await excel.run(async (context) => …)` — excel has the adapter's ExcelHost shape.
 */
/// <reference types="office-js" />
import { FakeRequestContext, propList, type FakeHostOptions, type FakeHostState, type SyncRecord } from './excel-fake-context.js';
import { FakeExcelError, type FakeWorkbook } from './excel-fake-model.js';
import { FakeRange, RANGE_CELL_LIMIT } from './excel-fake-range.js';
import { FakeWorksheet } from './excel-fake-sheet.js';

export { FakeExcelError, FakeWorkbook } from './excel-fake-model.js';
export type { SyncRecord, FakeHostOptions } from './excel-fake-context.js';

class FakeWorksheets {
  private itemsLoaded: FakeWorksheet[] | null = null;

  constructor(private readonly ctx: FakeRequestContext) {}

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, () => this.ctx.book.getSheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${name}?`, () => {
      this.ctx.requireApi('1.4', 'getItemOrNullObject');
      return this.ctx.book.sheet(name) ?? null;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, 'active', () => this.ctx.book.getSheet(this.ctx.book.activeSheet));
  }

  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, () => this.ctx.book.addSheet(name), 'WorksheetCollection.add');
  }

  get items(): FakeWorksheet[] {
    if (!this.itemsLoaded) throw new FakeExcelError('PropertyNotLoaded', 'worksheets.items was not loaded');
    return this.itemsLoaded;
  }

  load(props?: unknown): this {
    const names = propList(props).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueueLoad('WorksheetCollection.load', names, () => {
      const items = this.ctx.book.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.ctx, sheet.name, () => sheet);
        (proxy as unknown as { setLoaded(v: Record<string, unknown>): void }).setLoaded({
          name: sheet.name,
          id: sheet.id,
          position: this.ctx.book.sheets.indexOf(sheet),
          isNullObject: false,
        });
        return proxy;
      });
      this.itemsLoaded = items;
      return items.map((s) => ({ name: s.label, id: s.id }));
    });
    return this;
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  readonly application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void; calculate(type: string): void };

  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.application = {
      suspendApiCalculationUntilNextSync: () => ctx.enqueue('Application.suspendApiCalculationUntilNextSync', null, () => ctx.requireApi('1.6', 'suspendApiCalculation')),
      suspendScreenUpdatingUntilNextSync: () => ctx.enqueue('Application.suspendScreenUpdatingUntilNextSync', null, () => ctx.requireApi('1.9', 'suspendScreenUpdating')),
      calculate: (type: string) => ctx.enqueue('Application.calculate', { type }, () => undefined),
    };
  }

  /** Excel refuses a single Range for a selection of several areas (Ctrl+click). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, 'selection', () => {
      if (this.ctx.book.selectionAreas.length > 1) throw new FakeExcelError('InvalidSelection', 'The current selection is invalid for this operation.');
      return { sheet: this.ctx.book.getSheet(this.ctx.book.activeSheet), rect: this.ctx.book.selection };
    });
  }

  /** RangeAreas of the selection (ExcelApi 1.9): only areaCount is loadable. */
  getSelectedRanges(): { areaCount: number; load(props?: unknown): void } {
    const ctx = this.ctx;
    let count: number | null = null;
    return {
      get areaCount(): number {
        if (count === null) throw new FakeExcelError('PropertyNotLoaded', 'areaCount was not loaded');
        return count;
      },
      load: () =>
        ctx.enqueueLoad('Workbook.getSelectedRanges', null, () => {
          ctx.requireApi('1.9', 'getSelectedRanges');
          count = Math.max(1, ctx.book.selectionAreas.length);
          return count;
        }),
    };
  }
}

/** The fake Excel host: `run` is Excel.run, `supports` is isSetSupported('ExcelApi', v). */
export class FakeExcel implements FakeHostState {
  readonly syncs: SyncRecord[] = [];
  readonly calls: string[] = [];
  readonly options: Required<FakeHostOptions>;

  constructor(
    readonly book: FakeWorkbook,
    options: FakeHostOptions = {},
  ) {
    this.options = { payloadLimitBytes: 5_000_000, limitResponses: false, apiVersion: '1.9', rangeCellLimit: RANGE_CELL_LIMIT, ...options };
  }

  supports(version: string): boolean {
    const [wantMajor, wantMinor] = version.split('.').map(Number);
    const [major, minor] = this.options.apiVersion.split('.').map(Number);
    return major > wantMajor || (major === wantMajor && minor >= (wantMinor ?? 0));
  }

  /** Excel.run: runs the batch with a fresh context and syncs what is still queued. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeRequestContext(this);
    const context = Object.assign(ctx, { workbook: new FakeWorkbookProxy(ctx) });
    const result = await batch(context as unknown as Excel.RequestContext);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  };

  /** Forgets recorded syncs and calls (between the runs of a test). */
  resetCounters(): void {
    this.syncs.length = 0;
    this.calls.length = 0;
  }
}
