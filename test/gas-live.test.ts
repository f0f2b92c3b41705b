/**
 * "Xuất sổ tự tính" through the built bundle on the Apps Script fake: the tool's columns
 * become core's formulas (the user's cells stay, '=1+1' text stays text), helper columns
 * hidden, rules on the status text, tabs with their COUNTIFS; the calls do not grow with
 * the rows; a re-run and a check after it replace the tool's work; the run resumes over
 * several calls and starts again when the data changes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildLivePlan,
  checkSheet,
  defaultSettings,
  hostInput,
  liveDataBlock,
  parseIsoDay,
  STATUS_LABELS,
  type InputCell,
  type LivePlan,
  type Settings,
  type SheetGrid,
} from '../core/index.js';
import { callEntry, ensureBundle, loadBundle, type BundleContext } from './fakes/gas-bundle.js';
import { gasFake, type FakeSheet, type GasFake } from './fakes/gas-fake.js';
import { addSheet, golden, tiledCells } from './fakes/gas-sample.js';
import { TOOL_MARK_KEY } from '../apps-script/src/tool-marks.js';
import { SIDEBAR_LABELS } from '../apps-script/src/labels.vi.js';

type Rpc<T> = { ok: true; value: T } | { ok: false; error: { message: string; detail: string } };
interface Step {
  done: boolean;
  token: string | null;
  unitsDone: number;
  unitsTotal: number;
  message: string;
  restarted: boolean;
  summary: { sheetName: string; liveRows: number; fixedRows: number; years: number[]; tabs: string[]; asOfCell: string } | null;
}

const TZ = 'Asia/Ho_Chi_Minh';
const g = golden();
const settings: Settings = defaultSettings(parseIsoDay(g.asOf)!);
const DATA = g.grid.sheetName;

beforeAll(() => ensureBundle(), 240_000);

function setup(cells: InputCell[][] = g.grid.cells): { fake: GasFake; sheet: FakeSheet; context: BundleContext } {
  const fake = gasFake({ spreadsheetTimeZone: TZ });
  const sheet = addSheet(fake, DATA, cells, TZ);
  return { fake, sheet, context: loadBundle(fake) };
}

function ok<T>(out: Rpc<T>): T {
  if (!out.ok) throw new Error(`${out.error.message} ${out.error.detail}`);
  return out.value;
}

function live(context: BundleContext, request: object = { settings }): { last: Step; steps: Step[] } {
  const steps = [ok(callEntry<Rpc<Step>>(context, 'rpcStartLive', request))];
  while (!steps[steps.length - 1].done) steps.push(ok(callEntry<Rpc<Step>>(context, 'rpcContinueLive', steps[steps.length - 1].token)));
  return { last: steps[steps.length - 1], steps };
}

function check(context: BundleContext, chunkRows?: number): string[] {
  type CheckStep = { done: boolean; token: string | null; summary: { notes: string[] } };
  let out = ok(callEntry<Rpc<CheckStep>>(context, 'rpcStartCheck', { settings, chunkRows }));
  while (!out.done) out = ok(callEntry<Rpc<CheckStep>>(context, 'rpcContinueCheck', out.token));
  return out.summary.notes;
}

/** The grid as the server sees it for the live plan: date texts as serials in the spreadsheet's zone. */
function serialGrid(cells: InputCell[][]): SheetGrid {
  const serial = (cell: InputCell) => {
    if (typeof cell !== 'string') return cell;
    const m = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(cell);
    if (!m) return cell;
    return parseIsoDay(m[1])! + (m[2] === undefined ? 0 : (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4])) / 86_400);
  };
  return { sheetName: DATA, cells: cells.map((line) => line.map(serial)) };
}

function expectedPlan(cells: InputCell[][] = g.grid.cells): LivePlan {
  const result = checkSheet({ sheetName: DATA, cells }, settings);
  return buildLivePlan(serialGrid(cells), result, settings, { dataSheetName: DATA })!;
}

/** A cell as the server typed it: a formula's text, else its value ('' when empty). */
function input(sheet: FakeSheet, row: number, col: number): unknown {
  const v = sheet.peekValue(row, col);
  if (v !== null && typeof v === 'object' && 'formula' in v) return (v as { formula: string }).formula;
  return v ?? '';
}

/** Everything observable on a sheet: values (formulas as text), formats, hidden columns, widths, rules. */
function snapshot(sheet: FakeSheet) {
  // Empty cells compare equal whether never written or cleared.
  const values = Array.from(sheet.values, (line) => {
    const out = Array.from(line ?? [], (v) => (v instanceof Date ? v.toISOString() : (v ?? null)));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  const props = [...sheet.props.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([p, m]) => [p, [...m.entries()].sort((a, b) => a[0] - b[0])]);
  return { values, props, hidden: [...sheet.hiddenColumns].sort((a, b) => a - b), rules: sheet.rules.map((r) => ({ formula: r.formula, refs: r.peekRefs(), fill: r.background })) };
}

describe('Xuất sổ tự tính on the golden sample', () => {
  it("writes core's live block cell for cell, formulas never in a text cell", () => {
    const { sheet, context } = setup();
    const { last } = live(context);
    const plan = expectedPlan();
    const block = liveDataBlock(plan.data, 0, plan.data.rows.length);
    const got: unknown[] = [];
    const want: unknown[] = [];
    block.cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        const row = block.row + i;
        const col = block.col + j;
        got.push([row, col, input(sheet, row, col), sheet.peekProp('numberFormat', row, col)]);
        want.push([row, col, hostInput(cell), block.formats[i][j]]);
      }),
    );
    expect(got).toEqual(want);
    for (const patch of plan.data.settings) expect(input(sheet, patch.row, patch.col)).toEqual(hostInput(patch.value));
    expect(last.summary).toMatchObject({ sheetName: DATA, liveRows: 9, fixedRows: 0, years: [2024, 2025] });
    expect(last.summary!.tabs).toContain('Biểu 06a');
  });

  it("never changes a user cell: values (Dates, the text '=1+1') stay", () => {
    const { sheet, context } = setup();
    const before = JSON.stringify(sheet.values.map((line) => line.slice(0, 13)));
    live(context);
    expect(JSON.stringify(sheet.values.slice(0, 10).map((line) => line.slice(0, 13)))).toBe(before);
    expect(sheet.peekValue(10, 7)).toBe('=1+1');
  });

  it('hides the helper columns, colors by rules on the status text, and writes the tabs with their formulas', () => {
    const { fake, sheet, context } = setup();
    live(context);
    const first = expectedPlan().data.firstCol;
    expect([...sheet.hiddenColumns].sort((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, i) => first + 4 + i));
    const overdue = sheet.rules.filter((r) => r.background === '#FFC7CE').map((r) => r.formula);
    expect(overdue).toEqual([`=$N2="${STATUS_LABELS.overdue}"`]);
    const form = fake.ss.peekSheet('Biểu 06a');
    const formulas = form.values.flat().filter((v) => v !== null && typeof v === 'object' && 'formula' in (v as object)) as { formula: string }[];
    expect(formulas.filter((f) => f.formula.includes(`COUNTIFS('${DATA}'!`)).length).toBeGreaterThan(20);
    const days = fake.ss.peekSheet('Ngày nghỉ');
    expect(days.values.flat().filter((v) => v !== null && typeof v === 'object' && (v as { formula: string }).formula.startsWith('=IF(COUNTIFS(')).length).toBe(731);
    expect(fake.ss.active?.name).toBe(DATA);
  });

  it('makes the same service calls for 300 and 3,000 rows, in one call each', () => {
    const calls = (rows: number) => {
      const made = setup(tiledCells(rows));
      made.fake.log.reset();
      const { steps } = live(made.context);
      expect(steps.length).toBe(1);
      return made.fake.log.byMethod();
    };
    const small = calls(300);
    // A new tab has 1,000 rows: a list tab with more gets one insertRowsAfter, whatever its length.
    const { 'Sheet.insertRowsAfter': grown = 0, ...big } = calls(3_000);
    expect(big).toEqual(small);
    expect(grown).toBeLessThanOrEqual(small['Spreadsheet.insertSheet']);
    expect(small['Range.setFormulaR1C1']).toBeGreaterThan(10);
  }, 120_000);

  it('a second run leaves the sheet as the first left it', () => {
    const { fake, sheet, context } = setup();
    live(context);
    const once = snapshot(sheet);
    live(loadBundle(fake));
    expect(snapshot(sheet)).toEqual(once);
  });

  it('a check after the live run replaces its columns as on a sheet never made live, and a live run after the check is the live run again', () => {
    const plain = setup();
    check(plain.context);
    const { sheet, context } = setup();
    live(context);
    const liveOnce = snapshot(sheet);
    // The result says the live tabs still count the columns just replaced, also when the check took several calls.
    expect(check(context, 4)).toContain(SIDEBAR_LABELS.results.liveReplaced);
    expect(check(plain.context)).not.toContain(SIDEBAR_LABELS.results.liveReplaced);
    // Sheets keeps a cleared column's width: compare what the check writes, not the widths of the columns it leaves.
    expect(snapshot(sheet)).toEqual(snapshot(plain.sheet));
    live(context);
    expect(snapshot(sheet)).toEqual(liveOnce);
  });

  it('keeps the rows and notes the office typed on its own "Ngày nghỉ" tab, and makes it the tool\'s', () => {
    const { fake, context } = setup();
    const own = fake.ss.peekAddSheet('Ngày nghỉ', 100, 10);
    own.values = [['Ngày nghỉ của xã'], [], ['Ngày', 'Loại', 'Ghi chú'], [new Date(Date.UTC(2024, 5, 10, 17, 0, 0)), 'Nghỉ thêm', 'Nghỉ bù ngày hội của xã']];
    const { last } = live(context);
    const tab = fake.ss.peekSheet('Ngày nghỉ');
    expect(tab).toBe(own);
    expect(tab.metadata.map((m) => [m.getKey(), m.getValue()])).toEqual([[TOOL_MARK_KEY, 'Ngày nghỉ']]);
    expect([tab.peekValue(4, 2), tab.peekValue(4, 3)]).toEqual(['Nghỉ thêm', 'Nghỉ bù ngày hội của xã']);
    expect(last.summary!.tabs.filter((n) => n.startsWith('Ngày nghỉ'))).toEqual(['Ngày nghỉ']);
  });
});

it('follows the tool\'s "Ngày nghỉ" tab the office renamed: the data formulas point at its new name', () => {
  const { fake, sheet, context } = setup();
  live(context);
  fake.ss.peekSheet('Ngày nghỉ').setName('Lịch nghỉ của xã');
  const { last } = live(context);
  expect(last.summary!.tabs).toContain('Lịch nghỉ của xã');
  const formulas = sheet.values.flat().map((v) => (v !== null && typeof v === 'object' && 'formula' in (v as object) ? (v as { formula: string }).formula : '')).join('\n');
  expect(formulas).toContain("'Lịch nghỉ của xã'!");
  expect(formulas).not.toContain("'Ngày nghỉ'!");
});

describe('Xuất sổ tự tính resumes', () => {
  it('two tabs and 3 rows a call end with the same sheets as one call', () => {
    const whole = setup();
    live(whole.context);
    const parts = setup();
    const { steps, last } = live(parts.context, { settings, tabsPerCall: 2, chunkRows: 3 });
    expect(steps.length).toBeGreaterThan(4);
    expect(steps.slice(0, -1).every((s) => s.token !== null && s.message !== '')).toBe(true);
    expect(steps.map((s) => s.unitsDone)).toEqual([...steps.map((s) => s.unitsDone)].sort((a, b) => a - b));
    expect(last.unitsDone).toBe(last.unitsTotal);
    for (const name of whole.fake.ss.sheets.map((s) => s.name)) expect(snapshot(parts.fake.ss.peekSheet(name)), name).toEqual(snapshot(whole.fake.ss.peekSheet(name)));
  });

  it('when the data changes between calls, the writing starts again and ends as a fresh run on the new data', () => {
    const { sheet, context } = setup();
    let step = ok(callEntry<Rpc<Step>>(context, 'rpcStartLive', { settings, tabsPerCall: 3, chunkRows: 3 }));
    // Someone finishes H-004 (row 5) on 2024-06-12 while the tool is writing.
    sheet.peekSetValue(5, 12, new Date(Date.UTC(2024, 5, 12, 2, 0, 0)));
    sheet.peekSetValue(5, 13, 'Đã trả kết quả');
    step = ok(callEntry<Rpc<Step>>(context, 'rpcContinueLive', step.token));
    const restarted = step.restarted;
    while (!step.done) step = ok(callEntry<Rpc<Step>>(context, 'rpcContinueLive', step.token));
    const fresh = setup();
    fresh.sheet.peekSetValue(5, 12, new Date(Date.UTC(2024, 5, 12, 2, 0, 0)));
    fresh.sheet.peekSetValue(5, 13, 'Đã trả kết quả');
    live(fresh.context);
    expect(restarted).toBe(true);
    expect(snapshot(sheet)).toEqual(snapshot(fresh.sheet));
  });

  it('a token that is not ours is refused with a sentence', () => {
    const { context } = setup();
    const out = callEntry<Rpc<Step>>(context, 'rpcContinueLive', '{"v":1,"kind":"reports"}');
    expect(out.ok ? null : out.error.message).toContain('Xuất sổ tự tính');
  });

  it('a sheet without a header gets nothing written and says so', () => {
    const fake = gasFake();
    const sheet = addSheet(fake, 'Trống', [['ghi chú'], [1], [2]], TZ);
    const step = ok(callEntry<Rpc<Step>>(loadBundle(fake), 'rpcStartLive', { sheetName: 'Trống', settings }));
    expect([step.done, step.summary, sheet.values.map((l) => l.length)]).toEqual([true, null, [1, 1, 1]]);
    expect(step.message).toContain('Trống');
  });
});
