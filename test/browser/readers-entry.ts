/** The readers as one browser script (test/browser/readers-browser.test.ts): window.dungHanReaders. */
import { readFileBytes } from '../../readers/index.js';

(window as unknown as { dungHanReaders: unknown }).dungHanReaders = {
  /** A file's bytes (base64) to what readFileBytes gives, as JSON text. */
  read: (base64: string, name: string) => {
    const raw = atob(base64);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return JSON.stringify(readFileBytes(bytes, name));
  },
};
