import Decimal from "decimal.js";

/** Arah indikator (DOMAIN.md §4): positif = higher is better, negatif = lower is better. */
export type Direction = "positive" | "negative";

/**
 * Formula for negative indicators: "lan" = (2T − R)/T × 100 (LAN/LKjIP, PermenPAN-RB 6/2022's
 * (1 + (1 − R/T)) × 100), the default; "inverse" = T/R × 100, used by some tools and tables.
 */
export type NegativeMethod = "lan" | "inverse";

const HUNDRED = new Decimal(100);

/**
 * Capaian in percent, unrounded. Positive indicators: R/T × 100. Negative: by `method`.
 * Null when T = 0 or an input is missing (no capaian: the cell should stay empty, never #DIV/0!);
 * also null for "inverse" with R = 0.
 */
export function capaian(
  target: Decimal | null | undefined,
  realisasi: Decimal | null | undefined,
  direction: Direction = "positive",
  method: NegativeMethod = "lan",
): Decimal | null {
  if (!target || !realisasi || target.isZero()) return null;
  if (direction === "positive") return realisasi.div(target).times(HUNDRED);
  if (method === "lan") return target.times(2).minus(realisasi).div(target).times(HUNDRED);
  return realisasi.isZero() ? null : target.div(realisasi).times(HUNDRED);
}

/** numerator / denominator × 100 (rasio realisasi/anggaran, tingkat realisasi); null for 0 or missing. */
export function percentOf(numerator: Decimal | null | undefined, denominator: Decimal | null | undefined): Decimal | null {
  if (!numerator || !denominator || denominator.isZero()) return null;
  return numerator.div(denominator).times(HUNDRED);
}
