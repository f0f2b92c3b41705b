// Builds the Google Sheets add-on into apps-script/dist, the folder clasp pushes:
//   Code.js          core + adapter in one file; entry points are top-level functions
//   sidebar.html     the sidebar with its script and styles inlined (Apps Script serves
//                    only project files, so nothing is loaded from elsewhere)
//   appsscript.json  the manifest
// Run with `npm run build:gas` (webpack --mode production).
const path = require('node:path');
const fs = require('node:fs');
const GasPlugin = require('gas-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');

const root = __dirname;
const dist = path.join(root, 'dist');

/** ts-loader without type checking (tsc -p apps-script/tsconfig.json does that). */
const tsRule = {
  test: /\.ts$/,
  loader: 'ts-loader',
  // ESM output lets webpack drop the parts of core the sidebar does not use.
  options: {
    transpileOnly: true,
    configFile: path.join(root, 'tsconfig.json'),
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
  },
};

/** core is written with NodeNext `.js` import paths that point at `.ts` files. */
const resolve = { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } };

/** Inlines the compiled sidebar script and its CSS into sidebar.html and drops sidebar.js. */
class InlineSidebarPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('InlineSidebarPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'InlineSidebarPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          const template = fs.readFileSync(path.join(root, 'src/sidebar/sidebar.html'), 'utf8');
          const css = fs.readFileSync(path.join(root, 'src/sidebar/sidebar.css'), 'utf8');
          const js = assets['sidebar.js'].source().toString();
          // A "</script" inside the code would end the inline script early.
          const safeJs = js.replace(/<\/(script)/gi, '<\\/$1');
          const html = template
            .replace('<!-- INLINE_CSS -->', () => `<style>\n${css}</style>`)
            .replace('<!-- INLINE_JS -->', () => `<script>\n${safeJs}</script>`);
          compilation.deleteAsset('sidebar.js');
          compilation.emitAsset('sidebar.html', new sources.RawSource(html));
          compilation.fileDependencies.add(path.join(root, 'src/sidebar/sidebar.html'));
          compilation.fileDependencies.add(path.join(root, 'src/sidebar/sidebar.css'));
        },
      );
    });
  }
}

const server = {
  name: 'server',
  mode: 'production',
  context: root,
  entry: { Code: './src/main.ts' },
  target: ['web', 'es2019'],
  // Source maps and eval wrappers would hide the `global.x = x` assignments from the plugin.
  devtool: false,
  output: { path: dist, filename: '[name].js', iife: true },
  module: { rules: [tsRule] },
  resolve,
  node: { global: true },
  // Apps Script calls functions by name and shows readable stack traces only unminified.
  optimization: { minimize: false, concatenateModules: true },
  performance: { hints: false },
  plugins: [
    new GasPlugin({ comment: false }),
    new CopyPlugin({ patterns: [{ from: path.join(root, 'appsscript.json'), to: dist }] }),
  ],
};

const sidebar = {
  name: 'sidebar',
  mode: 'production',
  context: root,
  entry: { sidebar: './src/sidebar/sidebar.ts' },
  target: ['web', 'es2019'],
  devtool: false,
  output: { path: dist, filename: '[name].js', iife: true },
  module: { rules: [tsRule] },
  resolve,
  optimization: { minimize: true },
  performance: { hints: false },
  plugins: [new InlineSidebarPlugin()],
};

module.exports = [server, sidebar];
