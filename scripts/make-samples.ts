/**
 * Writes the sample exports in samples/: `npx tsx scripts/make-samples.ts`.
 * Deterministic: a seeded PRNG, no clock; the .xlsx zip entries get a fixed date.
 * The hand-checked dossiers are in scripts/samples/named.ts and samples/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { decodeText, encodeWindows1258 } from '../cli/src/files/decode-text.js';
import { formatIsoDay } from '../core/calendar/day.js';
import { assemble, byReceipt, countIntended, type SampleSpec } from './samples/assemble.js';
import { AS_OF, type SampleDossier } from './samples/model.js';
import { NAMED } from './samples/named.js';
import { openCpsCode, openCpsLines } from './samples/opencps.js';
import { createRng } from './samples/prng.js';
import { readmeText } from './samples/readme.js';
import { thanhHoaCode, thanhHoaHtml, THANH_HOA_UNITS } from './samples/thanh-hoa.js';
import { XA_UNIT_ID, xaWorkbook } from './samples/xa-excel.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const FIXED_ZIP_DATE = new Date(Date.UTC(2025, 5, 30, 9, 0, 0));

interface Written {
  file: string;
  rows: readonly SampleDossier[];
}

function write(file: string, bytes: Uint8Array | string): void {
  writeFileSync(join(OUT, file), bytes);
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  console.log(`${file}: ${size.toLocaleString('en')} bytes`);
}

function thanhHoa(): Written {
  const spec: SampleSpec = { name: 'thanhHoa', seed: 56_2025, units: THANH_HOA_UNITS.length, fillerCount: 284, dueDateOnly: false };
  const rng = createRng(spec.seed);
  const { named, filler } = assemble(rng, spec);
  const counters = new Map<string, number>();
  for (const d of filler) d.code = thanhHoaCode(d, counters);
  const groups = THANH_HOA_UNITS.map((_, u) => [...named, ...filler].filter((d) => d.unit === u).sort(byReceipt));
  // N16 was transferred to the land office too and is listed under both units.
  const n16 = named.find((d) => d.key === 'N16')!;
  groups[3] = [...groups[3], n16].sort(byReceipt);
  write('thanh-hoa-ho-so.xls', thanhHoaHtml(rng, groups));
  return { file: 'thanh-hoa-ho-so.xls', rows: groups.flat() };
}

function openCps(): Written {
  const spec: SampleSpec = { name: 'opencps', seed: 93_2025, units: 3, fillerCount: 283, dueDateOnly: false };
  const rng = createRng(spec.seed);
  const { named, filler } = assemble(rng, spec);
  const counters = new Map<string, number>();
  const all = [...named, ...filler].sort(byReceipt);
  for (const d of all) if (d.code === undefined) d.code = openCpsCode(d, counters);
  // Two report pages were pasted together: N16 comes again at the end.
  const rows = [...all, named.find((d) => d.key === 'N16')!];
  const lines = openCpsLines(rows);
  write('opencps-ho-so.csv', `\uFEFF${lines.join('\r\n')}\r\n`);
  const small = `${lines.slice(0, 21).join('\r\n')}\r\n`;
  const bytes = encodeWindows1258(small);
  if (decodeText(bytes).text !== small) throw new Error('Windows-1258 copy does not round-trip');
  write('opencps-ho-so-1258.csv', bytes);
  return { file: 'opencps-ho-so.csv', rows };
}

async function xa(): Promise<Written> {
  const spec: SampleSpec = { name: 'xa', seed: 27_2025, units: 4, fillerCount: 233, dueDateOnly: true };
  const rng = createRng(spec.seed);
  const { named, filler } = assemble(rng, spec);
  const counters = new Map<string, number>();
  const all = [...named, ...filler].sort(byReceipt);
  for (const d of all) {
    if (d.code !== undefined) continue;
    const key = `${XA_UNIT_ID}-${yymmddOf(d)}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    d.code = `${key}-${String(n).padStart(4, '0')}`;
  }
  // The clerk pasted N16's row twice.
  const i = all.findIndex((d) => d.key === 'N16');
  const rows = [...all.slice(0, i + 1), all[i], ...all.slice(i + 1)];
  write('xa-dan-tu-excel.xlsx', await fixedZipDates(await xaWorkbook(rows)));
  return { file: 'xa-dan-tu-excel.xlsx', rows };
}

function yymmddOf(d: SampleDossier): string {
  return formatIsoDay((d.received ?? d.submitted!).day).slice(2).replace(/-/g, '');
}

/** Re-zips with one fixed entry date, so re-running the script gives the same bytes. */
async function fixedZipDates(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const names: string[] = [];
  zip.forEach((path, file) => {
    if (!file.dir) names.push(path);
  });
  for (const name of names) out.file(name, await zip.file(name)!.async('uint8array'), { date: FIXED_ZIP_DATE, binary: true, createFolders: false });
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const written = [thanhHoa(), openCps(), await xa()];
  const expected = {
    asOf: formatIsoDay(AS_OF),
    samples: Object.fromEntries(
      written.map((w) => [
        w.file,
        {
          rows: w.rows.length,
          intendedCounts: countIntended(w.rows),
          named: Object.fromEntries(
            w.rows
              .filter((d) => d.key.startsWith('N'))
              .sort((a, b) => a.key.localeCompare(b.key))
              .map((d) => [d.key, { code: d.code, status: d.intended }]),
          ),
        },
      ]),
    ),
  };
  write('expected.json', `${JSON.stringify(expected, null, 2)}\n`);
  write('README.md', readmeText(NAMED));
}

await main();
