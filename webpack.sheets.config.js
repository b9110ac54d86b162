/**
 * The Google Sheets add-on's build, into dist/sheets/ — exactly the files `clasp push` sends
 * (.clasp.json: "rootDir": "dist/sheets"):
 *   Code.js          the server: menu, sidebar functions, custom functions and the core, with every
 *                    public function a top-level declaration carrying its JSDoc (gas-webpack-plugin);
 *                    not minified, so Apps Script reads the @customfunction comments
 *   Sidebar.html     the pane and its bridge, script and style inline (HtmlService serves one file)
 *   appsscript.json  the manifest
 *
 *   npm run build:sheets     (webpack --config webpack.sheets.config.js)
 *
 * `env.outDir` builds elsewhere (the tests build into a temporary directory).
 */
const fs = require("node:fs");
const path = require("node:path");
const GasPlugin = require("gas-webpack-plugin");
const { Compilation, sources } = require("webpack");
const { SidebarHtmlPlugin } = require("./sheets-addon/build/sidebar-html-plugin");

const here = (file) => path.resolve(__dirname, file);

const typescript = {
  test: /\.ts$/,
  exclude: /node_modules/,
  loader: "ts-loader",
  options: {
    configFile: here("sheets-addon/tsconfig.json"),
    // `npx tsc -p sheets-addon/tsconfig.json` checks the types; the build only transpiles.
    transpileOnly: true,
    // ES modules, so webpack drops what the bundle does not use; comments stay for gas-webpack-plugin.
    compilerOptions: { module: "es2020", removeComments: false },
  },
};

/** Shared by both bundles: one file each, readable, no eval (the sidebar's policy forbids it). */
const common = (outDir) => ({
  mode: "production",
  context: __dirname,
  target: ["web", "es2022"],
  output: { path: outDir },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [typescript] },
  devtool: false,
  optimization: { minimize: false },
  // The bundles carry the core (rules, recalculation, generation); Apps Script loads them once.
  performance: { hints: false },
});

/** Copies appsscript.json into the build. */
class ManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const file = here("appsscript.json");
        compilation.fileDependencies.add(file);
        compilation.emitAsset("appsscript.json", new sources.RawSource(fs.readFileSync(file)));
      });
    });
  }
}

module.exports = (env = {}) => {
  const outDir = env.outDir ? path.resolve(env.outDir) : here("dist/sheets");
  const server = {
    ...common(outDir),
    name: "server",
    entry: { Code: "./sheets-addon/main.ts" },
    output: { path: outDir, filename: "[name].js", clean: true },
    // Only the entry assigns functions to `global`: the plugin need not parse the core.
    plugins: [new GasPlugin({ include: [here("sheets-addon/main.ts")] }), new ManifestPlugin()],
  };
  const sidebar = {
    ...common(outDir),
    name: "sidebar",
    dependencies: ["server"],
    entry: { sidebar: "./sheets-addon/sidebar.ts" },
    output: { path: outDir, filename: "[name].js" },
    plugins: [
      new SidebarHtmlPlugin({ script: "sidebar.js", template: here("sheets-addon/sidebar.html"), style: here("ui/pane.css"), filename: "Sidebar.html" }),
    ],
  };
  return [server, sidebar];
};
