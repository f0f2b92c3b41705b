import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partText, readZip } from '../cli/src/workbook/ooxml/zip.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkSheet,
  consolidate,
  dayFromYmd,
  defaultSettings,
  periodFromPreset,
  readForm06a,
  sumCounts06a,
  tally06a,
  type ConsolidateInput,
  type ConsolidateResult,
  type PlanCell,
  type SheetGrid,
  type SheetPlan,
} from '../core/index.js';
import { loadInput } from '../cli/src/files/load-input.js';
import { runMerge } from '../cli/src/commands/merge.js';
import { cellValues, readWorkbook, SAMPLES_AS_OF, tempDir } from './workbook-helpers.js';

const settings = defaultSettings(SAMPLES_AS_OF);
const N01_XA_DAN = '000.41.27.H99-250122-0051';
/** Each input's unit: the agency of its banner; the OpenCPS export names none, so its file name, marked. */
const UNIT_NAMES: Record<string, string> = {
  'xa-dan-tu-excel': 'Ủy ban nhân dân xã Đắk Tân Hưng',
  'opencps-ho-so': 'opencps-ho-so (tên tệp)',
  'thanh-hoa-ho-so': 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa',
};

/** A plan's cells as a grid, as a host would read the written tab back. */
function gridOf(plan: SheetPlan): SheetGrid {
  return { sheetName: plan.name, cells: plan.cells.map((row) => row.map((v: PlanCell) => v)) };
}

describe('consolidate: the three samples as three units', () => {
  let inputs: ConsolidateInput[];
  let result: ConsolidateResult;
  let xaDanN01Row: number;

  beforeAll(async () => {
    const [xa, op, th] = await Promise.all(['samples/xa-dan-tu-excel.xlsx', 'samples/opencps-ho-so.csv', 'samples/thanh-hoa-ho-so.xls'].map(loadInput));
    // A copy of the OpenCPS export whose first dossier (row 2) carries xa-dan's N01 code.
    const opCells = op.sheets[0].cells.map((row) => [...row]);
    opCells[1][0] = N01_XA_DAN;
    inputs = [
      { name: 'xa-dan-tu-excel', grid: xa.sheets[0] },
      { name: 'opencps-ho-so', grid: { ...op.sheets[0], cells: opCells } },
      { name: 'thanh-hoa-ho-so', grid: th.sheets[0] },
    ];
    xaDanN01Row = checkSheet(xa.sheets[0], settings).dossiers.find((d) => d.record.code === N01_XA_DAN)!.record.row;
    result = consolidate(inputs, settings);
  });

  it('reports the shared code once, on the second input, and does not count it twice', () => {
    expect(result.problems).toEqual([
      {
        code: 'merge.duplicateCode',
        row: 2,
        value: N01_XA_DAN,
        severity: 'warning',
        detail: `opencps-ho-so; đã có ở xa-dan-tu-excel, dòng ${xaDanN01Row}`,
      },
    ]);
    expect(result.inputs.map((i) => [i.name, i.kind, i.dossiers, i.merged, i.result])).toEqual([
      ['xa-dan-tu-excel', 'export', 251, true, 'Đã gộp'],
      ['opencps-ho-so', 'export', 300, true, 'Đã gộp; 1 hồ sơ trùng mã với trang tính khác chưa gộp'],
      ['thanh-hoa-ho-so', 'export', 301, true, 'Đã gộp'],
    ]);
  });

  it('gives each unit the 06a row of its own dossiers, the duplicate left out, ranked by on-time rate', () => {
    const expected = inputs.map((input, i) => {
      let dossiers = checkSheet(input.grid, settings).dossiers;
      if (i === 1) dossiers = dossiers.filter((d) => d.record.row !== 2);
      return { name: UNIT_NAMES[input.name], counts: tally06a(dossiers, { period: settings.period, asOf: SAMPLES_AS_OF, rules: settings.rules }).counts };
    });
    const byName = new Map(result.units.map((u) => [u.name, u.counts]));
    expect(expected.map((e) => [e.name, byName.get(e.name)])).toEqual(expected.map((e) => [e.name, e.counts]));
    const rates = result.units.map((u) => u.onTimeRate!);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    expect(result.units.map((u) => u.rank)).toEqual([1, 2, 3]);
    for (const u of result.units) expect(u.onTimeRate).toBe((u.counts.early + u.counts.onTime) / u.counts.resolved);
  });

  it('writes Biểu 06a by unit whose total row is the sum of the units, readable back as a 06a', () => {
    expect(result.sheets.map((s) => [s.name, s.kind])).toEqual([
      ['Tổng hợp 06a', 'form-06a'],
      ['Xếp hạng đơn vị', 'consolidated'],
      ['Tổng hợp PL I', 'appendix-1'],
      ['Tổng hợp PL II', 'appendix-2'],
      ['Nguồn số liệu', 'consolidated'],
    ]);
    const form = readForm06a(gridOf(result.sheets[0]))!;
    expect(form.byUnit).toBe(true);
    expect(form.rows.map((r) => r.label).sort()).toEqual(Object.values(UNIT_NAMES).sort());
    expect(form.total).toEqual(sumCounts06a(result.units.map((u) => u.counts)));
    expect(form.period).toEqual({ from: settings.period.from, to: settings.period.to });
  });

  it('lists the late dossiers of every unit in Phụ lục I, grouped by unit with the unit on each row', () => {
    const plan = result.sheets[2];
    const unitCol = plan.cells.findIndex((row) => row.includes('Đơn vị giải quyết'));
    const col = plan.cells[unitCol].indexOf('Đơn vị giải quyết');
    const units = new Set(plan.cells.slice(unitCol + 2).map((row) => row[col]).filter((v) => typeof v === 'string'));
    expect([...units].sort()).toEqual(Object.values(UNIT_NAMES).sort());
    const late = result.units.reduce((n, u) => n + u.counts.late, 0);
    expect(plan.cells.flat()).toContain(`Tổng số: ${late} hồ sơ`);
  });

  it('draws the on-time chart from the ranking table: unit names in B, rates in H', () => {
    const ranking = result.sheets[1];
    const [chart] = ranking.charts;
    const names = ranking.cells.slice(chart.categories.row - 1, chart.categories.row - 1 + chart.categories.rows).map((r) => r[1]);
    const rates = ranking.cells.slice(chart.series[0].row - 1, chart.series[0].row - 1 + chart.series[0].rows).map((r) => r[7]);
    expect([names, rates]).toEqual([result.units.map((u) => u.name), result.units.map((u) => u.onTimeRate)]);
  });
});

describe('consolidate: 06a forms and what is not merged', () => {
  let xaDan: SheetGrid;
  let unitForm: SheetGrid;

  beforeAll(async () => {
    xaDan = (await loadInput('samples/xa-dan-tu-excel.xlsx')).sheets[0];
    // The 06a a commune made with this tool, by lĩnh vực, for the same period.
    const own = consolidate([{ name: 'xa-dan', grid: xaDan }], { ...settings, header: { ...settings.header, reportingUnit: 'UBND xã Đắk Tờ Re' } });
    unitForm = gridOf(own.sheets[0]);
  });

  it('merges a 06a of the same period as its units and leaves its dossiers out of the lists', () => {
    const data = consolidate([{ name: 'xa-dan', grid: xaDan }], settings);
    const viaForm = consolidate([{ name: 'bieu-06a.xlsx', grid: unitForm }], settings);
    expect(viaForm.problems).toEqual([]);
    expect(viaForm.units.map((u) => [u.name, u.counts, u.from])).toEqual(data.units.map((u) => [u.name, u.counts, 'form-06a']));
    expect(viaForm.inputs.map((i) => [i.kind, i.merged])).toEqual([['form-06a', true]]);
  });

  it('does not merge a 06a of another period, nor a sheet that is neither an export nor a 06a, and says so', () => {
    const july = { ...settings, period: periodFromPreset('month', dayFromYmd({ y: 2025, m: 7, d: 1 })) };
    const notes: SheetGrid = { sheetName: 'Ghi chú', cells: [['Danh sách cán bộ trực'], ['Thứ Hai', 'Nguyễn Văn An']] };
    const result = consolidate(
      [
        { name: 'bieu-06a.xlsx', grid: unitForm },
        { name: 'ghi-chu.xlsx', grid: notes },
        { name: 'xa-dan', grid: xaDan },
      ],
      july,
    );
    expect(result.problems).toEqual([
      {
        code: 'merge.periodMismatch',
        row: 0,
        severity: 'error',
        value: '(Từ ngày 15/5/2025 đến ngày 14/6/2025)',
        detail: 'bieu-06a.xlsx: kỳ báo cáo (Từ ngày 15/5/2025 đến ngày 14/6/2025), khác kỳ tổng hợp (Từ ngày 01/7/2025 đến ngày 31/7/2025)',
      },
      { code: 'merge.unrecognizedInput', row: 0, severity: 'warning', detail: 'ghi-chu.xlsx' },
    ]);
    expect(result.inputs.map((i) => [i.name, i.merged])).toEqual([
      ['bieu-06a.xlsx', false],
      ['ghi-chu.xlsx', false],
      ['xa-dan', true],
    ]);
  });

  it('does not count a file twice when it holds both its data and the 06a made from it', () => {
    const result = consolidate(
      [
        { name: 'Sổ theo dõi (ket-qua.xlsx)', grid: xaDan, source: 'ket-qua.xlsx' },
        { name: 'Biểu 06a (ket-qua.xlsx)', grid: unitForm, source: 'ket-qua.xlsx' },
      ],
      settings,
    );
    expect(result.problems).toEqual([]);
    expect(result.inputs.map((i) => [i.kind, i.merged])).toEqual([['export', true], ['form-06a', false]]);
    expect(result.units).toHaveLength(1);
  });
});

describe('dunghan merge', () => {
  it('writes tong-hop.xlsx with the five tabs and the ranking and 06a charts drawn, and prints the ranking', async () => {
    const dir = tempDir();
    const out = join(dir, 'tong-hop.xlsx');
    const printed: string[] = [];
    const code = await runMerge(
      ['samples/xa-dan-tu-excel.xlsx', 'samples/opencps-ho-so.csv', 'samples/thanh-hoa-ho-so.xls', '--out', out, '--as-of', '2025-06-30'],
      (t) => printed.push(t),
    );
    expect(code).toBe(0);
    const workbook = await readWorkbook(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp 06a', 'Xếp hạng đơn vị', 'Tổng hợp PL I', 'Tổng hợp PL II', 'Nguồn số liệu']);
    const ranking = [...cellValues(workbook.getWorksheet('Xếp hạng đơn vị')!).values()];
    expect(ranking.some((v) => typeof v === 'string' && v.startsWith('Biểu đồ "'))).toBe(false);
    const charts = readZip(new Uint8Array(readFileSync(out))).filter((p) => p.name.startsWith('xl/charts/chart')).map((p) => /<a:t>([^<]*)<\/a:t>/.exec(partText(p))![1]);
    expect(charts.sort()).toEqual(['Kết quả giải quyết theo đơn vị', 'Tỷ lệ giải quyết hồ sơ đúng hạn theo đơn vị']);
    // One print area per tab: the form, then the chart beside it on pages of its own.
    const book = partText(readZip(new Uint8Array(readFileSync(out))).find((p) => p.name === 'xl/workbook.xml')!);
    const areas = [...book.matchAll(/<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => [m[1], m[2]]);
    expect(new Set(areas.map((a) => a[0])).size).toBe(areas.length);
    expect(areas.find((a) => a[0] === '0')?.[1]).toMatch(/^'Tổng hợp 06a'!\$A\$1:\$M\$\d+,'Tổng hợp 06a'!\$O\$8:\$[A-Z]+\$\d+$/);
    const text = printed.join('\n');
    expect(text).toContain('Xếp hạng theo tỷ lệ giải quyết đúng hạn');
    expect(text).toMatch(/ {2}1\. Ủy ban nhân dân xã Đắk Tân Hưng: \d+,\d{2}%/);
  });

  it('exits 2 when no file can be read', async () => {
    const printed: string[] = [];
    const code = await runMerge(['khong-co.xlsx', '--out', join(tempDir(), 'x.xlsx'), '--as-of', '2025-06-30'], (t) => printed.push(t));
    expect([code, printed.at(-1)]).toEqual([2, 'Không có tệp nào đọc được dữ liệu để tổng hợp.']);
  });
});
