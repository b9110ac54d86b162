/**
 * Security, read from the source itself (SECURITY.md states the promises): no code built from strings,
 * no HTML built from strings in the pages, no network access but Office.js from Microsoft's CDN,
 * strict Content-Security-Policies, and exactly the permissions the add-ins need. Each check is first
 * shown to catch what it is for, then run over the real files.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  APPS_SCRIPT_SCOPES,
  appsScriptProblems,
  codeProblems,
  officeManifestProblems,
  OFFICE_JS,
  pageProblems,
  ROOT,
  sourceFiles,
} from "./support/security-checks";

const OUR_CODE = ["core", "cli", "ui", "excel-addin", "sheets-addon"];
const PAGES = ["ui", "excel-addin", "sheets-addon"];
const rel = (p: string) => path.relative(ROOT, p);

describe("the checks catch what they are for", () => {
  test("code built from strings", () => {
    const code = [
      'eval("1+1");',
      "window.eval(x);",
      'new Function("return 1");',
      'Function("return 1")();',
      'setTimeout("go()", 10);',
      "setTimeout(() => go(), 10); // eval( in a comment is fine",
      'const s = "new Function( in a string is fine";',
    ].join("\n");
    expect(codeProblems("x.ts", code, { html: false }).map((p) => [p.line, p.what])).toEqual([
      [1, "eval"],
      [2, "eval"],
      [3, "Function constructor"],
      [4, "Function constructor"],
      [5, "setTimeout with code in a string"],
    ]);
  });

  test("HTML built from strings, in pages only", () => {
    const code = ["el.innerHTML = t;", "el.outerHTML = t;", 'el.insertAdjacentHTML("beforeend", t);', 'el["innerHTML"] = t;', "document.write(t);", "el.textContent = t;"].join("\n");
    expect(codeProblems("x.ts", code, { html: true }).map((p) => p.what)).toEqual(["innerHTML", "outerHTML", "insertAdjacentHTML", "innerHTML", "document.write"]);
    expect(codeProblems("x.ts", code, { html: false })).toEqual([]);
  });

  test("network access", () => {
    const code = [
      'fetch("https://example.com");',
      "new XMLHttpRequest();",
      'new WebSocket("wss://x");',
      'UrlFetchApp.fetch("https://x");',
      'import * as https from "node:https";',
      'const net = require("net");',
      'import * as fs from "node:fs";',
    ].join("\n");
    expect(codeProblems("x.ts", code, { html: false }).map((p) => p.what)).toEqual([
      "fetch",
      "XMLHttpRequest",
      "WebSocket",
      "UrlFetchApp",
      "fetch",
      "network module node:https",
      "network module net",
    ]);
  });

  test("pages: foreign scripts, inline handlers, loose policies", () => {
    const page = [
      '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' \'unsafe-eval\' https://cdn.example.com; connect-src https://api.example.com" />',
      `<script src="${OFFICE_JS}"></script>`,
      '<script src="https://cdn.example.com/x.js"></script>',
      '<link rel="stylesheet" href="https://fonts.example.com/a.css" />',
      '<button onclick="go()">Go</button>',
    ].join("\n");
    expect(pageProblems("p.html", page).map((p) => p.what)).toEqual([
      "script from https://cdn.example.com/x.js",
      "link from https://fonts.example.com/a.css",
      "inline handler onclick",
      "script-src 'unsafe-eval'",
      "script-src https://cdn.example.com",
      "connect-src https://api.example.com",
      "object-src not 'none'",
    ]);
    expect(pageProblems("p.html", "<p>no policy</p>").map((p) => p.what)).toEqual(["no Content-Security-Policy"]);
  });

  test("manifests asking for more", () => {
    expect(appsScriptProblems(JSON.stringify({ oauthScopes: [...APPS_SCRIPT_SCOPES, "https://www.googleapis.com/auth/spreadsheets"] }))).toEqual([
      `oauthScopes ${[...APPS_SCRIPT_SCOPES, "https://www.googleapis.com/auth/spreadsheets"].sort().join(", ")}`,
    ]);
    expect(appsScriptProblems("{}")).toEqual(["oauthScopes missing: Apps Script would infer scopes from the code"]);
    expect(appsScriptProblems(JSON.stringify({ oauthScopes: APPS_SCRIPT_SCOPES, urlFetchWhitelist: ["https://x/"] }))).toEqual(["urlFetchWhitelist"]);
    expect(officeManifestProblems("<Permissions>ReadWriteMailbox</Permissions>")).toEqual(["Permissions ReadWriteMailbox"]);
    expect(officeManifestProblems("<OfficeApp/>")).toEqual(["Permissions missing"]);
  });
});

describe("our source", () => {
  const code = sourceFiles(OUR_CODE, [".ts", ".js"]);

  test("has code to check in every part (core, cli, ui, excel-addin, sheets-addon)", () => {
    for (const dir of OUR_CODE) expect([dir, code.some((f) => rel(f).startsWith(`${dir}/`))]).toEqual([dir, true]);
  });

  test("builds no code from strings and reaches no network", () => {
    const problems = code.flatMap((f) => codeProblems(f, fs.readFileSync(f, "utf8"), { html: false }));
    expect(problems.map((p) => `${rel(p.file)}:${p.line} ${p.what}`)).toEqual([]);
  });

  test("builds no HTML from strings in the pages", () => {
    const pages = code.filter((f) => PAGES.some((d) => rel(f).startsWith(`${d}/`)));
    const problems = pages.flatMap((f) => codeProblems(f, fs.readFileSync(f, "utf8"), { html: true }));
    expect(problems.map((p) => `${rel(p.file)}:${p.line} ${p.what}`)).toEqual([]);
  });

  test("pages load only Office.js from Microsoft's CDN, under a strict Content-Security-Policy", () => {
    const pages = sourceFiles(PAGES, [".html"]);
    expect(pages.map(rel)).toEqual(expect.arrayContaining(["excel-addin/taskpane.html", "sheets-addon/sidebar.html"]));
    const problems = pages.flatMap((f) => pageProblems(f, fs.readFileSync(f, "utf8")));
    expect(problems.map((p) => `${rel(p.file)}:${p.line} ${p.what}`)).toEqual([]);
  });
});

describe("the add-ins' permissions", () => {
  test("appsscript.json asks for spreadsheets.currentonly and script.container.ui, nothing else", () => {
    const file = path.join(ROOT, "appsscript.json");
    expect(fs.existsSync(file)).toBe(true);
    expect(appsScriptProblems(fs.readFileSync(file, "utf8"))).toEqual([]);
  });

  test("manifest.xml asks for ReadWriteDocument", () => {
    const file = path.join(ROOT, "manifest.xml");
    expect(fs.existsSync(file)).toBe(true);
    expect(officeManifestProblems(fs.readFileSync(file, "utf8"))).toEqual([]);
  });
});
