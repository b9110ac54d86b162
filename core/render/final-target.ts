import Decimal from "decimal.js";
import type { ModelRow } from "../model";
import { rowNature } from "../recalc/nature";
import type { Aggregation } from "../rules/support/indicator-nature";
import type { Written } from "./values";

/**
 * The kondisi akhir target of a row (DOMAIN.md §2): the sum of the yearly targets for a cumulative
 * indicator, the latest one for an end-value indicator. "kept" when it cannot be computed (no yearly
 * target, or text among the targets of a cumulative indicator): the printed value stays.
 */
export type FinalTarget =
  | { mode: "sum"; expected: Decimal; numberFormat?: string }
  | { mode: "latest"; expected: Written }
  | { mode: "kept"; expected: Written };

/**
 * Which aggregation the row follows: the table's Sifat column, else the one its printed kondisi akhir
 * matches (when exactly one does: a planner's own choice, which regenerating the table must keep),
 * else the guess from the indicator's name and unit.
 */
export function aggregationOf(row: ModelRow, yearly: Written[], printed: Written): Aggregation {
  const nature = rowNature(row);
  if (nature.aggregationFrom === "kolom") return nature.aggregation;
  const numbers = yearly.flatMap((w) => (w.number ? [w.number] : []));
  if (printed.number && numbers.length) {
    const sum = numbers.reduce((a, b) => a.plus(b), new Decimal(0)).eq(printed.number);
    const last = numbers[numbers.length - 1].eq(printed.number);
    if (sum !== last) return sum ? "kumulatif" : "nilai-akhir";
  }
  return nature.aggregation;
}

export function finalTarget(row: ModelRow, yearly: Written[], printed: Written): FinalTarget {
  const filled = yearly.filter((w) => w.kind !== "empty");
  if (filled.length === 0) return { mode: "kept", expected: printed };
  if (aggregationOf(row, yearly, printed) === "nilai-akhir") return { mode: "latest", expected: filled[filled.length - 1] };
  if (filled.some((w) => w.kind === "text")) return { mode: "kept", expected: printed };
  const numbers = filled.filter((w) => w.kind === "number");
  const expected = numbers.reduce((a, w) => a.plus(w.number!), new Decimal(0));
  return { mode: "sum", expected, numberFormat: numbers[numbers.length - 1]?.content.numberFormat };
}

/** What a formula cell shows, for `expected`: the number, or the text it copies ("-", "Baik"). */
export function expectedText(w: Written): string {
  if (w.number) return w.number.toFixed();
  return typeof w.content.value === "string" ? w.content.value : "";
}
