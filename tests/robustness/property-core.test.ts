/**
 * Properties of the core over random grids (noise, and grids shaped like every real table kind with
 * damaged cells, at random places on the sheet): nothing throws, every finding and every write lands
 * inside the grid, validation is deterministic and leaves the grid as it was.
 */
import fc from "fast-check";
import { a1, gridWidth, type Grid } from "../../core/grid";
import type { Table } from "../../core/model";
import type { Plan } from "../../core/plan/types";
import { readTables } from "../../core/read-tables";
import { normalizeAndRecalcPlan, normalizePlan, recalcPlan } from "../../core/recalc";
import { renderE81, renderEvaluasiRenja, renderTc27 } from "../../core/render";
import { validateTable } from "../../core/rules/validate";
import { anyGrid } from "./support/arbitraries";
import { fuzzParameters, timeoutFor } from "./support/fuzz";

const RUNS = 150;

/** Every command the core offers on a table, in both languages: the plans and findings it gives. */
function everything(table: Table) {
  const validation = [validateTable(table, "id"), validateTable(table, "en")];
  const plans: Plan[] = [recalcPlan(table), recalcPlan(table, { negative: "inverse" }), normalizePlan(table), normalizeAndRecalcPlan(table)];
  const rendered: Plan[] = [];
  const { kind, years } = table.model;
  if (kind === "renstra-program") {
    rendered.push(renderTc27(table, { paper: "F4", title: { pd: "Dinas Sosial" } }));
    if (years.length) rendered.push(renderEvaluasiRenja(table, { year: years[0] }), renderE81(table, { year: years[years.length - 1] }));
  }
  return { validation, plans, rendered };
}

/** The sheet rows and columns a grid covers. */
function bounds(grid: Grid) {
  return {
    top: grid.originRow,
    bottom: grid.originRow + grid.values.length - 1,
    left: grid.originCol,
    right: grid.originCol + gridWidth(grid) - 1,
  };
}

const inside = (b: ReturnType<typeof bounds>, row: number, col: number) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

test(
  "property: no exception escapes readTables, validateTable, recalcPlan, normalizePlan or the renderers",
  () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        for (const table of readTables(grid)) everything(table);
      }),
      fuzzParameters(RUNS),
    );
  },
  timeoutFor(RUNS, 200),
);

test(
  "property: every finding's cell and every recalculation write lies inside the grid, its address matching row and column",
  () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        const b = bounds(grid);
        for (const table of readTables(grid)) {
          const { validation, plans } = everything(table);
          for (const f of validation.flatMap((v) => v.findings)) {
            expect(inside(b, f.row, f.col)).toBe(true);
            expect(f.cell).toBe(a1(f.row, f.col));
          }
          for (const w of plans.flatMap((p) => p.writes)) expect(inside(b, w.row, w.col)).toBe(true);
        }
      }),
      fuzzParameters(RUNS),
    );
  },
  timeoutFor(RUNS, 200),
);

test(
  "property: validation is deterministic and does not change the grid",
  () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        const copy = structuredClone(grid);
        const first = readTables(grid).map((t) => validateTable(t));
        const second = readTables(copy).map((t) => validateTable(t));
        expect(second).toEqual(first);
        expect(grid).toEqual(copy);
      }),
      fuzzParameters(RUNS),
    );
  },
  timeoutFor(RUNS, 100),
);
