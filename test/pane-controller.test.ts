/** The shared pane's controller against a scripted bridge: no browser, no host. */
import { describe, expect, it } from 'vitest';
import { dayFromYmd, defaultSettings, FIELDS, type Settings, type Status } from '../core/index.js';
import { PaneController } from '../pane/controller.js';
import type { CheckSummary, HostBridge, PaneProblem, SheetView } from '../pane/model.js';

const asOf = dayFromYmd({ y: 2024, m: 6, d: 14 });
const counts = { overdue: 1, late: 2, late_on_system: 0, due_soon: 1, awaiting_citizen: 0, pending: 1, early: 1, on_time: 2, withdrawn: 0, stopped: 0, rejected: 0, invalid: 1 } as Record<Status, number>;
const view: SheetView = { sheetName: 'Hồ sơ', headerRow: 1, rows: 9, columns: [{ letter: 'A', heading: 'Mã' }], fields: FIELDS.map((field) => ({ field, letter: 'A', heading: 'Mã', source: 'detected' as const })) };
const problems: PaneProblem[] = Array.from({ length: 120 }, (_, i) => ({ code: 'date.unreadable', row: i + 2, severity: 'error', sheetName: 'Hồ sơ' }));

function bridge(log: string[], overrides: Partial<HostBridge> = {}): HostBridge {
  const summary = (settings: Settings): CheckSummary => ({ view, total: 9, counts, score: null, problems, problemCount: 130, notes: [], written: settings.asOf > 0 });
  return {
    kind: 'sheets',
    boot: async () => ({ settings: defaultSettings(asOf), today: asOf, sheets: ['Hồ sơ'], activeSheet: 'Hồ sơ' }),
    preview: async (name) => (log.push(`preview ${name}`), view),
    saveMapping: async (_v, field, letter) => (log.push(`map ${field}=${letter}`), view),
    saveSettings: async (s) => (log.push(`save ${s.asOf}`), s),
    check: async (name, settings, hooks) => {
      log.push(`check ${name}`);
      hooks.progress({ message: 'Đang tô màu: 5/9 dòng…', done: 5, total: 9 });
      return summary(settings);
    },
    reports: async (_n, _s, hooks) => {
      const yes = await hooks.ask('Thay trang "Cán bộ"?');
      log.push(`reports ${yes}`);
      return { names: yes ? ['Biểu 06a'] : [], notes: [], declined: !yes, problems: [] };
    },
    listSheets: async () => ['Hồ sơ', 'Xã A'],
    consolidate: async (names) => ({ names: ['Tổng hợp 06a'], notes: [], declined: false, problems: names.map((n) => ({ code: 'merge.unrecognizedInput', row: 0, severity: 'warning', sheetName: n })) }),
    openDaysOff: async () => undefined,
    goTo: async (p) => void log.push(`goto ${p.row}`),
    live: async (name, _s, hooks) => {
      log.push(`live ${name}`);
      hooks.progress({ message: 'Đang ghi công thức: 5/9 dòng…', done: 5, total: 9 });
      return { sheetName: 'Hồ sơ', liveRows: 1234, fixedRows: 3, fixedReasons: [{ reason: 'thời hạn tính theo giờ', rows: 2 }, { reason: 'ngày nằm ngoài lịch của sổ', rows: 1 }], years: [2024, 2025], tabs: ['Biểu 06a', 'Phụ lục I', 'Ngày nghỉ'], liveTabs: ['Biểu 06a'], asOfCell: 'AL18', notes: [] };
    },
    ...overrides,
  };
}

describe('PaneController', () => {
  it('loads the settings and the sheet, then checks with progress next to the button and pages the problems', async () => {
    const log: string[] = [];
    const ctl = new PaneController(bridge(log));
    const seen: string[] = [];
    ctl.subscribe((s) => {
      if (s.busy) seen.push(`${s.busy.source}:${s.busy.progress.message}`);
    });
    await ctl.start();
    expect(ctl.state.view?.rows).toBe(9);
    expect(ctl.state.busy).toBeNull();
    await ctl.check();
    expect(seen).toContain('check:Đang đọc 9 dòng…');
    expect(seen).toContain('check:Đang tô màu: 5/9 dòng…');
    expect(ctl.state.feedback).toMatchObject({ source: 'check', kind: 'ok', message: 'Đã kiểm tra 9 hồ sơ trên trang "Hồ sơ".' });
    expect(ctl.state.shown).toBe(50);
    ctl.showMore();
    ctl.showMore();
    ctl.showMore();
    expect(ctl.state.shown).toBe(120);
    expect(log).toEqual(['preview Hồ sơ', 'check Hồ sơ']);
  });

  it('asks before replacing a tab; "no" stops with a sentence next to the button', async () => {
    const log: string[] = [];
    const ctl = new PaneController(bridge(log));
    await ctl.start();
    const running = ctl.reports();
    await new Promise((r) => setTimeout(r, 0));
    expect(ctl.state.confirm?.question).toBe('Thay trang "Cán bộ"?');
    ctl.state.confirm!.answer(false);
    await running;
    expect(ctl.state.confirm).toBeNull();
    expect(ctl.state.feedback).toMatchObject({ source: 'reports', message: 'Đã dừng: không thay các trang đang có.' });
    expect(log).toContain('reports false');
  });

  it('runs one action at a time and shows a failure as one sentence with details', async () => {
    const log: string[] = [];
    let release: () => void = () => undefined;
    const ctl = new PaneController(
      bridge(log, {
        check: () => new Promise((_, reject) => (release = () => reject({ message: 'Không tìm thấy trang tính "X".', detail: 'sheet X' }))),
      }),
    );
    await ctl.start();
    const first = ctl.check();
    await new Promise((r) => setTimeout(r, 0));
    await ctl.reports(); // ignored while the check runs
    expect(ctl.state.confirm).toBeNull();
    release();
    await first;
    expect(ctl.state.feedback).toMatchObject({ source: 'check', kind: 'error', message: 'Không tìm thấy trang tính "X".', detail: 'sheet X' });
    expect(ctl.state.busy).toBeNull();
  });

  it('changes the period day first, refuses a reversed range, and checks again after a column is corrected', async () => {
    const log: string[] = [];
    const ctl = new PaneController(bridge(log));
    await ctl.start();
    const from = dayFromYmd({ y: 2024, m: 6, d: 20 });
    expect(ctl.periodChange({ from })).toBe('Từ ngày phải trước hoặc bằng Đến ngày.');
    expect(ctl.state.settings?.period.preset).toBe('month15');
    expect(ctl.periodChange({ asOf: dayFromYmd({ y: 2024, m: 7, d: 1 }) })).toBeNull();
    expect(ctl.state.settings?.period.from).toBe(dayFromYmd({ y: 2024, m: 6, d: 15 }));
    await ctl.check();
    await ctl.pickColumn('officer', 'A');
    expect(log.slice(-2)).toEqual(['map officer=A', 'check Hồ sơ']);
  });

  it('consolidates only ticked sheets and lists their problems', async () => {
    const ctl = new PaneController(bridge([]));
    await ctl.start();
    await ctl.consolidate();
    expect(ctl.state.feedback?.message).toBe('Hãy đánh dấu ít nhất một trang tính.');
    await ctl.openConsolidate();
    expect(ctl.state.sheets).toEqual(['Hồ sơ', 'Xã A']);
    ctl.choose('Xã A', true);
    await ctl.consolidate();
    expect(ctl.state.tabProblems.map((p) => p.sheetName)).toEqual(['Xã A']);
    expect(ctl.state.open.consolidate).toBe(false);
    expect(ctl.state.feedback?.message).toBe('Đã tổng hợp vào: Tổng hợp 06a.');
  });

  it('exports the live workbook with progress next to its button and a summary: rows live and fixed and why, the years, the report-date cell', async () => {
    const log: string[] = [];
    const ctl = new PaneController(bridge(log));
    const seen: string[] = [];
    ctl.subscribe((st) => {
      if (st.busy) seen.push(`${st.busy.source}:${st.busy.progress.message}`);
    });
    await ctl.start();
    await ctl.live();
    expect([...new Set(seen.filter((x) => x.startsWith('live:')))]).toEqual(['live:Đang xuất sổ tự tính…', 'live:Đang ghi công thức: 5/9 dòng…']);
    expect(ctl.state.feedback).toMatchObject({
      source: 'live',
      kind: 'ok',
      message: 'Đã xuất sổ tự tính trên trang "Hồ sơ": 1.234 dòng tự tính, 3 dòng cố định.',
      notes: [
        'Dòng cố định giữ kết quả lần này (chạy lại để cập nhật): 2 dòng (thời hạn tính theo giờ); 1 dòng (ngày nằm ngoài lịch của sổ).',
        'Lịch làm việc dùng cho công thức: năm 2024–2025, trên trang "Ngày nghỉ".',
        'Sửa ô AL18 (ngày chốt số liệu) thì quá hạn, sắp đến hạn tự tính lại.',
        'Biểu 06a: số liệu là công thức, tự tính theo sổ.',
        'Phụ lục I: danh sách giữ như lần này; chạy lại để cập nhật danh sách.',
      ],
    });
    expect(log).toEqual(['preview Hồ sơ', 'live Hồ sơ']);
  });

  it("shows the host's notes first (an old Excel) and a failure of the export as one sentence", async () => {
    const note = 'Phiên bản Excel này chưa cho đặt định dạng có điều kiện (cần ExcelApi 1.6).';
    const ok = new PaneController(bridge([], { live: async () => ({ sheetName: 'Hồ sơ', liveRows: 9, fixedRows: 0, fixedReasons: [], years: [2024], tabs: ['Ngày nghỉ'], liveTabs: [], asOfCell: 'AL18', notes: [note] }) }));
    await ok.start();
    await ok.live();
    expect(ok.state.feedback?.notes).toEqual([note, 'Lịch làm việc dùng cho công thức: năm 2024, trên trang "Ngày nghỉ".', 'Sửa ô AL18 (ngày chốt số liệu) thì quá hạn, sắp đến hạn tự tính lại.']);
    const failing = new PaneController(bridge([], { live: async () => Promise.reject({ message: 'Ô AJ10 bên phải dữ liệu đã có nội dung.', detail: '' }) }));
    await failing.start();
    await failing.live();
    expect(failing.state.feedback).toMatchObject({ source: 'live', kind: 'error', message: 'Ô AJ10 bên phải dữ liệu đã có nội dung.' });
    expect(failing.state.busy).toBeNull();
  });
});
