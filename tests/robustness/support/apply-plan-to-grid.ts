/**
 * A Plan applied to a Grid in memory, as a spreadsheet holds the result once it has recalculated:
 * a formula cell holds the formula and its result (the plan's exact `expected`), a value cell the
 * value; number formats are set where the plan sets them. Notes and styles do not change what the
 * core reads, so they are left out. The input grid is not changed.
 */
import type { Grid, RawCell } from "../../../core/grid";
import type { CellWrite, Plan } from "../../../core/plan/types";

/** A formula's result as a sheet reads it back: a number, a label (predikat), or empty. */
export function resultOf(w: CellWrite): RawCell {
  if (w.expected === undefined || w.expected === "") return null;
  const n = Number(w.expected);
  return Number.isFinite(n) ? n : w.expected;
}

export function applyPlanToGrid(grid: Grid, plan: Plan): Grid {
  const values = grid.values.map((r) => [...r]);
  const formulas = grid.values.map((r, i) => (grid.formulas?.[i] ? [...grid.formulas[i]] : r.map(() => null)));
  const numberFormats = grid.values.map((r, i) => (grid.numberFormats?.[i] ? [...grid.numberFormats[i]] : r.map(() => null)));
  for (const w of plan.writes) {
    const r = w.row - grid.originRow;
    const c = w.col - grid.originCol;
    if (r < 0 || c < 0) throw new Error(`plan writes ${w.row},${w.col} outside the grid`);
    while (values.length <= r) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
    }
    if (w.formula !== undefined) {
      values[r][c] = resultOf(w);
      formulas[r][c] = w.formula;
    } else if (w.value !== undefined) {
      values[r][c] = w.value;
      formulas[r][c] = null;
    }
    if (w.numberFormat !== undefined) numberFormats[r][c] = w.numberFormat;
  }
  return { ...grid, values, formulas, numberFormats };
}
