import { reportFinal } from "./pagu-final";
import { reportRollup } from "./pagu-rollup";
import { paguAnalysis, ROLLUP_KINDS } from "./support/pagu";
import type { Rule } from "./types";

/**
 * pagu-rounding: a roll-up or kondisi akhir sum that is off by no more than the printed roundings of
 * its numbers explain (half a unit of each number's last printed digit, at most Rp 1): "607.391.162,07"
 * against children summing to ,08, or whole rupiah printed for amounts with ,50 cents. A display
 * matter, not an arithmetic error.
 */
export const paguRounding: Rule = {
  meta: {
    id: "pagu-rounding",
    severity: "warning",
    kinds: ROLLUP_KINDS,
    docs: { id: "Selisih pagu yang hanya berasal dari pembulatan tampilan.", en: "A budget difference caused only by display rounding." },
    messages: {
      rollup: {
        id: "Pagu {level} {kode} {kolom} ({tertulis}) berbeda karena pembulatan dari jumlah {anak} di bawahnya ({seharusnya}); selisih {selisih}.",
        en: "The {level} {kode} budget {kolom} ({tertulis}) differs by rounding from the sum of its {anak} ({seharusnya}): {selisih}.",
      },
      final: {
        id: "Pagu kondisi akhir ({tertulis}) berbeda karena pembulatan dari jumlah pagu {tahun1}–{tahunN} ({seharusnya}).",
        en: "The end-of-period budget ({tertulis}) differs by rounding from the sum of {tahun1}–{tahunN} ({seharusnya}).",
      },
    },
  },
  check(ctx) {
    for (const c of paguAnalysis(ctx.table).comparisons) {
      if (!c.rounding) continue;
      if (c.kind === "rollup") reportRollup(ctx, c, "rollup");
      else reportFinal(ctx, c, "final");
    }
  },
};
