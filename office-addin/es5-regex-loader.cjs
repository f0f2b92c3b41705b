// Webpack loader for the ES5 (IE11) pane build: TypeScript does not rewrite regular
// expressions, and IE11 has no `u` flag or \p{…}. The only such patterns, /\p{L}/u
// ("a letter", core) and /\p{M}/u ("a combining mark", readers), become plain character
// classes of every such character of the Basic Multilingual Plane, computed here with Node's own Unicode tables (letters outside the
// BMP are not in Vietnamese exports' headings).
'use strict';

const cached = {};

function bmpClass(name) {
  if (cached[name]) return cached[name];
  const letter = new RegExp(`\\p{${name}}`, 'u');
  const hex = (n) => `\\u${n.toString(16).padStart(4, '0')}`;
  const parts = [];
  let start = -1;
  for (let cp = 0; cp <= 0x10000; cp++) {
    const isLetter = cp < 0x10000 && (cp < 0xd800 || cp > 0xdfff) && letter.test(String.fromCharCode(cp));
    if (isLetter && start < 0) start = cp;
    if (!isLetter && start >= 0) {
      parts.push(start === cp - 1 ? hex(start) : `${hex(start)}-${hex(cp - 1)}`);
      start = -1;
    }
  }
  cached[name] = `/[${parts.join('')}]/`;
  return cached[name];
}

module.exports = function es5RegexLoader(source) {
  // Letters (core's headings) and combining marks (readers/decode-text.ts, Windows-1258 tone marks).
  return source.split('/\\p{L}/u').join(bmpClass('L')).split('/\\p{M}/u').join(bmpClass('M'));
};
