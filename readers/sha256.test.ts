import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256.js';

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 digest of "abc"', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('equals Node crypto at every length around the 56- and 64-byte padding edges and on a 1 MB file', () => {
    const bytes = new Uint8Array(1 << 20).map((_, i) => (i * 2654435761) >>> 24);
    for (const n of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, bytes.length]) {
      const part = bytes.subarray(0, n);
      expect(sha256Hex(part), `${n} bytes`).toBe(createHash('sha256').update(part).digest('hex'));
    }
  });
});
