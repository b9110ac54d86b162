import { planGrid } from "../plan/grid";
import { readTables } from "../read-tables";
import type { ModelRow, Table, ValueCell } from "../model";
import type { Aggregation } from "../rules/support/indicator-nature";
import { aggregationOf } from "./final-target";
import { tc27Lines } from "./lines";
import { renderTc27 } from "./tc27";
import { kinerjaWritten } from "./values";

/** A row of an evaluation table, read from the normalised T-C.27. */
export interface DerivedRow {
  /** The row of the generated T-C.27: parents' amounts and kondisi akhir already computed. */
  row: ModelRow;
  continuation: boolean;
  aggregation: Aggregation;
  value(role: "target" | "rp" | "finalTarget" | "finalRp", year?: number): ValueCell | undefined;
}

/**
 * The evaluation tables start from the T-C.27 as generated: rendered, then read back with every
 * formula at its result, so a parent's Rp and every kondisi akhir target are the T-C.27's own. Arah
 * and Sifat come from the source rows (the official layout has no column for them). Tujuan, sasaran
 * and total rows are left out: the evaluations list programs, kegiatan and sub kegiatan.
 */
export function derivedRows(table: Table): { rows: DerivedRow[]; years: number[] } {
  const plan = renderTc27(table);
  const numberRow = plan.sheetLayout!.freeze!.rows;
  const { lines } = tc27Lines(table);
  const [generated] = readTables(planGrid(plan), "renstra-program");
  const rows = generated.model.rows
    .filter((r) => r.level !== "total" && r.level !== "tujuan" && r.level !== "sasaran")
    .map((row): DerivedRow => {
      const source = lines[row.row - numberRow - 1].row;
      const value = (role: string, year?: number) => row.values.find((v) => v.role === role && (year === undefined || v.year === year));
      const yearly = generated.model.years.map((y) => kinerjaWritten(value("target", y)));
      const aggregation = aggregationOf({ ...row, arah: source.arah, sifat: source.sifat }, yearly, kinerjaWritten(value("finalTarget")));
      return { row: { ...row, arah: source.arah, sifat: source.sifat }, continuation: row.continues !== null, aggregation, value };
    });
  return { rows, years: generated.model.years };
}
