import type { Grid } from "../../core/grid";
import type { Table } from "../../core/model";
import type { CellWrite, Plan } from "../../core/plan/types";
import { readTables } from "../../core/read-tables";
import { readWorkbookBytes } from "../../cli/io/read-workbook";
import { tsvToGrid, tsvToWorkbook } from "../support/tsv-to-xlsx";

/** Rows of cells → the one table on a text sheet (numbers as text, the way planners type them). */
export function tableOf(rows: string[][], name = "Tabel"): Table {
  const tables = readTables(tsvToGrid(rows.map((r) => r.join("\t")).join("\n") + "\n", name));
  expect(tables).toHaveLength(1);
  return tables[0];
}

/** The write of a plan to a cell ("R5" = row 5, column R) that sets its content (not a note alone). */
export function writeAt(plan: Plan, address: string): CellWrite | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return plan.writes.find((w) => w.row === Number(m[2]) && w.col === col && (w.formula !== undefined || w.value !== undefined));
}

/** A grid with a plan's constant values applied (formulas are the engine tests' business). */
export function applyValues(grid: Grid, plan: Plan): Grid {
  const values = grid.values.map((r) => [...r]);
  const numberFormats = grid.values.map((r, i) => r.map((_, j) => grid.numberFormats?.[i]?.[j] ?? null));
  for (const w of plan.writes) {
    if (w.value === undefined || w.formula !== undefined) continue;
    const r = w.row - grid.originRow;
    const c = w.col - grid.originCol;
    while (values.length <= r) values.push([]);
    while (numberFormats.length <= r) numberFormats.push([]);
    values[r][c] = w.value;
    if (w.numberFormat) numberFormats[r][c] = w.numberFormat;
  }
  return { ...grid, values, numberFormats };
}

/** The same table from a workbook whose numbers Excel typed (percentages as fractions under "0.00%"). */
export async function typedTableOf(rows: string[][], headerRows: number, convention: "id" | "en" = "id", name = "Tabel"): Promise<Table> {
  const text = rows.map((r) => r.join("\t")).join("\n") + "\n";
  const wb = tsvToWorkbook(text, { sheetName: name, typedNumbers: true, headerRows, textColumns: [], convention });
  const file = await readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()), `${name}.xlsx`);
  const tables = readTables(file.sheets[0]);
  expect(tables).toHaveLength(1);
  return tables[0];
}
