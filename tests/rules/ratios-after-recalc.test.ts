import { readTables } from "../../core/read-tables";
import { recalcPlan } from "../../core/recalc";
import { validateTable } from "../../core/rules/validate";
import { E81, PENGUKURAN } from "../engine/tables";
import { tsvToGrid } from "../support/tsv-to-xlsx";
import type { Grid } from "../../core/grid";

/** The grid with the plan's results in place of the cells it computes, as a recalculated sheet reads. */
function withResults(grid: Grid, writes: { row: number; col: number; expected?: string }[]): Grid {
  const values = grid.values.map((r) => [...r]);
  for (const w of writes) {
    if (w.expected === undefined) continue;
    const r = w.row - grid.originRow;
    while (values.length <= r) values.push([]);
    values[r][w.col - grid.originCol] = w.expected === "" ? null : Number(w.expected);
  }
  return { ...grid, values };
}

/**
 * What the recalculation writes, the validator accepts: no ratio or sum finding stands on a cell the
 * plan computed — negative indicators and the E.81 "14 = 13/5" included.
 */
test.each([E81, PENGUKURAN])("$name: recalc then validate reports no ratio or sum finding on recalculated cells", (t) => {
  const grid = tsvToGrid(t.text, t.name);
  const [table] = readTables(grid);
  const plan = recalcPlan(table, {});
  const computed = new Set(plan.writes.filter((w) => w.expected !== undefined).map((w) => `${w.row}:${w.col}`));
  expect(computed.size).toBeGreaterThan(0);
  const [after] = readTables(withResults(grid, plan.writes));
  const findings = validateTable(after).findings.filter((f) => /^(ratio-mismatch|ratio-rounding|sum-mismatch)$/.test(f.rule) && computed.has(`${f.row}:${f.col}`));
  expect(findings).toEqual([]);
});
