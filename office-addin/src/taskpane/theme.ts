/**
 * Follows the Office theme (Office.context.officeTheme, when the host has one): the pane's
 * background and text take Office's colors; the rest of the stylesheet inherits them.
 * Set through CSSOM, which the page's Content-Security-Policy allows.
 */
export interface OfficeTheme {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

const HEX = /^#?[0-9a-f]{6}$/i;

function hex(color: string | undefined): string | null {
  if (!color || !HEX.test(color)) return null;
  return color.charAt(0) === '#' ? color : `#${color}`;
}

/** Relative brightness 0–255 of "#rrggbb". */
function brightness(color: string): number {
  const n = parseInt(color.slice(1), 16);
  return ((n >> 16) & 255) * 0.299 + ((n >> 8) & 255) * 0.587 + (n & 255) * 0.114;
}

/** Applies the theme; returns true when one was found. */
export function applyOfficeTheme(context: { officeTheme?: OfficeTheme } | undefined, body: HTMLElement): boolean {
  const theme = context && context.officeTheme;
  if (!theme) return false;
  const bg = hex(theme.bodyBackgroundColor);
  const fg = hex(theme.bodyForegroundColor);
  if (bg) body.style.backgroundColor = bg;
  if (fg) body.style.color = fg;
  if (bg && brightness(bg) < 100) body.className = `${body.className} theme-dark`.trim();
  return bg !== null || fg !== null;
}
