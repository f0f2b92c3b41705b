/**
 * What the add-in keeps in the workbook (Office document settings), so a colleague who
 * opens the file gets the same result: the settings, column corrections per heading
 * signature, the tabs the tool created and where it put its conditional formats.
 */
import { parseSettings, serializeSettings, type MappingOverride, type Settings } from '../../core/index.js';
import type { DocumentStore } from './excel-host.js';

export const STORE_KEYS = {
  settings: 'dunghan.settings',
  mappings: 'dunghan.mappings',
  tabs: 'dunghan.tabs',
  formats: 'dunghan.formats',
  dataSheet: 'dunghan.dataSheet',
  marks: 'dunghan.toolTabIds',
} as const;

export interface WorkbookStore {
  /** Stored settings over `defaults` (defaults when nothing is stored). */
  settings(defaults: Settings): Settings;
  /** True when settings were stored (then their report date is used, not today's). */
  hasSettings(): boolean;
  setSettings(settings: Settings): void;
  /** The user's column corrections for sheets with this heading signature. */
  mappingFor(signature: string): MappingOverride;
  setMapping(signature: string, mapping: MappingOverride): void;
  /** Names of the tabs the tool created (only these are replaced without asking). */
  ownedTabs(): string[];
  setOwnedTabs(names: readonly string[]): void;
  /** Addresses where the tool put conditional formats on a sheet. */
  formatRanges(sheetName: string): string[];
  setFormatRanges(sheetName: string, addresses: readonly string[]): void;
  /** The sheet last checked (checked again when "Kiểm tra hạn" is pressed on a report tab). */
  dataSheet(): string | null;
  setDataSheet(name: string): void;
  /**
   * The tool's tabs, known by a mark: worksheet id (ExcelApi 1.1, kept through renames) →
   * the tab's core name. Kept in the document settings, hidden from the grid.
   */
  toolTabMarks(): Record<string, string>;
  setToolTabMarks(marks: Readonly<Record<string, string>>): void;
  /** Writes everything into the file. */
  save(): Promise<void>;
}

function readJson<T>(doc: DocumentStore, key: string, fallback: T, valid: (v: unknown) => v is T): T {
  const text = doc.get(key);
  if (text === null) return fallback;
  try {
    const value: unknown = JSON.parse(text);
    return valid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

export function createWorkbookStore(doc: DocumentStore): WorkbookStore {
  const mappings = () => readJson<Record<string, unknown>>(doc, STORE_KEYS.mappings, {}, isRecord);
  const formats = () => readJson<Record<string, unknown>>(doc, STORE_KEYS.formats, {}, isRecord);
  return {
    settings: (defaults) => parseSettings(doc.get(STORE_KEYS.settings), defaults),
    hasSettings: () => doc.get(STORE_KEYS.settings) !== null,
    setSettings: (settings) => doc.set(STORE_KEYS.settings, serializeSettings(settings)),
    mappingFor(signature) {
      const found = mappings()[signature];
      if (!isRecord(found)) return {};
      const out: Record<string, string> = {};
      for (const [field, value] of Object.entries(found)) if (typeof value === 'string') out[field] = value;
      return out as MappingOverride;
    },
    setMapping(signature, mapping) {
      const all = mappings();
      if (Object.keys(mapping).length === 0) delete all[signature];
      else all[signature] = mapping;
      doc.set(STORE_KEYS.mappings, JSON.stringify(all));
    },
    ownedTabs: () => readJson<string[]>(doc, STORE_KEYS.tabs, [], isStringList),
    setOwnedTabs: (names) => doc.set(STORE_KEYS.tabs, JSON.stringify([...new Set(names)])),
    formatRanges(sheetName) {
      const found = formats()[sheetName];
      return isStringList(found) ? found : [];
    },
    setFormatRanges(sheetName, addresses) {
      const all = formats();
      all[sheetName] = [...addresses];
      doc.set(STORE_KEYS.formats, JSON.stringify(all));
    },
    dataSheet: () => doc.get(STORE_KEYS.dataSheet),
    setDataSheet: (name) => doc.set(STORE_KEYS.dataSheet, name),
    toolTabMarks() {
      const all = readJson<Record<string, unknown>>(doc, STORE_KEYS.marks, {}, isRecord);
      const out: Record<string, string> = {};
      for (const [id, name] of Object.entries(all)) if (typeof name === 'string') out[id] = name;
      return out;
    },
    setToolTabMarks: (marks) => doc.set(STORE_KEYS.marks, JSON.stringify(marks)),
    save: () => doc.save(),
  };
}
