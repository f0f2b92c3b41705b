/**
 * The Sheets side of the shared pane: google.script.run to the server's rpc… entry
 * points (main.ts), their answers turned into the pane's plain shapes (pane/model.ts).
 */
import type { Field, Settings } from '../../../core/index.js';
import type { CheckSummary, HostBridge, LiveSummary, PaneBoot, RunHooks, SheetView, TabsSummary } from '../../../pane/model.js';
import { SIDEBAR_LABELS as L } from '../labels.vi.js';
import type { CheckStep, LiveStep, RunSummary, SheetPreview, SidebarState, TabsOutcome } from '../rpc-types.js';
import { call } from './server.js';
import type { FileHostBridge } from '../../../pane/files-model.js';
import { consolidateInSidebar } from './file-consolidate.js';

/** The pane's view of the server's SheetPreview. */
export function sheetViewOf(p: SheetPreview): SheetView {
  return {
    sheetName: p.sheetName,
    headerRow: p.headerRow,
    rows: p.dossiers,
    columns: p.columns.map((c) => ({ letter: c.letter, heading: c.heading })),
    fields: p.fields.map((f) => ({ field: f.field, letter: f.letter, heading: f.heading, source: f.source })),
  };
}

function summaryOf(s: RunSummary, notes: string[], written: boolean): CheckSummary {
  return {
    view: sheetViewOf(s.preview),
    total: s.total,
    counts: s.counts,
    score: s.score,
    problems: s.problems,
    problemCount: s.problemCount,
    notes,
    written,
  };
}

function tabsOf(out: TabsOutcome): TabsSummary {
  return { names: out.sheetNames, notes: [], declined: false, problems: out.problems };
}

export function sheetsBridge(): HostBridge & FileHostBridge {
  let preview: SheetPreview | null = null;
  /** The user's picks per signature, '' (no column) included. */
  const picks: Record<string, Partial<Record<Field, string>>> = {};

  const remember = (p: SheetPreview): SheetView => {
    preview = p;
    return sheetViewOf(p);
  };

  return {
    kind: 'sheets',
    boot: async (): Promise<PaneBoot> => {
      const s = await call<SidebarState>('rpcGetSidebarState');
      return { settings: s.settings, today: s.today, sheets: s.sheets, activeSheet: s.activeSheet };
    },
    preview: async (sheetName, settings) => remember(await call<SheetPreview>('rpcPreviewSheet', { sheetName: sheetName || undefined, settings })),
    saveMapping: async (_view, field, letter, settings) => {
      const p = preview;
      if (!p) throw { message: L.errors.generic, detail: 'no sheet read yet' };
      const override: Partial<Record<Field, string>> = {};
      for (const f of p.fields) if (f.source === 'user' && f.letter) override[f.field] = f.letter;
      const mine = picks[p.signature] || (picks[p.signature] = {});
      mine[field] = letter;
      for (const key of Object.keys(mine) as Field[]) override[key] = mine[key];
      return remember(await call<SheetPreview>('rpcSaveMapping', { sheetName: p.sheetName, signature: p.signature, override, settings }));
    },
    saveSettings: (settings: Settings) => call<Settings>('rpcSaveSettings', { settings }),
    check: async (sheetName, settings, hooks) => {
      let step = await call<CheckStep>('rpcStartCheck', { sheetName: sheetName || undefined, settings });
      let restarted = step.restarted;
      while (!step.done && step.token !== null) {
        hooks.progress({ message: L.progress.writing(count(step.rowsDone), count(step.rowsTotal)), done: step.rowsDone, total: step.rowsTotal });
        step = await call<CheckStep>('rpcContinueCheck', step.token);
        restarted = restarted || step.restarted;
      }
      remember(step.summary.preview);
      // The server says whether anything was written; its notes (a month-first locale) come first.
      const notes = [...(step.summary.notes ?? []), ...(restarted ? [L.results.restarted] : [])];
      if (!step.written && step.message) notes.unshift(step.message);
      return summaryOf(step.summary, notes, step.written);
    },
    reports: async (sheetName, settings, hooks) =>
      tabsOf(await allTabs(await call<TabsOutcome>('rpcMakeReports', { sheetName: sheetName || undefined, settings }), hooks)),
    listSheets: async () => (await call<SidebarState>('rpcGetSidebarState')).sheets,
    consolidate: async (sheetNames, settings, hooks) => tabsOf(await allTabs(await call<TabsOutcome>('rpcConsolidate', { sheetNames, settings }), hooks)),
    consolidateInputs: (inputs, settings, hooks) => consolidateInSidebar(inputs, settings, hooks),
    openDaysOff: async (settings) => {
      await call<TabsOutcome>('rpcOpenDaysOff', { settings });
    },
    goTo: async (problem) => {
      await call<boolean>('rpcSelectCell', { sheetName: problem.sheetName, row: problem.row, columnLetter: problem.columnLetter });
    },
    live: async (sheetName, settings, hooks): Promise<LiveSummary> => {
      // Tabs, then blocks of rows, a call each (the 6-minute limit): call on until the server says done.
      let step = await call<LiveStep>('rpcStartLive', { sheetName: sheetName || undefined, settings });
      let restarted = step.restarted;
      while (!step.done && step.token !== null) {
        hooks.progress({ message: step.message, done: step.unitsDone, total: step.unitsTotal });
        step = await call<LiveStep>('rpcContinueLive', step.token);
        restarted = restarted || step.restarted;
      }
      if (step.summary === null) throw { message: step.message || L.errors.generic, detail: '' };
      return { ...step.summary, notes: [...step.summary.notes, ...(restarted ? [L.results.restarted] : [])] };
    },
  };
}

/** Tabs are written a few per call (the 6-minute limit): call on until the server says done. */
async function allTabs(first: TabsOutcome, hooks: RunHooks): Promise<TabsOutcome> {
  let out = first;
  while (!out.done && out.token !== null) {
    hooks.progress({ message: out.message, done: out.tabsDone, total: out.tabsTotal });
    out = await call<TabsOutcome>('rpcContinueTabs', out.token);
  }
  return out;
}

function count(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
