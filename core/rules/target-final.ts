import Decimal from "decimal.js";
import type { ValueCell } from "../model";
import { guessAggregation } from "./support/indicator-nature";
import { compareDecimals, formatKinerja, kinerjaNumber, yearlyTargetColumns } from "./support/targets-values";
import type { Rule, RuleContext } from "./types";

/**
 * target-final: the kondisi akhir target must follow from the yearly targets (DOMAIN.md §2, §4):
 * Σ over the period for a cumulative indicator, the last year's target for a level. Aggregation is a
 * guess and real tables sum over different windows (Balangan: Σ2021-2026 on some rows, Σ2022-2026 on
 * others), so a row passes when its final equals ANY defensible candidate; only a final that fits
 * none is reported, with the most likely candidate as expected and the others in the message.
 */

interface Window {
  from: number;
  to: number;
}

interface Candidate {
  label: string;
  value: Decimal;
  /** Set for a Σ over a year window. */
  window?: string;
}

const MAX = "max";

const windowKey = (w: Window) => `${w.from}-${w.to}`;

/** The pagu group's kondisi akhir window ("2022-2026"), when it recorded one. */
function paguWindow(ctx: RuleContext): Window | undefined {
  const m = /(\d{4})\D+(\d{4})/.exec(ctx.conventionOf("final-window")?.value ?? "");
  return m ? { from: Number(m[1]), to: Number(m[2]) } : undefined;
}

/** A candidate equals the printed final when it rounds (half-up) to the printed decimals `dp`. */
function fits(printed: Decimal, dp: number, candidate: Decimal): boolean {
  return compareDecimals(candidate.decimalPlaces() <= dp ? candidate : candidate.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP), printed) === 0;
}

/**
 * The value of a non-negative whole number below 1e7, read from its one base-1e7 digit word (integer
 * part only when 0 ≤ e < 7); undefined for any other Decimal.
 */
function wordInteger(d: Decimal): number | undefined {
  return d.s === 1 && d.d && d.d.length === 1 && d.e >= 0 && d.e < 7 ? d.d[0] : undefined;
}

export const targetFinal: Rule = {
  meta: {
    id: "target-final",
    severity: "warning",
    kinds: ["renstra-program"],
    docs: {
      id: "Target kondisi akhir tidak sesuai dengan target tahunan menurut sifat indikatornya (kumulatif: jumlah; nilai akhir: target tahun terakhir).",
      en: "End-of-period target inconsistent with the yearly targets for the indicator's aggregation (cumulative: sum; final value: last year's target).",
    },
    messages: {
      mismatch: {
        id: "Target kondisi akhir {actual}; untuk indikator {aggregation} seharusnya {expected} (tidak cocok juga dengan: {candidates}).",
        en: "End-of-period target {actual}; for a {aggregation} indicator it should be {expected} (nor does it match: {candidates}).",
      },
      mismatchSingle: {
        id: "Target kondisi akhir {actual}; untuk indikator {aggregation} seharusnya {expected}.",
        en: "End-of-period target {actual}; for a {aggregation} indicator it should be {expected}.",
      },
      noYears: {
        id: "Target kondisi akhir {actual} tertulis, tetapi tidak ada target tahunan {from}–{to}.",
        en: "End-of-period target {actual} is printed, but there is no yearly target for {from}–{to}.",
      },
    },
  },
  check(ctx) {
    const finalCol = ctx.columns("finalTarget").find((c) => c.measure !== "Rp");
    const yearCols = yearlyTargetColumns(ctx);
    if (!finalCol || yearCols.length < 2) return;
    const years = yearCols.map((c) => c.year as number);
    const first = years[0];
    const last = years[years.length - 1];
    // All years, or all but the first (the Renstra's first year often belongs to the previous plan),
    // plus whatever window the pagu group found for the Rp.
    const windows: Window[] = [{ from: first, to: last }, { from: years[1], to: last }];
    const pw = paguWindow(ctx);
    if (pw && !windows.some((w) => windowKey(w) === windowKey(pw))) windows.push(pw);

    // Per window, once: its key, its label and which year columns it adds up.
    const sums = windows.map((w) => ({ key: windowKey(w), label: `Σ ${w.from}–${w.to}`, years: years.map((y) => y >= w.from && y <= w.to) }));

    const windowHits = new Map<string, number>();
    let informative = 0;
    const pending: { cell: ValueCell; text: string; percent: boolean; candidates: Candidate[]; cumulative: boolean }[] = [];
    // One row's yearly values, reused from row to row (candidates keep the Decimals, not the array).
    const values: (Decimal | null)[] = new Array(yearCols.length);

    for (const row of ctx.rows) {
      if (row.level === "total" || row.level === "pagu") continue;
      const fin = ctx.value(row, finalCol);
      const printed = kinerjaNumber(fin);
      if (!fin || !printed || fin.cell.kind === "dash") continue;
      // A text or compound yearly cell ("29 Pilkades, 137 BPD") cannot be summed: nothing to judge.
      let judgeable = true;
      let max: Decimal | undefined;
      for (let i = 0; i < yearCols.length && judgeable; i++) {
        const v = kinerjaNumber(ctx.value(row, yearCols[i]));
        if (v === undefined) judgeable = false;
        else values[i] = v;
        if (v && (!max || compareDecimals(v, max) > 0)) max = v;
      }
      if (!judgeable) continue;
      if (!max) {
        if (!printed.isZero()) {
          ctx.report({ messageId: "noYears", row: fin.row, col: fin.col, params: { actual: fin.cell.text, from: first, to: last }, expected: null, actual: fin.cell.text });
        }
        continue;
      }
      const lastValue = values[values.length - 1];
      // Most finals are the last target (every level, every stock): nothing more to compute.
      const dp = printed.decimalPlaces();
      if (lastValue && fits(printed, dp, lastValue)) continue;
      const candidates: Candidate[] = [];
      if (lastValue) candidates.push({ label: String(last), value: lastValue });
      // Whole counts (nearly every cumulative target) add up exactly as JS numbers: one Decimal per
      // sum instead of one Decimal.plus per year.
      const whole = values.every((v) => !v || wordInteger(v) !== undefined);
      for (const w of sums) {
        let sum: Decimal | undefined;
        let total = 0;
        let terms = 0;
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          if (!v || !w.years[i]) continue;
          terms++;
          if (whole) total += wordInteger(v) as number;
          else sum = sum ? sum.plus(v) : v;
        }
        if (whole && terms > 0) sum = new Decimal(total);
        if (sum) candidates.push({ label: w.label, value: sum, window: w.key });
      }
      candidates.push({ label: MAX, value: max });

      const unit = fin.cell.kind === "percent" ? "%" : (fin.cell.unit ?? "");
      const aggregation = guessAggregation(row.indicator, row.satuan, unit);
      // A sum of percentages or indices is never defensible; a level is only the last (or best) value.
      const allowed = aggregation.value === "nilai-akhir" && aggregation.confident ? candidates.filter((c) => !c.window) : candidates;
      let matched = false;
      // A final that is a sum over exactly one window (and not the last value) tells the windows apart.
      let sumWindow: string | undefined;
      let sumMatches = 0;
      for (const c of allowed) {
        if (!fits(printed, dp, c.value)) continue;
        matched = true;
        if (c.window) {
          sumMatches++;
          sumWindow = c.window;
        }
      }
      if (matched) {
        if (sumMatches === 1) {
          informative++;
          windowHits.set(sumWindow as string, (windowHits.get(sumWindow as string) ?? 0) + 1);
        }
        continue;
      }
      pending.push({ cell: fin, text: fin.cell.text, percent: fin.cell.kind === "percent", candidates: allowed, cumulative: aggregation.value === "kumulatif" });
    }

    // The table's window: the one most rows sum over; ties go to the pagu window, then to all years.
    const hits = (k: string) => windowHits.get(k) ?? 0;
    const rank = (k: string) => (pw && k === windowKey(pw) ? 0 : k === windowKey(windows[0]) ? 1 : 2);
    const dominant = windows.map(windowKey).sort((a, b) => hits(b) - hits(a) || rank(a) - rank(b))[0];
    const best = hits(dominant);
    if (informative > 0) {
      const [from, to] = dominant.split("-");
      ctx.convention({
        key: "target-final-window",
        value: dominant,
        support: best,
        total: informative,
        text: {
          id: `Target kondisi akhir indikator kumulatif = jumlah ${from}–${to} (${best} dari ${informative} baris)`,
          en: `End-of-period target of cumulative indicators = sum ${from}–${to} (${best} of ${informative} rows)`,
        },
      });
    }

    for (const p of pending) {
      const sum = p.candidates.find((c) => c.window === dominant) ?? p.candidates.find((c) => c.window);
      const level = p.candidates.find((c) => c.label === String(last)) ?? p.candidates.find((c) => c.label === MAX);
      const expected = (p.cumulative ? (sum ?? level) : (level ?? sum)) as Candidate;
      // The other candidates, each value once: what the printed final was compared with.
      const shown: Candidate[] = [];
      for (const c of p.candidates) if (!c.value.eq(expected.value) && !shown.some((d) => d.value.eq(c.value))) shown.push(c);
      const label = (c: Candidate) => (c.label === MAX && ctx.lang !== "en" ? "maks" : c.label);
      const others = shown.map((c) => `${label(c)} = ${formatKinerja(ctx, c.value, p.percent)}`).join("; ");
      const expectedText = formatKinerja(ctx, expected.value, p.percent);
      const aggregation = p.cumulative ? (ctx.lang === "en" ? "cumulative" : "kumulatif") : ctx.lang === "en" ? "final-value" : "nilai akhir";
      ctx.report({
        messageId: others ? "mismatch" : "mismatchSingle",
        row: p.cell.row,
        col: p.cell.col,
        params: { actual: p.text, expected: `${expectedText} (${label(expected)})`, aggregation, candidates: others },
        expected: expectedText,
        actual: p.text,
      });
    }
  },
};
