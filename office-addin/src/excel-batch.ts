/// <reference types="office-js" />
/**
 * Keeps each request (everything queued between two syncs) under the payload budget:
 * every queued write is charged its estimated size, and a sync is made only when the
 * next write would not fit. The number of syncs is therefore ⌈payload ÷ budget⌉ at
 * most, independent of how many rows or cells the payload is made of.
 */
import { OP_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES } from './chunk.js';

export interface Batch {
  readonly context: Excel.RequestContext;
  /** Charges a write of about `bytes` of arguments, syncing first if it would not fit. */
  charge(bytes?: number): Promise<void>;
  /** Sends what is queued (no-op when nothing is). */
  flush(): Promise<void>;
  /** Syncs made so far by this batch. */
  readonly syncs: number;
  /** Bytes charged to the request being built. */
  readonly pendingBytes: number;
}

export interface BatchOptions {
  budgetBytes?: number;
  /** Called before each sync this batch makes (progress). */
  beforeSync?: () => void;
}

export function createBatch(context: Excel.RequestContext, options: BatchOptions = {}): Batch {
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  let pending = 0;
  let queued = false;
  let syncs = 0;
  const sync = async () => {
    options.beforeSync?.();
    pending = 0;
    queued = false;
    syncs++;
    await context.sync();
  };
  return {
    context,
    async charge(bytes = 0) {
      const cost = bytes + OP_OVERHEAD_BYTES;
      if (queued && pending + cost > budget) await sync();
      pending += cost;
      queued = true;
    },
    async flush() {
      if (queued) await sync();
    },
    get syncs() {
      return syncs;
    },
    get pendingBytes() {
      return pending;
    },
  };
}
