import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { worksheetToGrid } from "../../cli/io/read-workbook";
import { readTables } from "../../core/read-tables";
import { fixtureWorkbook } from "../support/fixtures";
import { runCli } from "../support/run-cli";

/** `tc27 generate` as a planner runs it: real processes, real files read back with ExcelJS. */
const ROOT = path.join(__dirname, "..", "..");
// Each test starts one to three real tc27 processes.
jest.setTimeout(60_000);
const TSV = path.join(ROOT, "tests", "fixtures", "balangan-tc27.tsv");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-generate-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const out = (name: string) => path.join(tmp, name);

/** Every cell's value or formula text, row by row: what "the same table" means. */
function contents(ws: ExcelJS.Worksheet): string[] {
  const lines: string[] = [];
  ws.eachRow((row, r) => row.eachCell((c, col) => lines.push(`${r},${col}: ${c.formula ? `=${c.formula}` : JSON.stringify(c.value)}`)));
  return lines;
}

test("a .tsv T-C.27 becomes a new workbook with the formatted table, live sums and print setup", async () => {
  const r = runCli(["generate", TSV, "--out", out("tc27.xlsx")]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/\d+ baris, \d+ rumus/);
  const wb = await load(out("tc27.xlsx"));
  expect(wb.worksheets).toHaveLength(1);
  const ws = wb.worksheets[0];
  const [table] = readTables(worksheetToGrid(ws));
  expect(table.model.kind).toBe("renstra-program");
  expect(table.model.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  const formulas = contents(ws).filter((l) => l.includes(": =SUM("));
  expect(formulas.length).toBeGreaterThan(100);
  expect(Object.keys((ws as unknown as { _merges: object })._merges).length).toBeGreaterThan(3);
  expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
  expect(ws.views[0]).toMatchObject({ state: "frozen" });
});

test("an .xlsx keeps its sheets and gets the table beside them; F4 paper and the PD in the title", async () => {
  await fixtureWorkbook("balangan-tc27").xlsx.writeFile(out("planner.xlsx"));
  const r = runCli(["generate", out("planner.xlsx"), "--out", out("planner-out.xlsx"), "--paper", "F4", "--pd", "Dinas Contoh"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  const wb = await load(out("planner-out.xlsx"));
  expect(wb.worksheets.map((w) => w.name)[0]).toBe("balangan-tc27");
  expect(wb.worksheets).toHaveLength(2);
  const ws = wb.worksheets[1];
  expect(ws.pageSetup.paperSize).toBe(14);
  expect(contents(ws).some((l) => /dinas contoh/i.test(l))).toBe(true);
  expect(contents(wb.worksheets[0])).toEqual(contents((await load(out("planner.xlsx"))).worksheets[0]));
});

test("regenerating from a generated table gives the same table", async () => {
  expect(runCli(["generate", TSV, "--out", out("once.xlsx")]).code).toBe(0);
  expect(runCli(["generate", out("once.xlsx"), "--out", out("twice.xlsx")]).code).toBe(0);
  const twice = await load(out("twice.xlsx"));
  // The second sheet takes the same name with " (2)".
  expect(twice.worksheets.map((w) => w.name)).toEqual([twice.worksheets[0].name, `${twice.worksheets[0].name} (2)`]);
  expect(contents(twice.worksheets[1])).toEqual(contents(twice.worksheets[0]));
});

test.each([
  ["evaluasi-renja", "evaluasi-renja"],
  ["evaluasi-renja-triwulan", "evaluasi-renja-triwulan"],
])("--kind %s gives a table detected as %s with live formulas", async (kind, detected) => {
  const file = out(`${kind}.xlsx`);
  const r = runCli(["generate", TSV, "--out", file, "--kind", kind, "--year", "2022"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  const ws = (await load(file)).worksheets[0];
  const [table] = readTables(worksheetToGrid(ws));
  expect(table.model.kind).toBe(detected);
  expect(contents(ws).some((l) => / =/.test(l))).toBe(true);
  expect(contents(ws).some((l) => l.includes("2022"))).toBe(true);
});

test("English summary with --lang en", () => {
  const r = runCli(["generate", TSV, "--out", out("en.xlsx"), "--lang", "en"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/\d+ rows, \d+ formulas/);
});

test("unreadable input, a file without a T-C.27 and a year outside the period exit 2 with a message", () => {
  const missing = runCli(["generate", out("nope.xlsx"), "--out", out("x.xlsx")]);
  expect([missing.code, missing.stdout]).toEqual([2, expect.stringContaining("tidak ditemukan")]);
  const tc23 = runCli(["generate", path.join(ROOT, "tests", "fixtures", "balangan-tc23.tsv"), "--out", out("x.xlsx")]);
  expect([tc23.code, tc23.stdout]).toEqual([2, expect.stringContaining("tidak berisi T-C.27")]);
  const year = runCli(["generate", TSV, "--out", out("x.xlsx"), "--kind", "evaluasi-renja", "--year", "1999"]);
  expect([year.code, year.stdout]).toEqual([2, expect.stringContaining("2021, 2022")]);
  const bad = runCli(["generate", TSV, "--out", out("x.xlsx"), "--year", "dua"]);
  expect(bad.code).not.toBe(0);
  expect(fs.existsSync(out("x.xlsx"))).toBe(false);
});
