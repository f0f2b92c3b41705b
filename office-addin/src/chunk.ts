/**
 * Request-size budgeting. Excel on the web refuses a request over 5 MB
 * (RequestPayloadSizeLimitExceeded); a request is everything queued between two
 * context.sync() calls. We estimate each queued write as the UTF-8 size of its JSON
 * and keep every request under REQUEST_BUDGET_BYTES, leaving room for the envelope.
 */

/** Most bytes of estimated payload per request (4 MiB, under Excel on the web's 5 MB). */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Bytes charged for one API call besides its arguments (object path, method name, ids). */
export const OP_OVERHEAD_BYTES = 200;

/**
 * UTF-8 length of a string without allocating.
 * @example utf8Length("Trễ hạn") // => 11
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 size of a value's JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

/** Consecutive rows of a 2-D array whose JSON fits a budget. */
export interface RowChunk<T> {
  /** Index of the chunk's first row in the whole array. */
  start: number;
  rows: T[][];
  /** UTF-8 size of the chunk's JSON. */
  bytes: number;
}

/**
 * Splits rows into consecutive chunks of at most `budgetBytes` of JSON each (a single
 * row larger than the budget gets a chunk of its own). An empty array gives no chunk.
 * @example splitRowsByBytes([["a"], ["b"]], 8).map((c) => c.rows) // => [[["a"]], [["b"]]]
 */
export function splitRowsByBytes<T>(rows: readonly (readonly T[])[], budgetBytes: number): RowChunk<T>[] {
  if (!(budgetBytes > 2)) throw new RangeError(`splitRowsByBytes: budgetBytes must be > 2, got ${budgetBytes}`);
  const chunks: RowChunk<T>[] = [];
  let start = 0;
  // "[" + "]" of the outer array.
  let bytes = 2;
  for (let i = 0; i < rows.length; i++) {
    const rowBytes = jsonBytes(rows[i]) + (i > start ? 1 : 0);
    if (i > start && bytes + rowBytes > budgetBytes) {
      chunks.push({ start, rows: rows.slice(start, i) as T[][], bytes });
      start = i;
      bytes = 2 + rowBytes - 1;
    } else bytes += rowBytes;
  }
  if (rows.length > start) chunks.push({ start, rows: rows.slice(start) as T[][], bytes });
  return chunks;
}

/**
 * Splits rows into at least `minParts` consecutive chunks of about equal JSON size,
 * each at most `budgetBytes` (more parts when the rows need them). Chunks may be empty
 * when there are fewer rows than parts, so callers keep a fixed request structure.
 * @example splitRowsIntoParts([["a"], ["b"], ["c"], ["d"]], 2, 1000).map((c) => c.rows.length) // => [2, 2]
 */
export function splitRowsIntoParts<T>(rows: readonly (readonly T[])[], minParts: number, budgetBytes: number): RowChunk<T>[] {
  if (!Number.isInteger(minParts) || minParts < 1) throw new RangeError(`splitRowsIntoParts: minParts must be an integer >= 1, got ${minParts}`);
  const sizes = rows.map((row) => jsonBytes(row));
  const total = sizes.reduce((sum, n) => sum + n + 1, 1);
  for (let parts = Math.max(minParts, Math.ceil(total / budgetBytes)); ; parts++) {
    const chunks = cutEvenly(rows, sizes, parts);
    if (chunks.every((c) => c.bytes <= budgetBytes || c.rows.length <= 1)) return chunks;
  }
}

function cutEvenly<T>(rows: readonly (readonly T[])[], sizes: readonly number[], parts: number): RowChunk<T>[] {
  const total = sizes.reduce((sum, n) => sum + n + 1, 1);
  const chunks: RowChunk<T>[] = [];
  let start = 0;
  let done = 0;
  for (let k = 1; k <= parts; k++) {
    const target = (total * k) / parts;
    let end = start;
    let bytes = 2;
    while (end < rows.length && (k === parts || done + sizes[end] + 1 <= target || end === start)) {
      bytes += sizes[end] + (end > start ? 1 : 0);
      done += sizes[end] + 1;
      end++;
      if (k < parts && done >= target) break;
    }
    chunks.push({ start, rows: rows.slice(start, end) as T[][], bytes });
    start = end;
  }
  return chunks;
}
