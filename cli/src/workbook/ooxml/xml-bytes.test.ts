import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellXml, xmlBytes, xmlText, XmlBytes } from './xml-bytes.js';

/**
 * What a cell's text must become, character by character as the text holds them: XML 1.0's
 * forbidden characters dropped, a lone surrogate as U+FFFD (as TextEncoder writes it), &<>" escaped.
 */
function expectedText(text: string): string {
  return Array.from(text)
    .filter((ch) => !/^[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]$/.test(ch))
    .map((ch) => (/^[\uD800-\uDFFF]$/.test(ch) ? '\uFFFD' : ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : ch))
    .join('');
}

/** Text with Vietnamese letters, astral characters, lone surrogates, controls and markup characters. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('ệ', 'Đ', 'ữ', 'ạ', '&', '<', '>', '"', "'", ' ', '\t', '\n', '\r', '\u0001', '\u000B', '\uFFFE', '\uFFFF', '😀', '\uD83D', '\uDE00'),
    fc.string({ maxLength: 3 }),
  ),
  maxLength: 400,
});

describe('XmlBytes', () => {
  it('writes markup as TextEncoder would, across every buffer boundary', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 600 }), (text, lead) => {
        const chunks: Uint8Array[] = [];
        // The smallest buffer, after `lead` bytes, so the text crosses a flush at every offset.
        const out = new XmlBytes((bytes) => chunks.push(bytes.slice()), 0);
        out.raw('x'.repeat(lead));
        out.raw(text);
        out.flush();
        expect(Buffer.concat(chunks)).toEqual(Buffer.from(new TextEncoder().encode('x'.repeat(lead) + text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes text and drops what XML 1.0 cannot hold', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(xmlText((out) => out.text(text))).toBe(expectedText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes each kind of cell, the style only when there is one', () => {
    expect(cellXml(1, 1, 'Đúng hạn', 3)).toBe('<c r="A1" s="3" t="inlineStr"><is><t>Đúng hạn</t></is></c>');
    expect(cellXml(28, 1048576, '=SUM(A1:A3)', 0)).toBe('<c r="AB1048576" t="inlineStr"><is><t>=SUM(A1:A3)</t></is></c>');
    expect(cellXml(3, 12, 45457.375, 12)).toBe('<c r="C12" s="12"><v>45457.375</v></c>');
    expect(cellXml(3, 12, -0.5, 0)).toBe('<c r="C12"><v>-0.5</v></c>');
    expect(cellXml(2, 9, Number.NaN, 4)).toBe('<c r="B9" s="4"/>');
    expect(cellXml(2, 9, null, 4)).toBe('<c r="B9" s="4"/>');
    expect(cellXml(16384, 7, true, 0)).toBe('<c r="XFD7" t="b"><v>1</v></c>');
    expect(cellXml(1, 10, false, 0)).toBe('<c r="A10" t="b"><v>0</v></c>');
    expect(cellXml(1, 2, ' Vũ <Hà> & "Lan"', 0)).toBe('<c r="A2" t="inlineStr"><is><t xml:space="preserve"> Vũ &lt;Hà&gt; &amp; &quot;Lan&quot;</t></is></c>');
  });

  it('gives the same bytes whole as in pieces', () => {
    const write = (out: XmlBytes) => {
      for (let r = 1; r <= 3000; r++) for (let c = 1; c <= 5; c++) out.cell(c, r, c % 2 === 0 ? r * 1.5 : `Hồ sơ số ${r}`, c);
    };
    const bytes = xmlBytes(write);
    expect(new TextDecoder().decode(bytes)).toBe(xmlText(write));
    expect(bytes.length).toBeGreaterThan(1 << 16);
  });
});
