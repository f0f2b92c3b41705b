/**
 * The released Excel manifest: the repository's manifest.xml with every development URL
 * (https://localhost:3000/) pointing at the host the province serves the pane from, and
 * <Version> from package.json, so Office sees an update as an update.
 */

/** The development server the repository's manifest.xml points at. */
export const DEV_URL = 'https://localhost:3000/';

/**
 * ADDIN_BASE_URL checked and with exactly one trailing slash. Office loads add-ins only
 * over HTTPS; a query or fragment would break every path appended to it.
 * @example normalizeBaseUrl('https://tinh.gov.vn/dunghan') // => 'https://tinh.gov.vn/dunghan/'
 */
export function normalizeBaseUrl(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  if (text === '') throw new RangeError('Thiếu ADDIN_BASE_URL (địa chỉ HTTPS nơi đặt các tệp của Đúng Hạn), ví dụ ADDIN_BASE_URL=https://tinh.gov.vn/dunghan/ npm run release');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RangeError(`ADDIN_BASE_URL không phải một địa chỉ web: ${text}`);
  }
  if (url.protocol !== 'https:') throw new RangeError(`ADDIN_BASE_URL phải bắt đầu bằng https:// (Office chỉ tải phần bổ trợ qua HTTPS): ${text}`);
  if (url.search !== '' || url.hash !== '') throw new RangeError(`ADDIN_BASE_URL không được có phần ?… hoặc #…: ${text}`);
  return url.href.replace(/\/*$/, '/');
}

/**
 * Every URL the manifest makes Office load: attribute values and element texts that are
 * http(s) URLs, leaving out the XML namespace declarations (names, never fetched).
 */
export function manifestUrls(xml: string): string[] {
  const urls: string[] = [];
  for (const m of xml.matchAll(/([\w:.-]+)="(https?:\/\/[^"]*)"/g)) {
    if (m[1] !== 'xmlns' && !m[1].startsWith('xmlns:')) urls.push(m[2]);
  }
  for (const m of xml.matchAll(/>\s*(https?:\/\/[^<\s]*)\s*</g)) urls.push(m[1]);
  return urls;
}

/**
 * The manifest to ship: development URLs replaced by `base`, <Version> set to the app
 * version (Office wants four parts). Throws if any loaded URL would still point elsewhere.
 * @example releaseManifest(xml, 'https://tinh.gov.vn/dunghan/', '0.1.0') // <SourceLocation DefaultValue="https://tinh.gov.vn/dunghan/taskpane.html"/>, <Version>0.1.0.0</Version>
 */
export function releaseManifest(xml: string, base: string, version: string): string {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new RangeError(`releaseManifest: version must be x.y.z, got ${version}`);
  const withVersion = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`);
  if (withVersion === xml && !xml.includes(`<Version>${version}.0</Version>`)) throw new RangeError('releaseManifest: no <Version> element');
  // The source's header comment speaks of the development server; say what this file is instead.
  const withComment = withVersion.replace(/<!--[\s\S]*?-->/, `<!-- Đúng Hạn ${version}: bản phát hành (npm run release). Mọi địa chỉ trỏ tới máy chủ của đơn vị. -->`);
  const out = withComment.split(DEV_URL).join(base);
  const stray = manifestUrls(out).filter((u) => !u.startsWith(base));
  if (stray.length > 0) throw new RangeError(`releaseManifest: URLs outside ${base}: ${stray.join(', ')}`);
  return out;
}
