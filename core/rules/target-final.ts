import Decimal from "decimal.js";
import type { ValueCell } from "../model";
import { guessAggregation } from "./support/indicator-nature";
import { formatKinerja, kinerjaNumber, yearlyTargetColumns } from "./support/targets-values";
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

/** A candidate equals the printed final when it rounds (half-up) to the printed decimals. */
function fits(printed: Decimal, candidate: Decimal): boolean {
  const dp = printed.decimalPlaces();
  return (candidate.decimalPlaces() <= dp ? candidate : candidate.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP)).eq(printed);
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

    const windowHits = new Map<string, number>();
    let informative = 0;
    const pending: { cell: ValueCell; text: string; percent: boolean; candidates: Candidate[]; cumulative: boolean }[] = [];

    for (const row of ctx.rows) {
      if (row.level === "total" || row.level === "pagu") continue;
      const fin = ctx.value(row, finalCol);
      const printed = kinerjaNumber(fin);
      if (!fin || !printed || fin.cell.kind === "dash") continue;
      const values = yearCols.map((c) => kinerjaNumber(ctx.value(row, c)));
      // A text or compound yearly cell ("29 Pilkades, 137 BPD") cannot be summed: nothing to judge.
      if (!values.every((v): v is Decimal | null => v !== undefined)) continue;
      const present = values.filter((v): v is Decimal => v instanceof Decimal);
      if (present.length === 0) {
        if (!printed.isZero()) {
          ctx.report({ messageId: "noYears", row: fin.row, col: fin.col, params: { actual: fin.cell.text, from: first, to: last }, expected: null, actual: fin.cell.text });
        }
        continue;
      }
      const lastValue = values[values.length - 1];
      // Most finals are the last target (every level, every stock): nothing more to compute.
      if (lastValue && fits(printed, lastValue)) continue;
      const candidates: Candidate[] = [];
      if (lastValue) candidates.push({ label: String(last), value: lastValue });
      for (const w of windows) {
        let sum: Decimal | undefined;
        values.forEach((v, i) => {
          if (v && years[i] >= w.from && years[i] <= w.to) sum = sum ? sum.plus(v) : v;
        });
        if (sum) candidates.push({ label: `Σ ${w.from}–${w.to}`, value: sum, window: windowKey(w) });
      }
      candidates.push({ label: MAX, value: Decimal.max(...present) });

      const unit = fin.cell.kind === "percent" ? "%" : (fin.cell.unit ?? "");
      const aggregation = guessAggregation(row.indicator, row.satuan, unit);
      // A sum of percentages or indices is never defensible; a level is only the last (or best) value.
      const allowed = aggregation.value === "nilai-akhir" && aggregation.confident ? candidates.filter((c) => !c.window) : candidates;
      const matched = allowed.filter((c) => fits(printed, c.value));
      if (matched.length > 0) {
        // A final that is a sum over exactly one window (and not the last value) tells the windows apart.
        const sums = matched.filter((c) => c.window);
        if (sums.length === 1) {
          informative++;
          windowHits.set(sums[0].window as string, (windowHits.get(sums[0].window as string) ?? 0) + 1);
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
