/**
 * Sheets at Excel's size limits, built once for the file: a T-C.27 of about 100 000 rows with ten known
 * errors, and a sheet used out to column XFD (16 384 columns). The core reads, checks, recalculates
 * and renders the large table with exactly the findings planted in it; the CLI checks both files.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { a1 } from "../../core/grid";
import { readTables } from "../../core/read-tables";
import { normalizePlan, recalcPlan } from "../../core/recalc";
import { renderTc27 } from "../../core/render";
import { validateTable } from "../../core/rules/validate";
import { runCli } from "../support/run-cli";
import { applyPlanToGrid } from "./support/apply-plan-to-grid";
import { asGrid, largeTc27, MAX_COLUMNS, wideTc27, WRONG_BY, writeXlsxStream } from "./support/large";
import { COL, WIDTH } from "./support/tc27";

const ROWS = 100_000;
const ERRORS = 10;
const big = largeTc27(ROWS, ERRORS);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-large-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The findings planted: each wrong sub kegiatan's kondisi akhir, and its kegiatan's 2026 roll-up. */
const planted = [
  ...big.wrongSubRows.map((row) => `pagu-final ${a1(row, COL.finalRp)}`),
  ...big.wrongParentRows.filter((_, i) => i % 2 === 0).map((row) => `pagu-rollup ${a1(row, COL.rp(1))}`),
].sort();

describe(`a T-C.27 of ${ROWS.toLocaleString("id-ID")} rows`, () => {
  const grid = asGrid(big.rows);
  const [table] = readTables(grid);

  test("is read whole: every data row in the model, the range to the last row", () => {
    expect(big.dataRows).toBeGreaterThan(ROWS - 100);
    expect(table.model.rows).toHaveLength(big.dataRows);
    expect(table.model.range).toBe(`A1:O${big.rows.length}`);
  });

  test("validation finds exactly the planted errors", () => {
    const findings = validateTable(table).findings.filter((f) => f.severity === "error");
    expect(findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(planted);
    expect(findings.find((f) => f.rule === "pagu-rollup")!.message).toContain(`selisih -Rp ${WRONG_BY.toLocaleString("id-ID")}`);
  });

  test("recalculation corrects exactly those, and the recalculated table has no pagu error left", () => {
    const plan = recalcPlan(table);
    const kegiatanRows = new Set(big.wrongParentRows.filter((_, i) => i % 2 === 0));
    const changed = plan.changed.map((c) => c.row);
    // Each wrong sub kegiatan's kegiatan and program amounts (2026 and kondisi akhir) and its own kondisi akhir.
    expect(changed.filter((r) => kegiatanRows.has(r))).toHaveLength(2 * ERRORS);
    const [after] = readTables(applyPlanToGrid(grid, plan));
    expect(validateTable(after).findings.filter((f) => f.rule.startsWith("pagu-"))).toEqual([]);
  });

  test("normalization has nothing to convert (every number is typed) and the generated table has every row", () => {
    expect(normalizePlan(table).writes).toEqual([]);
    const rendered = renderTc27(table);
    const rows = new Set(rendered.writes.map((w) => w.row));
    expect(rows.size).toBeGreaterThan(big.dataRows);
  });

  test("the CLI checks it from an .xlsx: exit 1, the planted errors", async () => {
    const file = path.join(tmp, "besar.xlsx");
    await writeXlsxStream(file, big.rows);
    const r = runCli(["validate", "--json", file]);
    expect([r.code, r.stderr]).toEqual([1, ""]);
    const [t] = JSON.parse(r.stdout).files[0].tables as { findings: { rule: string; severity: string; cell: string }[] }[];
    expect(t.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(planted);
  }, 120_000);
});

describe("a sheet 16 384 columns wide", () => {
  const rows = wideTc27();

  test("the table in A:O is read and checked; the columns beyond raise nothing", () => {
    const grid = asGrid(rows);
    expect(Math.max(...rows.map((r) => r.length))).toBe(MAX_COLUMNS);
    const [table] = readTables(grid);
    expect(table.model.kind).toBe("renstra-program");
    const findings = validateTable(table).findings;
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.every((f) => f.col <= WIDTH)).toBe(true);
    expect(recalcPlan(table).writes.every((w) => w.col <= WIDTH)).toBe(true);
  });

  test("the CLI checks it from an .xlsx: exit 0", async () => {
    const file = path.join(tmp, "lebar.xlsx");
    await writeXlsxStream(file, rows);
    const r = runCli(["validate", "--json", file]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(r.stdout).files[0].tables).toHaveLength(1);
  }, 60_000);
});
