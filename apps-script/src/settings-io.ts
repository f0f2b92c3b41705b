/// <reference types="google-apps-script" />
/**
 * Settings and column corrections saved with the spreadsheet (document properties), so
 * a colleague who opens it gets the same result. Corrections are kept per header
 * signature: the next export of the same system is read the same way.
 */
import {
  defaultSettings,
  parseIsoDay,
  parseSettings,
  serializeSettings,
  type Day,
  type MappingOverride,
  type Settings,
} from '../../core/index.js';
import { dayText } from './to-grid.js';

const SETTINGS_KEY = 'dunghan.settings';
const MAPPING_PREFIX = 'dunghan.mapping.';

/** Today in the spreadsheet's zone: the only clock read of the add-on. */
export function today(spreadsheetTimeZone: string): Day {
  const day = parseIsoDay(dayText(Utilities, spreadsheetTimeZone, new Date()));
  if (day === null) throw new RangeError('today: the spreadsheet time zone gave no date');
  return day;
}

/** Stored settings over the defaults for `asOf`. */
export function loadSettings(asOf: Day): Settings {
  const stored = PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  return parseSettings(stored, defaultSettings(asOf));
}

/** Saves settings (normalised through core's store format) and returns what was saved. */
export function saveSettings(settings: Settings): Settings {
  const json = serializeSettings(settings);
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, json);
  return parseSettings(json, settings);
}

/** The user's column corrections for sheets with this header signature, or null. */
export function loadMappingOverride(signature: string): MappingOverride | null {
  const text = PropertiesService.getDocumentProperties().getProperty(mappingKey(signature));
  if (text === null) return null;
  try {
    const stored = JSON.parse(text) as { signature?: string; override?: MappingOverride };
    return stored.signature === signature && stored.override && typeof stored.override === 'object' ? stored.override : null;
  } catch {
    return null;
  }
}

/** Saves (or, when empty, forgets) the corrections for a header signature. */
export function saveMappingOverride(signature: string, override: MappingOverride): void {
  const props = PropertiesService.getDocumentProperties();
  const clean: MappingOverride = {};
  for (const [field, column] of Object.entries(override)) {
    if (typeof column === 'string' && column.trim() !== '') clean[field as keyof MappingOverride] = column.trim();
  }
  if (Object.keys(clean).length === 0) props.deleteProperty(mappingKey(signature));
  else props.setProperty(mappingKey(signature), JSON.stringify({ signature, override: clean }));
}

/** Property keys are short: a hash of the signature (the value keeps the full text to check). */
function mappingKey(signature: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < signature.length; i++) {
    h ^= signature.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${MAPPING_PREFIX}${h.toString(16).padStart(8, '0')}`;
}
