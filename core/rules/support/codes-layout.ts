import type { ColumnSpec } from "../../layout/types";
import type { RuleContext } from "../types";
import { sheetRowOf } from "./codes";

/** Header positions for the layout-* rules of the codes group. */

/**
 * The 1-based sheet row of the header line of a column that holds `text`. The column's texts are its
 * non-empty header cells from the top; a vertically merged cell leaves the lines below it empty, so
 * the texts map onto the header rows from the top down.
 */
export function headerRowOf(ctx: RuleContext, col: ColumnSpec, text: string): number {
  const rows = ctx.table.layout.headerRows;
  const i = Math.max(0, col.header.lastIndexOf(text));
  return sheetRowOf(ctx, rows[Math.min(i, rows.length - 1)]);
}

/** The header line of a column that names `year` (the lowest one when none does). */
export function yearHeader(col: ColumnSpec, year: number): string {
  const found = [...col.header].reverse().find((h) => h.includes(String(year)));
  return found ?? col.header[col.header.length - 1] ?? "";
}
