/**
 * An OpenCPS dynamic-report CSV (exports.md §1.3 reportConfig headings), UTF-8 with BOM,
 * CRLF, dates `dd/MM/yyyy HH:mm:ss`, codes `AGENCY.yyMMdd.NNNNN`, and the "Hạn xử lý" trap
 * column holding text such as "Quá hạn 2.25 ngày". The office added "Ngày trả kết quả
 * thực tế" at the end, as the add-in asks.
 */
import { buildCalendar, countWorkingDays } from '../../core/calendar/working-days.js';
import type { Day } from '../../core/calendar/day.js';
import { AS_OF, formatDmy, yymmdd, type SampleDossier } from './model.js';
import { OPENCPS_STATUS } from './labels.js';

export interface OpenCpsUnit {
  name: string;
  agency: string;
}

export const OPENCPS_UNITS: readonly OpenCpsUnit[] = [
  { name: 'UBND xã Vị Tân Đông', agency: 'XVTD' },
  { name: 'UBND phường Hiệp Lợi Tây', agency: 'PHLT' },
  { name: 'Phòng Kinh tế, Hạ tầng và Đô thị', agency: 'PKTHT' },
];

export const OPENCPS_HEADINGS = [
  'Mã hồ sơ', 'Mã thủ tục', 'Nội dung', 'Cơ quan thụ lý', 'Chủ hồ sơ', 'Ngày gửi', 'Ngày tiếp nhận', 'Ngày hẹn trả',
  'Ngày gia hạn', 'Ngày hoàn thành', 'Ngày trả', 'Trạng thái', 'Trực tuyến', 'Ghi chú xử lý', 'Hạn xử lý',
  'Ngày trả kết quả thực tế',
] as const;

const CAL = buildCalendar();

/** The CSV lines (header first), not yet joined or encoded. */
export function openCpsLines(dossiers: readonly SampleDossier[]): string[] {
  const lines = [OPENCPS_HEADINGS.map(csvField).join(',')];
  for (const d of dossiers) {
    const stamp = (s: SampleDossier['due']) => (s ? formatDmy(s) : '');
    lines.push(
      [
        d.code ?? '',
        d.procedure.code,
        d.procedure.name,
        OPENCPS_UNITS[d.unit].name,
        d.applicant,
        stamp(d.submitted),
        stamp(d.received),
        d.dueText ?? stamp(d.due),
        stamp(d.extendedDue),
        stamp(d.finished),
        stamp(d.returned),
        OPENCPS_STATUS[d.statusCode],
        d.channel === 'online' ? 'Có' : 'Không',
        d.remarks,
        overdueText(d),
        d.actual ? formatDmy(d.actual) : '',
      ]
        .map(csvField)
        .join(','),
    );
  }
  return lines;
}

/** Filler codes: `{agency}.{yyMMdd}.{NNNNN}`, one running number per agency. */
export function openCpsCode(d: SampleDossier, counters: Map<string, number>): string {
  const agency = OPENCPS_UNITS[d.unit].agency;
  const n = (counters.get(agency) ?? 100) + 1;
  counters.set(agency, n);
  return `${agency}.${yymmdd(d.received ?? d.submitted!)}.${String(n).padStart(5, '0')}`;
}

/** OpenCPS `dossierOverdue`: "Quá hạn 2.25 ngày" past due, "Còn N ngày" before; derived text, not a date. */
function overdueText(d: SampleDossier): string {
  if (!d.due || d.statusCode === 3 || d.statusCode === 7 || d.statusCode === 8) return '';
  const end = d.finished?.day ?? AS_OF;
  if (end > d.due.day) {
    const days = countWorkingDays(CAL, (d.due.day + 1) as Day, end as Day);
    const fraction = [0.25, 0.5, 0.75][days % 3];
    return `Quá hạn ${days - 1 + fraction} ngày`;
  }
  if (d.finished) return '';
  return `Còn ${countWorkingDays(CAL, (AS_OF + 1) as Day, d.due.day)} ngày`;
}

/** Quotes a field when it holds a comma, a quote, a line break or leading/trailing space. */
function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
