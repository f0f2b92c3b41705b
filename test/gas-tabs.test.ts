/**
 * Tabs the add-on writes from core's SheetPlans: "Tạo phụ lục", "Tổng hợp" and "Ngày
 * nghỉ". Values are core's exactly (text stays text), merges, widths and charts follow
 * the plan, a re-run reuses the tabs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildDaysOffSheet,
  buildReports,
  checkSheet,
  consolidate,
  dayFromYmd,
  defaultSettings,
  headerWithAgency,
  parseIsoDay,
  printNote,
  type SheetPlan,
} from '../core/index.js';
import { callEntry, ensureBundle, loadBundle, type BundleContext } from './fakes/gas-bundle.js';
import { gasFake, type FakeSheet, type GasFake } from './fakes/gas-fake.js';
import { addSheet, golden } from './fakes/gas-sample.js';

type Rpc<T> = { ok: true; value: T } | { ok: false; error: { message: string; detail: string } };
interface Tabs {
  sheetNames: string[];
  problems: { code: string; sheetName: string }[];
}

const TZ = 'Asia/Ho_Chi_Minh';
const g = golden();
const settings = defaultSettings(parseIsoDay(g.asOf)!);

beforeAll(() => ensureBundle(), 240_000);

function setup(): { fake: GasFake; context: BundleContext } {
  const fake = gasFake({ spreadsheetTimeZone: TZ });
  addSheet(fake, g.grid.sheetName, g.grid.cells, TZ);
  return { fake, context: loadBundle(fake) };
}

function ok<T>(out: Rpc<T>): T {
  if (!out.ok) throw new Error(`${out.error.message} ${out.error.detail}`);
  return out.value;
}

/** A plan's cells as Sheets keeps them: an empty string is an empty cell. */
function stored(plan: SheetPlan): unknown[][] {
  return plan.cells.map((line) => line.map((v) => (v === '' ? null : v)));
}

/** The tab's cells as the plan lays them out (null for empty). */
function written(sheet: FakeSheet, plan: SheetPlan): unknown[][] {
  return plan.cells.map((line, r) => line.map((_, c) => sheet.peekValue(r + 1, c + 1) ?? null));
}

describe('Tạo phụ lục', () => {
  const checked = checkSheet(g.grid, settings);
  const plans = buildReports(checked.dossiers, { ...settings, header: headerWithAgency(settings.header, checked.agency) });

  it("writes every report tab core builds, in core's order, with core's values exactly", () => {
    const { fake, context } = setup();
    const out = ok(callEntry<Rpc<Tabs>>(context, 'rpcMakeReports', { sheetName: g.grid.sheetName, settings }));
    expect(out.sheetNames).toEqual(plans.map((p) => p.name));
    const cells = Object.fromEntries(plans.map((p) => [p.name, written(fake.ss.peekSheet(p.name), p)]));
    expect(cells).toEqual(Object.fromEntries(plans.map((p) => [p.name, stored(p)])));
  });

  it("merges, column widths, frozen rows and charts follow core's plan", () => {
    const { fake, context } = setup();
    ok(callEntry<Rpc<Tabs>>(context, 'rpcMakeReports', { sheetName: g.grid.sheetName, settings }));
    const layout = (p: SheetPlan) => {
      const sheet = fake.ss.peekSheet(p.name);
      return {
        merges: sheet.merges.map(({ row, col, rows, cols }) => ({ row, col, rows, cols })).sort((a, b) => a.row - b.row || a.col - b.col),
        widths: p.columnWidthsPt.map((_, i) => sheet.columnWidths.get(i + 1)),
        frozen: sheet.frozen.rows,
        charts: sheet.charts.map((c) => ({ type: c.type, title: c.options.title, at: c.position, ranges: c.ranges.length })),
      };
    };
    const expected = (p: SheetPlan) => ({
      merges: p.merges.filter((m) => m.rows > 1 || m.cols > 1).sort((a, b) => a.row - b.row || a.col - b.col),
      widths: p.columnWidthsPt.map((pt) => Math.max(1, Math.round((pt * 4) / 3))),
      frozen: p.freeze?.rows ?? 0,
      charts: p.charts.map((c) => ({
        type: c.kind === 'stackedColumn' ? 'column' : c.kind,
        title: c.title,
        at: c.anchor,
        ranges: 1 + c.series.length,
      })),
    });
    expect(Object.fromEntries(plans.map((p) => [p.name, layout(p)]))).toEqual(Object.fromEntries(plans.map((p) => [p.name, expected(p)])));
  });

  it("sets the layout rows' heights from core's plan and puts core's planned pages in a note on A1", () => {
    const { fake, context } = setup();
    ok(callEntry<Rpc<Tabs>>(context, 'rpcMakeReports', { sheetName: g.grid.sheetName, settings }));
    for (const p of plans) {
      const sheet = fake.ss.peekSheet(p.name);
      // Layout rows get core's height; rows sized by their wrapped text are left to Sheets' own fitting.
      expect([p.name, p.rowHeightsPt.map((h) => sheet.rowHeights.get(h.row))]).toEqual([
        p.name,
        p.rowHeightsPt.map((h) => (h.auto ? undefined : Math.max(1, Math.round((h.heightPt * 4) / 3)))),
      ]);
      const note = sheet.notes.get('1,1') ?? '';
      expect(note).toBe(printNote(p));
      expect(note).toContain(`tỷ lệ ${p.print.scalePercent}%`);
      if (p.print.rowBreaks!.length > 0) expect(note).toContain(`ngắt trang sau dòng ${p.print.rowBreaks!.join(', ')}`);
    }
    const form = fake.ss.peekSheet('Biểu 06a').notes.get('1,1')!;
    expect(form).toMatch(/giữ dòng \d+–\d+ \(ghi chú, ngày tháng, chữ ký\) trên cùng một trang/);
  });

  it('text stays text: every string of every tab is stored as written, in a "@" cell', () => {
    const { fake, context } = setup();
    ok(callEntry<Rpc<Tabs>>(context, 'rpcMakeReports', { sheetName: g.grid.sheetName, settings }));
    const notText: string[] = [];
    for (const p of plans) {
      const sheet = fake.ss.peekSheet(p.name);
      p.cells.forEach((line, r) =>
        line.forEach((v, c) => {
          if (typeof v === 'string' && sheet.peekProp('numberFormat', r + 1, c + 1) !== '@') notText.push(`${p.name}!${r + 1},${c + 1}`);
        }),
      );
    }
    expect(notText).toEqual([]);
  });

  it('a second run reuses the same tabs (same ids), with no chart drawn twice', () => {
    const { fake, context } = setup();
    ok(callEntry<Rpc<Tabs>>(context, 'rpcMakeReports', { sheetName: g.grid.sheetName, settings }));
    const ids = fake.ss.sheets.map((s) => [s.name, s.id, s.charts.length]);
    ok(callEntry<Rpc<Tabs>>(loadBundle(fake), 'rpcMakeReports', { sheetName: g.grid.sheetName, settings }));
    expect(fake.ss.sheets.map((s) => [s.name, s.id, s.charts.length])).toEqual(ids);
  });
});

describe('Tổng hợp', () => {
  it("writes core's consolidation of the ticked sheets", () => {
    const fake = gasFake({ spreadsheetTimeZone: TZ });
    const [heading, ...rows] = g.grid.cells;
    const a = [heading, ...rows.slice(0, 5)];
    const b = [heading, ...rows.slice(5)];
    addSheet(fake, 'UBND xã A', a, TZ);
    addSheet(fake, 'UBND xã B', b, TZ);
    const out = ok(callEntry<Rpc<Tabs>>(loadBundle(fake), 'rpcConsolidate', { sheetNames: ['UBND xã A', 'UBND xã B'], settings }));
    const expected = consolidate(
      [
        { name: 'UBND xã A', grid: { sheetName: 'UBND xã A', cells: a } },
        { name: 'UBND xã B', grid: { sheetName: 'UBND xã B', cells: b } },
      ],
      settings,
    );
    expect(out.sheetNames).toEqual(expected.sheets.map((s) => s.name));
    const cells = Object.fromEntries(expected.sheets.map((p) => [p.name, written(fake.ss.peekSheet(p.name), p)]));
    expect(cells).toEqual(Object.fromEntries(expected.sheets.map((p) => [p.name, stored(p)])));
  });

  it('asks for at least one sheet', () => {
    const { context } = setup();
    const out = callEntry<Rpc<Tabs>>(context, 'rpcConsolidate', { sheetNames: [], settings });
    expect(out.ok).toBe(false);
  });
});

describe('Ngày nghỉ', () => {
  it("creates the tab from core's plan, with the years of the period and the next one", () => {
    const { fake, context } = setup();
    ok(callEntry<Rpc<Tabs>>(context, 'rpcOpenDaysOff', { settings }));
    const plan = buildDaysOffSheet({}, [2024, 2025]);
    expect(written(fake.ss.peekSheet(plan.name), plan)).toEqual(stored(plan));
  });

  it("never rewrites an existing tab: the office's rows and notes stay", () => {
    const { fake, context } = setup();
    ok(callEntry<Rpc<Tabs>>(context, 'rpcOpenDaysOff', { settings }));
    const tab = fake.ss.peekSheet('Ngày nghỉ');
    tab.peekSetValue(4, 1, new Date(Date.UTC(2024, 5, 10, 17, 0, 0)));
    tab.peekSetValue(4, 3, 'Nghỉ bù ngày hội của xã');
    ok(callEntry<Rpc<Tabs>>(context, 'rpcOpenDaysOff', { settings }));
    expect([tab.peekValue(4, 3), fake.ss.active?.name]).toEqual(['Nghỉ bù ngày hội của xã', 'Ngày nghỉ']);
  });

  it('a day off typed in the tab counts: with Tue 11/6/2024 off, H-004 (due Mon 10/6) is 3 working days overdue on 14/6, not 4', () => {
    const { fake, context } = setup();
    ok(callEntry<Rpc<Tabs>>(context, 'rpcOpenDaysOff', { settings }));
    // 11/6/2024 00:00 in Hà Nội, as Sheets stores a date typed into column A.
    fake.ss.peekSheet('Ngày nghỉ').peekSetValue(4, 1, new Date(Date.UTC(2024, 5, 10, 17, 0, 0)));
    ok(callEntry<Rpc<unknown>>(context, 'rpcStartCheck', { sheetName: g.grid.sheetName, settings }));
    const plan = checkSheet(g.grid, { ...settings, calendar: { extraDaysOff: [dayFromYmd({ y: 2024, m: 6, d: 11 })] } }).plan!;
    expect(fake.ss.peekSheet(g.grid.sheetName).peekValue(5, plan.firstCol + 2)).toBe(3);
  });
});
