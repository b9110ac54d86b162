import { moneyTexts, paguAnalysis, type Comparison } from "./support/pagu";
import type { Rule, RuleContext } from "./types";

/**
 * pagu-final: kondisi akhir Rp ≠ Σ the yearly Rp of the same row. Which years are summed differs
 * between tables (all six, or the last five), so the window is inferred from the majority of rows,
 * recorded as the "final-window" convention, and only deviating rows are flagged (DOMAIN.md §6).
 */
export const paguFinal: Rule = {
  meta: {
    id: "pagu-final",
    severity: "error",
    kinds: ["renstra-program"],
    docs: { id: "Pagu kondisi akhir tidak sama dengan jumlah pagu tahunan.", en: "The end-of-period budget is not the sum of the yearly budgets." },
    messages: {
      final: {
        id: "Pagu kondisi akhir ({tertulis}) tidak sama dengan jumlah pagu {tahun1}–{tahunN} ({seharusnya}).",
        en: "The end-of-period budget ({tertulis}) is not the sum of {tahun1}–{tahunN} ({seharusnya}).",
      },
      otherWindow: {
        id: "Pagu kondisi akhir ({tertulis}) tidak sama dengan jumlah pagu {tahun1}–{tahunN} ({seharusnya}); baris ini menjumlahkan {lain1}–{lainN}.",
        en: "The end-of-period budget ({tertulis}) is not the sum of {tahun1}–{tahunN} ({seharusnya}); this row sums {lain1}–{lainN}.",
      },
    },
  },
  check(ctx) {
    const a = paguAnalysis(ctx.table);
    if (a.window) {
      const { from, to, support, total } = a.window;
      ctx.convention({
        key: "final-window",
        value: `${from}-${to}`,
        support,
        total,
        text: {
          id: `Kondisi akhir Rp = jumlah ${from}–${to} (${support} dari ${total} baris)`,
          en: `End-of-period budget = sum of ${from}–${to} (${support} of ${total} rows)`,
        },
      });
    }
    for (const c of a.comparisons) if (c.kind === "final" && !c.rounding) reportFinal(ctx, c, c.other ? "otherWindow" : "final");
  },
};

/** Shared with pagu-rounding. */
export function reportFinal(ctx: RuleContext, c: Comparison, messageId: string): void {
  const t = moneyTexts(ctx, c);
  ctx.report({
    messageId,
    row: c.row,
    col: c.col,
    params: {
      tahun1: c.window![0],
      tahunN: c.window![1],
      ...(c.other ? { lain1: c.other[0], lainN: c.other[1] } : {}),
      ...t,
    },
    expected: t.seharusnya,
    actual: t.tertulis,
    cells: c.cells,
  });
}
