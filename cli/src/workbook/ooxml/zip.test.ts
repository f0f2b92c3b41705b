import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZip, ZipWriter } from './zip.js';

/** Name → CRC-32 as the central directory records it (what Excel and `unzip -t` check). */
function centralCrcs(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    out.set(new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), view.getUint32(at + 16, true));
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

describe('ZipWriter', () => {
  it('records the right CRC for a streamed part whose last piece is empty, and for parts added whole', () => {
    const chunks: Uint8Array[] = [];
    const writer = new ZipWriter((chunk) => chunks.push(chunk));
    const big = 'Hồ sơ trễ hạn '.repeat(90_000); // over the 1 MB flush size: the close pushes nothing
    const stream = writer.open('xl/worksheets/sheet5.xml');
    stream.write(big);
    stream.close();
    writer.add({ name: 'xl/styles.xml', data: new TextEncoder().encode('<styleSheet/>') });
    writer.addAll([{ name: 'xl/worksheets/sheet6.xml', write: (out) => { out.raw(big); out.raw(''); } }]);
    writer.finish();
    const zip = new Uint8Array(Buffer.concat(chunks));
    const crcs = centralCrcs(zip);
    const bytes = new TextEncoder().encode(big);
    expect(crcs.get('xl/worksheets/sheet5.xml')).toBe(crc32(bytes));
    expect(crcs.get('xl/worksheets/sheet6.xml')).toBe(crc32(bytes));
    expect(crcs.get('xl/styles.xml')).toBe(crc32(new TextEncoder().encode('<styleSheet/>')));
    expect(new TextDecoder().decode(readZip(zip).find((p) => p.name === 'xl/worksheets/sheet5.xml')!.data)).toBe(big);
  });
});
