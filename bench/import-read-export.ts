/**
 * Timing of core's export reader (not a test): 100,000 rows × 15 columns, dates as text with
 * times or as serials, a status column, group rows every 50 rows.
 * Run: npx tsx bench/import-read-export.ts [rows]
 */
import { readExport } from '../core/import/index.js';
import type { InputCell } from '../core/import/index.js';

const ROWS = Number(process.argv[2] ?? 100_000);
const STATUSES = ['Đang xử lý', 'Đã xử lý xong', 'Đã trả kết quả', 'Chờ bổ sung hồ sơ', '4 Đang xử lý'];
const pad = (n: number) => String(n).padStart(2, '0');

type Scenario = 'text' | 'serial' | 'numericCodes';

function grid(scenario: Scenario): InputCell[][] {
  const serial = scenario === 'serial';
  const cells: InputCell[][] = [
    ['DANH SÁCH HỒ SƠ'],
    ['STT', 'Đơn vị tiếp nhận', 'Lĩnh vực', 'Tên thủ tục hành chính', 'Mã hồ sơ', 'Trạng thái', 'Địa chỉ', 'Chủ hồ sơ',
      'Ngày nộp hồ sơ', 'Ngày nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Ngày trả kết quả', 'Kênh thực hiện', 'Ghi chú'],
  ];
  for (let i = 0; i < ROWS; i++) {
    if (i % 50 === 0) { cells.push([`UBND xã Số ${i / 50}`]); continue; }
    const d = (i % 28) + 1;
    const m = (i % 12) + 1;
    const date = (dd: number, h: number) => serial ? 45_300 + (i % 300) + dd + h / 24 : `${pad(dd)}/${pad(m)}/2024 ${pad(h)}:15:00`;
    cells.push([
      i, 'UBND xã A', 'Đất đai', 'Đăng ký biến động',
      // Numeric codes take the slow path (every row is checked for totals, footers, groups).
      scenario === 'numericCodes' ? 1_000_000 + i : `000.00.xx.H56-24${pad(m)}${pad(d)}-${String(i).padStart(5, '0')}`,
      STATUSES[i % STATUSES.length], 'Thôn 1', `Nguyễn Văn ${i}`, date(d, 8), date(d, 9), date(Math.min(d + 2, 28), 17),
      i % 3 === 0 ? null : date(Math.min(d + 1, 28), 10), i % 4 === 0 ? null : date(Math.min(d + 1, 28), 15),
      i % 2 === 0 ? 'Trực tuyến' : 'Trực tiếp', null,
    ]);
  }
  // Hosts hand over parsed JSON (flat strings); template-built strings would be ropes.
  return JSON.parse(JSON.stringify(cells)) as InputCell[][];
}

for (const scenario of ['text', 'serial', 'numericCodes'] as const) {
  const cells = grid(scenario);
  readExport({ sheetName: 'warm', cells: cells.slice(0, 2000) });
  const runs: number[] = [];
  let n = 0;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    const result = readExport({ sheetName: 'bench', cells });
    runs.push(performance.now() - t0);
    n = result.dossiers.length;
  }
  runs.sort((a, b) => a - b);
  console.log(`${scenario.padEnd(12)}: ${ROWS} rows × 15 cols → ${n} dossiers; median ${runs[2].toFixed(0)} ms, best ${runs[0].toFixed(0)} ms`);
}
