import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { tableInfo } from "../../core/commands/table-info";
import { validateGrid } from "../../core/commands/validate";
import type { Grid } from "../../core/grid";
import { readTables } from "../../core/read-tables";
import { buildSheets, type Built, loadBundle } from "../bundle/build";
import { type FakeSheets, plannerView, spreadsheetWith } from "../hosts/fake-sheets";
import { fixtureXlsxGrid } from "../support/fixtures";
import { stubScriptRun } from "./sheets/script-run";
import { serveFolder } from "./static-server";
import { launchChromium } from "./chromium";

/**
 * The Sheets sidebar as Apps Script serves it: the built Sidebar.html (one file, inline script and
 * style under its hash-based policy) on 127.0.0.1 in Debian's headless Chromium, its google.script.run
 * calling the real server functions of the built Code.js, loaded in Node's vm over the fake spreadsheet.
 */

const DOCS = path.resolve(__dirname, "..", "..", "docs");

jest.setTimeout(60_000);

let built: Built;
let server: Awaited<ReturnType<typeof serveFolder>>;
let browser: Browser;
let grid: Grid;

beforeAll(async () => {
  [built, grid] = await Promise.all([buildSheets(), fixtureXlsxGrid("balangan-tc27")]);
  server = await serveFolder(built.dir);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (built) fs.rmSync(built.dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  fake: FakeSheets;
  /** Script errors and policy violations, which must stay empty. */
  problems: string[];
  /** The server functions the sidebar called since it showed its table, in order. */
  calls: string[];
}

/** A fresh spreadsheet holding the fixture, and the sidebar open on it, showing its table. */
async function openSidebar(): Promise<Opened> {
  const fake = spreadsheetWith(grid);
  const code = loadBundle(built.code, fake.globals({ Sidebar: built.sidebar }));
  const calls: string[] = [];
  const recorded = new Proxy(code, {
    get: (target, name: string) => {
      const fn = target[name];
      return typeof fn === "function" ? (...args: unknown[]) => (calls.push(name), (fn as (...a: unknown[]) => unknown)(...args)) : fn;
    },
  });
  // A fresh browser context: nothing carries over between tests.
  const page = await (await browser.newContext({ viewport: { width: 300, height: 760 } })).newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript({ content: `document.addEventListener("securitypolicyviolation", (e) => console.error("CSP " + e.violatedDirective));` });
  await stubScriptRun(page, recorded);
  await page.goto(`${server.url}/Sidebar.html`);
  const table = tableInfo(readTables(grid)[0]);
  await page.getByText(`Tabel T-C.27 · Renstra ${table.years[0]}–${table.years[1]} · ${table.rows} baris · ${table.range}`).waitFor();
  calls.length = 0;
  return { page, fake, problems, calls };
}

/** Waits (briefly) for a condition on the Node side, where the fake spreadsheet lives. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(condition()).toBe(true);
}

describe("the Sheets sidebar in Chromium", () => {
  test("Validasi lists the core's findings; a finding selects its cell; Urungkan restores the sheet", async () => {
    const { page, fake, problems, calls } = await openSidebar();
    const original = plannerView(fake);
    await page.getByRole("button", { name: "Validasi", exact: true }).click();
    await page.getByText(/^Validasi selesai/).waitFor();

    const { report } = validateGrid(grid, "id");
    // The header shows what Validasi left (its marks, its Urungkan) from its own answer: one server call, no paneDescribe.
    const marked = new Set(report.findings.map((f) => f.cell)).size;
    await page.getByRole("button", { name: `Hapus tanda (${marked} sel)` }).waitFor();
    await page.getByRole("button", { name: `Urungkan: Validasi (${marked} sel)` }).waitFor();
    expect(calls).toEqual(["paneValidate"]);
    const counts = new Map<string, number>();
    for (const f of report.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    const [largest] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const first = report.findings.find((f) => f.rule === largest[0])!;
    const shown = page.locator(`.group[data-rule="${largest[0]}"] .finding`);
    expect(await shown.first().locator(".message").textContent()).toBe(first.message);
    expect(fake.dump(grid.sheet).cells[first.cell].note).toContain(first.message);
    await page.screenshot({ path: path.join(DOCS, "sidebar-validasi.png") });

    await shown.first().getByRole("button", { name: `Pilih sel ${first.cell}` }).click();
    await until(() => fake.active.sheet === grid.sheet && fake.active.row === first.row && fake.active.col === first.col);

    await page.getByRole("button", { name: /^Urungkan: Validasi/ }).click();
    await page.getByText("Diurungkan: Validasi.").waitFor();
    expect(plannerView(fake)).toEqual(original);
    // Nothing left to clear or undo, and the table still shown: Urungkan's answer, the table as last seen.
    expect(await page.getByRole("button", { name: /^(Hapus tanda|Urungkan)/ }).count()).toBe(0);
    await page.getByText(/^Tabel T-C\.27 · /).waitFor();
    expect(calls).toEqual(["paneValidate", "paneSelect", "paneUndo"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("Hitung ulang capaian writes through google.script.run; a refusal is one sentence in the sidebar", async () => {
    const { page, fake, problems } = await openSidebar();
    await page.getByRole("button", { name: "Hitung ulang capaian" }).click();
    await page.getByText(/^Hitung ulang capaian: .* sel ditulis\.$/).waitFor();
    await page.getByRole("button", { name: /^Urungkan: / }).click();
    await page.getByText(/^Diurungkan: /).waitFor();

    fake.protect(grid.sheet, "A1:Z500");
    await page.getByRole("button", { name: "Hitung ulang capaian" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.locator("p").textContent()).toBe(`Hitung ulang capaian gagal: Lembar "${grid.sheet}" dilindungi; buka proteksinya lalu ulangi.`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
