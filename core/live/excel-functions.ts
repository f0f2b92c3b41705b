/**
 * The worksheet functions the live workbook may use: every one exists in Excel 2010,
 * LibreOffice Calc and Google Sheets under this (OOXML, English) name.
 */
export const EXCEL_2010_FUNCTIONS: ReadonlySet<string> = new Set([
  'AND', 'OR', 'NOT', 'IF', 'IFERROR', 'ISNUMBER', 'ISBLANK', 'INDEX', 'MATCH', 'CHOOSE',
  'DATE', 'INT', 'MOD', 'ROUND', 'ABS', 'MIN', 'MAX', 'SUM', 'WEEKDAY',
  'COUNTIF', 'COUNTIFS', 'SUMIFS', 'WORKDAY.INTL', 'NETWORKDAYS.INTL',
]);

/**
 * The function names a formula calls (upper case, in order of first use), ignoring text
 * inside double quotes and quoted sheet names.
 * @example functionsIn("IF(A1=\"X(\",COUNTIFS('Ngày nghỉ'!A:A,1),0)") // => ['IF', 'COUNTIFS']
 */
export function functionsIn(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, 'S!');
  const found: string[] = [];
  const call = /([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g;
  for (let m = call.exec(bare); m !== null; m = call.exec(bare)) {
    const name = m[1].toUpperCase();
    if (found.indexOf(name) < 0) found.push(name);
  }
  return found;
}
