import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { UNMARK_LABEL } from "../../core/commands/marks-record";
import type { HostState, HostStatePart } from "../../core/commands/types";
import { validateGrid } from "../../core/commands/validate";
import { capaianFunction } from "../../core/functions/custom-functions";
import { fixtureXlsxGrid } from "../support/fixtures";
import { plannerView, spreadsheetWith } from "../hosts/fake-sheets";
import { type Built, buildSheets, loadBundle } from "./build";

/** The built add-on (dist/sheets) as Apps Script and clasp take it: catches a broken bundle before a push. */

const MENU = ["onOpen", "onInstall", "validasi", "hapusTanda", "hitungUlangCapaian", "rapikanAngka", "buatTabel", "urungkan", "bukaPanel"];
const CUSTOM = ["CAPAIAN", "PREDIKAT"];
/** The server functions the sidebar's bridge calls, read from its source. */
const PANE = [...fs.readFileSync(path.join(__dirname, "../../sheets-addon/sidebar-bridge.ts"), "utf8").matchAll(/"(pane[A-Z]\w+)"/g)].map((m) => m[1]);

let built: Built;
beforeAll(async () => {
  built = await buildSheets();
}, 180_000);

describe("Code.js", () => {
  test("declares every public function at the top level, with its JSDoc; custom functions keep @customfunction", () => {
    expect(PANE).toHaveLength(12);
    for (const name of [...MENU, ...PANE, ...CUSTOM]) expect(built.code).toMatch(new RegExp(`\\*/\\nfunction ${name}\\(\\) \\{\\n\\}`));
    for (const name of CUSTOM) expect(built.code).toMatch(new RegExp(`@customfunction\\n \\*/\\nfunction ${name}\\(`));
  });

  test("runs in a bare global scope with the Apps Script services and exposes every function on the global object", async () => {
    const grid = await fixtureXlsxGrid("balangan-tc27");
    const fake = spreadsheetWith(grid);
    const global = loadBundle(built.code, fake.globals({ Sidebar: built.sidebar }));
    for (const name of [...MENU, ...PANE, ...CUSTOM]) expect(typeof global[name]).toBe("function");
    const call = (name: string, ...args: unknown[]) => (global[name] as (...a: unknown[]) => unknown)(...args);

    call("onOpen");
    expect(fake.menu.filter((m) => m.fn)).toHaveLength(7);
    call("bukaPanel");
    expect(fake.sidebar).toEqual({ file: "Sidebar", title: "Tabel Renstra" });
    expect(call("CAPAIAN", 80, 100)).toBe(capaianFunction(80, 100));
    expect(call("PREDIKAT", 95)).toBe("Sangat Tinggi");

    const original = plannerView(fake);
    const settings = call("paneLoadSettings");
    const report = call("paneValidate", settings) as { findings: unknown[]; host: HostStatePart };
    expect(report.findings).toHaveLength(validateGrid(grid, "id").report.findings.length);
    // Each command answers with the state it leaves, as paneDescribe reads it (Hapus tanda, Urungkan: all but the table).
    const described = call("paneDescribe") as HostState;
    expect(described.table?.kind).toBe("renstra-program");
    expect(report.host).toEqual(described);
    const { table, ...rest } = described;
    expect((call("paneClearMarks") as { host: HostStatePart }).host).toEqual({ ...rest, undo: { label: UNMARK_LABEL, cells: described.marked }, marked: 0 });
    expect(plannerView(fake)).toEqual(original);
    const recalc = call("paneRecalc", settings) as { written: number; host: HostStatePart };
    expect(recalc.written).toBeGreaterThan(0);
    expect(recalc.host).toEqual(call("paneDescribe"));
    const undone = call("paneUndo") as { undone: { id: string }; host: HostStatePart };
    expect(undone.undone.id).toMatch(/Hitung ulang/);
    expect({ ...undone.host, table }).toEqual(call("paneDescribe"));
    expect(plannerView(fake)).toEqual(original);
    // A refusal reaches the sidebar as a plain Error in the user's language.
    expect(() => call("paneSelect", "Tidak Ada", "A1")).toThrow('Lembar "Tidak Ada" tidak ada lagi.');
  });
});

describe("Sidebar.html", () => {
  const inline = (tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(built.sidebar)![1];
  const sha = (text: string) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

  test("is one self-contained file whose policy allows exactly its inline script and style", () => {
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(built.sidebar)![1];
    expect(policy).toContain(`script-src ${sha(inline("script"))};`);
    expect(policy).toContain(`style-src ${sha(inline("style"))};`);
    expect(policy).toMatch(/^default-src 'none';/);
    // No CR: the browser hashes the text after turning line ends into LF.
    expect(built.sidebar).not.toContain("\r");
    expect(built.sidebar.match(/<script/g)).toHaveLength(1);
    expect(built.sidebar).not.toMatch(/\s(src|href)=/);
  });
});

describe("what clasp pushes", () => {
  test("appsscript.json: V8, Asia/Jakarta and exactly the two scopes", () => {
    expect(JSON.parse(built.manifest)).toEqual({
      timeZone: "Asia/Jakarta",
      runtimeVersion: "V8",
      oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly", "https://www.googleapis.com/auth/script.container.ui"],
    });
  });

  test("the files `clasp show-file-status` would list: exactly Code.js, Sidebar.html and appsscript.json", () => {
    // Stray files a build or an editor may leave next to them must stay behind.
    for (const stray of ["Code.js.map", "sidebar.js", "notes/readme.md"]) {
      fs.mkdirSync(path.dirname(path.join(built.dir, stray)), { recursive: true });
      fs.writeFileSync(path.join(built.dir, stray), "");
    }
    expect(claspFiles(built.dir, path.join(__dirname, "../../.claspignore"))).toEqual(["appsscript.json", "Code.js", "Sidebar.html"]);
  });
});

/**
 * The files clasp 3 pushes from rootDir (google/clasp src/core/files.ts and clasp.ts): every file
 * under it, relative to it, minus those `micromatch.not(files, ignorePatterns, { dot: true })`
 * drops (the non-empty lines of .claspignore), keeping scripts (.js, .gs), .html and appsscript.json.
 */
function claspFiles(rootDir: string, ignoreFile: string): string[] {
  const micromatch = require("micromatch") as { not(list: string[], patterns: string[], options: { dot: boolean }): string[] };
  const files = (fs.readdirSync(rootDir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(rootDir, f)).isFile());
  const patterns = fs.readFileSync(ignoreFile, "utf8").split(/\r?\n/).filter((line) => line.length > 0);
  const pushed = micromatch.not(files, patterns, { dot: true });
  return pushed.filter((f) => /\.(js|gs|html)$/i.test(f) || path.basename(f) === "appsscript.json").sort((a, b) => a.localeCompare(b));
}
