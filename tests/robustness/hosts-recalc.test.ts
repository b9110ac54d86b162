/**
 * What Hitung ulang capaian writes, Validasi accepts — on both add-ins' fakes, over random
 * table-shaped grids in a planner's workbook and once on each real table: after the host writes the
 * recalculation, and its formula cells show their results, validating through the host reports no
 * ratio or sum finding on any cell the recalculation computed.
 *
 * The fakes do not calculate, so the results are the plan's exact `expected` (as in
 * property-recalc.test.ts), put where the host wrote the plan's formula; a result a spreadsheet
 * cannot hold exactly (more than 15 significant digits) is left out. The planner's own formulas are
 * left out here: Excel's fake would read them as empty, the table the core then sees not the one
 * the plan was made from.
 */
import fc from "fast-check";
import { gridPlan } from "../../core/commands/recalc";
import { scopeGrid } from "../../core/commands/scope";
import type { ValidationReport } from "../../core/commands/types";
import { a1 } from "../../core/grid";
import { FIXTURES, fixtureXlsxGrid } from "../support/fixtures";
import { resultOf } from "./support/apply-plan-to-grid";
import { shapedGrid } from "./support/arbitraries";
import { RATIO_SUM, storable } from "./support/computed";
import { fuzzParameters, timeoutFor } from "./support/fuzz";
import { dressingWithoutFormula, FIXED_DRESSINGS, type Host, HOSTS, type PlannerBook, plannerBookOf, runDocumented, SETTINGS, sheetGrid } from "./support/hosts";

const RUNS = 20;

async function recalcThenValidate(host: Host, book: PlannerBook): Promise<void> {
  const { sheet } = book.grid;
  const fake = host.open(book);
  const recalculated = await runDocumented(fake, "Hitung ulang capaian", sheet);
  if (!recalculated.ok) return;
  // The plan the host wrote: the core's, for the table around the active cell.
  const plan = gridPlan(scopeGrid(sheetGrid(book), book.active.row, book.active.col), "recalc", SETTINGS)!;
  const cells = fake.view().find((s) => s.name === sheet)!.cells as Record<string, { formula: string | null }>;
  const formulas = plan.writes.filter((w) => w.formula !== undefined);
  expect(formulas.map((w) => [a1(w.row, w.col), cells[a1(w.row, w.col)]?.formula])).toEqual(formulas.map((w) => [a1(w.row, w.col), w.formula]));
  fake.calculate(
    sheet,
    formulas.map((w) => ({ row: w.row, col: w.col, value: resultOf(w) })),
  );

  const validated = await runDocumented(fake, "Validasi", sheet);
  // Recalculation does not take the table away.
  expect(validated.ok).toBe(true);
  const computed = new Set(plan.writes.filter((w) => w.expected !== undefined && storable(w)).map((w) => a1(w.row, w.col)));
  const wrong = (validated as { value: ValidationReport }).value.findings.filter((f) => RATIO_SUM.has(f.rule) && computed.has(f.cell));
  expect(wrong).toEqual([]);
}

describe.each(HOSTS)("$name", (host) => {
  test(
    "property: after Hitung ulang capaian, Validasi reports no ratio or sum finding on a recalculated cell",
    async () => {
      await fc.assert(
        fc.asyncProperty(plannerBookOf(shapedGrid, dressingWithoutFormula), (book) => recalcThenValidate(host, book)),
        fuzzParameters(RUNS),
      );
    },
    timeoutFor(RUNS, 500),
  );

  test.each(FIXTURES)("%s: the same, once", async (name) => {
    await recalcThenValidate(host, { grid: await fixtureXlsxGrid(name), dressings: FIXED_DRESSINGS.map((d) => d && { ...d, formula: false }), active: { row: 1, col: 1 }, locale: "en_US" });
  });
});
