/**
 * A package part's path from a relationship target (OOXML, ECMA-376 Part 2 §9.3): absolute
 * targets from the package root, relative ones from the source part's folder.
 * @example resolvePart('xl/', 'worksheets/../charts/chart1.xml') // => 'xl/charts/chart1.xml'
 */
export function resolvePart(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = [];
  for (const s of `${dir}${target}`.split('/')) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}
