import { levelName, moneyTexts, paguAnalysis, rowName, ROLLUP_KINDS, type Comparison } from "./support/pagu";
import type { Rule, RuleContext } from "./types";

/**
 * pagu-rollup: a parent's or total's Rp ≠ Σ the rows under it (program = Σ kegiatan, kegiatan = Σ sub
 * kegiatan, total = Σ the rows it sums), per year and for the kondisi akhir column (DOMAIN.md §2).
 * Pagu rows carry the amounts of the row they continue; "-" and empty count as 0; a blank parent cell
 * is value-missing's. Differences the printed roundings explain are pagu-rounding's.
 */
export const paguRollup: Rule = {
  meta: {
    id: "pagu-rollup",
    severity: "error",
    kinds: ROLLUP_KINDS,
    docs: { id: "Pagu induk atau total tidak sama dengan jumlah rinciannya.", en: "A parent's or total's budget differs from the sum of its parts." },
    messages: {
      year: {
        id: "Pagu {level} {kode} {kolom} ({tertulis}) tidak sama dengan jumlah {anak} di bawahnya ({seharusnya}); selisih {selisih}.",
        en: "The {level} {kode} budget {kolom} ({tertulis}) differs from the sum of its {anak} ({seharusnya}) by {selisih}.",
      },
    },
  },
  check(ctx) {
    for (const c of paguAnalysis(ctx.table).comparisons) if (c.kind === "rollup" && !c.rounding) reportRollup(ctx, c, "year");
  },
};

/** Shared with pagu-rounding, which reports the same comparison when only rounding separates the two. */
export function reportRollup(ctx: RuleContext, c: Comparison, messageId: string): void {
  const t = moneyTexts(ctx, c);
  ctx.report({
    messageId,
    row: c.row,
    col: c.col,
    params: {
      level: levelName(c.owner.level, ctx.lang),
      kode: rowName(c.owner, ctx.lang),
      kolom: c.slot.label[ctx.lang],
      anak: levelName(c.childLevel!, ctx.lang, true),
      ...t,
    },
    expected: t.seharusnya,
    actual: t.tertulis,
    cells: c.cells,
  });
}
