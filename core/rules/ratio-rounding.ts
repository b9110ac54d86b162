import { analyseRatios, ratioLabel, ratioValues } from "./support/ratios";
import type { Rule } from "./types";

/**
 * A printed ratio that the formula reproduces only under another rounding (truncated where the table
 * rounds half-up, or the reverse) or within one unit of its last printed digit: a judgement, not an
 * arithmetic error. The table's rounding is the one ratio-mismatch inferred and recorded.
 */
export const ratioRounding: Rule = {
  meta: {
    id: "ratio-rounding",
    severity: "warning",
    kinds: ["kinerja-pelayanan", "anggaran-realisasi", "evaluasi-renja", "evaluasi-renja-triwulan", "pengukuran-kinerja"],
    docs: {
      id: "Rasio yang hanya berbeda karena cara pembulatan, tidak mengikuti pembulatan tabel ini.",
      en: "A ratio that differs only by rounding, not following this table's rounding convention.",
    },
    messages: {
      rounding: {
        id: "{label} tertulis {tertulis}; dengan pembulatan tabel ini ({pembulatan}) seharusnya {seharusnya} ({rumus}).",
        en: "{label_en} shows {actual}; with this table's rounding ({rounding}) it is {expected} ({formula}).",
      },
    },
  },
  check(ctx) {
    const { ratios, conventions } = analyseRatios(ctx);
    const halfUp = conventions.rounding.mode === "half-up";
    for (const item of ratios) {
      if (item.status !== "rounding") continue;
      const { actual, expected } = ratioValues(ctx, item);
      ctx.report({
        messageId: "rounding",
        row: item.cell.row,
        col: item.cell.col,
        params: {
          ...ratioLabel(item.role),
          tertulis: actual,
          actual,
          seharusnya: expected ?? "",
          expected: expected ?? "",
          pembulatan: halfUp ? "setengah ke atas" : "dipotong",
          rounding: halfUp ? "half-up" : "truncation",
          rumus: item.formula,
          formula: item.formula,
        },
        expected,
        actual,
        cells: item.cells,
      });
    }
  },
};
