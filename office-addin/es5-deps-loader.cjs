// Webpack loader for the ES5 (IE11) pane build, on the readers' dependencies only
// (xmlchars, through saxes): their name tables are RegExps with the "u" flag, built when
// the module loads. IE11 has no "u" flag, so the whole pane would stop at start-up.
// Each `new RegExp(source, "u")` becomes a call that falls back to a pattern matching
// nothing; the pane does not offer reading files where "u" is missing
// (pane/read-files.ts, canReadFilesHere), so those tables are never used there.
'use strict';

const SAFE = 'function __dunghanRegExpU(s, f) { try { return new RegExp(s, f); } catch (e) { return /[^\\s\\S]/; } }\n';

module.exports = function es5DepsLoader(source) {
  if (!/new RegExp\([^;]*,\s*"u"\)/.test(source)) return source;
  return SAFE + source.replace(/new RegExp\(/g, '__dunghanRegExpU(');
};
