/**
 * Builds the sidebar's one HTML file: Apps Script's HtmlService serves a single file, so the pane's
 * bundle and ui/pane.css go inline into sheets-addon/sidebar.html, and its Content-Security-Policy
 * allows exactly those two by their SHA-256 hashes. The bundle's own asset is dropped.
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const { Compilation, sources } = require("webpack");

/**
 * The HTML parser turns CR LF and CR into LF before the browser hashes an inline element (decimal.js
 * ships with CR LF): hash and inline the text as the browser will see it. JS reads both as one line end.
 */
const lines = (text) => text.replace(/\r\n?/g, "\n");

const hash = (text) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

class SidebarHtmlPlugin {
  /** @param {{ script: string, template: string, style: string, filename: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { script, template, style, filename } = this.options;
    compiler.hooks.thisCompilation.tap("SidebarHtmlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SidebarHtmlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        for (const file of [template, style]) compilation.fileDependencies.add(file);
        // "</script" would end the inline script early; "<\/script" means the same inside JS strings, regexes and comments.
        const js = lines(compilation.assets[script].source().toString()).replace(/<\/script/gi, "<\\/script");
        if (/<!--/.test(js)) compilation.errors.push(new Error(`${script} contains "<!--", which inline script cannot hold safely`));
        const css = lines(fs.readFileSync(style, "utf8"));
        const html = fs
          .readFileSync(template, "utf8")
          .replace("{{SCRIPT_HASH}}", hash(js))
          .replace("{{STYLE_HASH}}", hash(css))
          // Functions as replacements: "$&" and the like in the code stay as they are.
          .replace("{{STYLE}}", () => css)
          .replace("{{SCRIPT}}", () => js);
        compilation.deleteAsset(script);
        compilation.emitAsset(filename, new sources.RawSource(html));
      });
    });
  }
}

module.exports = { SidebarHtmlPlugin };
