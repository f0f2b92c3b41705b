/**
 * The agency an export belongs to, for "Đơn vị báo cáo" and the date line: the banner
 * rows above its table ("UBND TỈNH KON TUM" / "ỦY BAN NHÂN DÂN XÃ ĐẮK TÂN HƯNG"), or else
 * the one value of its unit column. Pure: reads the grid and the reader's result.
 */
import type { InputCell, ReadResult, SheetGrid } from './read-result.js';
import { normalizeKey } from './normalize.js';

export interface Agency {
  /** As a form writes it in running text: "Ủy ban nhân dân xã Đắk Tân Hưng". */
  name: string;
  /** The parent line above it, when the banner has one ("UBND tỉnh Kon Tum"). */
  parent: string | null;
  /** The place name of the date line, from the agency's administrative unit ("Đắk Tân Hưng"). */
  place: string | null;
  source: 'banner' | 'unitColumn';
}

/** Words that open an agency line (after normalizeKey: no diacritics, lower case). */
const AGENCY_START = /^(uy ban nhan dan|ubnd|so |phong |trung tam|van phong|ban quan ly|chi cuc|cuc |bo phan|hoi dong nhan dan|cong an|chi nhanh|bo |tong cuc)/;
/** Lines of a banner that are not the agency (Quốc hiệu, Tiêu ngữ, titles, rules). */
const NOT_AGENCY = /^(cong hoa|doc lap|so theo doi|danh sach|bao cao|thong ke|bieu|tong hop|ket qua|ky bao cao|tu ngay|den ngay|tinh den|cap nhat)/;
/** Administrative units, longest first, as they are written in lower case inside a name. */
const ADMIN_UNITS = ['thành phố', 'thị trấn', 'thị xã', 'phường', 'huyện', 'quận', 'tỉnh', 'xã', 'đặc khu'];
/** Words after which an agency's own name starts with a capital ("Sở Tư pháp", "Trung tâm Phục vụ …"). */
const NAMED_AFTER = new Set(['sở', 'phòng', 'tâm', 'cục']);

/**
 * The agency of an export, or null when neither its banner nor its unit column names one.
 * @example agencyOf(grid, readExport(grid))?.name // => "Ủy ban nhân dân xã Đắk Tân Hưng"
 */
export function agencyOf(grid: SheetGrid, read: Pick<ReadResult, 'headerRows' | 'dossiers'>): Agency | null {
  const banner = bannerLines(grid, read.headerRows);
  const lines = banner.filter((l) => AGENCY_START.test(normalizeKey(l)) && !NOT_AGENCY.test(normalizeKey(l)));
  if (lines.length > 0) {
    const own = properName(lines[lines.length - 1]);
    const parent = lines.length > 1 ? properName(lines[lines.length - 2], true) : null;
    // "Trung tâm Phục vụ hành chính công" under "UBND tỉnh Thanh Hóa" is the one of tỉnh Thanh Hóa.
    const where = placeOf(own) === null && parent !== null ? adminPart(parent) : null;
    const name = where === null ? own : `${own} ${where}`;
    return { name, parent, place: placeOf(name), source: 'banner' };
  }
  let only: string | null = null;
  for (const d of read.dossiers) {
    const unit = d.unit?.trim();
    if (!unit) continue;
    if (only === null) only = unit;
    else if (unit !== only) return null;
  }
  return only === null ? null : { name: only, parent: null, place: placeOf(only), source: 'unitColumn' };
}

/** Non-empty text cells of the rows above the header (the whole row's texts, left to right). */
function bannerLines(grid: SheetGrid, headerRows: readonly number[]): string[] {
  const row0 = grid.origin?.row ?? 1;
  const firstHeader = headerRows.length > 0 ? Math.min(...headerRows) : row0 + Math.min(grid.cells.length, 8);
  const out: string[] = [];
  for (let r = 0; r < Math.min(grid.cells.length, firstHeader - row0, 12); r++) {
    for (const cell of grid.cells[r] ?? []) {
      const text = textOf(cell);
      // A banner cell may hold several lines (chủ quản and agency in one merged cell).
      if (text !== null) for (const part of text.split(/\r?\n/)) if (part.trim() !== '') out.push(part.trim().replace(/\s+/g, ' '));
    }
  }
  return out;
}

function textOf(cell: InputCell): string | null {
  return typeof cell === 'string' && cell.trim() !== '' && !/^_+$/.test(cell.trim()) ? cell : null;
}

/**
 * An agency line in the case a sentence uses: "ỦY BAN NHÂN DÂN XÃ ĐẮK TÂN HƯNG" →
 * "Ủy ban nhân dân xã Đắk Tân Hưng"; "UBND TỈNH KON TUM" → "UBND tỉnh Kon Tum".
 * Text already in mixed case is kept.
 * @example properName('SỞ TƯ PHÁP TỈNH KON TUM') // => "Sở Tư pháp tỉnh Kon Tum"
 */
export function properName(line: string, keepAbbrev = true): string {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text !== text.toUpperCase()) return text;
  const lower = text.toLowerCase();
  // The place after the last administrative unit is a proper name: every word capitalised.
  let placeAt = -1;
  let unitLen = 0;
  for (const unit of ADMIN_UNITS) {
    const re = new RegExp(`(^|\\s)${unit}\\s`, 'g');
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      const at = m.index + m[1].length;
      if (at > placeAt) {
        placeAt = at;
        unitLen = unit.length;
      }
    }
  }
  const head = placeAt >= 0 ? lower.slice(0, placeAt + unitLen) : lower;
  const tail = placeAt >= 0 ? lower.slice(placeAt + unitLen) : '';
  const parts = head.split(' ');
  const words = parts.map((w, i) => {
    if (keepAbbrev && /^(ubnd|hđnd|tthc|vp)$/.test(w)) return w.toUpperCase();
    if (i === 0 || (i <= 2 && NAMED_AFTER.has(parts[i - 1]))) return capital(w);
    return w;
  });
  const place = tail.split(' ').filter((w) => w !== '').map(capital);
  return [...words, ...place].join(' ').trim();
}

function capital(word: string): string {
  return word === '' ? word : word.charAt(0).toUpperCase() + word.slice(1);
}

/** "tỉnh Thanh Hóa" of "UBND tỉnh Thanh Hóa": the last administrative unit and its name, or null. */
function adminPart(name: string): string | null {
  const place = placeOf(name);
  if (place === null) return null;
  const lower = name.toLowerCase();
  for (const unit of ADMIN_UNITS) if (lower.endsWith(`${unit} ${place.toLowerCase()}`)) return `${unit} ${place}`;
  return null;
}

/**
 * The place name of the date line: the name after the agency's last administrative unit
 * ("xã Đắk Tân Hưng" → "Đắk Tân Hưng"; "tỉnh Kon Tum" → "Kon Tum"), or null.
 * Legal source: NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II.4 (địa danh).
 * @example placeOf('Ủy ban nhân dân xã Đắk Tân Hưng') // => "Đắk Tân Hưng"
 */
export function placeOf(name: string): string | null {
  const lower = name.toLowerCase();
  let best: { at: number; len: number } | null = null;
  for (const unit of ADMIN_UNITS) {
    const re = new RegExp(`(^|\\s)${unit}\\s`, 'g');
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      const at = m.index + m[1].length;
      if (best === null || at > best.at) best = { at, len: unit.length };
    }
  }
  if (best === null) return null;
  const place = name.slice(best.at + best.len).trim();
  if (place === '') return null;
  return place
    .split(' ')
    .map((w) => (w === w.toUpperCase() ? capital(w.toLowerCase()) : w))
    .join(' ');
}
