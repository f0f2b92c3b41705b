// Webpack loader for the ES5 (IE11) pane build: TypeScript does not rewrite regular
// expressions, and IE11 has no `u` flag or \p{…}. Core's only such pattern, /\p{L}/u
// ("a letter"), becomes a plain character class of every letter of the Basic
// Multilingual Plane, computed here with Node's own Unicode tables (letters outside the
// BMP are not in Vietnamese exports' headings).
'use strict';

let cached = null;

function bmpLetterClass() {
  if (cached) return cached;
  const letter = /\p{L}/u;
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
  cached = `/[${parts.join('')}]/`;
  return cached;
}

module.exports = function es5RegexLoader(source) {
  return source.split('/\\p{L}/u').join(bmpLetterClass());
};
