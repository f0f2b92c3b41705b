/**
 * TextDecoder, or where the webview has none (IE11, the EdgeHTML of Office 2019) a small
 * decoder for the encodings Vietnamese exports come in: UTF-8 (strict or not, in chunks),
 * UTF-16LE/BE and Windows-1258. Other labels throw a RangeError, as TextDecoder does.
 */

/** The part of TextDecoder the readers use. */
export interface TextDecoderLike {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

export interface DecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

/** Windows-1258 bytes 0x80–0xFF (the WHATWG Encoding Standard's table). */
const WINDOWS_1258_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u008a\u2039\u0152\u008d\u008e\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u009a\u203a\u0153\u009d\u009e\u0178\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bf\u00c0\u00c1\u00c2\u0102\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u0300\u00cd\u00ce\u00cf\u0110\u00d1\u0309\u00d3\u00d4\u01a0\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u01af\u0303\u00df\u00e0\u00e1\u00e2\u0103\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u0301\u00ed\u00ee\u00ef\u0111\u00f1\u0323\u00f3\u00f4\u01a1\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u01b0\u20ab\u00ff';

/**
 * The platform's TextDecoder for the label, else the fallback.
 * @example textDecoder('windows-1258').decode(new Uint8Array([0x4d, 0x61, 0xde])) // => 'Mã'
 */
export function textDecoder(label = 'utf-8', options: DecoderOptions = {}): TextDecoderLike {
  if (typeof TextDecoder !== 'undefined') return new TextDecoder(label, options);
  return fallbackDecoder(label, options);
}

/** The decoder used where TextDecoder is missing (exported for its tests). */
export function fallbackDecoder(label: string, options: DecoderOptions = {}): TextDecoderLike {
  const name = label.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8' || name === 'unicode-1-1-utf-8') return new Utf8Decoder(options.fatal === true, options.ignoreBOM === true);
  if (name === 'utf-16le' || name === 'utf-16') return new Utf16Decoder(true, options.ignoreBOM === true);
  if (name === 'utf-16be') return new Utf16Decoder(false, options.ignoreBOM === true);
  if (name === 'windows-1258' || name === 'cp1258' || name === 'x-cp1258') return { decode: (bytes) => singleByte(bytes || new Uint8Array(0)) };
  throw new RangeError(`textDecoder: encoding "${label}" is not supported here`);
}

function singleByte(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes[i] < 0x80 ? String.fromCharCode(bytes[i]) : WINDOWS_1258_HIGH.charAt(bytes[i] - 0x80);
  return out;
}

class Utf8Decoder implements TextDecoderLike {
  private held: number[] = [];
  private started = false;

  constructor(private readonly fatal: boolean, private readonly ignoreBOM: boolean) {}

  decode(chunk: Uint8Array = new Uint8Array(0), options: { stream?: boolean } = {}): string {
    const bytes = this.held.length > 0 ? concat(this.held, chunk) : chunk;
    this.held = [];
    const parts: string[] = [];
    let units: number[] = [];
    let i = 0;
    const bad = () => {
      if (this.fatal) throw new TypeError('The encoded data was not valid for encoding utf-8');
      units.push(0xfffd);
    };
    while (i < bytes.length) {
      const b = bytes[i];
      const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
      if (need < 0) {
        bad();
        i++;
        continue;
      }
      if (i + need >= bytes.length && need > 0 && options.stream && validPrefix(bytes, i, bytes.length)) {
        for (let k = i; k < bytes.length; k++) this.held.push(bytes[k]);
        break;
      }
      let cp = need === 0 ? b : b & (0x3f >> need);
      let ok = true;
      for (let k = 1; k <= need; k++) {
        const c = bytes[i + k];
        const lo = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
        const hi = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
        if (c === undefined || c < lo || c > hi) {
          ok = false;
          i += k;
          break;
        }
        cp = (cp << 6) | (c & 0x3f);
      }
      if (!ok) {
        bad();
        continue;
      }
      i += need + 1;
      if (cp > 0xffff) {
        cp -= 0x10000;
        units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else units.push(cp);
      if (units.length > 4096) {
        parts.push(String.fromCharCode.apply(null, units));
        units = [];
      }
    }
    parts.push(String.fromCharCode.apply(null, units));
    let text = parts.join('');
    if (!this.started && text.length > 0) {
      this.started = true;
      if (!this.ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!options.stream) {
      this.started = false;
      if (this.held.length > 0) {
        this.held = [];
        if (this.fatal) throw new TypeError('The encoded data was not valid for encoding utf-8');
        text += '\ufffd';
      }
    }
    return text;
  }
}

/** True when bytes[from, to) may begin a valid sequence that the next chunk completes. */
function validPrefix(bytes: Uint8Array, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (bytes[k] < 0x80 || bytes[k] > 0xbf) return false;
  return true;
}

class Utf16Decoder implements TextDecoderLike {
  private held: number[] = [];
  private started = false;

  constructor(private readonly little: boolean, private readonly ignoreBOM: boolean) {}

  decode(chunk: Uint8Array = new Uint8Array(0), options: { stream?: boolean } = {}): string {
    const bytes = this.held.length > 0 ? concat(this.held, chunk) : chunk;
    const even = bytes.length - (bytes.length % 2);
    this.held = options.stream && even < bytes.length ? [bytes[even]] : [];
    const parts: string[] = [];
    let units: number[] = [];
    for (let i = 0; i < even; i += 2) {
      units.push(this.little ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
      if (units.length > 4096) {
        parts.push(String.fromCharCode.apply(null, units));
        units = [];
      }
    }
    parts.push(String.fromCharCode.apply(null, units));
    let text = parts.join('');
    if (!this.started && text.length > 0) {
      this.started = true;
      if (!this.ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!options.stream) this.started = false;
    return text;
  }
}

function concat(head: number[], tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}
