import type { Table } from "../model";
import type { TableInfo } from "./types";

/** What the pane's header says of a table. */
export function tableInfo(table: Table): TableInfo {
  const { sheet, kind, range, years, rows } = table.model;
  const period = years.length > 0 ? [years[0], years[years.length - 1]] : [];
  return { sheet, kind, range, rows: rows.length, years: period };
}

/** The table holding a cell (the active cell), else the first one: the table the commands use. */
export function tableAt(tables: Table[], row: number, col: number): Table | undefined {
  return tables.find((t) => inRange(t.model.range, row, col)) ?? tables[0];
}

function inRange(range: string, row: number, col: number): boolean {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) return false;
  return row >= Number(m[2]) && row <= Number(m[4]) && col >= columnNumber(m[1]) && col <= columnNumber(m[3]);
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
