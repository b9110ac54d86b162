import Decimal from "decimal.js";
import { matchesPrinted } from "../compute";
import { analyseRatios, type SumItem } from "./support/ratios";
import type { RuleContext, Rule } from "./types";

const ONE = new Decimal(1);

/**
 * A printed sum that its parts do not give: T-C.29 "10 = (5+7+9)", E.81 "12 = 8+9+10+11" and
 * "13 = 6+12", any other column formula of additions. Only rows where a sum is meaningful are
 * checked: money, or an indicator confidently cumulative (for a persentase or indeks the column
 * holds the latest value, not a sum). Money differing by less than Rp 1 is display rounding.
 * Totals of program budgets are pagu-rollup's.
 */
export const sumMismatch: Rule = {
  meta: {
    id: "sum-mismatch",
    severity: "error",
    kinds: ["evaluasi-renja", "evaluasi-renja-triwulan", "kinerja-pelayanan", "pengukuran-kinerja"],
    docs: {
      id: "Jumlah yang tertulis (rumus kolom seperti 10 = 5+7+9) tidak sama dengan hasil penjumlahan.",
      en: "A printed sum (a column formula such as 10 = 5+7+9) differs from the recomputed one.",
    },
    messages: {
      sum: {
        id: "Jumlah tertulis {tertulis}, hasil hitung {seharusnya} ({rumus}); selisih {selisih}.",
        en: "The sum shows {actual}; computed {expected} ({formula}), difference {diff}.",
      },
    },
  },
  check(ctx) {
    for (const item of analyseRatios(ctx).sums) {
      if (agrees(item)) continue;
      const fmt = (d: Decimal) => format(ctx, item, d);
      const actual = fmt(item.printed.value);
      const expected = fmt(item.expected);
      const diff = fmt(item.printed.value.minus(item.expected));
      ctx.report({
        messageId: "sum",
        row: item.cell.row,
        col: item.cell.col,
        params: { tertulis: actual, actual, seharusnya: expected, expected, selisih: diff, diff, rumus: item.formula, formula: item.formula },
        expected,
        actual,
        cells: item.cells,
      });
    }
  },
};

function agrees(item: SumItem): boolean {
  const { value, decimals } = item.printed;
  if (item.money) return item.expected.minus(value).abs().lt(ONE);
  return matchesPrinted(item.expected, value, decimals, "half-up") || matchesPrinted(item.expected, value, decimals, "truncate");
}

function format(ctx: RuleContext, item: SumItem, d: Decimal): string {
  if (item.cell.cell.kind === "money") return ctx.formatMoney(d);
  return ctx.formatNumber(d, item.printed.decimals) + (item.printed.percent ? "%" : "");
}
