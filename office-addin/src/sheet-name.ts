/** Excel's rules for sheet names: at most 31 characters, none of [ ] : * ? / \, no quote at either end. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim();
  return (cleaned || 'Sheet').slice(0, 31);
}

/** Excel compares sheet names without case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
}

/**
 * `name` when no sheet has it, else "name (Đúng Hạn)", "name (Đúng Hạn 2)"… within 31 characters.
 * @example freeSheetName(['Cán bộ'], 'Cán bộ') // => "Cán bộ (Đúng Hạn)"
 */
export function freeSheetName(taken: readonly string[], name: string): string {
  const free = (candidate: string) => !taken.some((t) => sameSheetName(t, candidate));
  const base = safeSheetName(name);
  if (free(base)) return base;
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? ' (Đúng Hạn)' : ` (Đúng Hạn ${i})`;
    const candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (free(candidate)) return candidate;
  }
}
