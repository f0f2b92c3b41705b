// Writes the add-in's PNG icons (office-addin/assets/icon-<size>.png): a green rounded
// square with a white check mark, drawn pixel by pixel and encoded with node:zlib.
// Run: node office-addin/scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x1f, 0x6f, 0x43];
const WHITE = [0xff, 0xff, 0xff];
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function png(size, pixel) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x + 0.5, y + 0.5), y * (size * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const clamp = (v) => Math.max(0, Math.min(1, v));
function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = clamp(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function icon(size) {
  const radius = size * 0.18;
  const check = [
    [0.24, 0.53],
    [0.42, 0.71],
    [0.77, 0.32],
  ].map(([x, y]) => [x * size, y * size]);
  const half = Math.max(1, size * 0.06);
  return png(size, (x, y) => {
    // Rounded square coverage, antialiased over one pixel.
    const qx = Math.max(radius - x, 0, x - (size - radius));
    const qy = Math.max(radius - y, 0, y - (size - radius));
    const square = clamp(radius - Math.hypot(qx, qy) + 0.5);
    const d = Math.min(segmentDistance(x, y, check[0], check[1]), segmentDistance(x, y, check[1], check[2]));
    const mark = clamp(half - d + 0.5);
    const rgb = GREEN.map((g, i) => Math.round(g + (WHITE[i] - g) * mark));
    return [...rgb, Math.round(255 * square)];
  });
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(join(OUT, `icon-${size}.png`), icon(size));
console.log(`icons: ${SIZES.map((s) => `icon-${s}.png`).join(', ')} → ${OUT}`);
