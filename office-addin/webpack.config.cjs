// Builds the Excel add-in into dist/: taskpane.html/.js, commands.html/.js, help.html,
// taskpane.css, assets/ and manifest.xml (its https://localhost:3000/ URLs rewritten to
// ADDIN_BASE_URL). `webpack serve` runs an HTTPS dev server on port 3000 with the
// office-addin-dev-certs certificate. Office.js is not bundled: it comes from Microsoft's CDN.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
/** Packages the file readers bring into the pane (readers/xlsx.ts, readers/html.ts, readers/expand-inputs.ts). */
const READER_DEPS = ['fflate', 'saxes', 'xmlchars', 'htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities'];
const ROOT = path.resolve(__dirname, '..');

/** ADDIN_BASE_URL with exactly one trailing slash; must be https. */
function baseUrl() {
  const url = (process.env.ADDIN_BASE_URL || DEV_URL).replace(/\/*$/, '/');
  if (!url.startsWith('https://')) throw new Error(`ADDIN_BASE_URL must start with https://, got ${url}`);
  return url;
}

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const base = baseUrl();
  return {
    context: __dirname,
    mode: dev ? 'development' : 'production',
    // No eval: the pane's Content-Security-Policy forbids it.
    devtool: 'source-map',
    // Polyfills first in each page: Office 2016/2019 volume licences show the pane in IE11 (ES5 only).
    entry: {
      taskpane: ['./src/polyfills.ts', './src/taskpane/taskpane.ts'],
      commands: ['./src/polyfills.ts', './src/commands/commands.ts'],
    },
    output: {
      path: path.join(ROOT, 'dist'),
      filename: '[name].js',
      // dist/ also holds the CLI build (dist/node): never clean it wholesale.
      clean: false,
    },
    // ES5 output (webpack's own runtime too), so every script taskpane.html loads parses in IE11.
    target: ['web', 'es5'],
    resolve: {
      extensions: ['.ts', '.js'],
      // core is written with NodeNext-style ".js" imports of ".ts" files.
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Loaders run last to first: the regex rewrite, then TypeScript to ES5.
          use: [{
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(__dirname, 'tsconfig.json'),
              compilerOptions: {
                target: 'ES5',
                lib: ['ES2022', 'DOM'],
                downlevelIteration: true,
                module: 'ES2020',
                moduleResolution: 'Bundler',
                noEmit: false,
                sourceMap: true,
              },
            },
          }, path.join(__dirname, 'es5-regex-loader.cjs')],
        },
        {
          // The file readers' dependencies (readers/: zip, XML, HTML) ship ES2015+: down to ES5 too.
          test: /\.[cm]?js$/,
          include: READER_DEPS.map((name) => new RegExp(`[\\\\/]node_modules[\\\\/]${name}[\\\\/]`)),
          use: [{
            loader: 'ts-loader',
            options: {
              instance: 'reader-deps',
              transpileOnly: true,
              configFile: path.join(__dirname, 'tsconfig.json'),
              compilerOptions: { allowJs: true, checkJs: false, target: 'ES5', lib: ['ES2022', 'DOM'], downlevelIteration: true, module: 'ES2020', moduleResolution: 'Bundler', noEmit: false, sourceMap: true },
            },
          }, path.join(__dirname, 'es5-deps-loader.cjs')],
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/help.html', to: 'help.html' },
          {
            from: path.join(ROOT, 'manifest.xml'),
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(base),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serving ? { type: 'https', options: await require('office-addin-dev-certs').getHttpsServerOptions() } : 'https',
    },
  };
};
