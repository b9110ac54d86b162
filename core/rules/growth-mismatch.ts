import type Decimal from "decimal.js";
import { describeGrowth } from "../compute";
import { a1 } from "../grid";
import { type GrowthConvention, growthConventions, sameMagnitude } from "../recalc/growth-convention";
import type { Rule, RuleContext } from "./types";

/**
 * T-C.24 "Rata-rata pertumbuhan": no formula is printed and tables differ, so the formula of each
 * growth column is found by exhaustive search (every (X_j − X_i)/d, mean yearly % growth, CAGR,
 * (X_j − X_i)/X_i/(j − i) × 100) and the one reproducing most rows becomes the column's convention
 * (Balangan: (A2020 − A2017)/4, (R2020 − R2017)/3). Flagged: a negative result printed without its
 * minus (error), a minus on a positive result (warning: often a layout dash), a row reproduced only by
 * another span or divisor (warning), and a row no formula reproduces (error).
 */
export const growthMismatch: Rule = {
  meta: {
    id: "growth-mismatch",
    severity: "error",
    kinds: ["anggaran-realisasi"],
    docs: {
      id: "Rata-rata pertumbuhan tidak sesuai rumus pertumbuhan tabel ini, atau tanda minusnya hilang.",
      en: "An average growth value does not follow this table's growth formula, or lost its minus sign.",
    },
    messages: {
      signLost: {
        id: "Rata-rata pertumbuhan {kolom} tertulis {tertulis} tanpa tanda minus; {rumus} = {seharusnya}.",
        en: "Average growth of {column} shows {actual} without its minus sign; {formula} = {expected}.",
      },
      signExtra: {
        id: "Rata-rata pertumbuhan {kolom} tertulis {tertulis} dengan tanda minus, padahal {rumus} = {seharusnya} (positif).",
        en: "Average growth of {column} shows {actual} with a minus sign, but {formula} = {expected} (positive).",
      },
      otherFormula: {
        id: "Rata-rata pertumbuhan {kolom} {tertulis} dihitung dengan {rumus_lain}, bukan rumus kolom ini {rumus} ({seharusnya}).",
        en: "Average growth of {column} {actual} follows {other_formula}, not this column's formula {formula} ({expected}).",
      },
      mismatch: {
        id: "Rata-rata pertumbuhan {kolom} tertulis {tertulis}, hasil hitung {seharusnya} ({rumus}).",
        en: "Average growth of {column} shows {actual}; computed {expected} ({formula}).",
      },
    },
  },
  check(ctx) {
    for (const g of growthConventions(ctx)) checkColumn(ctx, g);
  },
};

function checkColumn(ctx: RuleContext, { column: g, series, key, support: count, rows }: GrowthConvention) {
  // Without a formula most rows follow, the column's convention is unknown: nothing to flag against.
  if (!key) return;
  const symbol = g.growthOf === "anggaran" ? "A" : "R";
  const rumus = describeGrowth(key, symbol);
  const name = { id: g.growthOf === "anggaran" ? "Anggaran" : "Realisasi", en: g.growthOf === "anggaran" ? "the budget" : "spending" };
  ctx.convention({
    key: `growth-${g.growthOf}`,
    value: key,
    support: count,
    total: rows.length,
    text: {
      id: `Rata-rata pertumbuhan ${name.id} = ${rumus} (${count} dari ${rows.length} baris)`,
      en: `Average growth of ${name.en} = ${rumus} (${count} of ${rows.length} rows)`,
    },
  });
  for (const r of rows) {
    const x = r.candidates.get(key);
    const p = r.printed;
    const fmt = (d: Decimal) => ctx.formatNumber(d, p.decimals);
    const actual = fmt(p.value);
    const base = { row: r.row.row, col: g.col, actual, cells: series.map((c) => a1(r.row.row, c.col)) };
    const params = { kolom: name.id, column: name.en, tertulis: actual, actual };
    const report = (messageId: string, value: Decimal, formula: string, severity: "error" | "warning", extra: Record<string, string> = {}) => {
      const expected = fmt(value);
      ctx.report({ ...base, messageId, severity, expected, params: { ...params, ...extra, seharusnya: expected, expected, rumus: formula, formula } });
    };
    const shown = (d: Decimal) => !d.toDecimalPlaces(p.decimals).isZero();
    const match: { key: string; value: Decimal } | undefined = x && sameMagnitude(x, p) ? { key, value: x } : r.matching[0];
    if (!match) {
      if (x) report("mismatch", x, rumus, "error");
      continue;
    }
    const formula = describeGrowth(match.key, symbol);
    if (match.value.isNegative() && shown(match.value) && !p.value.isNegative()) report("signLost", match.value, formula, "error");
    else if (match.value.isPositive() && shown(match.value) && p.value.isNegative()) report("signExtra", match.value, formula, "warning");
    else if (match.key !== key && x) report("otherFormula", x, rumus, "warning", { rumus_lain: formula, other_formula: formula });
  }
}
