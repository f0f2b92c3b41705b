/**
 * The fake Excel as one classic script for a browser page: each test/fakes/excel-fake*.ts
 * file is transpiled to CommonJS and registered in a tiny module table, so the page runs
 * the very fake the unit tests use. The result defines globalThis.ExcelFakeModules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const FILES = ['excel-fake-model', 'excel-fake-context', 'excel-fake-format', 'excel-fake-range', 'excel-fake-sheet', 'excel-fake', 'excel-fake-snapshot'];

export function fakeExcelBrowserScript(dir = import.meta.dirname): string {
  const modules = FILES.map((name) => {
    const source = readFileSync(join(dir, `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: false },
      fileName: `${name}.ts`,
    });
    return `${JSON.stringify(`./${name}.js`)}: function (exports, require) {\n${outputText}\n}`;
  });
  return `(function () {
  var factories = {\n${modules.join(',\n')}\n};
  var cache = {};
  function require(name) {
    if (cache[name]) return cache[name];
    var factory = factories[name];
    if (!factory) throw new Error('fake bundle: no module ' + name);
    var exports = (cache[name] = {});
    factory(exports, require);
    return exports;
  }
  globalThis.ExcelFakeModules = {
    fake: require('./excel-fake.js'),
    snapshot: require('./excel-fake-snapshot.js'),
  };
})();\n`;
}
