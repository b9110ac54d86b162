import { analyseRatios, ratioLabel, ratioValues } from "./support/ratios";
import type { Rule } from "./types";

/**
 * A printed capaian / rasio / tingkat realisasi / tingkat capaian that the table's own formula does
 * not reproduce at the printed precision (T-C.23/T-C.30 capaian per year, T-C.24 realisasi/anggaran,
 * T-C.29 and E.81 by their printed column formulas, LKjIP capaian). Negative indicators use the
 * table's inferred formula ((2T − R)/T or T/R); the rounding convention is inferred too and a value
 * off only by rounding is left to ratio-rounding. This rule records both conventions.
 */
export const ratioMismatch: Rule = {
  meta: {
    id: "ratio-mismatch",
    severity: "error",
    kinds: ["kinerja-pelayanan", "anggaran-realisasi", "evaluasi-renja", "evaluasi-renja-triwulan", "pengukuran-kinerja"],
    docs: {
      id: "Capaian, rasio atau tingkat realisasi yang tertulis tidak sama dengan hasil hitung ulang.",
      en: "A printed achievement, ratio or realisation rate differs from the recomputed value.",
    },
    messages: {
      mismatch: {
        id: "{label} tertulis {tertulis}, hasil hitung {seharusnya} ({rumus}).",
        en: "{label_en} shows {actual}; computed {expected} ({formula}).",
      },
    },
  },
  check(ctx) {
    const { ratios, conventions } = analyseRatios(ctx);
    if (ratios.length === 0) return;
    const { rounding, negative } = conventions;
    const mode = { id: rounding.mode === "half-up" ? "setengah ke atas" : "dipotong", en: rounding.mode === "half-up" ? "half-up" : "truncated" };
    ctx.convention({
      key: "rounding",
      value: `${rounding.mode}:${rounding.decimals}`,
      support: rounding.support,
      total: rounding.total,
      text: {
        id: `Pembulatan rasio: ${rounding.decimals} desimal, ${mode.id} (${rounding.support} dari ${rounding.total} sel penentu)`,
        en: `Ratio rounding: ${rounding.decimals} decimals, ${mode.en} (${rounding.support} of ${rounding.total} deciding cells)`,
      },
    });
    if (negative.total > 0) {
      const f = negative.method === "lan" ? "(2T − R)/T × 100" : "T/R × 100";
      ctx.convention({
        key: "negative-formula",
        value: negative.method,
        support: negative.support,
        total: negative.total,
        text: {
          id: `Capaian indikator negatif: ${f} (${negative.support} dari ${negative.total} sel penentu)`,
          en: `Achievement of lower-is-better indicators: ${f} (${negative.support} of ${negative.total} deciding cells)`,
        },
      });
    }
    for (const item of ratios) {
      if (item.status !== "mismatch") continue;
      const { actual, expected } = ratioValues(ctx, item);
      ctx.report({
        messageId: "mismatch",
        row: item.cell.row,
        col: item.cell.col,
        params: { ...ratioLabel(item.role), tertulis: actual, actual, seharusnya: expected ?? "", expected: expected ?? "", rumus: item.formula, formula: item.formula },
        expected,
        actual,
        cells: item.cells,
      });
    }
  },
};
