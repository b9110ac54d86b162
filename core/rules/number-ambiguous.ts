import type { Rule } from "./types";

/**
 * A token like "80,127" whose column could not decide between thousands and decimals (DOMAIN.md §5):
 * the value the checks used may be 1000 times off, so the planner must say which one is meant.
 */
export const numberAmbiguous: Rule = {
  meta: {
    id: "number-ambiguous",
    severity: "warning",
    kinds: "all",
    docs: {
      id: "Angka dengan satu pemisah dan tiga digit yang tidak dapat diputuskan ribuan atau desimal.",
      en: "A number with one separator and three digits that the column cannot decide as thousands or decimals.",
    },
    messages: {
      ambiguous: {
        id: 'Angka "{teks}" bisa dibaca {a} atau {b}; kolom ini tidak cukup untuk memutuskan.',
        en: '"{text}" may mean {a} or {b}; the column does not decide.',
      },
    },
  },
  check(ctx) {
    for (const row of ctx.rows) {
      for (const v of row.values) {
        const alt = v.cell.alternatives;
        if (v.cell.reading !== "ambiguous" || !alt) continue;
        // The thousands reading is an integer: written ungrouped so it cannot be misread again.
        const [thousands, decimal] = alt[0].isInteger() ? [alt[0], alt[1]] : [alt[1], alt[0]];
        const a = thousands.toFixed();
        const b = ctx.formatNumber(decimal);
        ctx.report({
          messageId: "ambiguous",
          row: v.row,
          col: v.col,
          params: { teks: v.cell.text, text: v.cell.text, a, b },
          actual: v.cell.text,
        });
      }
    }
  },
};
