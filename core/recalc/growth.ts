import type Decimal from "decimal.js";
import { amountGrowth, cagr, describeGrowth, meanYearlyGrowth, spanPercentGrowth } from "../compute";
import { a1 } from "../grid";
import type { ModelRow } from "../model";
import type { Recalc } from "./context";
import type { Ref } from "./excel";
import { inputRef, nothingToCompute } from "./inputs";
import { AMOUNT_FORMAT, percentFormat } from "./formats";
import { type GrowthConvention, growthConventions } from "./growth-convention";
import { growthNote, rowFormulaNote } from "./notes";

/**
 * T-C.24 "Rata-rata pertumbuhan" as a live formula: the formula most rows of the column follow (the
 * validator's growth convention), unrounded; the cell's format rounds what it shows. A column
 * without a majority formula is left as it is.
 */
export function writeGrowth(rc: Recalc, rows: ModelRow[], headerRow: number): void {
  for (const g of growthConventions(rc.cells)) {
    if (!g.key) continue;
    const symbol = g.column.growthOf === "anggaran" ? "A" : "R";
    rc.note(headerRow, g.column.col, growthNote(describeGrowth(g.key, symbol)));
    const years = g.series.map((c) => c.year!);
    for (const row of rows) {
      const states = g.series.map((c) => rc.input(row, c));
      if (nothingToCompute(states, rc.cells.value(row, g.column))) continue;
      const xs = states.map((s) => (s.kind === "number" || s.kind === "text" ? s.value : null));
      const key = rowKey(g, row, xs, years);
      const { name, i, j, divisor } = readKey(key, years);
      const refs: Ref[] = g.series.map((c, k) => inputRef(states[k], a1(row.row, c.col)));
      const own = rc.cells.value(row, g.column);
      const typed = own && typeof own.raw === "number" && own.format && own.format !== "General" ? own.format : undefined;
      const f = growthFormula(name, xs, refs, i, j, divisor);
      rc.write({
        row,
        col: g.column,
        formula: f.formula,
        value: f.value,
        textInputs: g.series.filter((_, k) => states[k].kind === "text").map((c) => a1(row.row, c.col)),
        numberFormat: typed ?? (name === "amount" ? AMOUNT_FORMAT : percentFormat(2, false)),
        note: key === g.key ? undefined : rowFormulaNote(describeGrowth(key, symbol)),
        show: (d, decimals) => rc.format(d, decimals),
      });
    }
  }
}

/**
 * The formula for one row: the column's, unless the row has no value at the column formula's first
 * or last year (a program that started later) and its printed value follows another span — then
 * that one, sign included (a minus lost in print is put back).
 */
function rowKey(g: GrowthConvention, row: ModelRow, xs: (Decimal | null)[], years: number[]): string {
  const { i, j } = readKey(g.key!, years);
  const gap = [xs[i], xs[j]].some((x) => x === null || x.isZero());
  const own = gap ? g.rows.find((r) => r.row === row)?.matching[0] : undefined;
  return own && !g.rows.find((r) => r.row === row)!.matching.some((m) => m.key === g.key) ? own.key : g.key!;
}

/** "amount:2017-2020/4" → the formula's name, series positions and divisor. */
function readKey(key: string, years: number[]) {
  const [name, rest] = key.split(":");
  const [span, divisor] = rest.split("/");
  const [from, to] = span.split("-").map(Number);
  return { name, i: years.indexOf(from), j: years.indexOf(to), divisor: Number(divisor) };
}

/** The growth candidate `name` over series positions i..j, as a value and as a formula. */
function growthFormula(name: string, xs: (Decimal | null)[], refs: Ref[], i: number, j: number, divisor: number): { value: Decimal | null; formula: string } {
  const [first, last] = [refs[i].a1, refs[j].a1];
  const n = j - i;
  switch (name) {
    case "amount":
      return { value: amountGrowth(xs, i, j, divisor), formula: `=(${last}-${first})/${divisor}` };
    case "span-pct":
      return { value: spanPercentGrowth(xs, i, j), formula: `=IF(OR(${first}="",${first}=0),"",(${last}-${first})/${first}/${n}*100)` };
    case "cagr":
      return { value: cagr(xs, i, j), formula: `=IF(OR(${first}="",${last}="",${first}<=0,${last}<=0),"",((${last}/${first})^(1/${n})-1)*100)` };
    default: {
      const span = refs.slice(i, j + 1).map((r) => r.a1);
      const guards = span.flatMap((r, k) => (k < span.length - 1 ? [`${r}=""`, `${r}=0`] : [`${r}=""`]));
      const terms = span.slice(1).map((r, k) => `(${r}-${span[k]})/${span[k]}`);
      return { value: meanYearlyGrowth(xs, i, j), formula: `=IF(OR(${guards.join(",")}),"",(${terms.join("+")})/${n}*100)` };
    }
  }
}
