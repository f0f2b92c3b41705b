/**
 * "Kiểm tra hạn" through the built bundle on the hand-checked golden sample: the values
 * and colors written are core's, the user's cells and rules are kept, a re-run replaces
 * only the tool's work, and chunked writing gives the same sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSheet, defaultSettings, parseIsoDay, STATUS_LABELS, type Settings } from '../core/index.js';
import { SIDEBAR_LABELS } from '../apps-script/src/labels.vi.js';
import { callEntry, ensureBundle, loadBundle, type BundleContext } from './fakes/gas-bundle.js';
import { gasFake, type FakeSheet, type GasFake } from './fakes/gas-fake.js';
import { FakeRule } from './fakes/gas-fake-format.js';
import { addSheet, golden } from './fakes/gas-sample.js';

type Rpc<T> = { ok: true; value: T } | { ok: false; error: { message: string; detail: string } };
interface Step {
  done: boolean;
  token: string | null;
  rowsDone: number;
  rowsTotal: number;
  restarted: boolean;
  summary: { counts: Record<string, number>; problems: { code: string; row: number; columnLetter?: string; sheetName: string }[] };
}

const TZ = 'Asia/Ho_Chi_Minh';
const g = golden();
const settings: Settings = defaultSettings(parseIsoDay(g.asOf)!);
/** Core's plan for the golden grid (the tool block starts right of column M). */
const plan = checkSheet(g.grid, settings).plan!;

beforeAll(() => ensureBundle(), 240_000);

function setup(): { fake: GasFake; sheet: FakeSheet; context: BundleContext } {
  const fake = gasFake({ spreadsheetTimeZone: TZ });
  const sheet = addSheet(fake, g.grid.sheetName, g.grid.cells, TZ);
  return { fake, sheet, context: loadBundle(fake) };
}

function run(context: BundleContext, request: object): Step {
  let out = callEntry<Rpc<Step>>(context, 'rpcStartCheck', request);
  for (;;) {
    if (!out.ok) throw new Error(`${out.error.message} ${out.error.detail}`);
    if (out.value.done) return out.value;
    out = callEntry<Rpc<Step>>(context, 'rpcContinueCheck', out.value.token);
  }
}

/** Everything observable on the sheet: values, formats per property, rule colors. */
function snapshot(sheet: FakeSheet) {
  const cells: Record<string, unknown> = {};
  for (let r = 1; r <= 14; r++) {
    for (let c = 1; c <= 20; c++) {
      const props = Object.fromEntries([...sheet.props.entries()].map(([p, m]) => [p, m.get(r * 20_000 + c)]).filter(([, v]) => v !== undefined));
      const value = sheet.peekValue(r, c);
      const rule = sheet.peekRuleColors(r, c);
      if (value !== undefined || Object.keys(props).length > 0 || rule) cells[`${r},${c}`] = { value, props, rule };
    }
  }
  return { cells, rules: sheet.rules.map((rule) => ({ formula: rule.formula, refs: rule.peekRefs() })) };
}

describe('Kiểm tra hạn on the golden sample (Hà Nội time)', () => {
  it('writes the hand-checked status, due serial and working days late of every row', () => {
    const { sheet, context } = setup();
    run(context, { settings });
    const first = plan.firstCol;
    const written = g.expected.rows.map(({ row }) => ({
      row,
      status: sheet.peekValue(row, first),
      due: sheet.peekValue(row, first + 1) ?? null,
      daysLate: sheet.peekValue(row, first + 2) ?? null,
    }));
    expect(written).toEqual(g.expected.rows.map((r) => ({ row: r.row, status: STATUS_LABELS[r.status], due: r.due === null ? null : expect.closeTo(r.due, 9), daysLate: r.daysLate })));
  });

  it("writes core's values, headings and number formats exactly", () => {
    const { sheet, context } = setup();
    run(context, { settings });
    const block = plan.values.map((line, i) => line.map((_, j) => sheet.peekValue(plan.headerRow + 1 + i, plan.firstCol + j) ?? null));
    const formats = plan.values.map((line, i) => line.map((_, j) => sheet.peekProp('numberFormat', plan.headerRow + 1 + i, plan.firstCol + j)));
    const headings = plan.headings.map((_, j) => sheet.peekValue(plan.headerRow, plan.firstCol + j));
    expect({ block, formats, headings }).toEqual({
      block: plan.values,
      formats: plan.values.map((line) => line.map((v, j) => (typeof v === 'string' ? '@' : plan.numberFormats[j]))),
      headings: plan.headings,
    });
  });

  it('colors exactly the hand-checked cells: the tool columns and the due cell (K) of late, overdue, due-soon and invalid rows', () => {
    const { sheet, context } = setup();
    run(context, { settings });
    const colored: Record<string, unknown> = {};
    for (let r = 2; r <= 10; r++) {
      for (let c = 1; c <= plan.firstCol + 2; c++) {
        const colors = sheet.peekRuleColors(r, c);
        if (colors) colored[`${r},${c}`] = colors;
      }
    }
    const expected: Record<string, unknown> = {};
    for (const { row, fill, fontColor } of g.expected.colored) {
      for (const c of [11, plan.firstCol, plan.firstCol + 1, plan.firstCol + 2]) expected[`${row},${c}`] = { background: fill, fontColor };
    }
    expect(colored).toEqual(expected);
  });

  it('writes the legend with every status in its colors', () => {
    const { sheet, context } = setup();
    run(context, { settings });
    const { anchor, rows } = plan.legend;
    const legend = rows.map((_r, i) => ({
      label: sheet.peekValue(anchor.row + 1 + i, anchor.col),
      fill: sheet.peekProp('background', anchor.row + 1 + i, anchor.col) ?? null,
      fontColor: sheet.peekProp('fontColor', anchor.row + 1 + i, anchor.col) ?? null,
    }));
    expect(legend).toEqual(rows.map((r) => ({ label: r.label, fill: r.fill, fontColor: r.fontColor })));
  });

  it("never changes a user cell: values (Dates, the text '=1+1') and formats stay", () => {
    const { sheet, context } = setup();
    const before = JSON.stringify(sheet.values.map((line) => line.slice(0, 13)));
    run(context, { settings });
    const after = JSON.stringify(sheet.values.slice(0, 10).map((line) => line.slice(0, 13)));
    const userFormats = [...sheet.props.values()].flatMap((m) => [...m.keys()].filter((k) => k % 20_000 <= 13));
    expect({ values: after, userFormats }).toEqual({ values: before, userFormats: [] });
    expect(sheet.peekValue(10, 7)).toBe('=1+1');
  });

  it('returns the problems with their sheet and cell, for the sidebar to select', () => {
    const { fake, context } = setup();
    const step = run(context, { settings });
    const noReceived = step.summary.problems.find((p) => p.code === 'row.noReceived');
    expect(noReceived && { row: noReceived.row, columnLetter: noReceived.columnLetter, sheetName: noReceived.sheetName }).toEqual({
      row: 9,
      columnLetter: 'I',
      sheetName: 'Hồ sơ',
    });
    callEntry(context, 'rpcSelectCell', { sheetName: 'Hồ sơ', row: 9, columnLetter: 'I' });
    expect(fake.ss.active?.activeCell).toEqual({ row: 9, col: 9 });
  });

  it("a second run replaces the tool's rules and columns and keeps the user's own rule", () => {
    const { fake, sheet, context } = setup();
    const userRule = new FakeRule('=$M2="Đã trả kết quả"', '#000000', null, [sheet.getRangeUntracked('A2:A10')]);
    sheet.rules = [userRule];
    run(context, { settings });
    const once = snapshot(sheet);
    run(loadBundle(fake), { settings });
    expect(snapshot(sheet)).toEqual(once);
    expect(sheet.rules.at(-1)).toBe(userRule);
    expect(sheet.rules.length).toBe(plan.fills.length + 1);
  });

  it('writing in blocks of 3 rows gives the same sheet as one call', () => {
    const whole = setup();
    run(whole.context, { settings });
    const chunked = setup();
    const steps: number[] = [];
    let out = callEntry<Rpc<Step>>(chunked.context, 'rpcStartCheck', { settings, chunkRows: 3 });
    while (out.ok && !out.value.done) {
      steps.push(out.value.rowsDone);
      out = callEntry<Rpc<Step>>(chunked.context, 'rpcContinueCheck', out.value.token);
    }
    expect(out.ok && out.value.rowsDone).toBe(9);
    expect(steps).toEqual([3, 6]);
    expect(snapshot(chunked.sheet)).toEqual(snapshot(whole.sheet));
  });

  it('when the data changes between blocks, the writing starts again and ends as a fresh run on the new data', () => {
    const { sheet, context } = setup();
    const first = callEntry<Rpc<Step>>(context, 'rpcStartCheck', { settings, chunkRows: 3 });
    if (!first.ok) throw new Error(first.error.detail);
    // Someone finishes H-004 (row 5) on 2024-06-12 while the tool is writing.
    sheet.peekSetValue(5, 12, new Date(Date.UTC(2024, 5, 12, 2, 0, 0)));
    sheet.peekSetValue(5, 13, 'Đã trả kết quả');
    let out = callEntry<Rpc<Step>>(context, 'rpcContinueCheck', first.value.token);
    const restarted = out.ok && out.value.restarted;
    while (out.ok && !out.value.done) out = callEntry<Rpc<Step>>(context, 'rpcContinueCheck', out.value.token);
    const fresh = setup();
    fresh.sheet.peekSetValue(5, 12, new Date(Date.UTC(2024, 5, 12, 2, 0, 0)));
    fresh.sheet.peekSetValue(5, 13, 'Đã trả kết quả');
    run(fresh.context, { settings });
    expect(restarted).toBe(true);
    expect(snapshot(sheet)).toEqual(snapshot(fresh.sheet));
    expect(sheet.peekValue(5, plan.firstCol)).toBe(STATUS_LABELS.late);
  });

  it('a sheet without a header row gets nothing written and the problem explained', () => {
    const fake = gasFake();
    const sheet = addSheet(fake, 'Trống', [['ghi chú'], [1], [2]], TZ);
    const step = run(loadBundle(fake), { sheetName: 'Trống', settings });
    expect(step.summary.problems.map((p) => p.code)).toContain('sheet.noHeader');
    expect(sheet.values.map((l) => l.length)).toEqual([1, 1, 1]);
    expect(SIDEBAR_LABELS.errors.generic).toBeTruthy();
  });
});
