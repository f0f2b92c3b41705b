/**
 * The baseline of issue 12: the same check written as spreadsheet formulas, recalculated
 * by LibreOffice (`soffice --headless --convert-to csv`, with a private profile that
 * recalculates every formula on load). Each row gets its status (IF on the dates, WORKDAY
 * for "sắp đến hạn") and its working days late (NETWORKDAYS over the days off), and a
 * summary counts each status (COUNTIF), as the report tabs do.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { dayFromYmd, DAYS_OFF, type Day } from '../core/index.js';
import { HEADINGS, syntheticRows } from './synthetic.js';

/** True when `soffice` can be run. */
export function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

const RECALC_ALWAYS =
  '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>' +
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>' +
  '</oor:items>\n';

/** Writes the export with the check as formulas (dates as date cells, no cached results). */
export async function writeFormulaWorkbook(path: string, count: number, seed: number, asOf: Day): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const days = workbook.addWorksheet('Ngày nghỉ');
  // Weekday days off of 2024 (make-up Saturdays cannot be said to NETWORKDAYS: the formulas are a close, not exact, copy).
  let holidays = 0;
  for (const d of DAYS_OFF) {
    if (!d.date.startsWith('2024-') || d.kind === 'make-up-working-saturday' || d.confidence !== 'confirmed') continue;
    const [y, m, day] = d.date.split('-').map(Number);
    days.addRow([dayFromYmd({ y, m, d: day })]).commit();
    holidays++;
  }
  days.commit();
  const sheet = workbook.addWorksheet('Danh sách hồ sơ');
  sheet.addRow([...HEADINGS, 'Kết quả kiểm tra', 'Số ngày trễ', '', 'Ngày chốt', asOf]).commit();
  const hol = `'Ngày nghỉ'!$A$1:$A$${Math.max(holidays, 1)}`;
  let r = 2;
  let i = 0;
  for (const row of syntheticRows(count, seed)) {
    const k = `K${r}`;
    const l = `L${r}`;
    const status =
      `IF(${l}="",IF(INT(${k})<$R$1,"Quá hạn",IF(INT(${k})<=WORKDAY($R$1,1,${hol}),"Sắp đến hạn","Đang xử lý")),` +
      `IF(${l}>${k},"Trễ hạn",IF(INT(${l})<INT(${k}),"Trước hạn","Đúng hạn")))`;
    const late = `IF(N${r}="Trễ hạn",NETWORKDAYS(INT(${k})+1,INT(${l}),${hol}),IF(N${r}="Quá hạn",NETWORKDAYS(INT(${k})+1,$R$1,${hol}),""))`;
    const serial = (s: { day: number; sec: number | null } | null) => (s === null ? null : s.day + (s.sec ?? 0) / 86_400);
    sheet.addRow([
      i + 1, row.code, row.procedure, row.field, row.unit, row.officer, row.applicant, row.online ? 'Trực tuyến' : 'Trực tiếp',
      serial(row.received), `${row.periodDays} ngày làm việc`, serial(row.due), serial(row.finished), row.statusText,
      { formula: status }, { formula: late },
    ]).commit();
    r++;
    i++;
  }
  sheet.commit();
  const summary = workbook.addWorksheet('Tổng hợp');
  for (const label of ['Trước hạn', 'Đúng hạn', 'Trễ hạn', 'Đang xử lý', 'Sắp đến hạn', 'Quá hạn']) {
    summary.addRow([label, { formula: `COUNTIF('Danh sách hồ sơ'!$N$2:$N$${r - 1},A${summary.rowCount + 1})` }]).commit();
  }
  summary.commit();
  await workbook.commit();
}

/** Seconds LibreOffice takes to open, recalculate and save the workbook as CSV (start-up included), and its CSV. */
export async function timeSoffice(path: string, dir: string): Promise<{ seconds: number; outDir: string }> {
  const profile = join(dir, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const outDir = join(dir, 'lo-out');
  mkdirSync(outDir, { recursive: true });
  const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2', '--outdir', outDir, path];
  const start = performance.now();
  const code = await new Promise<number>((resolve) => spawn('soffice', args, { stdio: 'ignore' }).on('close', (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`soffice exit ${code}`);
  return { seconds: (performance.now() - start) / 1000, outDir };
}
