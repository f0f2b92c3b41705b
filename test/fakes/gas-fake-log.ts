/**
 * Counts calls into the fake Apps Script services. Every method of a tracked object is a
 * "service call" (Range.setValues, Sheet.getRange, SpreadsheetApp.newConditionalFormatRule…);
 * methods named peek* are the tests' own inspection helpers and are not counted.
 */
export class CallLog {
  calls: string[] = [];

  add(name: string): void {
    this.calls.push(name);
  }

  reset(): void {
    this.calls = [];
  }

  /** Calls per method name, sorted by name. */
  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of [...this.calls].sort()) out[c] = (out[c] ?? 0) + 1;
    return out;
  }
}

/** Wraps an object so each call of its methods is logged as `${kind}.${method}`. */
export function track<T extends object>(target: T, kind: string, log: CallLog): T {
  const proxy: T = new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop) as unknown;
      if (typeof value !== 'function' || typeof prop !== 'string' || prop.startsWith('peek') || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        log.add(`${kind}.${prop}`);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        // Builders return themselves: keep counting the chained calls.
        return result === obj ? proxy : result;
      };
    },
  });
  return proxy;
}
