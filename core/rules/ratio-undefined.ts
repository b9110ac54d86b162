import { analyseRatios, ratioValues } from "./support/ratios";
import type { Rule } from "./types";

/**
 * A number printed as a ratio whose denominator (target, anggaran, column 6 of "8 = 7/6") is 0 or
 * empty: 0/0 has no value, so the cell should stay empty (DOMAIN.md §4). Tables show 0/0 as "0%",
 * "100%" or "-"; the usual way is recorded as a convention. "#DIV/0!" is value-error's finding.
 */
export const ratioUndefined: Rule = {
  meta: {
    id: "ratio-undefined",
    severity: "warning",
    kinds: ["kinerja-pelayanan", "anggaran-realisasi", "evaluasi-renja", "evaluasi-renja-triwulan", "pengukuran-kinerja"],
    docs: {
      id: "Rasio tertulis padahal pembaginya nol atau kosong.",
      en: "A ratio is printed although its denominator is zero or empty.",
    },
    messages: {
      target: {
        id: "Rasio tidak dapat dihitung karena target {nol_atau_kosong}; sel berisi {tertulis}.",
        en: "The ratio cannot be computed because the target is {zero_or_empty}; the cell holds {actual}.",
      },
      denominator: {
        id: "Rasio tidak dapat dihitung karena pembagi ({sel}) {nol_atau_kosong}; sel berisi {tertulis}.",
        en: "The ratio cannot be computed because the denominator ({cell}) is {zero_or_empty}; the cell holds {actual}.",
      },
    },
  },
  check(ctx) {
    const { ratios, conventions } = analyseRatios(ctx);
    const z = conventions.zeroOverZero;
    if (z) {
      ctx.convention({
        key: "zero-over-zero",
        value: z.shown,
        support: z.support,
        total: z.total,
        text: { id: `0/0 ditulis "${z.shown}" (${z.support} dari ${z.total} sel)`, en: `0/0 is shown as "${z.shown}" (${z.support} of ${z.total} cells)` },
      });
    }
    for (const item of ratios) {
      if (item.status !== "undefined") continue;
      const { actual } = ratioValues(ctx, item);
      const zero = item.denominator === "zero";
      const capaian = item.role === "rasio" || item.role === "capaian";
      const den = item.cells[item.cells.length - 1];
      ctx.report({
        messageId: capaian && ctx.table.layout.kind !== "anggaran-realisasi" ? "target" : "denominator",
        row: item.cell.row,
        col: item.cell.col,
        params: { nol_atau_kosong: zero ? "nol" : "kosong", zero_or_empty: zero ? "zero" : "empty", tertulis: actual, actual, sel: den, cell: den },
        expected: ctx.lang === "id" ? "(kosong)" : "(empty)",
        actual,
        cells: item.cells,
      });
    }
  },
};
