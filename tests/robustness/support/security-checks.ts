/**
 * Static checks of our own source and manifests, by parsing (TypeScript's own parser for code, so a
 * word in a comment or a string is not mistaken for a call):
 * - no eval, no Function constructor, no string passed to setTimeout/setInterval;
 * - in the pages (ui, excel-addin, sheets-addon) no HTML built from strings: innerHTML, outerHTML,
 *   insertAdjacentHTML, createContextualFragment, document.write;
 * - no network access: fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, importScripts,
 *   Apps Script's UrlFetchApp, Node's http/https/net/tls/dgram modules;
 * - pages load no script but Office.js from Microsoft's CDN, under a Content-Security-Policy without
 *   'unsafe-eval' or 'unsafe-inline' and with no connection beyond their own origin;
 * - appsscript.json asks for exactly the two scopes; manifest.xml for ReadWriteDocument.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

export const ROOT = path.join(__dirname, "..", "..", "..");

export interface Problem {
  file: string;
  line: number;
  what: string;
}

/** Every .ts/.js/.html file under the given folders (relative to the repository), build output aside. */
export function sourceFiles(dirs: string[], exts = [".ts", ".js", ".html"]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name === "node_modules" || e.name === "dist" || e.name.startsWith(".")) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (exts.includes(path.extname(e.name))) out.push(p);
    }
  };
  for (const d of dirs) if (fs.existsSync(path.join(ROOT, d))) walk(path.join(ROOT, d));
  return out.sort();
}

const HTML_SINKS = new Set(["innerHTML", "outerHTML", "insertAdjacentHTML", "createContextualFragment"]);
const NETWORK = new Set(["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", "importScripts", "UrlFetchApp"]);
const NETWORK_MODULES = new Set(["http", "https", "http2", "net", "tls", "dgram"].flatMap((m) => [m, `node:${m}`]));

export interface CodeRules {
  /** Flag HTML built from strings (pages only). */
  html: boolean;
}

/** What a TypeScript/JavaScript text does that the rules forbid. */
export function codeProblems(file: string, text: string, rules: CodeRules): Problem[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".js") ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const problems: Problem[] = [];
  const report = (node: ts.Node, what: string) => problems.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  const nameOf = (e: ts.Expression): string | undefined =>
    ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : ts.isElementAccessExpression(e) && ts.isStringLiteral(e.argumentExpression) ? e.argumentExpression.text : undefined;

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = nameOf(node.expression);
      const args = node.arguments ?? ts.factory.createNodeArray();
      if (callee === "eval") report(node, "eval");
      if (callee === "Function" && ts.isIdentifier(node.expression)) report(node, "Function constructor");
      if ((callee === "setTimeout" || callee === "setInterval") && args[0] && (ts.isStringLiteralLike(args[0]) || ts.isTemplateExpression(args[0]))) {
        report(node, `${callee} with code in a string`);
      }
      if (callee === "require" && args[0] && ts.isStringLiteral(args[0]) && NETWORK_MODULES.has(args[0].text)) report(node, `network module ${args[0].text}`);
      if (rules.html && (callee === "write" || callee === "writeln") && ts.isPropertyAccessExpression(node.expression) && node.expression.expression.getText() === "document") {
        report(node, `document.${callee}`);
      }
    }
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && NETWORK_MODULES.has(node.moduleSpecifier.text)) {
      report(node, `network module ${node.moduleSpecifier.text}`);
    }
    if (rules.html && (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))) {
      const name = nameOf(node);
      if (name && HTML_SINKS.has(name)) report(node, name);
    }
    if (ts.isIdentifier(node) && NETWORK.has(node.text)) report(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

/** The origins Office.js may load from: Microsoft's CDN (and the loader's own fallback, ajax.aspnetcdn.com). */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ALLOWED_SCRIPT_ORIGINS = new Set(["'self'", "https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"]);

/** What a page loads or allows that it should not. */
export function pageProblems(file: string, html: string): Problem[] {
  const problems: Problem[] = [];
  const lineOf = (index: number) => html.slice(0, index).split("\n").length;
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) {
    if (/^(https?:)?\/\//i.test(m[1]) && m[1] !== OFFICE_JS) problems.push({ file, line: lineOf(m.index!), what: `script from ${m[1]}` });
  }
  for (const m of html.matchAll(/<(link|img|iframe)\b[^>]*\b(href|src)\s*=\s*["']((https?:)?\/\/[^"']+)["']/gi)) {
    problems.push({ file, line: lineOf(m.index!), what: `${m[1]} from ${m[3]}` });
  }
  for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) problems.push({ file, line: lineOf(m.index!), what: `inline handler ${m[1]}` });
  const csp = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])([\s\S]*?)\1/i.exec(html);
  if (!csp) return [...problems, { file, line: 1, what: "no Content-Security-Policy" }];
  const directives = new Map(
    csp[2]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values] as const),
  );
  const at = lineOf(csp.index);
  for (const [name, values] of directives) {
    for (const v of values) if (v === "'unsafe-eval'" || v === "'unsafe-inline'") problems.push({ file, line: at, what: `${name} ${v}` });
  }
  const scripts = directives.get("script-src") ?? directives.get("default-src") ?? [];
  // A hash ('sha256-…', or the build's {{SCRIPT_HASH}} placeholder for it) allows one inline script.
  const allowed = (v: string) => ALLOWED_SCRIPT_ORIGINS.has(v) || /^'unsafe-|^'sha(256|384|512)-|^\{\{SCRIPT_HASH\}\}$/.test(v);
  for (const v of scripts) if (!allowed(v)) problems.push({ file, line: at, what: `script-src ${v}` });
  const connect = directives.get("connect-src") ?? directives.get("default-src") ?? [];
  for (const v of connect) if (v !== "'self'" && v !== "'none'") problems.push({ file, line: at, what: `connect-src ${v}` });
  if (!directives.has("object-src") && !(directives.get("default-src") ?? []).includes("'none'")) problems.push({ file, line: at, what: "object-src not 'none'" });
  return problems;
}

/** The two Apps Script scopes the add-on may ask for: this spreadsheet, and its menus and sidebar. */
export const APPS_SCRIPT_SCOPES = ["https://www.googleapis.com/auth/spreadsheets.currentonly", "https://www.googleapis.com/auth/script.container.ui"];

/** What an appsscript.json asks for beyond the two scopes (or lacks). */
export function appsScriptProblems(json: string): string[] {
  const manifest = JSON.parse(json) as { oauthScopes?: unknown; urlFetchWhitelist?: unknown; webapp?: unknown; executionApi?: unknown };
  const problems: string[] = [];
  const scopes = Array.isArray(manifest.oauthScopes) ? [...manifest.oauthScopes].map(String).sort() : null;
  if (!scopes) problems.push("oauthScopes missing: Apps Script would infer scopes from the code");
  else if (JSON.stringify(scopes) !== JSON.stringify([...APPS_SCRIPT_SCOPES].sort())) problems.push(`oauthScopes ${scopes.join(", ")}`);
  if (manifest.urlFetchWhitelist !== undefined) problems.push("urlFetchWhitelist");
  if (manifest.webapp !== undefined) problems.push("webapp");
  if (manifest.executionApi !== undefined) problems.push("executionApi");
  return problems;
}

/** What an Office manifest asks for beyond ReadWriteDocument (or lacks). */
export function officeManifestProblems(xml: string): string[] {
  const permissions = [...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
  return JSON.stringify(permissions) === JSON.stringify(["ReadWriteDocument"]) ? [] : [`Permissions ${permissions.join(", ") || "missing"}`];
}
