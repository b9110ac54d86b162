import { requestedPlan, sourceTable } from "../../core/commands/generate";
import { MARK_FILL, markWrites } from "../../core/commands/marks";
import { gridPlan, recalcOptions } from "../../core/commands/recalc";
import { tableAt, tableInfo } from "../../core/commands/table-info";
import { validateGrid } from "../../core/commands/validate";
import { writeReport } from "../../core/commands/write-report";
import { readTables } from "../../core/read-tables";
import { recalcPlan } from "../../core/recalc";
import type { Finding } from "../../core/rules/types";
import { validateTable } from "../../core/rules/validate";
import { DEFAULT_SETTINGS, readSettings } from "../../core/settings";
import { fixtureGrid } from "../support/fixtures";

describe("host command helpers (core/commands)", () => {
  const grid = fixtureGrid("balangan-tc27");
  const [table] = readTables(grid);

  it("describes the table for the pane's header", () => {
    const info = tableInfo(table);
    expect(info).toEqual({ sheet: table.model.sheet, kind: "renstra-program", range: table.model.range, rows: table.model.rows.length, years: [2021, 2026] });
  });

  it("picks the table holding the active cell, else the first", () => {
    const two = { ...grid, values: [...grid.values, [null], [null], [null], [null], [null], ...grid.values] };
    const tables = readTables(two);
    expect(tables).toHaveLength(2);
    const lastRow = two.originRow + two.values.length - 1;
    expect(tableAt(tables, lastRow, 3)).toBe(tables[1]);
    expect(tableAt(tables, grid.originRow + 5, 2)).toBe(tables[0]);
    expect(tableAt(tables, 1, 200)).toBe(tables[0]);
  });

  it("validates a grid into the pane's report and one mark per finding cell", () => {
    const { report, marks } = validateGrid(grid, "id");
    const direct = validateTable(table, "id");
    expect(report.findings.map(({ sheet, ...f }) => (expect(sheet).toBe(table.model.sheet), f))).toEqual(direct.findings);
    expect(report.conventions.map((c) => c.key)).toEqual(direct.conventions.map((c) => c.key));
    expect(marks).toHaveLength(new Set(direct.findings.map((f) => f.cell)).size);
  });

  it("fills a cell by its worst finding and notes every message", () => {
    const finding = (severity: Finding["severity"], message: string): Finding =>
      ({ rule: "pagu-rollup", severity, cell: "H8", row: 8, col: 8, message, expected: null, actual: null });
    const [mark] = markWrites([finding("info", "a"), finding("error", "b"), finding("warning", "c")], "id");
    expect(mark.fill).toBe(MARK_FILL.error);
    expect(mark.note!.split("\n")).toEqual(["[pagu-rollup] a", "[pagu-rollup] b", "[pagu-rollup] c"]);
  });

  it("turns settings into recalculation options and plans every table of the range", () => {
    expect(recalcOptions(DEFAULT_SETTINGS)).toMatchObject({ negative: undefined, decimals: undefined });
    expect(recalcOptions({ ...DEFAULT_SETTINGS, negative: "inverse", decimals: 1 })).toMatchObject({ negative: "inverse", decimals: 1 });
    const plan = gridPlan(grid, "recalc", DEFAULT_SETTINGS)!;
    expect(plan.writes).toEqual(recalcPlan(table).writes);
    expect(gridPlan({ ...grid, values: [["kosong"]] }, "recalc", DEFAULT_SETTINGS)).toBeNull();
  });

  it("reports a write with A1 cells", () => {
    const plan = { sheet: "S", label: { id: "x", en: "x" }, writes: [{ row: 2, col: 3, value: 1 }], changed: [{ row: 2, col: 3, previous: "5", next: "1" }] };
    expect(writeReport(plan, "S", { label: plan.label, cells: 1 })).toEqual({
      sheet: "S",
      written: 1,
      changed: [{ cell: "C2", previous: "5", next: "1" }],
      skipped: [],
      undo: { label: plan.label, cells: 1 },
    });
  });

  it("makes the official table, the evaluation of a year in the period, or the input template", () => {
    const source = sourceTable([grid]);
    expect("writes" in requestedPlan(source, { kind: "renstra-program" }, 2026)).toBe(true);
    const outside = requestedPlan(source, { kind: "evaluasi-renja", year: 2030 }, 2026);
    expect("error" in outside && outside.error.id).toContain("2030");
    const template = requestedPlan(undefined, { kind: "template" }, 2026);
    expect("writes" in template && template.writes.some((w) => String(w.value).includes("2027–2031"))).toBe(true);
    expect("error" in requestedPlan(undefined, { kind: "renstra-program" }, 2026)).toBe(true);
  });
});

describe("settings saved in the document", () => {
  it("falls back field by field to the defaults", () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings("not json")).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('{"lang":"en","scale":"nope","decimals":9,"mark":false}')).toEqual({ ...DEFAULT_SETTINGS, lang: "en", mark: false });
  });
});
