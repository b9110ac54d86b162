import { requestedPlan, sourceTable } from "../../core/commands/generate";
import type { GenerateRequest } from "../../core/commands/types";
import { a1, type Grid } from "../../core/grid";
import { mergeWrites } from "../../core/plan/batch";
import type { Plan } from "../../core/plan/types";
import * as pane from "../../sheets-addon/pane-server";
import { fixtureXlsxGrid } from "../support/fixtures";
import { type FakeSheets, plannerView, spreadsheetWith } from "./fake-sheets";

/** Buat tabel writes the core's generated plan into a new sheet: every cell, its look, and the sheet's layout. */

let grid: Grid;
beforeAll(async () => {
  grid = await fixtureXlsxGrid("balangan-tc27");
});

function expectPlanOn(fake: FakeSheets, sheet: string, plan: Plan): void {
  const { cells, merges, widths, frozen } = fake.dump(sheet);
  for (const w of mergeWrites(plan.writes)) {
    const cell = cells[a1(w.row, w.col)];
    if (w.formula !== undefined) expect(cell.formula).toBe(w.formula);
    else if (w.value !== undefined && w.value !== null && w.value !== "") expect(cell.value).toBe(w.value);
    if (w.numberFormat !== undefined) expect(cell.format).toBe(w.numberFormat);
    if (w.bold) expect(cell.bold).toBe(true);
    if (w.border) expect(cell.border).toBe(true);
    if (w.wrap) expect(cell.wrap).toBe(true);
    if (w.align) expect(cell.align).toBe(w.align);
    if (w.valign) expect(cell.valign).toBe(w.valign);
    if (w.note) expect(cell.note).toBe(w.note);
  }
  const layout = plan.sheetLayout!;
  expect(merges).toEqual([...layout.merges].sort());
  expect(widths.map(([col]) => col)).toEqual(layout.columnWidths.map((c) => c.col));
  expect(frozen).toEqual([layout.freeze?.rows ?? 0, layout.freeze?.cols ?? 0]);
}

test.each<GenerateRequest>([{ kind: "renstra-program" }, { kind: "evaluasi-renja", year: 2022 }, { kind: "evaluasi-renja-triwulan", year: 2023 }])(
  "Buat tabel %j: the plan's cells, merges, widths and frozen header on a new, active sheet; Urungkan deletes it",
  (request) => {
    const fake = spreadsheetWith(grid);
    const original = plannerView(fake);
    const plan = requestedPlan(sourceTable([grid]), request, 2025) as Plan;
    const report = pane.paneGenerate(request);
    expect(report.sheet).toBe(plan.sheet);
    expect(fake.active.sheet).toBe(plan.sheet);
    expectPlanOn(fake, plan.sheet, plan);
    pane.paneUndo();
    expect(plannerView(fake)).toEqual(original);
  },
);

test("the input template gets its dropdown lists; a second table takes the next free name", () => {
  const fake = spreadsheetWith(grid);
  const plan = requestedPlan(sourceTable([grid]), { kind: "template" }, 2025) as Plan;
  pane.paneGenerate({ kind: "template" });
  expectPlanOn(fake, plan.sheet, plan);
  for (const v of plan.sheetLayout!.validations!) {
    const first = v.range.split(":")[0];
    expect(fake.dump(plan.sheet).cells[first].validation).toEqual(v.list);
  }
  expect(pane.paneGenerate({ kind: "template" }).sheet).toBe(`${plan.sheet} (2)`);
});

test("a year outside the period is refused in the user's words, and nothing is made", () => {
  const fake = spreadsheetWith(grid);
  const original = plannerView(fake);
  expect(() => pane.paneGenerate({ kind: "evaluasi-renja", year: 2040 })).toThrow("Tahun 2040 tidak ada dalam periode tabel (2021, 2022, 2023, 2024, 2025, 2026).");
  expect(plannerView(fake)).toEqual(original);
});
