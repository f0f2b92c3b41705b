/**
 * Which sheet of a workbook holds the dossier list: the one with the most dossier rows
 * under a recognised header. A summary tab first, a notes tab or the tool's own report
 * tabs lose to it. Ties go to a visible sheet, then to the leftmost.
 */
import type { ReadOptions, SheetGrid } from './read-result.js';
import { readExport } from './read-export.js';
import { looksLikeCode } from './row-kind.js';

/** One sheet as the choice weighed it. */
export interface SheetWeighed {
  sheetName: string;
  hidden: boolean;
  /** True when a header row was recognised. */
  hasHeader: boolean;
  /** Rows read as dossiers that hold a code-shaped code, a receipt date or a due date. */
  dossierRows: number;
}

export interface SheetChoice {
  /** Index into the grids given; null when no sheet has a recognised header. */
  index: number | null;
  /**
   * 'only': the one sheet with a header, or the one with dossier rows; 'mostDossiers': the
   * most dossier rows among several; 'none': no header anywhere.
   */
  reason: 'only' | 'mostDossiers' | 'none';
  sheets: SheetWeighed[];
}

export interface ChooseSheetOptions extends ReadOptions {
  /** Sheet names Excel hides: chosen only when no visible sheet does better. */
  hidden?: readonly string[];
  /** Sheets never chosen (e.g. the tool's own tabs). */
  exclude?: (sheetName: string) => boolean;
}

/**
 * Weighs every sheet and picks the dossier list.
 * @example chooseDossierSheet([summaryTab, listTab]).index // => 1
 */
export function chooseDossierSheet(grids: readonly SheetGrid[], options: ChooseSheetOptions = {}): SheetChoice {
  const hidden = new Set(options.hidden ?? []);
  const sheets: SheetWeighed[] = [];
  let best: number | null = null;
  let withHeader = 0;
  let withRows = 0;
  grids.forEach((grid, i) => {
    const excluded = options.exclude?.(grid.sheetName) ?? false;
    const read = excluded ? null : readExport(grid, { mapping: options.mapping });
    const hasHeader = read !== null && read.headerRows.length > 0;
    // A count in a summary tab ("Tổng số hồ sơ": 120) is not a code.
    const dossierRows =
      read === null ? 0 : read.dossiers.filter((d) => (d.code !== null && looksLikeCode(d.code)) || d.received !== null || d.due !== null).length;
    const weighed = { sheetName: grid.sheetName, hidden: hidden.has(grid.sheetName), hasHeader, dossierRows };
    sheets.push(weighed);
    if (!hasHeader) return;
    withHeader++;
    if (dossierRows > 0) withRows++;
    if (best === null || better(weighed, sheets[best])) best = i;
  });
  return { index: best, reason: best === null ? 'none' : withHeader === 1 || withRows === 1 ? 'only' : 'mostDossiers', sheets };
}

function better(a: SheetWeighed, b: SheetWeighed): boolean {
  if (a.dossierRows !== b.dossierRows) return a.dossierRows > b.dossierRows;
  return !a.hidden && b.hidden;
}
