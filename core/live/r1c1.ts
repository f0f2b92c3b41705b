/**
 * A1 formulas as R1C1, the notation in which every row of a column of live formulas is
 * the same text (B5 seen from C5 is R[0]C[-1], as B9 is from C9). Hosts then write a run
 * of rows with one call and one copy of the formula, whatever the number of rows.
 */
import { columnLetter } from '../import/column-letter.js';

// A quoted part ("text", 'sheet name'), kept as it is; or a cell reference, not inside a
// longer name or number, nor a function call ("LOG10(").
const A1_TOKEN = /("(?:[^"]|"")*"|'(?:[^']|'')*')|(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.])/g;
const R1C1_TOKEN = /("(?:[^"]|"")*"|'(?:[^']|'')*')|(^|[^A-Za-z0-9_.])R(\[-?\d+\]|\d+)C(\[-?\d+\]|\d+)(?![A-Za-z0-9_(.])/g;

function columnFromLetters(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return col;
}

/**
 * The formula in R1C1 notation as seen from (row, col): relative references become
 * offsets (R[0]C[-2]), absolute ones stay absolute (R18C26). Text in quotes and quoted
 * sheet names are left alone.
 * @example r1c1FromA1("IF(B5=\"\",$Z$18,B5+1)", 5, 3) // => 'IF(R[0]C[-1]="",R18C26,R[0]C[-1]+1)'
 */
export function r1c1FromA1(formula: string, row: number, col: number): string {
  return formula.replace(A1_TOKEN, (m: string, quoted: string | undefined, lead: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    if (quoted !== undefined) return m;
    const rowPart = rowAbs === '$' ? `R${digits}` : `R[${Number(digits) - row}]`;
    const colPart = colAbs === '$' ? `C${columnFromLetters(letters)}` : `C[${columnFromLetters(letters) - col}]`;
    return `${lead}${rowPart}${colPart}`;
  });
}

/**
 * The A1 formula an R1C1 formula stands for in the cell (row, col): the inverse of r1c1FromA1.
 * @example a1FromR1C1('IF(R[0]C[-1]="",R18C26,R[0]C[-1]+1)', 5, 3) // => 'IF(B5="",$Z$18,B5+1)'
 */
export function a1FromR1C1(formula: string, row: number, col: number): string {
  return formula.replace(R1C1_TOKEN, (m: string, quoted: string | undefined, lead: string, r: string, c: string) => {
    if (quoted !== undefined) return m;
    const rowText = r.charAt(0) === '[' ? String(row + Number(r.slice(1, -1))) : `$${r}`;
    const colText = c.charAt(0) === '[' ? columnLetter(col + Number(c.slice(1, -1))) : `$${columnLetter(Number(c))}`;
    return `${lead}${colText}${rowText}`;
  });
}
