/// <reference types="office-js" />
/**
 * The Excel side of the shared pane: direct calls into the Office.js adapter
 * (excel-io.ts), turned into the pane's plain shapes (pane/model.ts).
 */
import {
  FIELDS,
  isLiveBlock,
  placeAll,
  score766,
  serializeSettings,
  type Field,
  type Settings,
} from '../../../core/index.js';
import type { CheckSummary, FieldChoice, HostBridge, LiveSummary, PaneBoot, PaneProblem, RunHooks, SheetView, TabsSummary } from '../../../pane/model.js';
import { fileProblem, type FileHostBridge } from '../../../pane/files-model.js';
import { PANE_LABELS } from '../../../pane/labels.vi.js';
import { toUserError } from '../errors.js';
import {
  dataViewOf,
  listSheets,
  openDaysOffSheet,
  runCheck,
  consolidateInputs,
  runConsolidate,
  runHeaderScan,
  runReports,
  selectProblem,
  type CheckOutcome,
  type DataView,
} from '../excel-io.js';
import type { ExcelHost } from '../excel-host.js';
import { runLive } from '../excel-live.js';
import { UI } from '../labels.vi.js';
import { sameSheetName } from '../sheet-name.js';
import type { WorkbookStore } from '../workbook-store.js';

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The pane's view of the adapter's DataView; `rows` counted from the used range. */
export function sheetViewOf(view: DataView, rows: number): SheetView {
  const fields: FieldChoice[] = FIELDS.map((field) => {
    const m = view.read.mapping.filter((x) => x.field === field)[0];
    return m ? { field, letter: m.letter, heading: m.heading, source: m.source } : { field, letter: null, heading: null, source: null };
  });
  const headerRows = view.read.headerRows;
  return {
    sheetName: view.sheetName,
    headerRow: headerRows.length > 0 ? headerRows[headerRows.length - 1] : null,
    rows,
    columns: view.headings.map((c) => ({ letter: c.letter, heading: c.text })),
    fields,
  };
}

/** Errors as the pane shows them: the adapter's Vietnamese sentence and details for IT. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const e = toUserError(error);
    throw { message: e.message, detail: e.details };
  }
}

export function excelBridge(host: ExcelHost, store: WorkbookStore, today: () => Settings['asOf'], defaults: (day: Settings['asOf']) => Settings): HostBridge & FileHostBridge {
  let lastCheck: CheckOutcome | null = null;
  let lastView: DataView | null = null;
  let checkedWith: string | null = null;

  const save = async (): Promise<string[]> => {
    try {
      await store.save();
      return [];
    } catch {
      return [UI.errors.settingsNotSaved];
    }
  };

  /** Rows below the header on the active sheet: one small sync. */
  const dataRows = (view: DataView): Promise<number> =>
    host.run(async (context) => {
      if (view.read.headerRows.length === 0) return 0;
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,rowCount');
      await context.sync();
      if (used.isNullObject) return 0;
      const last = used.rowIndex + used.rowCount;
      return Math.max(0, last - view.read.headerRows[view.read.headerRows.length - 1]);
    });

  const scan = async (settings: Settings): Promise<SheetView> => {
    lastView = await runHeaderScan(host, store, settings);
    return sheetViewOf(lastView, await dataRows(lastView));
  };

  const doCheck = async (settings: Settings, hooks: RunHooks | null, sheetName: string | null): Promise<CheckOutcome> => {
    const outcome = await runCheck(host, store, settings, {
      sheetName,
      yieldToUi,
      progress: (message) => hooks && hooks.progress({ message }),
    });
    lastCheck = outcome;
    lastView = dataViewOf(outcome);
    checkedWith = serializeSettings(settings);
    if (outcome.daysOff) {
      const calendar = { ...settings.calendar, extraDaysOff: outcome.daysOff.extraDaysOff, extraWorkingDays: outcome.daysOff.extraWorkingDays };
      store.setSettings({ ...settings, calendar });
    }
    return outcome;
  };

  const tabs = (names: string[], notes: string[], declined: boolean, problems: PaneProblem[]): TabsSummary => ({ names, notes, declined, problems });

  const ask = (hooks: RunHooks) => (names: string[]) => hooks.ask(PANE_LABELS.replace.question(names.map((n) => `"${n}"`).join(', ')));

  return {
    kind: 'excel',
    boot: () =>
      guarded(async (): Promise<PaneBoot> => {
        const day = today();
        const settings = store.hasSettings() ? store.settings(defaults(day)) : defaults(day);
        return { settings, today: day, sheets: [], activeSheet: '' };
      }),
    preview: (_sheetName, settings) => guarded(() => scan(settings)),
    saveMapping: (_view, field: Field, letter, settings) =>
      guarded(async () => {
        const current = lastView;
        if (!current || !current.signature) return scan(settings);
        store.setMapping(current.signature, { ...current.overrides, [field]: letter });
        await save();
        return scan(settings);
      }),
    saveSettings: (settings) =>
      guarded(async () => {
        store.setSettings(settings);
        const notes = await save();
        if (notes.length > 0) throw { message: notes[0], detail: '' };
        return settings;
      }),
    check: (_sheetName, settings, hooks) =>
      guarded(async (): Promise<CheckSummary> => {
        const outcome = await doCheck(settings, hooks, null);
        const notes = await save();
        const { result } = outcome;
        const view = sheetViewOf(lastView!, result.dossiers.length);
        const problems: PaneProblem[] = result.problems
          .map((p) => ({ ...p, sheetName: outcome.sheetName }))
          .concat((outcome.daysOff ? outcome.daysOff.problems : []).map((p) => ({ ...p, sheetName: p.detail || '' })));
        const written = result.plan !== null;
        const empty = result.problems.some((p) => p.code === 'sheet.empty');
        const { total: tally } = placeAll(result.dossiers, { period: outcome.settings.period, asOf: outcome.settings.asOf, rules: outcome.settings.rules });
        if (!written) notes.unshift(empty ? UI.errors.emptySheet : UI.errors.noHeader);
        else if (!outcome.conditional) notes.push(UI.notes.directFills);
        if (written && isLiveBlock(result.read)) notes.push(UI.notes.liveReplaced);
        return { view, total: result.dossiers.length, counts: result.counts, score: score766(tally), problems, problemCount: problems.length, notes, written };
      }),
    reports: (_sheetName, settings, hooks) =>
      guarded(async () => {
        let outcome = lastCheck;
        if (!outcome || checkedWith !== serializeSettings(settings)) outcome = await doCheck(settings, hooks, outcome ? outcome.sheetName : null);
        if (!outcome.result.plan) throw { message: UI.errors.noHeader, detail: '' };
        const written = await runReports(host, store, outcome, settings, { yieldToUi, progress: (message) => hooks.progress({ message }), confirmReplace: ask(hooks) });
        const notes = await save();
        return tabs(written.names, written.notes.concat(notes), written.declined, []);
      }),
    listSheets: () =>
      guarded(async () => {
        const owned = store.ownedTabs();
        return (await listSheets(host)).filter((n) => !owned.some((o) => sameSheetName(o, n)));
      }),
    consolidate: (names, settings, hooks) =>
      guarded(async () => {
        const written = await runConsolidate(host, store, settings, names, { yieldToUi, progress: (message) => hooks.progress({ message }), confirmReplace: ask(hooks) });
        const notes = await save();
        const problems = written.problems.map((p) => ({ ...p, sheetName: names.filter((n) => n === p.detail)[0] || '' }));
        return tabs(written.names, written.notes.concat(notes), written.declined, problems);
      }),
    consolidateInputs: (inputs, settings, hooks) =>
      guarded(async () => {
        // The files were read in the pane: the same core call and tab writing as the sheets' Tổng hợp.
        const written = await consolidateInputs(host, store, settings, inputs, { yieldToUi, progress: (message) => hooks.progress({ message }), confirmReplace: ask(hooks), onlyWhenMerged: true });
        const notes = written.names.length > 0 ? await save() : [];
        const problems = written.problems.map((p) => fileProblem(p));
        return { ...tabs(written.names, written.notes.concat(notes), written.declined, problems), inputs: written.inputs };
      }),
    openDaysOff: (settings) =>
      guarded(async () => {
        await openDaysOffSheet(host, settings);
      }),
    goTo: (problem) => guarded(() => selectProblem(host, problem.sheetName, problem)),
    live: (_sheetName, settings, hooks) =>
      guarded(async (): Promise<LiveSummary> => {
        const out = await runLive(host, store, settings, { yieldToUi, progress: (message) => hooks.progress({ message }), confirmReplace: ask(hooks) });
        const notes = await save();
        return { ...out, notes: out.notes.concat(notes) };
      }),
  };
}
