/**
 * The report header a run prints: the office's own settings, completed from the export
 * where they are empty ("Đơn vị báo cáo" from its banner or its one unit, the date line's
 * place from that agency). A field still unknown stays empty, which the forms print as a
 * dotted line to fill by hand.
 */
import type { Agency } from '../import/agency.js';
import type { ReportHeader } from '../settings.js';

/**
 * @example headerWithAgency({ ...empty, place: '' }, { name: 'Ủy ban nhân dân xã Đắk Tân Hưng', place: 'Đắk Tân Hưng', parent: null, source: 'banner' }).place // => "Đắk Tân Hưng"
 */
export function headerWithAgency(header: ReportHeader, agency: Agency | null | undefined): ReportHeader {
  if (!agency) return header;
  return {
    ...header,
    reportingUnit: header.reportingUnit.trim() || agency.name,
    place: header.place.trim() || agency.place || '',
  };
}
