/** samples/README.md: what each sample holds and the hand-checked dossiers with their reasoning. */
import type { NamedDossier } from './named.js';

export function readmeText(named: readonly NamedDossier[]): string {
  const rows = named.map((n) => {
    const codes = [n.codes.thanhHoa, n.codes.opencps, n.codes.xa].map((c) => (c ? `\`${c}\`` : '—')).join(' | ');
    return `| ${n.key} | \`${n.expected}\` | ${codes} | ${n.reasoning} |`;
  });
  return `# Sample exports

Written by \`npx tsx scripts/make-samples.ts\` (seeded PRNG, no clock: the same bytes on every run).
All people, units, addresses and codes are invented; procedure names are the public names of common
procedures. No real personal data.

**Report date (asOf, "Ngày chốt số liệu"): Monday 2025-06-30.** Run e.g.
\`dunghan check samples/opencps-ho-so.csv --as-of 2025-06-30\`. With the default rules (DEFAULT_RULES,
core/deadline/rule-presets.ts) every file holds every status: early, on_time, late, late_on_system,
pending, due_soon (due Tue 01/07, the next working day), overdue, awaiting_citizen, withdrawn,
stopped, rejected, invalid.

Dossiers run from January to June 2025, across Tết (Sat 25/01–Sun 02/02, weekdays 27–31/01 off),
Giỗ Tổ (Mon 07/04), the make-up working Saturday 26/04 and the 30/04–04/05 break (Fri 02/05 swapped
off), per CV 8726/VPCP-KGVX (holidays.md §3). Filler dues are WORKDAY(received, period) from the
project's calendar engine; the named dues below were counted by hand.

| File | Shape | Rows |
|---|---|---|
| \`thanh-hoa-ho-so.xls\` | Thanh Hóa "In file excel": an HTML table saved as .xls (vendor Excel-HTML template, UTF-8 without BOM or charset), banner rows (ỦY BAN NHÂN DÂN TỈNH … / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM), title, period line, a 2-row header with rowspan/colspan ("Ngày, tháng, năm" over Ngày nộp hồ sơ / Ngày nhận / Ngày hẹn trả / Ngày kết thúc xử lý), one group row per unit (4 units), text dates \`dd/MM/yyyy HH:mm:ss\`, cells starting with "0" marked \`mso-number-format:"\\@"\`, a "Tổng cộng" row and a signature footer | 300 dossiers + 1 repeated (N16 listed under two units) |
| \`opencps-ho-so.csv\` | OpenCPS report CSV, UTF-8 with BOM, CRLF, the reportConfig headings (Mã hồ sơ … Hạn xử lý) with "Hạn xử lý" holding text such as "Quá hạn 2.25 ngày" (not a due date), codes \`AGENCY.yyMMdd.NNNNN\`, "Trực tuyến" as Có/Không, 3 units | 300 dossiers + 1 repeated at the end (N16) |
| \`opencps-ho-so-1258.csv\` | the header and first 20 rows of the OpenCPS file in Windows-1258 (tone marks as combining bytes), as Vietnamese Windows Excel saves "CSV (Comma delimited)" | 20 |
| \`xa-dan-tu-excel.xlsx\` | a commune clerk's workbook: 2 title rows, header on row 3, real date cells (Ngày hẹn trả date-only, Ngày có kết quả with time), "Ngày trả kết quả thực tế" filled for some rows, Đơn vị / Cán bộ xử lý / Lĩnh vực / Hình thức nộp / Trạng thái (national labels), and "Ngày tiếp nhận" pasted into an en-US Excel: days above 12 stayed text ("25/01/2025 08:30"), days up to 12 became date cells with day and month swapped; a "Tổng cộng" row with a COUNTA formula | 250 dossiers + 1 pasted twice (N16) |

In the Thanh Hóa and OpenCPS files the office added a "Ngày trả kết quả thực tế" column after export,
as the add-in asks, so late-on-system dossiers can be told apart.

\`expected.json\` lists, per file, the rows written, the status each row was built to have, and the
named codes. Tests compare the classification with it.

## Problems planted on purpose

- N14: "Ngày hẹn trả" is \`31/02/2025\` → \`date.impossible\` on that cell, dossier \`invalid\`.
- N15: the applicant is \`=HYPERLINK("http://x","Nguyễn Văn A")\`, text that looks like a formula: it must stay text.
- N16: the same code twice → \`row.duplicateCode\`.
- xa-dan-tu-excel.xlsx: the swapped "Ngày tiếp nhận" cells → \`date.monthFirst\` (N17 is one of them).
- opencps-ho-so.csv: "Hạn xử lý" is derived text, not the due date.

## Named dossiers (hand-checked)

Counting starts the day after receipt (BLDS 2015 Điều 147.2); "n working days" skips Saturdays,
Sundays and official days off but counts the make-up Saturday 26/04. In xa-dan-tu-excel.xlsx dues are
written without time (the day ends at 24:00, BLDS Điều 148.6); every status below holds either way.

| Key | Expected | Thanh Hóa code | OpenCPS code | xa-dan code | Reasoning (dates in 2025) |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
}
