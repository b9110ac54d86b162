import { targetPaguFacts } from "./support/pagu-targets";
import { levelName, rowName } from "./support/pagu";
import type { Rule } from "./types";

/**
 * pagu-without-target: Rp planned (> 0) for a year in which the row has no target, on a level whose
 * rows carry targets. Targets on the row's indicator continuation rows count, and a pagu row's Rp
 * is its row's Rp. "-" and 0 are no target.
 */
export const paguWithoutTarget: Rule = {
  meta: {
    id: "pagu-without-target",
    severity: "warning",
    kinds: ["renstra-program", "rumusan-renja"],
    docs: { id: "Pagu direncanakan tanpa target pada tahun yang sama.", en: "A budget planned without a target for that year." },
    messages: {
      missing: {
        id: "Pagu {level} {kode} tahun {tahun} direncanakan ({pagu}) tetapi targetnya kosong.",
        en: "The {level} {kode} has a budget for {tahun} ({pagu}) but no target.",
      },
    },
  },
  check(ctx) {
    const t = targetPaguFacts(ctx.table);
    for (const f of t.facts) {
      if (f.hasTarget || !f.rp || !f.rp.gt(0) || !t.targetLevels.has(f.row.level)) continue;
      ctx.report({
        messageId: "missing",
        row: f.row.row,
        col: f.pair.target.col,
        params: { level: levelName(f.row.level, ctx.lang), kode: rowName(f.row, ctx.lang), tahun: f.pair.year, pagu: ctx.formatMoney(f.rp) },
        expected: null,
        actual: f.targetCell?.cell.text ?? "",
      });
    }
  },
};
