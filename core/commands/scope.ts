import type { Grid } from "../grid";
import { detectTables, type Layout } from "../layout";

/**
 * Where the commands look when no range was picked ("Ganti rentang"): the table around the active
 * cell, title lines included, else — several tables and the cell in none — the first one; the whole
 * range when it holds one table or none. Only detection runs here (cheap); the commands then read
 * the tables of the part returned once.
 */
export function scopeGrid(grid: Grid, activeRow: number, activeCol: number): Grid {
  const layouts = detectTables(grid);
  if (layouts.length < 2) return grid;
  const at = (l: Layout) => {
    const r = activeRow - grid.originRow;
    const c = activeCol - grid.originCol;
    return r >= firstRow(l) && r <= l.lastDataRow && c >= l.firstCol && c <= l.lastCol;
  };
  const layout = layouts.find(at) ?? layouts[0];
  return cropRows(grid, firstRow(layout), layout.lastDataRow);
}

/** A table's first row: its title lines, else its header (grid-relative). */
function firstRow(layout: Layout): number {
  return Math.min(...layout.titleRows, ...layout.headerRows);
}

function cropRows(grid: Grid, from: number, to: number): Grid {
  const slice = <T>(rows: T[][] | undefined) => rows?.slice(from, to + 1);
  return {
    sheet: grid.sheet,
    originRow: grid.originRow + from,
    originCol: grid.originCol,
    values: grid.values.slice(from, to + 1),
    formulas: slice(grid.formulas),
    numberFormats: slice(grid.numberFormats),
  };
}
