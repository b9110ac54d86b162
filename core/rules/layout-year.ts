import { type ColumnRole, type ColumnSpec, PERIOD_ROLES } from "../layout/types";
import { headerRowOf, yearHeader } from "./support/codes-layout";
import type { Rule, RuleContext } from "./types";

/**
 * T-C.29's columns name years relative to the evaluated year n: realisasi s/d n-3 (5), Renja n-2
 * (6-8), target Renja tahun berjalan n-1 (9) and realisasi s/d tahun berjalan (10 = 5+7+9, so n-1
 * as well). Offsets here are to n.
 */
const EVALUASI_OFFSET: Partial<Record<ColumnRole, number>> = {
  realisasiSdLalu: -3,
  targetRenjaLalu: -2,
  realisasiRenjaLalu: -2,
  tingkatRealisasi: -2,
  targetRenja: -1,
  realisasiSdBerjalan: -1,
};

/** The most frequent value, or null on a tie (nothing to go by). */
function mode(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (sorted.length === 0 || (sorted.length > 1 && sorted[0][1] === sorted[1][1])) return null;
  return sorted[0][0];
}

/**
 * layout-year: year columns with gaps or duplicates within one series, a baseline not before the
 * period, a kondisi akhir year other than the period's last, a title period other than the columns',
 * and T-C.29 columns whose years disagree with the majority's evaluated year. A judgement on header
 * text: a warning.
 */
export const layoutYear: Rule = {
  meta: {
    id: "layout-year",
    severity: "warning",
    kinds: "all",
    docs: {
      id: "Tahun pada judul kolom melompat, berulang, atau tidak sesuai judul tabel/kolom lain.",
      en: "Year columns with gaps or duplicates, or disagreeing with the title or the other columns.",
    },
    messages: {
      duplicate: { id: "Tahun {tahun} muncul dua kali pada kolom {peran}.", en: "Year {tahun} appears twice among the {peran} columns." },
      gap: {
        id: "Kolom {peran} melompat dari tahun {dari} ke {ke}; tahun di antaranya tidak ada.",
        en: "The {peran} columns jump from {dari} to {ke}; the years between are missing.",
      },
      baseline: {
        id: "Tahun baseline {tahun} tidak sebelum tahun pertama periode ({awal}).",
        en: "Baseline year {tahun} is not before the period's first year ({awal}).",
      },
      final: {
        id: "Kondisi akhir bertahun {tahun}, sedangkan tahun terakhir periode {akhir}.",
        en: "The end-of-period column says {tahun} while the period's last year is {akhir}.",
      },
      title: {
        id: "Judul tabel menyebut periode {judul}, kolom tahun {kolom}.",
        en: "The title names the period {judul}; the year columns cover {kolom}.",
      },
      relative: {
        id: "Kolom \"{teks}\" bertahun {tahun}; menurut kolom lain (tahun n = {n}) seharusnya {seharusnya}.",
        en: "Column \"{teks}\" says {tahun}; the other columns (year n = {n}) imply {seharusnya}.",
      },
    },
  },
  check(ctx) {
    const cols = ctx.table.layout.columns.filter((c) => c.year !== undefined);
    checkSeries(ctx, cols);
    checkPeriodEnds(ctx, cols);
    if (ctx.table.model.kind === "evaluasi-renja") checkEvaluasi(ctx, cols);
  },
};

function report(ctx: RuleContext, col: ColumnSpec, messageId: string, params: Record<string, string | number>, expected: string | null) {
  const text = yearHeader(col, col.year!);
  ctx.report({ row: headerRowOf(ctx, col, text), col: col.col, messageId, params, expected, actual: text });
}

/** Within one series (role, measure, quarter), years come once each and without gaps. */
function checkSeries(ctx: RuleContext, cols: ColumnSpec[]): void {
  const series = new Map<string, ColumnSpec[]>();
  for (const c of cols) {
    if (!PERIOD_ROLES.includes(c.role)) continue;
    const key = `${c.role}|${c.measure ?? ""}|${c.quarter ?? ""}|${c.growthOf ?? ""}`;
    series.set(key, [...(series.get(key) ?? []), c]);
  }
  for (const list of series.values()) {
    const seen = new Set<number>();
    for (const c of list) {
      if (seen.has(c.year!)) report(ctx, c, "duplicate", { tahun: c.year!, peran: c.role }, null);
      seen.add(c.year!);
    }
    const sorted = [...list].sort((a, b) => a.year! - b.year!);
    for (let i = 1; i < sorted.length; i++) {
      const from = sorted[i - 1].year!;
      const to = sorted[i].year!;
      if (to - from > 1) report(ctx, sorted[i], "gap", { peran: sorted[i].role, dari: from, ke: to }, String(from + 1));
    }
  }
}

/** Baseline before the period, kondisi akhir at its end, and the title's "2021-2026" on the columns. */
function checkPeriodEnds(ctx: RuleContext, cols: ColumnSpec[]): void {
  const period = cols.filter((c) => c.role === "target" || c.role === "rp").map((c) => c.year!);
  if (period.length === 0) return;
  const first = Math.min(...period);
  const last = Math.max(...period);
  for (const c of cols) {
    if (c.role === "baseline" && c.year! >= first) report(ctx, c, "baseline", { tahun: c.year!, awal: first }, String(first - 1));
    if ((c.role === "finalTarget" || c.role === "finalRp") && c.year! !== last) {
      report(ctx, c, "final", { tahun: c.year!, akhir: last }, String(last));
    }
  }
  const range = /\b(20\d\d)\s*[-–—/]\s*(20\d\d)\b/.exec(ctx.table.layout.title);
  if (ctx.table.model.kind === "renstra-program" && range && (Number(range[1]) !== first || Number(range[2]) !== last)) {
    const firstCol = cols.find((c) => (c.role === "target" || c.role === "rp") && c.year === first)!;
    const kolom = `${first}–${last}`;
    report(ctx, firstCol, "title", { judul: `${range[1]}–${range[2]}`, kolom }, `${range[1]}–${range[2]}`);
  }
}

/** Each T-C.29 column implies the evaluated year n; the columns that disagree with the majority are flagged. */
function checkEvaluasi(ctx: RuleContext, cols: ColumnSpec[]): void {
  const placed = cols.filter((c) => EVALUASI_OFFSET[c.role] !== undefined);
  const n = mode(placed.map((c) => c.year! - EVALUASI_OFFSET[c.role]!));
  if (n === null) return;
  for (const c of placed) {
    const should = n + EVALUASI_OFFSET[c.role]!;
    if (c.year === should) continue;
    const text = yearHeader(c, c.year!);
    report(ctx, c, "relative", { teks: text, tahun: c.year!, n, seharusnya: should }, text.replace(String(c.year), String(should)));
  }
}
