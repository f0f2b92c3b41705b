/**
 * Data problems are returned values, never thrown. Every code has a Vietnamese
 * message in `labels.vi.ts`.
 */
export type ProblemCode =
  // reading the sheet
  | 'sheet.empty'
  | 'sheet.noHeader'
  | 'header.missingField'
  | 'header.ambiguous'
  | 'header.mapOverride'
  | 'header.mapUnknownColumn'
  | 'date.unreadable'
  | 'date.impossible'
  | 'date.monthFirst'
  | 'date.fromCode'
  | 'date.outOfRange'
  | 'period.unreadable'
  | 'status.unknown'
  | 'status.contradictsDates'
  | 'channel.unknown'
  | 'row.noCode'
  | 'row.duplicateCode'
  | 'row.noDue'
  | 'row.noReceived'
  | 'row.finishBeforeReceived'
  // classification rules (issue 9)
  | 'row.returnBeforeReceived'
  | 'row.actualBeforeReceived'
  | 'row.dueBeforeReceived'
  | 'row.resolvedNoFinish'
  | 'due.systemWrong'
  | 'due.systemDiffers'
  | 'row.extendedMoreThanOnce'
  | 'row.derivedTextIgnored'
  // calendar
  | 'calendar.pendingDaysOff'
  | 'calendar.projected'
  | 'calendar.undecidedDays'
  // consolidation
  | 'merge.duplicateCode'
  | 'merge.periodMismatch'
  | 'merge.unrecognizedInput'
  // files (cli)
  | 'file.unreadable'
  | 'file.binaryXls'
  | 'file.encoding'
  | 'file.unclosedQuote';

export interface Problem {
  code: ProblemCode;
  /** Sheet row as the user sees it, 1-based; 0 for problems about the whole sheet or file. */
  row: number;
  /** Heading as written, e.g. "Ngày hẹn trả". */
  column?: string;
  /** Column letter in the sheet, e.g. "F", when known (lets a host select the cell). */
  columnLetter?: string;
  /** Raw text found. */
  value?: string;
  severity: 'error' | 'warning';
  /** Extra words for the message (e.g. the sheet name in a merge problem). */
  detail?: string;
}

/** Result of a cell parser: the importer adds row and column. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ProblemCode };
