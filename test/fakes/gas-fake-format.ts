/**
 * Conditional-format rules and embedded charts of the Apps Script fake, and the
 * evaluation of the rule formulas the add-on writes. An unknown formula throws, so a
 * change in how the add-on colors cells shows up in the tests.
 */
import type { CallLog } from './gas-fake-log.js';
import { track } from './gas-fake-log.js';

/** The part of a range a rule or chart keeps. */
export interface RangeRef {
  sheetName: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface RangeLike {
  peekRef(): RangeRef;
}

export class FakeRule {
  constructor(
    readonly formula: string,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: RangeLike[],
  ) {}

  getBooleanCondition() {
    const formula = this.formula;
    return { getCriteriaType: () => 'CUSTOM_FORMULA', getCriteriaValues: () => [formula] };
  }

  getRanges(): RangeLike[] {
    return this.ranges;
  }

  peekRefs(): RangeRef[] {
    return this.ranges.map((r) => r.peekRef());
  }
}

export class FakeRuleBuilder {
  private formula = '';
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: RangeLike[] = [];

  whenFormulaSatisfied(formula: string): this {
    this.formula = formula;
    return this;
  }

  setBackground(color: string): this {
    this.background = color;
    return this;
  }

  setFontColor(color: string): this {
    this.fontColor = color;
    return this;
  }

  setRanges(ranges: RangeLike[]): this {
    this.ranges = [...ranges];
    return this;
  }

  build(): FakeRule {
    if (this.ranges.length === 0) throw new Error('fake: a conditional format rule needs ranges');
    return new FakeRule(this.formula, this.background, this.fontColor, this.ranges);
  }
}

/** Column letters → 1-based column. */
function colFromLetters(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

const CONSTANT = /^="((?:[^"]|"")*)"="((?:[^"]|"")*)"$/;
const CELL_EQUALS = /^=\$([A-Z]{1,3})(\d+)="((?:[^"]|"")*)"$/;

/**
 * True when the rule's formula holds for cell (row, col), Sheets-style: references are
 * relative to the top-left cell of the rule's first range.
 */
export function ruleHolds(rule: FakeRule, row: number, _col: number, valueAt: (row: number, col: number) => unknown): boolean {
  let m = CONSTANT.exec(rule.formula);
  if (m) return m[1] === m[2];
  m = CELL_EQUALS.exec(rule.formula);
  if (!m) throw new Error(`fake: unsupported conditional-format formula ${rule.formula}`);
  const anchor = rule.peekRefs()[0];
  const refRow = Number(m[2]) + (row - anchor.row);
  const value = valueAt(refRow, colFromLetters(m[1]));
  return String(value ?? '') === m[3].replace(/""/g, '"');
}

export interface FakeChart {
  type: string;
  ranges: RangeRef[];
  options: Record<string, unknown>;
  position: { row: number; col: number };
  transpose: boolean;
  numHeaders: number | null;
}

export class FakeChartBuilder {
  private chart: FakeChart = { type: 'unset', ranges: [], options: {}, position: { row: 1, col: 1 }, transpose: false, numHeaders: null };

  constructor(private readonly log: CallLog) {}

  private as(type: string): FakeChartBuilder {
    this.chart.type = type;
    return track(this, 'EmbeddedChartBuilder', this.log);
  }

  asColumnChart() {
    return this.as('column');
  }

  asBarChart() {
    return this.as('bar');
  }

  asPieChart() {
    return this.as('pie');
  }

  addRange(range: RangeLike): this {
    this.chart.ranges.push(range.peekRef());
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): this {
    this.chart.transpose = transpose;
    return this;
  }

  setNumHeaders(n: number): this {
    this.chart.numHeaders = n;
    return this;
  }

  setOption(key: string, value: unknown): this {
    this.chart.options[key] = value;
    return this;
  }

  setPosition(row: number, col: number, _offsetX: number, _offsetY: number): this {
    this.chart.position = { row, col };
    return this;
  }

  build(): FakeChart {
    if (this.chart.type === 'unset' || this.chart.ranges.length === 0) throw new Error('fake: chart without type or ranges');
    return { ...this.chart };
  }
}
