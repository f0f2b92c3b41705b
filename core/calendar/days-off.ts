/**
 * Official days off and make-up Saturdays for state agencies, 2019–2027, one row per
 * notice (../shared/research/holidays.md §3). This is data, not a rule: the Prime
 * Minister picks Tết days, the day next to 2/9 and the swaps every year.
 *
 * confidence: confirmed = official decision as reported; reported = law reported by
 * several sources; derived = follows from the law, no notice seen; proposed and
 * pending = known, but not applied unless the user turns them on.
 *
 * Days that wait on a decision (Tết 2027, the day next to 2/9/2027) are not rows here but
 * UNDECIDED_BREAKS: each lists its lawful options and the one projected meanwhile. When the
 * decision is published, its row in BREAK_DECISIONS is the one line to change.
 */
export type DayOffKind = 'holiday' | 'compensatory' | 'swapped-off' | 'make-up-working-saturday';
export type Confidence = 'confirmed' | 'reported' | 'derived' | 'proposed' | 'pending';

export interface DayOffRow {
  /** YYYY-MM-DD */
  date: string;
  kind: DayOffKind;
  name: string;
  source: string;
  confidence: Confidence;
}

/** Confidences applied by default (holidays.md §7.2). */
export const DEFAULT_CONFIDENCES: readonly Confidence[] = ['confirmed', 'reported', 'derived'];

/** First and last year the table covers; later years are projected. */
export const DATA_FIRST_YEAR = 2019;
export const DATA_LAST_YEAR = 2027;

export const DAYS_OFF: readonly DayOffRow[] = [
  { date: '2018-12-31', kind: 'swapped-off', name: 'Nghỉ hoán đổi dịp Tết Dương lịch 2019 (làm bù 05/01/2019)', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-01-05', kind: 'make-up-working-saturday', name: 'Làm bù cho 31/12/2018', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-02-04', kind: 'holiday', name: 'Tết Nguyên đán (30 tháng Chạp)', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-02-05', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1 Tết)', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-02-06', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2 Tết)', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-02-07', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3 Tết)', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-02-08', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 4 Tết)', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-04-14', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (Chủ nhật)', source: 'BLLĐ 2012 Đ.115', confidence: 'confirmed' },
  { date: '2019-04-15', kind: 'compensatory', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', source: 'BLLĐ 2012 Đ.115', confidence: 'confirmed' },
  { date: '2019-04-29', kind: 'swapped-off', name: 'Nghỉ hoán đổi dịp 30/4-1/5 (làm bù 04/05/2019)', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-04-30', kind: 'holiday', name: 'Ngày Chiến thắng', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-05-04', kind: 'make-up-working-saturday', name: 'Làm bù cho 29/04/2019', source: 'CV 6519/VPCP-KGVX (2018)', confidence: 'confirmed' },
  { date: '2019-09-02', kind: 'holiday', name: 'Quốc khánh', source: 'BLLĐ 2012 Đ.115', confidence: 'confirmed' },
  { date: '2020-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: 'BLLĐ 2012 Đ.115', confidence: 'confirmed' },
  { date: '2020-01-23', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết 2020 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2020-01-24', kind: 'holiday', name: 'Tết Nguyên đán (30 tháng Chạp)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết 2020 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2020-01-25', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1 Tết, thứ Bảy)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết 2020 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2020-01-26', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2 Tết, Chủ nhật)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết 2020 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2020-01-27', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3 Tết)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết 2020 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2020-01-28', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 1 trùng thứ Bảy)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết 2020 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2020-01-29', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 2 trùng Chủ nhật)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết 2020 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2020-04-02', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương', source: 'BLLĐ 2012 Đ.115', confidence: 'confirmed' },
  { date: '2020-04-30', kind: 'holiday', name: 'Ngày Chiến thắng', source: 'BLLĐ 2012 Đ.115', confidence: 'confirmed' },
  { date: '2020-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động', source: 'BLLĐ 2012 Đ.115', confidence: 'confirmed' },
  { date: '2020-09-02', kind: 'holiday', name: 'Quốc khánh (1 ngày, luật 2012)', source: 'BLLĐ 2012 Đ.115', confidence: 'confirmed' },
  { date: '2021-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-02-10', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-02-11', kind: 'holiday', name: 'Tết Nguyên đán (30 tháng Chạp)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-02-12', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1 Tết)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-02-13', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2 Tết, thứ Bảy)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-02-14', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3 Tết, Chủ nhật)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-02-15', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 2 trùng thứ Bảy)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-02-16', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 3 trùng Chủ nhật)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-04-21', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-04-30', kind: 'holiday', name: 'Ngày Chiến thắng', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (thứ Bảy)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-05-03', kind: 'compensatory', name: 'Nghỉ bù 1/5', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-09-02', kind: 'holiday', name: 'Quốc khánh', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2021-09-03', kind: 'holiday', name: 'Quốc khánh (ngày liền kề sau)', source: 'Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2021 (Thủ tướng đồng ý)', confidence: 'confirmed' },
  { date: '2022-01-01', kind: 'holiday', name: 'Tết Dương lịch (thứ Bảy)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2022-01-03', kind: 'compensatory', name: 'Nghỉ bù Tết Dương lịch', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2022-01-31', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp, cuối năm)', source: 'CV 245/VPCP-KGVX (11/01/2022)', confidence: 'confirmed' },
  { date: '2022-02-01', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1 Tết)', source: 'CV 245/VPCP-KGVX (11/01/2022)', confidence: 'confirmed' },
  { date: '2022-02-02', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2 Tết)', source: 'CV 245/VPCP-KGVX (11/01/2022)', confidence: 'confirmed' },
  { date: '2022-02-03', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3 Tết)', source: 'CV 245/VPCP-KGVX (11/01/2022)', confidence: 'confirmed' },
  { date: '2022-02-04', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 4 Tết)', source: 'CV 245/VPCP-KGVX (11/01/2022)', confidence: 'confirmed' },
  { date: '2022-04-10', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (Chủ nhật)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2022-04-11', kind: 'compensatory', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2022-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (thứ Bảy)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2022-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (Chủ nhật)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2022-05-02', kind: 'compensatory', name: 'Nghỉ bù 30/4', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2022-05-03', kind: 'compensatory', name: 'Nghỉ bù 1/5', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2022-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề trước)', source: 'CV 245/VPCP-KGVX (11/01/2022)', confidence: 'confirmed' },
  { date: '2022-09-02', kind: 'holiday', name: 'Quốc khánh', source: 'CV 245/VPCP-KGVX (11/01/2022)', confidence: 'confirmed' },
  { date: '2023-01-01', kind: 'holiday', name: 'Tết Dương lịch (Chủ nhật)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2023-01-02', kind: 'compensatory', name: 'Nghỉ bù Tết Dương lịch', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2023-01-20', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)', source: 'CV 8056/VPCP-KGVX (01/12/2022)', confidence: 'confirmed' },
  { date: '2023-01-21', kind: 'holiday', name: 'Tết Nguyên đán (30 tháng Chạp, thứ Bảy)', source: 'CV 8056/VPCP-KGVX (01/12/2022)', confidence: 'confirmed' },
  { date: '2023-01-22', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1 Tết, Chủ nhật)', source: 'CV 8056/VPCP-KGVX (01/12/2022)', confidence: 'confirmed' },
  { date: '2023-01-23', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2 Tết)', source: 'CV 8056/VPCP-KGVX (01/12/2022)', confidence: 'confirmed' },
  { date: '2023-01-24', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3 Tết)', source: 'CV 8056/VPCP-KGVX (01/12/2022)', confidence: 'confirmed' },
  { date: '2023-01-25', kind: 'compensatory', name: 'Nghỉ bù Tết (30 Chạp trùng thứ Bảy)', source: 'CV 8056/VPCP-KGVX (01/12/2022)', confidence: 'confirmed' },
  { date: '2023-01-26', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 1 trùng Chủ nhật)', source: 'CV 8056/VPCP-KGVX (01/12/2022)', confidence: 'confirmed' },
  { date: '2023-04-29', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (thứ Bảy)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2023-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (Chủ nhật)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2023-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2023-05-02', kind: 'compensatory', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2023-05-03', kind: 'compensatory', name: 'Nghỉ bù 30/4', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2023-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề trước)', source: 'CV 8056/VPCP-KGVX (01/12/2022)', confidence: 'confirmed' },
  { date: '2023-09-02', kind: 'holiday', name: 'Quốc khánh (thứ Bảy)', source: 'CV 8056/VPCP-KGVX (01/12/2022)', confidence: 'confirmed' },
  { date: '2023-09-04', kind: 'compensatory', name: 'Nghỉ bù Quốc khánh', source: 'CV 8056/VPCP-KGVX (01/12/2022)', confidence: 'confirmed' },
  { date: '2024-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2024-02-08', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp)', source: 'CV 8662/VPCP-KGVX (2023)', confidence: 'confirmed' },
  { date: '2024-02-09', kind: 'holiday', name: 'Tết Nguyên đán (30 tháng Chạp)', source: 'CV 8662/VPCP-KGVX (2023)', confidence: 'confirmed' },
  { date: '2024-02-10', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1 Tết, thứ Bảy)', source: 'CV 8662/VPCP-KGVX (2023)', confidence: 'confirmed' },
  { date: '2024-02-11', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2 Tết, Chủ nhật)', source: 'CV 8662/VPCP-KGVX (2023)', confidence: 'confirmed' },
  { date: '2024-02-12', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3 Tết)', source: 'CV 8662/VPCP-KGVX (2023)', confidence: 'confirmed' },
  { date: '2024-02-13', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 1 trùng thứ Bảy)', source: 'CV 8662/VPCP-KGVX (2023)', confidence: 'confirmed' },
  { date: '2024-02-14', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 2 trùng Chủ nhật)', source: 'CV 8662/VPCP-KGVX (2023)', confidence: 'confirmed' },
  { date: '2024-04-18', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2024-04-29', kind: 'swapped-off', name: 'Nghỉ hoán đổi dịp 30/4-1/5 (làm bù 04/05/2024)', source: 'CV 2450/VPCP-KGVX (12/04/2024)', confidence: 'confirmed' },
  { date: '2024-04-30', kind: 'holiday', name: 'Ngày Chiến thắng', source: 'BLLĐ 2019 Đ.112; CV 2450/VPCP-KGVX', confidence: 'confirmed' },
  { date: '2024-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động', source: 'BLLĐ 2019 Đ.112; CV 2450/VPCP-KGVX', confidence: 'confirmed' },
  { date: '2024-05-04', kind: 'make-up-working-saturday', name: 'Làm bù cho 29/04/2024', source: 'CV 2450/VPCP-KGVX (12/04/2024)', confidence: 'confirmed' },
  { date: '2024-09-02', kind: 'holiday', name: 'Quốc khánh', source: 'CV 8662/VPCP-KGVX (2023)', confidence: 'confirmed' },
  { date: '2024-09-03', kind: 'holiday', name: 'Quốc khánh (ngày liền kề sau)', source: 'CV 8662/VPCP-KGVX (2023)', confidence: 'confirmed' },
  { date: '2025-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2025-01-27', kind: 'holiday', name: 'Tết Nguyên đán (28 tháng Chạp)', source: 'CV 8726/VPCP-KGVX (26/11/2024)', confidence: 'confirmed' },
  { date: '2025-01-28', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp, cuối năm)', source: 'CV 8726/VPCP-KGVX (26/11/2024)', confidence: 'confirmed' },
  { date: '2025-01-29', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1 Tết)', source: 'CV 8726/VPCP-KGVX (26/11/2024)', confidence: 'confirmed' },
  { date: '2025-01-30', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2 Tết)', source: 'CV 8726/VPCP-KGVX (26/11/2024)', confidence: 'confirmed' },
  { date: '2025-01-31', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3 Tết)', source: 'CV 8726/VPCP-KGVX (26/11/2024)', confidence: 'confirmed' },
  { date: '2025-04-07', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2025-04-26', kind: 'make-up-working-saturday', name: 'Làm bù cho 02/05/2025', source: 'CV 8726/VPCP-KGVX (26/11/2024)', confidence: 'confirmed' },
  { date: '2025-04-30', kind: 'holiday', name: 'Ngày Chiến thắng', source: 'CV 8726/VPCP-KGVX (26/11/2024)', confidence: 'confirmed' },
  { date: '2025-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động', source: 'CV 8726/VPCP-KGVX (26/11/2024)', confidence: 'confirmed' },
  { date: '2025-05-02', kind: 'swapped-off', name: 'Nghỉ hoán đổi dịp 30/4-1/5 (làm bù 26/04/2025)', source: 'CV 8726/VPCP-KGVX (26/11/2024)', confidence: 'confirmed' },
  { date: '2025-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề trước)', source: 'CV 8726/VPCP-KGVX (26/11/2024)', confidence: 'confirmed' },
  { date: '2025-09-02', kind: 'holiday', name: 'Quốc khánh', source: 'CV 8726/VPCP-KGVX (26/11/2024)', confidence: 'confirmed' },
  { date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: 'CV 12729/VPCP-KGVX (25/12/2025)', confidence: 'confirmed' },
  { date: '2026-01-02', kind: 'swapped-off', name: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù 10/01/2026)', source: 'CV 12729/VPCP-KGVX (25/12/2025)', confidence: 'confirmed' },
  { date: '2026-01-10', kind: 'make-up-working-saturday', name: 'Làm bù cho 02/01/2026', source: 'CV 12729/VPCP-KGVX (25/12/2025)', confidence: 'confirmed' },
  { date: '2026-02-16', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp, cuối năm)', source: 'TB 9441/TB-BNV (10/2025)', confidence: 'confirmed' },
  { date: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1 Tết)', source: 'TB 9441/TB-BNV (10/2025)', confidence: 'confirmed' },
  { date: '2026-02-18', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2 Tết)', source: 'TB 9441/TB-BNV (10/2025)', confidence: 'confirmed' },
  { date: '2026-02-19', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3 Tết)', source: 'TB 9441/TB-BNV (10/2025)', confidence: 'confirmed' },
  { date: '2026-02-20', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 4 Tết)', source: 'TB 9441/TB-BNV (10/2025)', confidence: 'confirmed' },
  { date: '2026-04-26', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (Chủ nhật)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2026-04-27', kind: 'compensatory', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2026-04-30', kind: 'holiday', name: 'Ngày Chiến thắng', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2026-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'confirmed' },
  { date: '2026-08-22', kind: 'make-up-working-saturday', name: 'Làm bù cho 31/08/2026', source: 'TB 9441/TB-BNV (10/2025)', confidence: 'confirmed' },
  { date: '2026-08-31', kind: 'swapped-off', name: 'Nghỉ hoán đổi dịp Quốc khánh (làm bù 22/08/2026)', source: 'TB 9441/TB-BNV (10/2025)', confidence: 'confirmed' },
  { date: '2026-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề trước)', source: 'TB 9441/TB-BNV (10/2025)', confidence: 'confirmed' },
  { date: '2026-09-02', kind: 'holiday', name: 'Quốc khánh', source: 'TB 9441/TB-BNV (10/2025)', confidence: 'confirmed' },
  { date: '2026-11-23', kind: 'swapped-off', name: 'Đề xuất: nghỉ hoán đổi dịp Ngày Văn hóa (làm bù 28/11/2026)', source: 'Dự thảo lấy ý kiến của Bộ Nội vụ (báo chí đưa tin 9/2026); chưa thấy phê duyệt', confidence: 'proposed' },
  { date: '2026-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam (ngày lễ mới)', source: 'NQ 28/2026/QH16 (theo báo chí đưa tin; cần đối chiếu văn bản)', confidence: 'reported' },
  { date: '2026-11-28', kind: 'make-up-working-saturday', name: 'Đề xuất: làm bù cho 23/11/2026', source: 'Dự thảo lấy ý kiến của Bộ Nội vụ (báo chí đưa tin 9/2026); chưa thấy phê duyệt', confidence: 'proposed' },
  { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch (thứ Sáu)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'derived' },
  { date: '2027-02-05', kind: 'holiday', name: 'Tết Nguyên đán (29 tháng Chạp, cuối năm)', source: 'BLLĐ 2019 Đ.112; nghỉ theo mọi cách chia 5 ngày Tết', confidence: 'derived' },
  { date: '2027-02-06', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 1 Tết, thứ Bảy)', source: 'BLLĐ 2019 Đ.112', confidence: 'derived' },
  { date: '2027-02-07', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 2 Tết, Chủ nhật)', source: 'BLLĐ 2019 Đ.112', confidence: 'derived' },
  { date: '2027-02-08', kind: 'holiday', name: 'Tết Nguyên đán (Mùng 3 Tết; nghỉ bù nếu chia 3+2)', source: 'BLLĐ 2019 Đ.111(3), Đ.112; nghỉ theo mọi cách chia 5 ngày Tết', confidence: 'derived' },
  { date: '2027-02-09', kind: 'compensatory', name: 'Nghỉ bù Tết (Mùng 4 Tết nếu chia 1+4)', source: 'BLLĐ 2019 Đ.111(3), Đ.112; nghỉ theo mọi cách chia 5 ngày Tết', confidence: 'derived' },
  { date: '2027-04-16', kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (thứ Sáu)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'derived' },
  { date: '2027-04-30', kind: 'holiday', name: 'Ngày Chiến thắng (thứ Sáu)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'derived' },
  { date: '2027-05-01', kind: 'holiday', name: 'Ngày Quốc tế Lao động (thứ Bảy)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'derived' },
  { date: '2027-05-03', kind: 'compensatory', name: 'Nghỉ bù 1/5', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'derived' },
  { date: '2027-09-02', kind: 'holiday', name: 'Quốc khánh (thứ Năm)', source: 'BLLĐ 2019 Đ.111(3), Đ.112', confidence: 'derived' },
  { date: '2027-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam (thứ Tư)', source: 'NQ 28/2026/QH16 (theo báo chí đưa tin; cần đối chiếu văn bản)', confidence: 'derived' },
];

/** A weekday day off that one option of an undecided break adds (names without "dự kiến"). */
export interface BreakDay {
  /** YYYY-MM-DD */
  date: string;
  kind: Exclude<DayOffKind, 'make-up-working-saturday'>;
  name: string;
}

/** One lawful way an undecided break may be decided. */
export interface BreakOption {
  /** Stable key, stored in the settings: '1+4', '2+3', … */
  id: string;
  /** What the option means, for the settings list. */
  label: string;
  /** Weekday days off it adds to the rows above (days off under every option are rows above). */
  days: readonly BreakDay[];
}

/** Days off that wait on the Prime Minister's decision: projected until it is published. */
export interface UndecidedBreak {
  id: string;
  year: number;
  /** Name shown in the settings and the warnings. */
  title: string;
  options: readonly BreakOption[];
  /** The option applied, marked "dự kiến", while no decision is out and the user chose none. */
  projected: string;
  /** Why that option is the projection (shown in the settings). */
  reason: string;
  /** Short source of the projected days (calendar tables, the "Ngày nghỉ" sheet). */
  source: string;
}

/**
 * Tết 2027 (mùng 1 = Sat 06/02/2027; 29 tháng Chạp, 05/02, is the last day of the year) and
 * the day next to Thu 02/09/2027 (holidays.md §3.1 and its December 2026 addendum).
 * 05/02, 08/02 and 09/02/2027 are off under every split and are rows above.
 */
export const UNDECIDED_BREAKS: readonly UndecidedBreak[] = [
  {
    id: 'tet-2027',
    year: 2027,
    title: 'Tết Nguyên đán 2027',
    projected: '1+4',
    source: 'Dự kiến, chưa có quyết định: chia 1+4 (BLLĐ 2019 Điều 112)',
    reason:
      'Dự kiến, chưa có quyết định: chia 1+4 (nghỉ 05/02/2027 đến hết 11/02/2027, 7 ngày) vì 29 tháng Chạp (05/02/2027) là ngày cuối năm âm lịch; mọi ngày nghỉ của cách chia này cũng là ngày nghỉ trong phương án 10 ngày (05/02–14/02/2027), còn cách chia 3+2 chưa được dùng năm nào từ 2019, nên khi có quyết định ít ngày phải đổi nhất.',
    options: [
      {
        id: '1+4',
        label: 'Chia 1+4: nghỉ từ thứ Sáu 05/02/2027 đến hết thứ Năm 11/02/2027 (7 ngày)',
        days: [
          { date: '2027-02-10', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 1 trùng thứ Bảy)' },
          { date: '2027-02-11', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 2 trùng Chủ nhật)' },
        ],
      },
      {
        id: '2+3',
        label: 'Chia 2+3: nghỉ từ thứ Năm 04/02/2027 đến hết thứ Tư 10/02/2027 (7 ngày)',
        days: [
          { date: '2027-02-04', kind: 'holiday', name: 'Tết Nguyên đán (28 tháng Chạp)' },
          { date: '2027-02-10', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 2 trùng Chủ nhật)' },
        ],
      },
      {
        id: '3+2',
        label: 'Chia 3+2: nghỉ từ thứ Tư 03/02/2027 đến hết thứ Ba 09/02/2027 (7 ngày)',
        days: [
          { date: '2027-02-03', kind: 'holiday', name: 'Tết Nguyên đán (27 tháng Chạp)' },
          { date: '2027-02-04', kind: 'holiday', name: 'Tết Nguyên đán (28 tháng Chạp)' },
        ],
      },
      {
        id: '10-ngay',
        label:
          'Phương án 10 ngày: nghỉ từ thứ Sáu 05/02/2027 đến hết Chủ nhật 14/02/2027, hoán đổi thứ Sáu 12/02/2027 (chưa biết thứ Bảy làm bù)',
        days: [
          { date: '2027-02-10', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 1 trùng thứ Bảy)' },
          { date: '2027-02-11', kind: 'compensatory', name: 'Nghỉ bù Tết (mùng 2 trùng Chủ nhật)' },
          { date: '2027-02-12', kind: 'swapped-off', name: 'Nghỉ hoán đổi dịp Tết (chưa biết thứ Bảy làm bù)' },
        ],
      },
    ],
  },
  {
    id: 'quoc-khanh-2027',
    year: 2027,
    title: 'Ngày liền kề Quốc khánh 2027',
    projected: 'sau',
    source: 'Dự kiến, chưa có quyết định: ngày liền kề sau, như năm 2021 (BLLĐ 2019 Điều 112)',
    reason:
      'Dự kiến, chưa có quyết định: BLLĐ 2019 Điều 112 cho nghỉ 02/9 và một ngày liền kề; chọn thứ Sáu 03/09/2027 như năm 2021 (02/9 cũng là thứ Năm), nối kỳ nghỉ với cuối tuần.',
    options: [
      {
        id: 'sau',
        label: 'Ngày liền kề sau: thứ Sáu 03/09/2027',
        days: [{ date: '2027-09-03', kind: 'holiday', name: 'Quốc khánh (ngày liền kề sau)' }],
      },
      {
        id: 'truoc',
        label: 'Ngày liền kề trước: thứ Tư 01/09/2027',
        days: [{ date: '2027-09-01', kind: 'holiday', name: 'Quốc khánh (ngày liền kề trước)' }],
      },
    ],
  },
];

/** The published decision of a break: which option, and the notice that decided it. */
export interface BreakDecision {
  option: string;
  source: string;
}

/**
 * One row per undecided break. On publication, replace null with the decision, e.g.
 * 'tet-2027': { option: '2+3', source: 'CV 1234/VPCP-KGVX (05/12/2026)' }.
 */
export const BREAK_DECISIONS: Readonly<Record<string, BreakDecision | null>> = {
  'tet-2027': null,
  'quoc-khanh-2027': null,
};
