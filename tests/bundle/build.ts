import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import webpack from "webpack";

/**
 * Builds the Sheets add-on with its real webpack config (webpack.sheets.config.js) into a fresh
 * temporary directory, and loads the built Code.js the way Apps Script runs it: one script in a
 * global scope that holds only the services.
 */

type ConfigFactory = (env: { outDir?: string }) => webpack.Configuration[];
const sheetsConfig = require("../../webpack.sheets.config.js") as ConfigFactory;

export interface Built {
  dir: string;
  code: string;
  sidebar: string;
  manifest: string;
}

export async function buildSheets(): Promise<Built> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sheets-build-"));
  const compiler = webpack(sheetsConfig({ outDir: dir }));
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      compiler.close((closeErr) => (closeErr ? reject(closeErr) : resolve()));
    }),
  );
  const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");
  return { dir, code: read("Code.js"), sidebar: read("Sidebar.html"), manifest: read("appsscript.json") };
}

/** Runs Code.js in a new global scope holding only `globals`; returns that scope. */
export function loadBundle(code: string, globals: object): Record<string, unknown> {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: "Code.js" });
  return context as Record<string, unknown>;
}
