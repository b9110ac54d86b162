/**
 * The Excel add-in's build: one page (taskpane.html) with one bundle (taskpane.js) holding the pane,
 * the ribbon functions and the custom functions — the shared runtime of manifest.xml — plus
 * functions.json (from the JSDoc of excel-addin/functions.ts), pane.css, the icons and the manifest.
 *
 *   npm run build:excel                 production build into dist/excel/
 *   ADDIN_URL=https://host/path npm run build:excel
 *                                       the same, with the manifest pointing at where it is served
 *   npm start                           dev server on https://localhost:3000
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Compilation, sources } = require("webpack");

/** Where manifest.xml says the add-in lives during development. */
const DEV_URL = "https://localhost:3000";

/** Files copied into the build as they are, except the manifest whose URLs are rewritten. */
const STATIC_FILES = [
  { from: "ui/pane.css", to: "pane.css" },
  ...[16, 32, 64, 80].map((size) => ({ from: `excel-addin/assets/icon-${size}.png`, to: `assets/icon-${size}.png` })),
];

/** Copies STATIC_FILES and writes manifest.xml with every dev URL replaced by `url`. */
class StaticFilesPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("StaticFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "StaticFilesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const { from, to } of STATIC_FILES) {
          const file = path.resolve(__dirname, from);
          compilation.fileDependencies.add(file);
          compilation.emitAsset(to, new sources.RawSource(fs.readFileSync(file)));
        }
        const manifest = path.resolve(__dirname, "manifest.xml");
        compilation.fileDependencies.add(manifest);
        const xml = fs.readFileSync(manifest, "utf8").split(DEV_URL).join(this.url);
        compilation.emitAsset("manifest.xml", new sources.RawSource(xml));
      });
    });
  }
}

/**
 * HTTPS for the dev server: Office only loads add-ins over https. The certificate that
 * `npx office-addin-dev-certs install` trusts, when there is one; else webpack-dev-server's own
 * self-signed certificate (the browser must then be told to accept it).
 */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return "https";
  const options = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  return { type: "https", options };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const url = (process.env.ADDIN_URL || DEV_URL).replace(/\/+$/, "");
  return {
    mode: production ? "production" : "development",
    context: __dirname,
    entry: { taskpane: "./excel-addin/taskpane.ts" },
    output: { path: path.resolve(__dirname, "dist/excel"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            configFile: path.resolve(__dirname, "excel-addin/tsconfig.json"),
            // `npm run typecheck` checks the types; the build only transpiles (every file is an isolated module).
            transpileOnly: true,
            // ES modules, so webpack can drop what the bundle does not use.
            compilerOptions: { module: "es2020" },
          },
        },
      ],
    },
    // The page's Content-Security-Policy forbids eval, so never an eval-based source map.
    devtool: production ? false : "source-map",
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: path.resolve(__dirname, "excel-addin/functions.ts"), output: "functions.json" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./excel-addin/taskpane.html", chunks: ["taskpane"], scriptLoading: "defer" }),
      new StaticFilesPlugin(url),
    ],
    // The bundle carries the whole core (rules, recalculation, generation); it loads once per workbook.
    performance: { maxAssetSize: 1_500_000, maxEntrypointSize: 1_500_000 },
    devServer: {
      port: 3000,
      server: devServerHttps(),
      static: false,
      // Excel fetches functions.json and the icons from its own origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: false },
    },
  };
};
