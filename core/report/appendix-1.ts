/** Phụ lục I: dossiers resolved late in the period (column (10) of Biểu 06a), by unit. */
import { REPORT_LABELS } from '../labels.vi.js';
import type { SheetPlan } from '../plan/plan.js';
import { buildListSheet, type ListColumn } from './dossier-list.js';
import { groupNumber } from './format.js';
import { periodRangeLine, type ReportPeriod } from './period.js';
import { dateCell, groupByLabel, sortByDueThenRow, type PlacedDossier } from './placed.js';

export interface AppendixOptions {
  period: ReportPeriod;
  /** @default REPORT_LABELS.sheetNames.appendix1 (or appendix2) */
  name?: string;
}

/** The dossiers of one outcome, one group per unit ("I. Phòng Tư pháp"), soonest due first. */
export function unitGroups(placed: readonly PlacedDossier[], outcome: PlacedDossier['placement']['outcome']) {
  const chosen = placed.filter((p) => p.placement.outcome === outcome);
  return groupByLabel(chosen, (p) => p.unit).map((g, i) => ({
    label: REPORT_LABELS.appendix.groupRow(groupNumber(i + 1), g.label),
    items: sortByDueThenRow(g.items, (p) => p.dossier),
  }));
}

/** STT, Mã hồ sơ, Tên thủ tục, Ngày tiếp nhận, Ngày hẹn trả: the columns both appendices open with. */
export function leadingColumns(): ListColumn<PlacedDossier>[] {
  const A = REPORT_LABELS.appendix;
  return [
    { heading: REPORT_LABELS.stt, widthMm: 10, kind: 'stt', value: () => null },
    { heading: A.code, widthMm: 36, kind: 'text', value: (p) => p.dossier.record.code },
    { heading: A.procedure, widthMm: 52, kind: 'text', value: (p) => p.dossier.record.procedure },
    { heading: A.received, widthMm: 21, kind: 'date', value: (p) => dateCell(p.dossier.record.received) },
    { heading: A.due, widthMm: 21, kind: 'date', value: (p) => dateCell(p.dossier.dueAt) },
  ];
}

/**
 * Builds Phụ lục I "Danh sách hồ sơ TTHC giải quyết quá hạn": one bold row per unit
 * ("I. Phòng Tư pháp"), STT restarting in each, working days late, "Nguyên nhân / Ghi chú"
 * from the export's Ghi chú / Lý do column or the reason typed on the tool's tabs
 * (record.remarks; empty for the unit to explain), "Tổng số: N hồ sơ".
 * Legal source: NĐ 30/2020/NĐ-CP, Phụ lục III, Mẫu 2.1 (title block).
 * @example buildAppendix1(placed, { period }).name // => "Phụ lục I"
 */
export function buildAppendix1(placed: readonly PlacedDossier[], options: AppendixOptions): SheetPlan {
  const A = REPORT_LABELS.appendix;
  const groups = unitGroups(placed, 'late');
  const columns: ListColumn<PlacedDossier>[] = [
    ...leadingColumns(),
    { heading: A.finished, widthMm: 21, kind: 'date', value: (p) => p.placement.finishDay },
    { heading: A.daysLate, widthMm: 15, kind: 'count', value: (p) => p.dossier.workingDaysLate },
    { heading: A.unit, widthMm: 26, kind: 'text', value: (p) => p.dossier.record.unit },
    { heading: A.officer, widthMm: 26, kind: 'text', value: (p) => p.officer },
    { heading: A.reason, widthMm: 24, kind: 'text', value: (p) => p.dossier.record.remarks },
  ];
  return buildListSheet({
    name: options.name ?? REPORT_LABELS.sheetNames.appendix1,
    kind: 'appendix-1',
    orientation: 'landscape',
    title: { number: A.number('I'), title: REPORT_LABELS.appendix1.title, lines: [periodRangeLine(options.period), A.attached] },
    columns,
    groups,
    codeRow: true,
    totalLine: true,
  });
}
