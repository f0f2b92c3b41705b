/**
 * One stage of the streamed check of a CSV, in its own process (peak memory is its own):
 * `read` iterates the file's rows; `check` also runs core's CheckStream; `write` runs the
 * whole `writeCheckStream` to an .xlsx. Prints one JSON line: { rows, ms, times? }.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { CheckStream, dayFromYmd, defaultSettings } from '../core/index.js';
import { CsvFileRows } from '../cli/src/files/csv-file-rows.js';
import { writeCheckStream } from '../cli/src/workbook/write-check-stream.js';

// The heap setting the CLI runs with (bin/dunghan.js), so the scaling table measures what users get.
setFlagsFromString('--heap-growing-percent=30');

const settings = defaultSettings(dayFromYmd({ y: 2024, m: 6, d: 14 }));
const [stage, path, out] = process.argv.slice(2);
const start = performance.now();
let rows = 0;
let times: unknown = null;
if (stage === 'read') {
  for await (const block of new CsvFileRows(path)) rows += block.length;
} else if (stage === 'check') {
  const s = new CheckStream('x', settings);
  for await (const block of new CsvFileRows(path)) s.push(block);
  s.end();
  rows = s.finish().result.read.rowsIn;
} else {
  const outcome = await writeCheckStream(new CsvFileRows(path), { sheetName: 'x', settings, outPath: out });
  if (!outcome.written) throw new Error('not written');
  rows = outcome.done.result.read.rowsIn;
  times = outcome.times;
}
process.stdout.write(`${JSON.stringify({ rows, ms: performance.now() - start, times })}\n`);
