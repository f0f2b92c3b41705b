/**
 * Invented words for the samples: people are random combinations of common Vietnamese
 * name parts (no real person), units and addresses are made up, procedure names are the
 * public names of common procedures with periods chosen for the samples.
 */
import type { Rng } from './prng.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Mai', 'Trịnh'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Xuân', 'Thành', 'Đình', 'Ngọc'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Bích', 'Kim', 'Hồng', 'Diệu', 'Phương', 'Mỹ'];
const GIVEN_M = ['An', 'Bảo', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hiếu', 'Khánh', 'Lâm', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tài', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Vinh'];
const GIVEN_F = ['Anh', 'Chi', 'Dung', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Thảo', 'Trang', 'Vân', 'Yến'];

/** An invented full name. */
export function personName(rng: Rng): string {
  const female = rng.next() < 0.5;
  return `${rng.pick(FAMILY)} ${rng.pick(female ? MIDDLE_F : MIDDLE_M)} ${rng.pick(female ? GIVEN_F : GIVEN_M)}`;
}

const COMPANY = ['Công ty TNHH Thương mại Hòa Phong', 'Công ty CP Xây dựng Bắc Lâm', 'Hợp tác xã Nông nghiệp Tân Hưng', 'Công ty TNHH Dịch vụ Minh Khang'];

/** An invented applicant: mostly people, a few companies. */
export function applicantName(rng: Rng): string {
  return rng.next() < 0.06 ? rng.pick(COMPANY) : personName(rng);
}

/** An invented address in the sample's commune. */
export function address(rng: Rng, commune: string): string {
  return `Thôn ${rng.int(1, 12)}, ${commune}`;
}

export interface Procedure {
  name: string;
  /** Fictional procedure code in the national database's shape. */
  code: string;
  field: string;
  /** Resolution period in working days. */
  periodDays: number;
}

export const PROCEDURES: readonly Procedure[] = [
  { name: 'Đăng ký khai sinh', code: '1.001193', field: 'Hộ tịch', periodDays: 1 },
  { name: 'Đăng ký kết hôn', code: '1.000894', field: 'Hộ tịch', periodDays: 3 },
  { name: 'Cấp bản sao trích lục hộ tịch', code: '2.000635', field: 'Hộ tịch', periodDays: 1 },
  { name: 'Xác nhận tình trạng hôn nhân', code: '1.004873', field: 'Hộ tịch', periodDays: 3 },
  { name: 'Chứng thực hợp đồng, giao dịch liên quan đến bất động sản', code: '2.000913', field: 'Chứng thực', periodDays: 2 },
  { name: 'Đăng ký thành lập hộ kinh doanh', code: '2.000720', field: 'Thành lập và hoạt động của hộ kinh doanh', periodDays: 3 },
  { name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', code: '1.009994', field: 'Hoạt động xây dựng', periodDays: 15 },
  { name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', code: '1.004227', field: 'Đất đai', periodDays: 10 },
  { name: 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu', code: '1.012756', field: 'Đất đai', periodDays: 20 },
  { name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', code: '1.001731', field: 'Bảo trợ xã hội', periodDays: 5 },
  { name: 'Trợ cấp xã hội hàng tháng đối với người cao tuổi', code: '1.001776', field: 'Bảo trợ xã hội', periodDays: 7 },
  { name: 'Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm', code: '2.000591', field: 'An toàn thực phẩm', periodDays: 15 },
];

/** The procedure of a given period (named dossiers pick by period). */
export function procedureWithPeriod(days: number): Procedure {
  const found = PROCEDURES.find((p) => p.periodDays === days);
  if (!found) throw new RangeError(`no sample procedure with ${days} working days`);
  return found;
}
