import { describe, expect, it } from 'vitest';
import { a1FromR1C1, r1c1FromA1 } from './r1c1.js';

describe('r1c1FromA1', () => {
  it('makes relative references offsets and keeps absolute ones absolute', () => {
    expect(r1c1FromA1('IF(B5="",$Z$18,B5+1)', 5, 3)).toBe('IF(R[0]C[-1]="",R18C26,R[0]C[-1]+1)');
    expect(r1c1FromA1('$A5+B$2+AA10', 5, 3)).toBe('R[0]C1+R2C[-1]+R[5]C[24]');
  });

  it('gives the same text for the same formula on every row of a column', () => {
    expect(r1c1FromA1('IF(ISNUMBER(J4),J4,"")', 4, 30)).toBe(r1c1FromA1('IF(ISNUMBER(J900),J900,"")', 900, 30));
  });

  it('leaves text in quotes, quoted sheet names, function names and numbers alone', () => {
    const f = `IF(COUNTIFS('Ngày nghỉ A1'!$E$4:$E$40,K5,'Ngày nghỉ A1'!$G$4:$G$40,"Thứ Bảy B2*")>0,LOG10(A1)+1E5+0.000005,"C3")`;
    expect(r1c1FromA1(f, 5, 12)).toBe(`IF(COUNTIFS('Ngày nghỉ A1'!R4C5:R40C5,R[0]C[-1],'Ngày nghỉ A1'!R4C7:R40C7,"Thứ Bảy B2*")>0,LOG10(R[-4]C[-11])+1E5+0.000005,"C3")`);
  });

  it('is undone by a1FromR1C1 in any cell', () => {
    const f = `=IF(AND(N4="Trễ hạn",$AB$18>0),INDEX('Ngày nghỉ'!$M$4:$M$735,INT(O4)-45290),"")`;
    const r = r1c1FromA1(f, 4, 16);
    expect(a1FromR1C1(r, 4, 16)).toBe(f);
    expect(a1FromR1C1(r, 900, 16)).toBe(f.replace(/N4/g, 'N900').replace(/O4/g, 'O900'));
  });
});
