import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWindows1258 } from '../cli/src/files/decode-text.js';
import { fallbackDecoder } from './text-decoder.js';

const TEXT = 'Mã hồ sơ,Chủ hồ sơ\r\nH56-250114-0007,"Nguyễn Thị Ngọc Ánh — Ủy ban xã Đắk Hà 😀"\r\n';
const utf16 = (little: boolean) => {
  const out = new Uint8Array(TEXT.length * 2);
  for (let i = 0; i < TEXT.length; i++) {
    const u = TEXT.charCodeAt(i);
    out[i * 2 + (little ? 0 : 1)] = u & 0xff;
    out[i * 2 + (little ? 1 : 0)] = u >> 8;
  }
  return out;
};

describe('fallbackDecoder (webviews without TextDecoder)', () => {
  const cases: [string, Uint8Array][] = [
    ['utf-8', new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'samples', 'opencps-ho-so.csv')))],
    ['utf-8', new TextEncoder().encode(TEXT)],
    ['windows-1258', new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'samples', 'opencps-ho-so-1258.csv')))],
    ['windows-1258', new Uint8Array(encodeWindows1258(TEXT))],
    ['utf-16le', utf16(true)],
    ['utf-16be', utf16(false)],
  ];
  for (const [label, bytes] of cases) {
    it(`decodes ${label} (${bytes.length} bytes) as TextDecoder does, whole and split at every 7th byte`, () => {
      const want = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
      expect(fallbackDecoder(label, { ignoreBOM: true }).decode(bytes)).toBe(want);
      const d = fallbackDecoder(label, { ignoreBOM: true });
      let got = '';
      for (let at = 0; at < bytes.length; at += 7) got += d.decode(bytes.subarray(at, at + 7), { stream: at + 7 < bytes.length });
      expect(got).toBe(want);
    });
  }
  it('is strict when asked: Windows-1258 bytes are not UTF-8', () => {
    expect(() => fallbackDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x4d, 0x61, 0xde]))).toThrow(TypeError);
    expect(fallbackDecoder('utf-8').decode(new Uint8Array([0x4d, 0xde, 0x61]))).toBe(new TextDecoder().decode(new Uint8Array([0x4d, 0xde, 0x61])));
  });
});
