/**
 * The request context of the fake: writes and loads are queued and run in order at
 * sync(), as Office.js sends them to Excel in one request. Each sync is recorded
 * with its request size (UTF-8 JSON of every queued write) and response size.
 */
import { FakeExcelError, type FakeWorkbook } from './excel-fake-model.js';

export interface SyncRecord {
  /** UTF-8 bytes of the JSON of every write and load queued since the previous sync. */
  requestBytes: number;
  /** UTF-8 bytes of the JSON of every loaded value. */
  responseBytes: number;
  ops: number;
  /** Milliseconds the fake spent applying the request (its own cost, not Excel's). */
  ms: number;
  /** Excel's error code when the request was refused (nothing in it was applied or loaded). */
  refused?: string;
}

export interface FakeHostOptions {
  /** Excel on the web refuses a request or a response over 5 MB. @default 5_000_000 */
  payloadLimitBytes?: number;
  /** Also refuse responses over the limit (Excel on the web). @default false */
  limitResponses?: boolean;
  /** Highest ExcelApi set the fake supports. @default '1.9' */
  apiVersion?: string;
  /** Cells a range may load at once before RangeExceedsLimit (Excel: 5 million). @default 5_000_000 */
  rangeCellLimit?: number;
}

/** What the context needs from its host (the fake Excel). */
export interface FakeHostState {
  readonly book: FakeWorkbook;
  readonly options: Required<FakeHostOptions>;
  readonly syncs: SyncRecord[];
  readonly calls: string[];
  supports(version: string): boolean;
}

interface QueuedOp {
  bytes: number;
  /** Returns the loaded data for a load (its size counts towards the response). */
  run: () => unknown;
}

const encoder = new TextEncoder();

export function jsonSize(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? 'null').length;
}

export class FakeRequestContext {
  private queue: QueuedOp[] = [];

  constructor(readonly host: FakeHostState) {}

  get book(): FakeWorkbook {
    return this.host.book;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Queues one write or call; `describe` is what goes over the wire. */
  enqueue(call: string, describe: unknown, run: () => void): void {
    this.host.calls.push(call);
    this.queue.push({ bytes: jsonSize({ call, describe }), run: () => (run(), undefined) });
  }

  /** Queues a load; `run` returns the loaded data. */
  enqueueLoad(call: string, describe: unknown, run: () => unknown): void {
    this.host.calls.push(call);
    this.queue.push({ bytes: jsonSize({ call, describe }), run });
  }

  /** Throws, as Office.js does, when an API above the supported set is used. */
  requireApi(version: string, what: string): void {
    if (!this.host.supports(version)) throw new FakeExcelError('ApiNotFound', `${what} needs ExcelApi ${version}`);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const requestBytes = queue.reduce((sum, op) => sum + op.bytes, 0);
    const limit = this.host.options.payloadLimitBytes;
    this.host.syncs.push({ requestBytes, responseBytes: 0, ops: queue.length, ms: 0 });
    const record = this.host.syncs[this.host.syncs.length - 1];
    await Promise.resolve();
    if (requestBytes > limit) {
      record.refused = 'RequestPayloadSizeLimitExceeded';
      throw new FakeExcelError(record.refused, `${requestBytes} bytes`);
    }
    let responseBytes = 0;
    const started = performance.now();
    for (const op of queue) {
      const loaded = op.run();
      if (loaded !== undefined) responseBytes += jsonSize(loaded);
    }
    record.ms = performance.now() - started;
    record.responseBytes = responseBytes;
    if (this.host.options.limitResponses && responseBytes > limit) {
      record.refused = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeExcelError(record.refused, `${responseBytes} bytes`);
    }
  }
}

/** A loadable proxy: reading a property before load + sync throws, as in Office.js. */
export class FakeProxy {
  protected loadedProps: Record<string, unknown> = {};

  constructor(protected readonly ctx: FakeRequestContext) {}

  protected loaded<T>(prop: string): T {
    if (!(prop in this.loadedProps)) {
      throw new FakeExcelError('PropertyNotLoaded', `${prop} was not loaded (call load and sync first)`);
    }
    return this.loadedProps[prop] as T;
  }

  protected setLoaded(values: Record<string, unknown>): void {
    Object.assign(this.loadedProps, values);
  }
}

/** "a,b" | ["a","b"] | { a: true } → ["a","b"] */
export function propList(props: unknown): string[] {
  if (typeof props === 'string') return props.split(',').map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.map(String);
  if (props && typeof props === 'object') return Object.keys(props);
  return [];
}
