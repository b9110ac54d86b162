import type { Grid } from "./grid";
import { detectTables } from "./layout";
import type { TableKind } from "./layout";
import { buildTable, type Table } from "./model";

/** Every table of a known kind on a sheet, detected and read into the model. */
export function readTables(grid: Grid, kind?: TableKind): Table[] {
  return detectTables(grid, kind).map((layout) => buildTable(grid, layout));
}
