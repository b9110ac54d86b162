import type Decimal from "decimal.js";
import type { ValueCell } from "../model";
import { guessAggregation, guessDirection } from "./support/indicator-nature";
import { compareDecimals, formatKinerja, kinerjaNumber, yearlyTargetColumns } from "./support/targets-values";
import type { Rule } from "./types";

/** A move of the series: the value `v` and the one before it. */
interface Step {
  v: ValueCell;
  prev: ValueCell;
  prevN: Decimal;
}

/**
 * target-trend: yearly targets of a level indicator (persentase, indeks, rasio) should not move
 * against its direction — a positive indicator planned to fall, a negative one to rise. Counts are
 * left alone (a yearly count of people served may well go down), and so is every row whose direction
 * is not a confident guess: a wrong guess would turn good planning into false alarms. Zero targets
 * mean "nothing planned that year", not a level, so they are skipped. One finding per row, at the
 * first year that turns against the direction.
 */
export const targetTrend: Rule = {
  meta: {
    id: "target-trend",
    severity: "warning",
    kinds: ["renstra-program", "kinerja-pelayanan"],
    docs: {
      id: "Target tahunan bergerak berlawanan dengan arah indikator (indikator positif yang targetnya turun, indikator negatif yang targetnya naik).",
      en: "Yearly targets move against the indicator's direction (a higher-is-better target falling, a lower-is-better one rising).",
    },
    messages: {
      falls: {
        id: "Target {year} ({actual}) lebih rendah dari target {prevYear} ({previous}), padahal indikator ini semakin tinggi semakin baik ({reason}).",
        en: "The {year} target ({actual}) is below the {prevYear} target ({previous}), although higher is better for this indicator ({reason}).",
      },
      rises: {
        id: "Target {year} ({actual}) lebih tinggi dari target {prevYear} ({previous}), padahal indikator ini semakin rendah semakin baik ({reason}).",
        en: "The {year} target ({actual}) is above the {prevYear} target ({previous}), although lower is better for this indicator ({reason}).",
      },
    },
  },
  check(ctx) {
    const yearCols = yearlyTargetColumns(ctx);
    if (yearCols.length < 2) return;
    for (const row of ctx.rows) {
      if (row.level === "total" || row.level === "pagu" || !row.indicator) continue;
      // The series first (cheap): most rows are flat or only rise, and need no guess at all. Only the
      // first rise and the first fall are kept, each with the value before it.
      let prev: ValueCell | undefined;
      let prevN: Decimal | undefined;
      let rise: Step | undefined;
      let fall: Step | undefined;
      let percent = false;
      for (const c of yearCols) {
        const v = ctx.value(row, c);
        const n = kinerjaNumber(v);
        if (!v || !n || n.isZero() || v.cell.kind === "dash") continue;
        if (prev && prevN) {
          if (!rise && compareDecimals(n, prevN) > 0) rise = { v, prev, prevN };
          if (!fall && compareDecimals(n, prevN) < 0) fall = { v, prev, prevN };
        }
        if (v.cell.kind === "percent") percent = true;
        prev = v;
        prevN = n;
      }
      if (!rise && !fall) continue;
      const aggregation = guessAggregation(row.indicator, row.satuan, percent ? "%" : "");
      if (aggregation.value !== "nilai-akhir" || !aggregation.confident) continue;
      const direction = guessDirection(row.indicator);
      const against = direction.value === "positif" ? fall : rise;
      if (!direction.confident || !against) continue;
      const { v } = against;
      ctx.report({
        messageId: direction.value === "positif" ? "falls" : "rises",
        row: v.row,
        col: v.col,
        params: { year: v.year ?? "", actual: v.cell.text, prevYear: against.prev.year ?? "", previous: against.prev.cell.text, reason: direction.reason },
        expected: `${direction.value === "positif" ? "≥" : "≤"} ${formatKinerja(ctx, against.prevN, v.cell.kind === "percent")}`,
        actual: v.cell.text,
      });
    }
  },
};
