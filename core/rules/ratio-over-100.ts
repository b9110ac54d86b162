import Decimal from "decimal.js";
import { analyseRatios, ratioLabel, ratioValues } from "./support/ratios";
import type { Rule } from "./types";

const HUNDRED = new Decimal(100);

/**
 * A ratio above 100 % where the figure is bounded: achievement of the Renstra target (tingkat capaian
 * of T-C.29 and E.81) or budget absorption (realisasi above anggaran in T-C.24). Yearly capaian above
 * 100 % is normal (the target was exceeded) and is not flagged. Information: it asks for a cap or
 * an explanation, it is not an arithmetic error.
 */
export const ratioOver100: Rule = {
  meta: {
    id: "ratio-over-100",
    severity: "info",
    kinds: ["anggaran-realisasi", "evaluasi-renja", "evaluasi-renja-triwulan"],
    docs: {
      id: "Capaian di atas 100% yang perlu dibatasi atau dijelaskan.",
      en: "An achievement above 100% that needs a cap or an explanation.",
    },
    messages: {
      renstra: {
        id: "{label} {tertulis} melebihi 100%: realisasi melampaui target Renstra; batasi atau jelaskan.",
        en: "{label_en} {actual} is above 100%: the realisation exceeds the Renstra target; cap or explain it.",
      },
      budget: {
        id: "Rasio {tertulis} melebihi 100%: realisasi melampaui anggaran; periksa atau jelaskan.",
        en: "The ratio {actual} is above 100%: spending exceeds the budget; check or explain it.",
      },
    },
  },
  check(ctx) {
    const { ratios } = analyseRatios(ctx);
    for (const item of ratios) {
      if (!item.cap || item.status === "undefined" || !item.printed.value.gt(HUNDRED)) continue;
      const { actual } = ratioValues(ctx, item);
      ctx.report({
        messageId: item.role === "rasio" ? "budget" : "renstra",
        row: item.cell.row,
        col: item.cell.col,
        params: { ...ratioLabel(item.role), tertulis: actual, actual },
        actual,
        cells: item.cells,
      });
    }
  },
};
