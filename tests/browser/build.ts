import * as path from "node:path";
import webpack, { type Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "..", "..");

/** The Excel pane exactly as `npm run build:excel` builds it (production), into `outDir`. */
function paneConfig(outDir: string): Configuration {
  const factory = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: { mode: string }) => Configuration;
  const config = factory({}, { mode: "production" });
  return { ...config, output: { ...config.output, path: outDir } };
}

/** The Office.js stand-in (office-stub.ts) as one script, office-stub.js. */
function stubConfig(outDir: string): Configuration {
  return {
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: { "office-stub": path.join(__dirname, "office-stub.ts") },
    output: { path: outDir, filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: { configFile: path.join(ROOT, "tsconfig.json"), transpileOnly: true, compilerOptions: { module: "es2020" } },
        },
      ],
    },
  };
}

/** Builds the pane and the stub (webpack's Node API); rejects with webpack's errors. */
export function buildForBrowser(paneDir: string, stubDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack([paneConfig(paneDir), stubConfig(stubDir)], (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}
