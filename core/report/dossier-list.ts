/**
 * A list of dossiers as an appendix tab (Mẫu 2.1 title, bordered table, one bold row
 * per group with STT restarting inside it, total line). Phụ lục I/II and the due-soon
 * list are built with it.
 */
import { REPORT_LABELS } from '../labels.vi.js';
import type { CellStyle, ChartSpec, PlanCell, PrintSetup, SheetKind, SheetPlan } from '../plan/plan.js';
import { formatCount } from './format.js';
import { FORMATS, printSetup, widthsPt, writeAppendixTitle, writeCodeRow, writeHeadingRow, writeLine } from './layout.js';
import { paginate } from './paginate.js';
import { createDraft, finishSheet, setCell, skipRows, styleRange, writeRow } from './sheet-builder.js';

export type ListColumnKind = 'stt' | 'text' | 'date' | 'count' | 'number';

export interface ListColumn<T> {
  heading: string;
  widthMm: number;
  kind: ListColumnKind;
  /** Number format for 'number' columns. */
  format?: string;
  /** The cell of an item; unused for 'stt'. */
  value: (item: T) => PlanCell;
}

/** Items under one bold group row; a null label writes no group row. */
export interface ListGroup<T> {
  label: string | null;
  items: readonly T[];
}

export interface ListSheetOptions<T> {
  name: string;
  kind: SheetKind;
  orientation: PrintSetup['orientation'];
  title: { number?: string; title: string; lines: readonly string[] };
  columns: readonly ListColumn<T>[];
  groups: readonly ListGroup<T>[];
  /** Write the "(1)…(n)" row under the headings. */
  codeRow: boolean;
  /** Write "Tổng số: N hồ sơ" under the table. */
  totalLine: boolean;
  notes?: readonly string[];
  freezeHeader?: boolean;
  /** Charts beside the list (they print on a page of their own). */
  charts?: ChartSpec[];
}

const GROUP_ROW: CellStyle = { bold: true, hAlign: 'left', wrap: false, numberFormat: FORMATS.text };

const KIND_STYLE: Record<ListColumnKind, CellStyle> = {
  stt: { hAlign: 'center' },
  text: { hAlign: 'left', wrap: true },
  date: { hAlign: 'center', numberFormat: FORMATS.date },
  count: { hAlign: 'center', numberFormat: FORMATS.count },
  number: { hAlign: 'center' },
};

/**
 * Builds the list tab. Dates are Day serials shown as dd/mm/yyyy.
 * @example buildListSheet({ name: 'Phụ lục I', kind: 'appendix-1', … }).print.repeatRows // => { from: 7, to: 8 }
 */
export function buildListSheet<T>(options: ListSheetOptions<T>): SheetPlan {
  const cols = options.columns.length;
  const widths = widthsPt(options.columns.map((c) => c.widthMm));
  const d = createDraft(cols);
  writeAppendixTitle(d, widths, options.title);
  const headingRow = writeHeadingRow(d, widths, options.columns.map((c) => c.heading));
  const lastHeadRow = options.codeRow ? writeCodeRow(d, cols) : headingRow;

  const firstBody = d.row;
  let count = 0;
  const line = new Array<PlanCell>(cols);
  const groupRows: number[] = [];
  for (const group of options.groups) {
    if (group.label !== null) {
      // Styled once below, after the column styles, so they do not win over it.
      const row = d.row;
      setCell(d, row, 1, group.label);
      d.merges.push({ row, col: 1, rows: 1, cols });
      groupRows.push(row);
    }
    let stt = 0;
    for (const item of group.items) {
      stt++;
      for (let c = 0; c < cols; c++) {
        const column = options.columns[c];
        line[c] = column.kind === 'stt' ? stt : column.value(item);
      }
      // Its height comes from its wrapped text (paginate.ts), so no host prints it over the next row.
      writeRow(d, d.row, line);
    }
    count += group.items.length;
  }
  const bodyRows = d.row - firstBody;
  if (bodyRows > 0) {
    styleRange(d, firstBody, 1, bodyRows, cols, { border: true, vAlign: 'center' });
    options.columns.forEach((column, i) => {
      const style = column.format === undefined ? KIND_STYLE[column.kind] : { ...KIND_STYLE[column.kind], numberFormat: column.format };
      styleRange(d, firstBody, i + 1, bodyRows, 1, style);
    });
    let row = firstBody;
    for (const group of options.groups) {
      if (group.label !== null) styleRange(d, row++, 1, 1, cols, GROUP_ROW);
      row += group.items.length;
    }
  }
  if (options.totalLine) {
    writeLine(d, widths, REPORT_LABELS.appendix.totalLine(formatCount(count)), { bold: true, vAlign: 'center' });
  }
  if (options.notes !== undefined && options.notes.length > 0) {
    skipRows(d, 1);
    writeLine(d, widths, REPORT_LABELS.notesTitle, { bold: true, italic: true, fontSize: 11 });
    for (const note of options.notes) writeLine(d, widths, `- ${note}`, { italic: true, fontSize: 11 });
  }
  const lastBody = firstBody + bodyRows - 1;
  const plan = finishSheet(d, {
    name: options.name,
    kind: options.kind,
    columnWidthsPt: widths,
    print: printSetup(options.orientation, { from: headingRow, to: lastHeadRow }),
    ...(options.freezeHeader ? { freeze: { rows: lastHeadRow, cols: 0 } } : {}),
    ...(options.charts ? { charts: options.charts } : {}),
  });
  // Pages break between rows: a group row stays with its first dossier, the total line and notes with the last one.
  const end = d.row - 1;
  return paginate(plan, {
    body: { from: firstBody, to: Math.max(firstBody, lastBody) },
    keepWithNext: groupRows,
    ...(end > lastBody && bodyRows > 0 ? { keepWithEnd: { from: lastBody, to: end } } : {}),
  });
}
