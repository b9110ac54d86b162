import { levelName, paguAnalysis, rowName } from "./support/pagu";
import { targetPaguFacts } from "./support/pagu-targets";
import type { Rule } from "./types";

/**
 * target-without-pagu: a target for a year with no Rp ("-", 0 or empty) on a row without children, of
 * a level whose rows carry Rp (at least 80 % of them, e.g. the sub kegiatan of a T-C.27). The Rp its
 * pagu row carries counts.
 */
export const targetWithoutPagu: Rule = {
  meta: {
    id: "target-without-pagu",
    severity: "warning",
    kinds: ["renstra-program", "rumusan-renja"],
    docs: { id: "Target tanpa pagu pada tingkat yang seharusnya berpagu.", en: "A target with no budget where the level carries budgets." },
    messages: {
      missing: {
        id: "Target {level} {kode} tahun {tahun} ({target}) tidak disertai pagu.",
        en: "The {level} {kode} has a target for {tahun} ({target}) but no budget.",
      },
    },
  },
  check(ctx) {
    const t = targetPaguFacts(ctx.table);
    const a = paguAnalysis(ctx.table);
    for (const f of t.facts) {
      // A parent's Rp is its children's sum (pagu-rollup, value-missing): only the rows budgets are set on.
      if (!f.hasTarget || (f.rp && !f.rp.isZero()) || f.row.children.length || !t.paguLevels.has(f.row.level)) continue;
      const at = a.carrier(f.row) ?? f.row;
      const target = f.targetCell?.cell.text ?? "";
      ctx.report({
        messageId: "missing",
        row: at.row,
        col: f.pair.slot.col.col,
        params: { level: levelName(f.row.level, ctx.lang), kode: rowName(f.row, ctx.lang), tahun: f.pair.year, target },
        expected: null,
        actual: f.rp ? ctx.formatMoney(f.rp) : "",
      });
    }
  },
};
