/// <reference types="office-js" />
/**
 * The task pane: wires the sections to the Excel work in excel-io.ts. The only clock
 * read of the add-in is todayInVietnam() (the default report date).
 */
import {
  DAYS_OFF_SHEET_NAME,
  defaultSettings,
  formatCount,
  placeAll,
  score766,
  serializeSettings,
  type Field,
  type Settings,
} from '../../../core/index.js';
import { todayInVietnam } from '../clock.js';
import { toUserError } from '../errors.js';
import {
  dataViewOf,
  listSheets,
  openDaysOffSheet,
  runCheck,
  runConsolidate,
  runHeaderScan,
  runReports,
  selectProblem,
  type CheckOutcome,
  type DataView,
} from '../excel-io.js';
import { officeDocumentStore, officeExcelHost, type ExcelHost } from '../excel-host.js';
import { UI } from '../labels.vi.js';
import { sameSheetName } from '../sheet-name.js';
import { createWorkbookStore, type WorkbookStore } from '../workbook-store.js';
import { applyLabels, byId, fill, h } from './dom.js';
import { renderData } from './view-data.js';
import { setupPeriod } from './view-period.js';
import { renderResults, type SheetProblem } from './view-results.js';
import { renderSettings } from './view-settings.js';
import { clearStatus, confirmInPane, showError, showMessage, showProgress } from './view-status.js';

interface PaneState {
  host: ExcelHost;
  store: WorkbookStore;
  settings: Settings;
  view: DataView | null;
  lastCheck: CheckOutcome | null;
  /** Settings the last check ran with: a report needs a fresh check when they changed. */
  lastCheckKey: string | null;
  busy: boolean;
}

let state: PaneState;

const yieldToUi = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const runOptions = { progress: (m: string) => showProgress(m), yieldToUi };

/** Runs one user action: buttons off, progress, one-sentence error with "Chi tiết". */
async function act(task: () => Promise<void>): Promise<void> {
  if (state.busy) return;
  state.busy = true;
  document.body.classList.add('busy');
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button.action'))) b.disabled = true;
  clearStatus();
  try {
    await task();
  } catch (error) {
    showError(toUserError(error));
  } finally {
    showProgress(null);
    state.busy = false;
    document.body.classList.remove('busy');
    for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button.action'))) b.disabled = false;
  }
}

async function saveStore(): Promise<string[]> {
  try {
    await state.store.save();
    return [];
  } catch {
    return [UI.errors.settingsNotSaved];
  }
}

function changeSettings(next: Settings): void {
  state.settings = next;
  state.store.setSettings(next);
  void saveStore();
}

async function check(sheetName: string | null = null): Promise<CheckOutcome> {
  const outcome = await runCheck(state.host, state.store, state.settings, { ...runOptions, sheetName });
  state.lastCheck = outcome;
  if (outcome.daysOff) {
    const calendar = { ...state.settings.calendar, extraDaysOff: outcome.daysOff.extraDaysOff, extraWorkingDays: outcome.daysOff.extraWorkingDays };
    changeSettings({ ...state.settings, calendar });
    renderSettings(state.settings, settingsHandlers);
  }
  state.lastCheckKey = serializeSettings(state.settings);
  showData(dataViewOf(outcome));
  const { result, settings } = outcome;
  const total = result.dossiers.length;
  const { total: tally } = placeAll(result.dossiers, { period: settings.period, asOf: settings.asOf, rules: settings.rules });
  const problems: SheetProblem[] = [
    ...result.problems.map((problem) => ({ problem, sheetName: outcome.sheetName })),
    ...(outcome.daysOff?.problems ?? []).map((problem) => ({ problem, sheetName: problem.detail ?? '' })),
  ];
  renderResults({ total, counts: result.counts, score: score766(tally), problems }, selectItem);
  return outcome;
}

function selectItem(item: SheetProblem): void {
  void act(() => selectProblem(state.host, item.sheetName, item.problem));
}

function showData(view: DataView): void {
  state.view = view;
  renderData(view, pickColumn);
}

function pickColumn(field: Field, value: string): void {
  const view = state.view;
  if (!view || !view.signature) return;
  state.store.setMapping(view.signature, { ...view.overrides, [field]: value });
  void act(async () => {
    const notes = await saveStore();
    if (state.lastCheck && sameSheetName(state.lastCheck.sheetName, view.sheetName)) {
      const outcome = await check(view.sheetName);
      showMessage(UI.done.checked(formatCount(outcome.result.dossiers.length), outcome.sheetName), notes);
    } else {
      showData(await runHeaderScan(state.host, state.store, state.settings));
      showMessage(UI.data.rerunHint, notes);
    }
  });
}

async function onCheck(): Promise<void> {
  const outcome = await check();
  const notes = await saveStore();
  if (!outcome.result.plan) {
    const empty = outcome.result.problems.some((p) => p.code === 'sheet.empty');
    showError({ message: empty ? UI.errors.emptySheet : UI.errors.noHeader, details: '' });
    return;
  }
  showMessage(UI.done.checked(formatCount(outcome.result.dossiers.length), outcome.sheetName), [...notes, ...(outcome.conditional ? [] : [UI.notes.directFills])]);
}

async function onReports(): Promise<void> {
  let outcome = state.lastCheck;
  if (!outcome || state.lastCheckKey !== serializeSettings(state.settings)) outcome = await check(outcome?.sheetName ?? null);
  if (!outcome.result.plan) return showError({ message: UI.errors.noHeader, details: '' });
  const written = await runReports(state.host, state.store, outcome, state.settings, { ...runOptions, confirmReplace: askReplace });
  const notes = await saveStore();
  if (written.declined) return showMessage(UI.replace.declined);
  showMessage(UI.done.reports(written.names.join(', ')), [...written.notes, ...notes]);
}

function askReplace(names: string[]): Promise<boolean> {
  showProgress(null);
  return confirmInPane(UI.replace.question(names.map((n) => `"${n}"`).join(', ')), UI.buttons.replace, UI.buttons.cancel);
}

async function onConsolidateOpen(): Promise<void> {
  const panel = byId('consolidate-panel');
  if (!panel.hidden) {
    panel.hidden = true;
    return;
  }
  const owned = state.store.ownedTabs();
  const names = (await listSheets(state.host)).filter((n) => !owned.some((o) => sameSheetName(o, n)));
  const list = names.map((name, i) =>
    h('label', { class: 'choice' }, h('input', { type: 'checkbox', value: name, id: `sheet-${i}`, class: 'sheet-choice' }), name),
  );
  fill(
    panel,
    h('p', { class: 'small' }, names.length > 0 ? UI.consolidate.hint : UI.consolidate.noSheets),
    ...list,
    names.length > 0 ? h('button', { type: 'button', class: 'primary action', id: 'run-consolidate', onclick: () => void act(onConsolidateRun) }, UI.buttons.runConsolidate) : null,
  );
  panel.hidden = false;
}

async function onConsolidateRun(): Promise<void> {
  const names = Array.from(document.querySelectorAll<HTMLInputElement>('input.sheet-choice:checked')).map((i) => i.value);
  if (names.length === 0) return showError({ message: UI.consolidate.noneTicked, details: '' });
  const written = await runConsolidate(state.host, state.store, state.settings, names, { ...runOptions, confirmReplace: askReplace });
  const notes = await saveStore();
  if (written.declined) return showMessage(UI.replace.declined);
  byId('consolidate-panel').hidden = true;
  const problems = written.problems.map((problem) => ({ problem, sheetName: names.find((n) => n === problem.detail) ?? '' }));
  if (problems.length > 0) renderResults({ total: 0, counts: state.lastCheck?.result.counts ?? emptyCounts(), score: null, problems }, selectItem);
  showMessage(UI.done.consolidated(written.names.join(', ')), [...written.notes, ...notes]);
}

function emptyCounts(): CheckOutcome['result']['counts'] {
  return { early: 0, on_time: 0, late: 0, late_on_system: 0, pending: 0, due_soon: 0, overdue: 0, awaiting_citizen: 0, withdrawn: 0, stopped: 0, rejected: 0, not_received: 0, invalid: 0 };
}

const settingsHandlers = {
  onChange: (next: Settings) => changeSettings(next),
  onOpenDaysOff: () =>
    void act(async () => {
      const { created } = await openDaysOffSheet(state.host, state.settings);
      if (created) showMessage(UI.done.daysOffCreated(DAYS_OFF_SHEET_NAME));
    }),
};

function start(host: ExcelHost, store: WorkbookStore): void {
  const today = todayInVietnam();
  const defaults = defaultSettings(today);
  const settings = store.hasSettings() ? store.settings(defaults) : defaults;
  state = { host, store, settings, view: null, lastCheck: null, lastCheckKey: null, busy: false };
  setupPeriod(
    { asOf: settings.asOf, period: settings.period },
    todayInVietnam,
    (choice) => changeSettings({ ...state.settings, ...choice }),
    (message) => showError({ message, details: '' }),
  );
  renderSettings(settings, settingsHandlers);
  renderData(null, pickColumn);
  byId('check').addEventListener('click', () => void act(onCheck));
  byId('reports').addEventListener('click', () => void act(onReports));
  byId('consolidate').addEventListener('click', () => void act(onConsolidateOpen));
  byId('read-header').addEventListener('click', () => void act(async () => showData(await runHeaderScan(state.host, state.store, state.settings))));
  void act(async () => showData(await runHeaderScan(state.host, state.store, state.settings)));
}

Office.onReady((info) => {
  applyLabels(UI);
  if (String(info.host) !== 'Excel') {
    fill(byId('status'), h('p', { class: 'error' }, UI.notExcel));
    return;
  }
  start(officeExcelHost(), createWorkbookStore(officeDocumentStore()));
});
