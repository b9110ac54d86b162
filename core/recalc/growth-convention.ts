import type Decimal from "decimal.js";
import { type GrowthCandidate, growthCandidates, matchesPrinted } from "../compute";
import type { ColumnSpec } from "../layout/types";
import type { ModelRow } from "../model";
import { cellNumber, type Printed, printedNumber, type TableCells } from "./computed-cells";

/**
 * T-C.24 "Rata-rata pertumbuhan": no formula is printed and tables differ, so the formula of a growth
 * column is found by exhaustive search over its rows (every (X_j − X_i)/d, mean yearly % growth, CAGR,
 * (X_j − X_i)/X_i/(j − i) × 100); the one reproducing most rows is the column's convention. Shared by
 * growth-mismatch (to flag deviating rows) and the recalculation (to write the formula).
 */

export interface GrowthRow {
  row: ModelRow;
  printed: Printed;
  candidates: Map<string, Decimal>;
  matching: GrowthCandidate[];
}

export interface GrowthConvention {
  /** The growth column and its yearly series, oldest first. */
  column: ColumnSpec;
  series: ColumnSpec[];
  /** The candidate key most rows follow ("amount:2017-2020/4"); null when no formula has a majority. */
  key: string | null;
  support: number;
  rows: GrowthRow[];
}

/**
 * Magnitudes agree at the printed precision (the sign is judged separately: tables lose it). An
 * unrounded value — a live formula's result shown through "#,##0" — agrees when it is the same number.
 */
export function sameMagnitude(x: Decimal, p: Printed): boolean {
  const target = p.value.abs();
  if (x.abs().eq(target)) return true;
  return matchesPrinted(x.abs(), target, p.decimals, "half-up") || matchesPrinted(x.abs(), target, p.decimals, "truncate");
}

const cache = new WeakMap<TableCells["table"], GrowthConvention[]>();

/** The convention of every growth column of the table with a yearly series of at least two years. */
export function growthConventions(cells: TableCells): GrowthConvention[] {
  const cached = cache.get(cells.table);
  if (cached) return cached;
  const columns = cells.table.layout.columns;
  const out: GrowthConvention[] = [];
  for (const g of columns.filter((c) => c.role === "growth" && c.growthOf)) {
    const series = columns.filter((c) => c.role === g.growthOf && c.year !== undefined).sort((a, b) => a.year! - b.year!);
    if (series.length >= 2) out.push(inferColumn(cells, g, series));
  }
  cache.set(cells.table, out);
  return out;
}

function inferColumn(cells: TableCells, g: ColumnSpec, series: ColumnSpec[]): GrowthConvention {
  const years = series.map((c) => c.year!);
  const rows: GrowthRow[] = [];
  const support = new Map<string, number>();
  for (const row of cells.rows) {
    const printed = printedNumber(cells.value(row, g));
    if (!printed) continue;
    const xs = series.map((c) => cellNumber(cells.value(row, c)));
    if (xs.some((x) => x === "unusable") || xs.every((x) => x === null || (x as Decimal).isZero())) continue;
    const list = growthCandidates(xs as (Decimal | null)[], years);
    // Formulas agreeing in sign too come first: they explain the cell better than a lost sign does.
    const matching = list
      .filter((c) => sameMagnitude(c.value, printed))
      .sort((a, b) => Number(a.value.isNegative() !== printed.value.isNegative()) - Number(b.value.isNegative() !== printed.value.isNegative()));
    for (const key of new Set(matching.map((c) => c.key))) support.set(key, (support.get(key) ?? 0) + 1);
    rows.push({ row, printed, candidates: new Map(list.map((c) => [c.key, c.value])), matching });
  }
  const best = [...support.entries()].sort((a, b) => b[1] - a[1])[0];
  // Without a formula most rows follow, the column's convention is unknown.
  const majority = best && best[1] * 2 > rows.length;
  return { column: g, series, key: majority ? best[0] : null, support: majority ? best[1] : 0, rows };
}

