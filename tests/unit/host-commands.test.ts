import { generatedTable, renstraTable, requestedPlan, sourceTable } from "../../core/commands/generate";
import { undoState } from "../../core/commands/host-state";
import { MARKS_LABEL, UNMARK_LABEL } from "../../core/commands/marks-record";
import { MARK_FILL, markWrites } from "../../core/commands/marks";
import { gridPlan, recalcOptions, tablesPlan } from "../../core/commands/recalc";
import { tableAt, tableInfo } from "../../core/commands/table-info";
import { validateGrid } from "../../core/commands/validate";
import { writeReport } from "../../core/commands/write-report";
import { readTables } from "../../core/read-tables";
import { recalcPlan } from "../../core/recalc";
import type { Finding } from "../../core/rules/types";
import { validateTable } from "../../core/rules/validate";
import { DEFAULT_SETTINGS, readSettings } from "../../core/settings";
import type { CellState, UndoRecord } from "../../core/undo/records";
import type { HostState } from "../../ui/host-bridge";
import { knownState } from "../../ui/known-state";
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

  it("finds a table whose header starts far below the top of the sheet (the CLI reads from A1)", () => {
    const blank = Array.from({ length: 60 }, () => [null]);
    const [below] = readTables({ ...grid, values: [...blank, ...grid.values] });
    expect(below?.model.kind).toBe("renstra-program");
    expect(below.model.rows).toHaveLength(table.model.rows.length);
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
    // The same plan from tables a host command already read.
    expect(tablesPlan(readTables(grid), "recalc", DEFAULT_SETTINGS)).toEqual(plan);
    expect(renstraTable(readTables(grid))).toEqual(sourceTable([grid]));
  });

  it("reports a write with A1 cells, and the state it leaves", () => {
    const plan = { sheet: "S", label: { id: "x", en: "x" }, writes: [{ row: 2, col: 3, value: 1 }], changed: [{ row: 2, col: 3, previous: "5", next: "1" }] };
    const host: HostState = { host: "excel", sheet: "S", table: null, pickedRange: null, undo: { label: plan.label, cells: 1 }, marked: 0 };
    expect(writeReport(plan, "S", host)).toEqual({
      sheet: "S",
      written: 1,
      changed: [{ cell: "C2", previous: "5", next: "1" }],
      skipped: [],
      host,
    });
  });

  it("reads the undo sheet's part of the state from the records: the latest to undo, the sheet's latest marks", () => {
    const cell = (row: number, fill: string | null): CellState => [row, 1, "x", "General", fill, null];
    const marks = (sheet: string, marked: number): UndoRecord => ({
      kind: "marks",
      sheet,
      label: MARKS_LABEL,
      cells: [cell(1, null), cell(2, null), cell(3, null)],
      marked: [cell(1, "#F8D7DA"), cell(2, marked > 1 ? "#F8D7DA" : null), cell(3, null)],
    });
    const edit: UndoRecord = { kind: "edit", sheet: "A", label: { id: "Hitung", en: "Recalc" }, cells: [cell(9, null)] };
    expect(undoState([], "A")).toEqual({ sheet: "A", undo: null, marked: 0 });
    expect(undoState([marks("A", 2), marks("B", 1), edit], "A")).toEqual({ sheet: "A", undo: { label: edit.label, cells: 1 }, marked: 2 });
    expect(undoState([marks("A", 2), marks("B", 1), edit], "B")).toMatchObject({ marked: 1 });
    expect(undoState([{ ...marks("A", 2), kind: "unmark", label: UNMARK_LABEL }], "A")).toEqual({ sheet: "A", undo: { label: UNMARK_LABEL, cells: 3 }, marked: 0 });
  });

  it("reads a generated plan's table as a host would find it on the new sheet", () => {
    const source = sourceTable([grid]);
    for (const kind of ["renstra-program", "evaluasi-renja", "template"] as const) {
      const plan = requestedPlan(source, { kind }, 2026);
      if ("error" in plan) throw new Error(plan.error.en);
      expect(generatedTable(plan, "Baru")).toMatchObject({ sheet: "Baru", kind: kind === "evaluasi-renja" ? "evaluasi-renja" : "renstra-program" });
    }
    expect(generatedTable({ sheet: "S", label: { id: "x", en: "x" }, writes: [{ row: 1, col: 1, bold: true }], changed: [] }, "S")).toBeNull();
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

describe("the state the pane knows (ui/known-state.ts)", () => {
  const table = { sheet: "A", kind: "renstra-program", range: "A1:T20", rows: 15, years: [2021, 2026] };
  const described: HostState = { host: "excel", sheet: "A", pickedRange: null, table, undo: null, marked: 0 };

  it("takes the parts a command left out from what it last knew where the commands look", () => {
    const known = knownState();
    known.seen(described);
    const undo = { label: MARKS_LABEL, cells: 3 };
    // Hapus tanda / Urungkan: all but the table.
    expect(known.after({ host: "excel", sheet: "A", pickedRange: null, undo, marked: 3 })).toEqual({ ...described, undo, marked: 3 });
    // Validasi without marks: the table, not the undo sheet's part.
    const wider = { ...table, rows: 16 };
    expect(known.after({ host: "excel", sheet: "A", pickedRange: null, table: wider })).toEqual({ ...described, table: wider, undo, marked: 3 });
  });

  it("knows each place apart, and nothing of a place it never saw: then the pane asks describe()", () => {
    const known = knownState();
    known.seen(described);
    const generated = { ...table, sheet: "B", rows: 40 };
    known.seen({ ...described, sheet: "B", table: generated, undo: { label: MARKS_LABEL, cells: 0 } });
    // Urungkan of Buat tabel, back on A: A's table as it was.
    expect(known.after({ host: "excel", sheet: "A", pickedRange: null, undo: null, marked: 0 })).toEqual(described);
    expect(known.after({ host: "excel", sheet: "C", pickedRange: null, undo: null, marked: 0 })).toBeNull();
    expect(known.after({ host: "excel", sheet: "A", pickedRange: "A!A1:T20", undo: null, marked: 0 })).toBeNull();
    expect(knownState().after({ host: "excel", sheet: "A", pickedRange: null, table })).toBeNull();
  });
});
