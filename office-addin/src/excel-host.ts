/// <reference types="office-js" />
/**
 * The two things the adapter needs from Office, as an interface so tests can pass a
 * fake: Excel.run and the ExcelApi requirement-set check. The task pane passes
 * `officeExcelHost()`; tests pass test/fakes/excel-fake.ts.
 */

export interface ExcelHost {
  /** Excel.run: one batch with its own request context. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** True when the running Excel has ExcelApi `version` (e.g. "1.9"). */
  supports(version: string): boolean;
}

/** Key-value strings kept in the workbook (Office.context.document.settings). */
export interface DocumentStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  /** Writes the settings into the file (saveAsync). */
  save(): Promise<void>;
}

/** The real Excel, through the Office.js globals. */
export function officeExcelHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}

/** Office.context.document.settings, which travel with the workbook. */
export function officeDocumentStore(): DocumentStore {
  const settings = Office.context.document.settings;
  return {
    get: (key) => {
      const value: unknown = settings.get(key);
      return typeof value === 'string' ? value : null;
    },
    set: (key, value) => settings.set(key, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) reject(new Error(result.error.message));
          else resolve();
        });
      }),
  };
}

/** A store in memory (tests, or a host without document settings). */
export function memoryDocumentStore(initial: Record<string, string> = {}): DocumentStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: (key) => data.get(key) ?? null,
    set: (key, value) => void data.set(key, value),
    save: async () => undefined,
  };
}
