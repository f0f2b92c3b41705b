/**
 * The sidebar's state and actions. Every change re-renders the sections (render.ts);
 * the server does the work, the sidebar only asks and shows.
 */
import type { Field, Settings } from '../../../core/index.js';
import { SIDEBAR_LABELS as L } from '../labels.vi.js';
import type {
  CheckStep,
  RunSummary,
  SheetPreview,
  SheetProblem,
  SidebarAction,
  SidebarState,
  TabsOutcome,
} from '../rpc-types.js';
import { formatCountVi } from './format-vi.js';
import { call, ServerError } from './server.js';

export interface Outcome {
  message: string | null;
  summary: RunSummary | null;
  problems: SheetProblem[];
  problemCount: number;
}

export interface AppState {
  boot: SidebarState | null;
  settings: Settings | null;
  sheetName: string;
  preview: SheetPreview | null;
  /** Column letters chosen in the dropdowns, not yet saved. */
  override: Partial<Record<Field, string>>;
  busy: string | null;
  progress: { done: number; total: number } | null;
  outcome: Outcome | null;
  error: { message: string; detail: string } | null;
  notice: string | null;
  picking: boolean;
  chosen: string[];
  settingsOpen: boolean;
}

export class App {
  state: AppState = {
    boot: null,
    settings: null,
    sheetName: '',
    preview: null,
    override: {},
    busy: L.loading,
    progress: null,
    outcome: null,
    error: null,
    notice: null,
    picking: false,
    chosen: [],
    settingsOpen: false,
  };

  constructor(private readonly render: (app: App) => void) {}

  update(patch: Partial<AppState>): void {
    this.state = { ...this.state, ...patch };
    this.render(this);
  }

  /** Loads the state, then starts the action a menu item asked for. */
  async start(action: SidebarAction | null): Promise<void> {
    const ok = await this.guard(L.loading, async () => {
      const boot = await call<SidebarState>('rpcGetSidebarState');
      this.update({ boot, settings: boot.settings, sheetName: boot.activeSheet, settingsOpen: action === 'settings' });
      await this.loadPreview();
    });
    if (!ok) return;
    if (action === 'check') await this.check();
    else if (action === 'reports') await this.reports();
    else if (action === 'consolidate') this.update({ picking: true });
  }

  setSettings(settings: Settings): void {
    this.update({ settings });
  }

  async chooseSheet(sheetName: string): Promise<void> {
    this.update({ sheetName, override: {}, outcome: null });
    await this.guard(L.progress.reading, () => this.loadPreview());
  }

  async loadPreview(): Promise<void> {
    const preview = await call<SheetPreview>('rpcPreviewSheet', { sheetName: this.state.sheetName, settings: this.state.settings });
    this.update({ preview, override: {} });
  }

  async saveMapping(): Promise<void> {
    const { preview, override, settings, sheetName } = this.state;
    if (!preview) return;
    // Keep the user's earlier choices and add the new ones.
    const full: Partial<Record<Field, string>> = {};
    for (const f of preview.fields) if (f.source === 'user' && f.letter) full[f.field] = f.letter;
    Object.assign(full, override);
    for (const [field, letter] of Object.entries(full)) if (letter === '') delete full[field as Field];
    await this.guard(L.progress.reading, async () => {
      const next = await call<SheetPreview>('rpcSaveMapping', { sheetName, signature: preview.signature, override: full, settings });
      this.update({ preview: next, override: {}, notice: L.data.mappingSaved });
    });
  }

  async saveSettings(): Promise<void> {
    await this.guard(L.loading, async () => {
      const settings = await call<Settings>('rpcSaveSettings', { settings: this.state.settings });
      this.update({ settings, notice: L.settings.saved });
    });
  }

  /** "Kiểm tra hạn": the first call, then continuation calls until every row is written. */
  async check(): Promise<void> {
    const { sheetName, settings, preview } = this.state;
    const reading = preview && preview.dossiers > 0 ? L.progress.readingRows(formatCountVi(preview.dossiers)) : L.progress.reading;
    await this.guard(reading, async () => {
      let step = await call<CheckStep>('rpcStartCheck', { sheetName, settings });
      let restarted = step.restarted;
      while (!step.done && step.token !== null) {
        this.update({
          busy: L.progress.writing(formatCountVi(step.rowsDone), formatCountVi(step.rowsTotal)),
          progress: { done: step.rowsDone, total: step.rowsTotal },
        });
        step = await call<CheckStep>('rpcContinueCheck', step.token);
        restarted = restarted || step.restarted;
      }
      const s = step.summary;
      this.update({
        preview: s.preview,
        outcome: { message: restarted ? L.results.restarted : L.results.done, summary: s, problems: s.problems, problemCount: s.problemCount },
      });
    });
  }

  async reports(): Promise<void> {
    const { sheetName, settings } = this.state;
    await this.guard(L.progress.reports, async () => {
      const out = await call<TabsOutcome>('rpcMakeReports', { sheetName, settings });
      this.showTabs(out, L.results.reportsDone(out.sheetNames.join(', ')));
    });
  }

  async consolidate(): Promise<void> {
    const { chosen, settings } = this.state;
    if (chosen.length === 0) {
      this.update({ notice: L.actions.consolidateNone });
      return;
    }
    await this.guard(L.progress.consolidating, async () => {
      const out = await call<TabsOutcome>('rpcConsolidate', { sheetNames: chosen, settings });
      this.update({ picking: false });
      this.showTabs(out, L.results.consolidateDone(out.sheetNames.join(', ')));
    });
  }

  async openDaysOff(): Promise<void> {
    await this.guard(L.progress.daysOff, async () => {
      await call<TabsOutcome>('rpcOpenDaysOff', { settings: this.state.settings });
      this.update({ notice: L.settings.daysOffDone });
    });
  }

  async goTo(problem: SheetProblem): Promise<void> {
    try {
      await call<boolean>('rpcSelectCell', { sheetName: problem.sheetName, row: problem.row, columnLetter: problem.columnLetter });
    } catch (error) {
      this.fail(error);
    }
  }

  private showTabs(out: TabsOutcome, message: string): void {
    const summary = out.summary;
    this.update({
      preview: summary ? summary.preview : this.state.preview,
      outcome: { message, summary, problems: out.problems, problemCount: out.problemCount },
    });
  }

  /** Runs a step with the busy bar; errors become the error box. True when it went well. */
  private async guard(busy: string, work: () => Promise<void>): Promise<boolean> {
    this.update({ busy, progress: null, error: null, notice: null });
    try {
      await work();
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    } finally {
      this.update({ busy: null, progress: null });
    }
  }

  private fail(error: unknown): void {
    const e = error instanceof ServerError ? { message: error.message, detail: error.detail } : { message: L.errors.generic, detail: String(error) };
    this.update({ error: e });
  }
}
