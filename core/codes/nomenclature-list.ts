import { type Grid, gridCell } from "../grid";
import { parseCode } from "./parse-code";

/**
 * A user's nomenclature list (Kepmendagri lists exported to a sheet or CSV: a code column and a name
 * column, any header, any position) read into code → name. A row counts when one of its cells is a
 * code; the name is the next cell to its right holding text that is not itself a code.
 */
export function nomenclatureFromGrid(grid: Grid): Map<string, string> {
  const list = new Map<string, string>();
  grid.values.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const v = gridCell(grid, r, c);
      if (typeof v !== "string" || !parseCode(v)) continue;
      for (let n = c + 1; n < row.length; n++) {
        const name = gridCell(grid, r, n);
        if (typeof name === "string" && name.trim() !== "" && !parseCode(name)) {
          list.set(v.trim(), name.trim());
          break;
        }
      }
      break;
    }
  });
  return list;
}
