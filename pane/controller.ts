/**
 * The pane's state and actions, host-neutral: every host call goes through the bridge;
 * every change notifies the view, which re-renders by diffing (focus stays where it is).
 */
import { formatCount, periodFromPreset, type Day, type Field, type PeriodPreset, type Settings } from '../core/index.js';
import { PANE_LABELS as L } from './labels.vi.js';
import type { CheckSummary, HostBridge, PaneBoot, PaneError, PaneProblem, Progress, RunHooks, SheetView } from './model.js';
import { liveMessage, liveNotes } from './live.js';
import { nextPage, PROBLEM_PAGE } from './state.js';
import type { FileOutcome } from '../readers/index.js';
import { canConsolidateFiles } from './files-model.js';
import { FILES_LABELS as FL } from './labels-files.vi.js';
import { canReadFilesHere, consolidateFiles, type FileSource } from './read-files.js';

/** Which control started a piece of work: its feedback is drawn next to that control. */
export type Source = 'load' | 'sheet' | 'period' | 'mapping' | 'check' | 'reports' | 'consolidate' | 'settings' | 'daysOff' | 'goto' | 'live';

export interface Feedback {
  source: Source;
  kind: 'ok' | 'error';
  message: string;
  detail: string;
  notes: string[];
  /** Grows with each new feedback so the view scrolls it into view once. */
  seq: number;
}

export interface Busy {
  source: Source;
  progress: Progress;
}

export interface Confirm {
  question: string;
  answer: (yes: boolean) => void;
}

export interface PaneState {
  boot: PaneBoot | null;
  settings: Settings | null;
  view: SheetView | null;
  busy: Busy | null;
  feedback: Feedback | null;
  result: CheckSummary | null;
  /** Problems shown (paged by PROBLEM_PAGE). */
  shown: number;
  /** Problems of the last "Tạo phụ lục" / "Tổng hợp". */
  tabProblems: PaneProblem[];
  open: { sheet: boolean; period: boolean; mapping: boolean; settings: boolean; consolidate: boolean };
  /** Sheets offered for Tổng hợp, and those ticked. */
  sheets: string[];
  chosen: string[];
  confirm: Confirm | null;
  /** Settings the last check ran with: a report needs a new check when they changed. */
  checkedWith: string | null;
  /** What became of each file of the last "Tổng hợp từ tệp…" (pane/read-files.ts). */
  fileOutcomes: FileOutcome[] | null;
}

export function initialState(): PaneState {
  return {
    boot: null,
    settings: null,
    view: null,
    busy: { source: 'load', progress: { message: L.loading } },
    feedback: null,
    result: null,
    shown: PROBLEM_PAGE,
    tabProblems: [],
    open: { sheet: false, period: false, mapping: false, settings: false, consolidate: false },
    sheets: [],
    chosen: [],
    confirm: null,
    checkedWith: null,
    fileOutcomes: null,
  };
}

function asPaneError(error: unknown): PaneError {
  const e = (error || {}) as { message?: unknown; detail?: unknown };
  if (typeof e.message === 'string' && typeof e.detail === 'string') return { message: e.message, detail: e.detail };
  return { message: L.errors.generic, detail: typeof e.message === 'string' ? e.message : String(error) };
}

export class PaneController {
  state: PaneState = initialState();
  private listeners: ((s: PaneState) => void)[] = [];
  private seq = 0;
  private running = false;

  constructor(readonly bridge: HostBridge) {}

  subscribe(listener: (s: PaneState) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  toggle(part: keyof PaneState['open'], open?: boolean): void {
    const next = { ...this.state.open };
    next[part] = open === undefined ? !next[part] : open;
    this.set({ open: next });
  }

  private say(source: Source, kind: 'ok' | 'error', message: string, detail = '', notes: string[] = []): void {
    this.seq += 1;
    this.set({ feedback: { source, kind, message, detail, notes, seq: this.seq } });
  }

  /** Runs one user action: one at a time, progress next to its control, errors as one sentence. */
  private async run(source: Source, first: string, work: (hooks: RunHooks) => Promise<void>): Promise<boolean> {
    if (this.running) return false;
    this.running = true;
    this.set({ busy: { source, progress: { message: first } }, feedback: this.state.feedback && this.state.feedback.source === source ? null : this.state.feedback });
    const hooks: RunHooks = {
      progress: (progress) => this.set({ busy: { source, progress } }),
      ask: (question) => this.ask(question),
    };
    try {
      await work(hooks);
      return true;
    } catch (error) {
      const e = asPaneError(error);
      this.say(source, 'error', e.message, e.detail);
      return false;
    } finally {
      this.running = false;
      this.set({ busy: null });
    }
  }

  ask(question: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.set({
        confirm: {
          question,
          answer: (yes) => {
            this.set({ confirm: null });
            resolve(yes);
          },
        },
      });
    });
  }

  async start(): Promise<void> {
    await this.run('load', L.loading, async () => {
      const boot = await this.bridge.boot();
      this.set({ boot, settings: boot.settings });
      await this.readSheet(boot.sheets.length > 0 ? boot.activeSheet : null);
    });
  }

  private async readSheet(sheetName: string | null): Promise<void> {
    const settings = this.state.settings;
    if (!settings) return;
    const view = await this.bridge.preview(sheetName, settings);
    const open = { ...this.state.open, mapping: false };
    this.set({ view, open });
  }

  /** Sheets: the user picks another sheet; Excel: reads the active sheet again. */
  async chooseSheet(sheetName: string | null): Promise<void> {
    await this.run('sheet', L.progress.reading, async () => {
      this.set({ result: null, tabProblems: [] });
      await this.readSheet(sheetName);
      this.toggle('sheet', false);
    });
  }

  private sheetName(): string | null {
    if (this.bridge.kind === 'excel') return null;
    return this.state.view ? this.state.view.sheetName : this.state.boot ? this.state.boot.activeSheet : null;
  }

  /** Any settings change: kept at once, saved with the file. */
  async changeSettings(next: Settings, source: Source = 'settings'): Promise<void> {
    this.set({ settings: next });
    // Saved beside any running action (a save is short and does not touch the sheets).
    try {
      await this.bridge.saveSettings(next);
      if (source === 'settings') this.say(source, 'ok', L.settings.saved);
    } catch (error) {
      const e = asPaneError(error);
      this.say(source, 'error', e.message, e.detail);
    }
  }

  /** The period preset, dates or report date; null when the range is wrong (the view says so). */
  periodChange(change: { preset?: PeriodPreset; from?: Day; to?: Day; asOf?: Day }): string | null {
    const s = this.state.settings;
    if (!s) return null;
    const asOf = change.asOf !== undefined ? change.asOf : s.asOf;
    const preset = change.preset !== undefined ? change.preset : change.from !== undefined || change.to !== undefined ? 'custom' : s.period.preset;
    const from = change.from !== undefined ? change.from : s.period.from;
    const to = change.to !== undefined ? change.to : s.period.to;
    if (preset === 'custom' && from > to) return L.period.badRange;
    const period = preset === 'custom' ? periodFromPreset('custom', asOf, { from, to }) : periodFromPreset(preset, asOf);
    void this.changeSettings({ ...s, asOf, period }, 'period');
    return null;
  }

  async pickColumn(field: Field, letter: string): Promise<void> {
    const { view, settings } = this.state;
    if (!view || !settings) return;
    const again = this.state.result !== null;
    const ok = await this.run('mapping', L.progress.reading, async () => {
      const next = await this.bridge.saveMapping(view, field, letter, settings);
      this.set({ view: next });
      if (!again) this.say('mapping', 'ok', L.mapping.saved);
    });
    if (ok && again) await this.check();
  }

  async check(): Promise<void> {
    const { settings, view } = this.state;
    if (!settings) return;
    const first = view && view.rows > 0 ? L.progress.readingRows(formatCount(view.rows)) : L.progress.reading;
    await this.run('check', first, async (hooks) => {
      const result = await this.bridge.check(this.sheetName(), settings, hooks);
      this.set({ result, view: result.view, shown: PROBLEM_PAGE, tabProblems: [], checkedWith: JSON.stringify(settings) });
      if (!result.written) this.say('check', 'error', L.errors.noHeader, '', result.notes);
      else this.say('check', 'ok', L.results.checked(formatCount(result.total), result.view.sheetName), '', result.notes);
    });
  }

  async reports(): Promise<void> {
    const settings = this.state.settings;
    if (!settings) return;
    await this.run('reports', L.progress.reports, async (hooks) => {
      const out = await this.bridge.reports(this.sheetName(), settings, hooks);
      this.set({ tabProblems: out.problems });
      if (out.declined) this.say('reports', 'ok', L.results.declined);
      else this.say('reports', 'ok', L.results.reportsDone(out.names.join(', ')), '', out.notes);
    });
  }

  /** "Xuất sổ tự tính": its summary next to its button. */
  async live(): Promise<void> {
    const settings = this.state.settings;
    if (!settings) return;
    await this.run('live', L.live.progress, async (hooks) => {
      const out = await this.bridge.live(this.sheetName(), settings, hooks);
      this.say('live', 'ok', liveMessage(out), '', liveNotes(out));
    });
  }

  async openConsolidate(): Promise<void> {
    if (this.state.open.consolidate) return this.toggle('consolidate', false);
    await this.run('consolidate', L.progress.reading, async () => {
      const sheets = await this.bridge.listSheets();
      this.set({ sheets, chosen: this.state.chosen.filter((n) => sheets.indexOf(n) >= 0) });
      this.toggle('consolidate', true);
    });
  }

  choose(name: string, on: boolean): void {
    const rest = this.state.chosen.filter((n) => n !== name);
    this.set({ chosen: on ? rest.concat([name]) : rest });
  }

  async consolidate(): Promise<void> {
    const { chosen, settings } = this.state;
    if (!settings) return;
    if (chosen.length === 0) return this.say('consolidate', 'error', L.actions.consolidateNone);
    await this.run('consolidate', L.progress.consolidating, async (hooks) => {
      const out = await this.bridge.consolidate(chosen, settings, hooks);
      this.set({ tabProblems: out.problems });
      if (out.declined) return this.say('consolidate', 'ok', L.results.declined);
      this.toggle('consolidate', false);
      this.say('consolidate', 'ok', L.results.consolidated(out.names.join(', ')), '', out.notes);
    });
  }

  /** "Tổng hợp từ tệp…": the picked files read and parsed in the pane, consolidated and written by the bridge. */
  async consolidateFiles(files: readonly FileSource[]): Promise<void> {
    const settings = this.state.settings;
    const bridge = this.bridge;
    if (!settings || !canConsolidateFiles(bridge)) return;
    if (files.length === 0) return this.say('consolidate', 'error', FL.noFiles);
    if (!canReadFilesHere()) return this.say('consolidate', 'error', FL.unsupported);
    await this.run('consolidate', FL.reading('1', formatCount(files.length), files[0].name), async (hooks) => {
      this.set({ fileOutcomes: null, tabProblems: [] });
      const out = await consolidateFiles(bridge, files, settings, hooks);
      // An input not recognised is already a line of the file list; the other problems (a code in two units…) are listed.
      this.set({ fileOutcomes: out.outcomes, tabProblems: out.summary ? out.summary.problems.filter((p) => p.code !== 'merge.unrecognizedInput') : [] });
      if (out.summary === null || out.summary.names.length === 0) return this.say('consolidate', 'error', out.summary && out.summary.declined ? L.results.declined : FL.nothingMerged);
      const units: string[] = [];
      for (const o of out.outcomes) if (o.merged && o.unit !== null && units.indexOf(o.unit) < 0) units.push(o.unit);
      this.toggle('consolidate', false);
      this.say('consolidate', 'ok', FL.done(formatCount(units.length), out.summary.names.join(', ')), '', out.summary.notes);
    });
  }

  async openDaysOff(): Promise<void> {
    const settings = this.state.settings;
    if (!settings) return;
    await this.run('daysOff', L.progress.daysOff, async () => {
      await this.bridge.openDaysOff(settings);
      this.say('daysOff', 'ok', L.settings.daysOffDone);
    });
  }

  async goTo(problem: PaneProblem): Promise<void> {
    try {
      await this.bridge.goTo(problem);
    } catch (error) {
      const e = asPaneError(error);
      this.say('goto', 'error', e.message, e.detail);
    }
  }

  showMore(): void {
    const total = this.state.result ? this.state.result.problems.length : 0;
    this.set({ shown: nextPage(this.state.shown, total) });
  }
}
