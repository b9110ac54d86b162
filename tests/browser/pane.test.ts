import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { gridPlan } from "../../core/commands/recalc";
import { tableInfo } from "../../core/commands/table-info";
import { validateGrid } from "../../core/commands/validate";
import { a1, type Grid } from "../../core/grid";
import { readTables } from "../../core/read-tables";
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY } from "../../core/settings";
import type { FakeExcel } from "../hosts/fake-excel";
import { fixtureGrid } from "../support/fixtures";
import { buildForBrowser } from "./build";
import { serveFolder } from "./static-server";
import { launchChromium } from "./chromium";

/**
 * The Excel task pane as users get it: the production build of webpack.config.js, served on
 * 127.0.0.1, in Debian's headless Chromium, with Microsoft's Office.js CDN routed to a stand-in
 * backed by the honest fake of Excel (office-stub.ts). Every expectation comes from the core run on
 * the same fixture in Node, so the pane is checked against what the product computes.
 */

const OFFICE_JS = "https://appsforoffice.microsoft.com/**";
const DOCS = path.resolve(__dirname, "..", "..", "docs");
const FIXTURE = "balangan-tc27";
const XSS = '<img src=x onerror="window.__xss=1">';
/** Findings a group shows before "Tampilkan … lagi" (ui/capped-list.ts). */
const PAGE = 30;
const CSP =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

type Dump = ReturnType<FakeExcel["dump"]>;

// Generous: a test drives a real browser through whole commands (the build has its own, in beforeAll).
jest.setTimeout(60_000);

let workDir: string;
let stubJs: string;
let server: Awaited<ReturnType<typeof serveFolder>>;
let browser: Browser;

beforeAll(async () => {
  workDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "tabel-renstra-pane-"));
  const [paneDir, stubDir] = [path.join(workDir, "excel"), path.join(workDir, "stub")];
  await buildForBrowser(paneDir, stubDir);
  stubJs = await fs.promises.readFile(path.join(stubDir, "office-stub.js"), "utf8");
  server = await serveFolder(paneDir);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) await fs.promises.rm(workDir, { recursive: true, force: true });
});

/** What the page reports that the test must never see: script errors and policy violations. */
interface Watch {
  problems: string[];
}

/**
 * A fresh page (fresh fake workbook) holding `grid`, the pane loaded and showing its table. Before
 * any script runs, the page gets the fixture and a listener that records CSP violations.
 */
async function openPane(grid: Grid): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 760 } });
  const watch: Watch = { problems: [] };
  page.on("pageerror", (e) => watch.problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") watch.problems.push(`console: ${m.text()}`);
  });
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: stubJs }));
  await page.addInitScript({
    content: `window.__fixture = ${JSON.stringify(grid)};
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));`,
  });
  await page.goto(`${server.url}/taskpane.html`);
  const table = readTables(grid).map(tableInfo)[0];
  await page.getByText(`Tabel T-C.27 · Renstra ${table.years[0]}–${table.years[table.years.length - 1]} · ${table.rows} baris · ${table.range}`).waitFor();
  return { page, watch };
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate<string[]>("window.__violations");
}

async function dump(page: Page, sheet: string): Promise<Dump> {
  return page.evaluate<Dump, string>((name) => (globalThis as unknown as { __fake: FakeExcel }).__fake.dump(name), sheet);
}

/** Clicks Validasi and waits until the findings are listed. */
async function validate(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Validasi", exact: true }).click();
  await page.getByText(/^Validasi selesai/).waitFor();
}

/** The groups as the pane lists them: rule and count, top to bottom. */
async function groupsShown(page: Page): Promise<[string, number][]> {
  const rules = await page.locator(".group").evaluateAll((els) => els.map((el) => [el.getAttribute("data-rule") ?? "", Number(el.querySelector(".count")?.textContent)]));
  return rules as [string, number][];
}

/** What the pane should list: [rule, count], largest group first, ties by rule id. */
function groupsOf(findings: { rule: string }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A planner's own fill and note on the first cell, which every command must leave as it found them. */
async function addPlannerMarks(page: Page, sheet: string): Promise<void> {
  await page.evaluate((name) => {
    const fake = (globalThis as unknown as { __fake: FakeExcel }).__fake;
    fake.cell(fake.sheet(name)!, 0, 0).fill = "#00FF00";
    fake.notes.set(`${name}!A1`, "catatan perencana");
  }, sheet);
}

test("the pane's sources never parse markup or evaluate code", () => {
  const root = path.resolve(__dirname, "..", "..");
  const sources = [...fs.readdirSync(path.join(root, "ui")).filter((f) => f.endsWith(".ts")).map((f) => path.join("ui", f)), path.join("excel-addin", "taskpane.ts")];
  const forbidden = /\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|createContextualFragment|DOMParser/;
  const offending = sources.filter((file) => forbidden.test(fs.readFileSync(path.join(root, file), "utf8")));
  expect(offending).toEqual([]);
});

describe("the Excel task pane in Chromium", () => {
  const grid = fixtureGrid(FIXTURE);

  test("the served page carries the strict CSP, and the pane runs under it without a violation", async () => {
    const html = await (await fetch(`${server.url}/taskpane.html`)).text();
    const meta = /<meta http-equiv=["']?Content-Security-Policy["']? content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CSP);
    const { page, watch } = await openPane(grid);
    // The production bundle has no eval-based source maps or webpack eval wrappers.
    const bundle = await (await fetch(`${server.url}/taskpane.js`)).text();
    expect(bundle).not.toMatch(/\beval\(/);
    await validate(page);
    expect(await violations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("Validasi lists the core's findings grouped by rule, largest first; a finding's cell selects it", async () => {
    const { page, watch } = await openPane(grid);
    await validate(page);
    const { report } = validateGrid(grid, "id");
    const expected = groupsOf(report.findings);
    expect(await groupsShown(page)).toEqual(expected);

    const bySeverity = (s: string) => report.findings.filter((f) => f.severity === s).length;
    const summary = await page.locator(".summary button").allTextContents();
    expect(summary).toEqual([`${bySeverity("error")} Kesalahan`, `${bySeverity("warning")} Peringatan`, `${bySeverity("info")} Info`]);

    // The largest group is open, its findings in the report's order, each with its message.
    const first = report.findings.filter((f) => f.rule === expected[0][0]);
    const shown = page.locator(`.group[data-rule="${expected[0][0]}"] .finding`);
    expect(first.length).toBeGreaterThan(PAGE);
    expect(await shown.count()).toBe(PAGE);
    expect(await shown.first().locator(".message").textContent()).toBe(first[0].message);
    await page.screenshot({ path: path.join(DOCS, "pane-validasi.png") });

    await shown.first().getByRole("button", { name: `Pilih sel ${first[0].cell}` }).click();
    await page.waitForFunction(
      ([sheet, cell]) => {
        const fake = (globalThis as unknown as { __fake: { active: string; selection: string } }).__fake;
        return fake.active === sheet && fake.selection === cell;
      },
      [grid.sheet, first[0].cell],
    );

    // A long group shows a page at a time; "Tampilkan … lagi" shows the next.
    await page.getByRole("button", { name: `Tampilkan ${Math.min(PAGE, first.length - PAGE)} lagi` }).click();
    expect(await shown.count()).toBe(Math.min(first.length, 2 * PAGE));

    // The severity counts are filters: without errors, the groups count only the rest.
    await page.getByRole("button", { name: `${bySeverity("error")} Kesalahan` }).click();
    expect(await groupsShown(page)).toEqual(groupsOf(report.findings.filter((f) => f.severity !== "error")));
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("keyboard: Enter on Validasi runs it and the focus comes back to the button", async () => {
    const { page, watch } = await openPane(grid);
    const button = page.getByRole("button", { name: "Validasi", exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    await page.getByText(/^Validasi selesai/).waitFor();
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Validasi");
    // Tab moves on to the next command.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Hitung ulang capaian");
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("Batal before writing: the command stops and the sheet is left as it was", async () => {
    const { page, watch } = await openPane(grid);
    const original = await dump(page, grid.sheet);
    // Hold every Excel.run until the test has pressed Batal.
    await page.evaluate(() => {
      const stub = globalThis as unknown as { __gate?: Promise<void>; __open?: () => void };
      stub.__gate = new Promise<void>((open) => (stub.__open = open));
    });
    await page.getByRole("button", { name: "Hitung ulang capaian" }).click();
    await page.getByRole("button", { name: "Batal" }).click();
    await page.getByRole("button", { name: "Membatalkan…" }).waitFor();
    await page.evaluate("window.__open()");
    await page.getByText("Dibatalkan; tidak ada yang diubah.").waitFor();
    expect(await dump(page, grid.sheet)).toEqual(original);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("a failure is one sentence in the pane: what failed and what to do", async () => {
    const { page, watch } = await openPane(grid);
    await page.evaluate((name) => {
      (globalThis as unknown as { __fake: FakeExcel }).__fake.sheet(name)!.protected = true;
    }, grid.sheet);
    await page.getByRole("button", { name: "Hitung ulang capaian" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    // The bridge words the reason; the pane says which command failed and shows it whole.
    expect(await alert.locator("p").textContent()).toMatch(/^Hitung ulang capaian gagal: \S.*dilindungi.*\.$/);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("Buat tabel: the chosen kind and year go to a new sheet", async () => {
    const { page, watch } = await openPane(grid);
    await page.getByRole("button", { name: "Buat tabel" }).click();
    await page.getByLabel("Jenis tabel").selectOption("evaluasi-renja");
    await page.getByLabel("Tahun").selectOption("2022");
    await page.getByRole("button", { name: "Buat", exact: true }).click();
    await page.getByText(/^Tabel dibuat di lembar baru "T-C\.29/).waitFor();
    const sheets = await page.evaluate<string[]>("window.__fake.sheets.map((s) => s.name)");
    expect(sheets.filter((name) => name.startsWith("T-C.29"))).toHaveLength(1);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("the header follows each command's answer: no describe after a command, even when Buat tabel moves to a new sheet", async () => {
    const { page, watch } = await openPane(grid);
    const table = readTables(grid).map(tableInfo)[0];
    const syncs = () => page.evaluate<number>("window.__fake.syncs.length");
    /** Runs a command by its button and returns the round trips it took, once `done` shows. */
    const run = async (button: string | RegExp, done: RegExp) => {
      const before = await syncs();
      await page.getByRole("button", { name: button, exact: typeof button === "string" }).click();
      await page.getByText(done).waitFor();
      return (await syncs()) - before;
    };
    const marked = new Set(validateGrid(grid, "id").report.findings.map((f) => f.cell)).size;

    // Validasi: read, stage, commit — and no describe (two more round trips, the whole table read again).
    expect(await run("Validasi", /^Validasi selesai/)).toBe(3);
    await page.getByRole("button", { name: `Hapus tanda (${marked} sel)` }).waitFor();
    await page.getByRole("button", { name: `Urungkan: Validasi (${marked} sel)` }).waitFor();

    expect(await run(`Hapus tanda (${marked} sel)`, /^Tanda dihapus/)).toBe(3);
    await page.getByRole("button", { name: `Urungkan: Hapus tanda (${marked} sel)` }).waitFor();
    expect(await page.getByRole("button", { name: /^Hapus tanda/ }).count()).toBe(0);

    // Buat tabel (read, then write the new sheet): the header shows the new sheet's table, read from the plan.
    await page.getByRole("button", { name: "Buat tabel" }).click();
    await page.getByLabel("Jenis tabel").selectOption("evaluasi-renja");
    await page.getByLabel("Tahun").selectOption("2022");
    expect(await run("Buat", /^Tabel dibuat di lembar baru "T-C\.29"/)).toBe(2);
    await page.getByText("Lembar T-C.29", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Urungkan: Buat Tabel T-C.29", exact: true }).waitFor();

    // Urungkan deletes it: back on the planner's sheet, whose table the pane saw when it opened.
    expect(await run(/^Urungkan: Buat Tabel/, /^Diurungkan: /)).toBe(3);
    await page.getByText(`Lembar ${grid.sheet}`, { exact: true }).waitFor();
    await page.getByText(`Tabel T-C.27 · Renstra 2021–2026 · ${table.rows} baris · ${table.range}`).waitFor();
    await page.getByRole("button", { name: `Urungkan: Hapus tanda (${marked} sel)` }).waitFor();
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("Ganti rentang uses the selection; Kembali otomatis goes back to the table around the active cell", async () => {
    const { page, watch } = await openPane(grid);
    const table = readTables(grid).map(tableInfo)[0];
    await page.evaluate(`window.__fake.selection = ${JSON.stringify(table.range)}`);
    await page.getByRole("button", { name: "Ganti rentang" }).click();
    await page.getByText(/^Rentang pilihan: /).waitFor();
    await page.getByRole("button", { name: "Kembali otomatis" }).click();
    await page.getByRole("button", { name: "Kembali otomatis" }).waitFor({ state: "detached" });
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("Hitung ulang capaian writes exactly the core plan's cells; Urungkan gives the sheet back cell for cell", async () => {
    const { page, watch } = await openPane(grid);
    await addPlannerMarks(page, grid.sheet);
    const original = await dump(page, grid.sheet);
    const plan = gridPlan(grid, "recalc", DEFAULT_SETTINGS);
    if (!plan) throw new Error(`${FIXTURE} holds no table to recalculate`);

    await page.getByRole("button", { name: "Hitung ulang capaian" }).click();
    await page.getByText(/^Hitung ulang capaian: .* sel ditulis\.$/).waitFor();
    const after = await dump(page, grid.sheet);
    const planned = new Set(plan.writes.map((w) => a1(w.row, w.col)));
    const changed = Object.keys({ ...original, ...after }).filter((cell) => JSON.stringify(original[cell]) !== JSON.stringify(after[cell]));
    expect(changed.filter((cell) => !planned.has(cell))).toEqual([]);
    for (const w of plan.writes) {
      const cell = after[a1(w.row, w.col)];
      if (w.formula !== undefined) expect(cell?.formula).toBe(w.formula);
      if (w.numberFormat !== undefined) expect(cell?.numberFormat).toBe(w.numberFormat);
    }
    // Every typed value the recalculation replaced is listed, with a link to its cell.
    if (plan.changed.length > 0) await page.getByText(`Nilai ketikan diganti (${plan.changed.length}):`).waitFor();
    // What the pane reports of the write: cells written, typed values replaced, each a link to its cell.
    await page.locator(".section-status").screenshot({ path: path.join(DOCS, "pane-hitung-ulang.png") });

    await page.getByRole("button", { name: /^Urungkan: / }).click();
    await page.getByText(/^Diurungkan: /).waitFor();
    expect(await dump(page, grid.sheet)).toEqual(original);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("cell text reaches the pane as text: markup in a cell shows literally and never runs", async () => {
    const hostile: Grid = { ...grid, values: grid.values.map((row) => row.slice()) };
    hostile.values[4][5] = XSS; // F5, a target: value-text quotes it in its message
    const { page, watch } = await openPane(hostile);
    await validate(page);
    await page.getByRole("button", { name: /value-text/ }).click();
    const finding = page.locator('.group[data-rule="value-text"] .finding[data-cell="F5"]');
    expect(await finding.locator(".message").textContent()).toContain(XSS);
    expect(await finding.locator("dd").last().textContent()).toBe(XSS);
    expect(await page.locator("#pane img").count()).toBe(0);
    expect(await page.evaluate("typeof window.__xss")).toBe("undefined");
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("the language switch re-words the pane at once and is saved with the workbook", async () => {
    const { page, watch } = await openPane(grid);
    await page.getByRole("button", { name: "Pengaturan" }).click();
    await page.locator("#setting-lang").selectOption("en");
    const table = readTables(grid).map(tableInfo)[0];
    await page.getByText(`Table T-C.27 · Renstra 2021–2026 · ${table.rows} rows · ${table.range}`).waitFor();
    await page.getByRole("button", { name: "Validate", exact: true }).click();
    await page.getByText(/^Validation done/).waitFor();
    await page.screenshot({ path: path.join(DOCS, "pane-validate-en.png") });
    // Saved in the workbook's settings, so everyone who opens it gets the same.
    const saved = await page.evaluate<string>(`window.__fake.settings.get(${JSON.stringify(SETTINGS_KEY)})`);
    expect(readSettings(saved)).toEqual({ ...DEFAULT_SETTINGS, lang: "en" });
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  test("the ribbon's Validasi opens the pane and runs there; the custom functions are registered", async () => {
    const { page, watch } = await openPane(grid);
    const buttons = await page.evaluate<string[]>("Object.keys(window.__ribbon).sort()");
    expect(buttons).toEqual(["buatTabel", "hitungCapaian", "validasi"]);
    await page.evaluate("window.__ribbon.validasi({ completed() {} })");
    await page.getByText(/^Validasi selesai/).waitFor();
    expect(await page.evaluate("window.__functions.CAPAIAN[0](100, 80)")).toBe(80);
    expect(watch.problems).toEqual([]);
    await page.close();
  });
});
