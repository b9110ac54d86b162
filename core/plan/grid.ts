import type { Grid, RawCell } from "../grid";
import type { Plan } from "./types";

/**
 * What a spreadsheet shows after applying a generated Plan to an empty sheet and recalculating: each
 * formula replaced by the core's `expected` result (a number when it reads as one), each value and
 * number format as written. Merged cells keep their text in the top-left cell, as the hosts hand them over.
 */
export function planGrid(plan: Plan): Grid {
  const values: RawCell[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (const w of plan.writes) {
    const content: RawCell = w.formula !== undefined ? shown(w.expected ?? "") : (w.value ?? null);
    (values[w.row - 1] ??= [])[w.col - 1] = content;
    (numberFormats[w.row - 1] ??= [])[w.col - 1] = w.numberFormat ?? null;
  }
  const fill = <T>(rows: T[][]) => Array.from({ length: rows.length }, (_, r) => Array.from({ length: rows[r]?.length ?? 0 }, (_, c) => rows[r]?.[c] ?? null));
  return { sheet: plan.sheet, originRow: 1, originCol: 1, values: fill(values) as RawCell[][], numberFormats: fill(numberFormats) };
}

function shown(expected: string): RawCell {
  if (expected === "") return null;
  return /^-?\d+(\.\d+)?$/.test(expected) ? Number(expected) : expected;
}
