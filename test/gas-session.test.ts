/**
 * Model-based tests of user sessions in Google Sheets (issue 13), through the built
 * bundle on the stricter fake: random sequences of check, reports, consolidate, editing
 * a data cell, typing an actual date and a note on "Trễ trên hệ thống", adding or
 * renaming a sheet with a tool tab's name, switching the active sheet and rerunning.
 * After every step: no user cell, format or sheet changed or deleted, typed dates and
 * notes never lost, and a rerun with no edit leaves the spreadsheet identical.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, LATE_ON_SYSTEM_SHEET_NAME, parseIsoDay, REPORT_LABELS, TOOL_TAB_NAMES, ymdFromDay } from '../core/index.js';
import { callEntry, ensureBundle, loadBundle, type BundleContext } from './fakes/gas-bundle.js';
import { gasFake, type FakeSheet, type GasFake } from './fakes/gas-fake.js';
import { addSheet, golden, sheetValue } from './fakes/gas-sample.js';

type Rpc<T> = { ok: true; value: T } | { ok: false; error: { message: string; detail: string } };
interface Resumable {
  done: boolean;
  token: string | null;
}

const TZ = 'Asia/Ho_Chi_Minh';
const g = golden();
const DATA = g.grid.sheetName;
const USER_COLS = 13;
const settings = defaultSettings(parseIsoDay(g.asOf)!);

interface Real {
  fake: GasFake;
  context: BundleContext;
}
interface Model {
  user: Map<string, string>;
  typed: Map<string, { serial: number; date: Date; note: string }>;
}

beforeAll(() => ensureBundle(), 240_000);

function userPart(sheet: FakeSheet, cols: number | null): string {
  const values: unknown[] = [];
  sheet.values.forEach((line, i) =>
    line?.forEach((v, j) => {
      if ((cols === null || j < cols) && v !== undefined && v !== '') values.push([i, j, v instanceof Date ? v.getTime() : v]);
    }),
  );
  const props = [...sheet.props]
    .map(([p, m]) => [p, [...m].filter(([k]) => cols === null || k % 20_000 <= cols).sort((a, b) => a[0] - b[0])] as const)
    .filter(([, cells]) => cells.length > 0)
    .sort((a, b) => a[0].localeCompare(b[0]));
  return JSON.stringify({ values, props, name: sheet.name, id: sheet.id });
}

const part = (real: Real, name: string) => userPart(real.fake.ss.peekSheet(name), name === DATA ? USER_COLS : null);
const losTab = (real: Real) => real.fake.ss.sheets.find((s) => s.metadata.some((m) => m.getKey() === 'dunghan.tool' && m.getValue() === LATE_ON_SYSTEM_SHEET_NAME)) ?? null;

function losColumns(tab: FakeSheet) {
  const L = REPORT_LABELS.lateOnSystem;
  const h = tab.values.findIndex((l) => l?.includes(L.actualResult));
  const heading = tab.values[h];
  return { headingRow: h + 1, code: heading.indexOf(REPORT_LABELS.appendix.code) + 1, actual: heading.indexOf(L.actualResult) + 1, note: heading.indexOf(L.note) + 1 };
}

function invariants(model: Model, real: Real): void {
  for (const [name, text] of model.user) expect(part(real, name), `user sheet ${name}`).toBe(text);
  if (model.typed.size === 0) return;
  const tab = losTab(real);
  expect(tab).not.toBeNull();
  const cols = losColumns(tab!);
  for (const [code, entry] of model.typed) {
    const row = tab!.values.findIndex((l, i) => i >= cols.headingRow && l?.[cols.code - 1] === code) + 1;
    expect(row, `typed row ${code}`).toBeGreaterThan(0);
    const actual = tab!.peekValue(row, cols.actual);
    expect(actual === entry.serial || actual === entry.date, `typed date of ${code}: ${String(actual)}`).toBe(true);
    expect(tab!.peekValue(row, cols.note)).toBe(entry.note);
  }
}

function resumable(real: Real, first: string, request: object, next: string): Rpc<Resumable> {
  let out = callEntry<Rpc<Resumable>>(real.context, first, request);
  while (out.ok && !out.value.done) out = callEntry<Rpc<Resumable>>(real.context, next, out.value.token);
  return out;
}
const check = (real: Real, sheetName?: string) => resumable(real, 'rpcStartCheck', { sheetName, settings, chunkRows: 6 }, 'rpcContinueCheck');
const reports = (real: Real, sheetName?: string) => resumable(real, 'rpcMakeReports', { sheetName, settings, tabsPerCall: 3 }, 'rpcContinueTabs');
const consolidate = (real: Real) => resumable(real, 'rpcConsolidate', { sheetNames: [DATA], settings, tabsPerCall: 2 }, 'rpcContinueTabs');

/** An action either works or says why in a sentence; it never throws past the rpc edge. */
function acted(out: Rpc<Resumable>, mustWork: boolean): void {
  if (mustWork) expect(out.ok, out.ok ? '' : out.error.message).toBe(true);
  else if (!out.ok) expect(out.error.detail).toBe('');
}

type Cmd = fc.Command<Model, Real>;
const cmd = (name: string, run: (m: Model, r: Real) => void, guard: (m: Readonly<Model>) => boolean = () => true): Cmd => ({
  check: guard,
  run: (m, r) => {
    run(m, r);
    invariants(m, r);
  },
  toString: () => name,
});

function snapshot(real: Real): string {
  return JSON.stringify(real.fake.ss.sheets.map((s) => ({ ...JSON.parse(userPart(s, null)), rules: s.rules.map((r) => r.formula), charts: s.charts.length, meta: s.metadata.map((m) => [m.getKey(), m.getValue()]) })));
}

const commands = [
  fc.boolean().map((named) => cmd(`check(${named ? DATA : 'active'})`, (_m, r) => acted(check(r, named ? DATA : undefined), named))),
  fc.boolean().map((named) => cmd(`reports(${named ? DATA : 'active'})`, (_m, r) => acted(reports(r, named ? DATA : undefined), named))),
  fc.constant(cmd('consolidate', (_m, r) => acted(consolidate(r), true))),
  fc.tuple(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 0, max: 20 })).map(([row, days]) =>
    cmd(`edit(L${row} = +${days})`, (m, r) => {
      const sheet = r.fake.ss.peekSheet(DATA);
      const received = sheet.peekValue(row, 9);
      if (!(received instanceof Date)) return;
      sheet.peekSetValue(row, 12, new Date(received.getTime() + days * 86_400_000));
      m.user.set(DATA, part(r, DATA));
    }),
  ),
  fc.tuple(fc.nat(), fc.constantFrom('Đã trả bản giấy', '=1+1 (ghi chú)')).map(([pick, note]) =>
    cmd(`type(#${pick}, "${note}")`, (m, r) => {
      const tab = losTab(r);
      if (!tab) return;
      const cols = losColumns(tab);
      const rows: number[] = [];
      for (let row = cols.headingRow + 1; row <= tab.values.length; row++) {
        const code = tab.peekValue(row, cols.code);
        const empty = tab.peekValue(row, cols.actual);
        if (typeof code === 'string' && /^H-/.test(code) && (empty === undefined || empty === '') && !m.typed.has(code)) rows.push(row);
      }
      if (rows.length === 0) return;
      const row = rows[pick % rows.length];
      const due = tab.peekValue(row, cols.actual - 3);
      const serial = typeof due === 'number' ? due : 45_446;
      const { y, m: mo, d } = ymdFromDay(serial as never);
      const date = sheetValue(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, TZ) as Date;
      tab.peekSetValue(row, cols.actual, date);
      tab.peekSetValue(row, cols.note, note);
      m.typed.set(tab.peekValue(row, cols.code) as string, { serial, date, note });
    }),
  ),
  fc.tuple(fc.constantFrom(...TOOL_TAB_NAMES, 'cán bộ', 'BIỂU 06A'), fc.boolean()).map(([name, rename]) =>
    cmd(
      `${rename ? 'rename' : 'add'}("${name}")`,
      (m, r) => {
        if (r.fake.ss.nameTaken(name)) return;
        if (rename) {
          const sheet = addSheet(r.fake, `Sổ ${m.user.size}`, [['của tôi', m.user.size]], TZ);
          sheet.setName(name);
        } else addSheet(r.fake, name, [['Sổ tay', 1], ['ghi chú', 'x']], TZ);
        m.user.set(r.fake.ss.getSheetByName(name)!.getName(), part(r, r.fake.ss.getSheetByName(name)!.getName()));
      },
      (m) => ![...m.user.keys()].some((k) => k.toLowerCase() === name.toLowerCase()),
    ),
  ),
  fc.nat().map((pick) => cmd(`switch(#${pick})`, (_m, r) => void (r.fake.ss.active = r.fake.ss.sheets[pick % r.fake.ss.sheets.length]))),
  fc.constantFrom('check', 'reports', 'consolidate').map((what) =>
    cmd(`rerun(${what})`, (_m, r) => {
      const once = () => acted(what === 'check' ? check(r, DATA) : what === 'reports' ? reports(r, DATA) : consolidate(r), true);
      once();
      const first = snapshot(r);
      once();
      expect(snapshot(r)).toBe(first);
    }),
  ),
];

describe('user sessions on the Sheets fake', () => {
  it("never lose the user's work", () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 7 }), (cmds) => {
        const fake = gasFake({ spreadsheetTimeZone: TZ });
        const data = addSheet(fake, DATA, g.grid.cells, TZ);
        // The user's own fill on their due column (K).
        for (let r = 2; r <= g.grid.cells.length; r++) data.peekSetProp('background', r, 11, '#DDEBF7');
        const real: Real = { fake, context: loadBundle(fake) };
        const model: Model = { user: new Map([[DATA, part(real, DATA)]]), typed: new Map() };
        fc.modelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 4 },
    );
  }, 600_000);
});
