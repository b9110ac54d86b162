import Decimal from "decimal.js";
import type { Convention } from "./number-token";

/**
 * Writing numbers back the way the table's readers write them: "100.515.030", "1.234,5",
 * "Rp 87.026.000" (DOMAIN.md §5). Rounding is half-up, as in real tables (DOMAIN.md §4).
 */

/** `d` with grouped thousands; with `decimals`, exactly that many decimals, rounded half-up. */
export function formatNumber(d: Decimal, convention: Convention, decimals?: number): string {
  const [thousands, decimal] = convention === "id" ? [".", ","] : [",", "."];
  // toFixed() without arguments writes every digit and never uses exponent notation.
  const fixed = decimals === undefined ? d.toFixed() : d.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [intPart, fraction] = fixed.replace("-", "").split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+$)/g, thousands);
  // "-0" or "-0,00" after rounding is just zero.
  const sign = fixed.startsWith("-") && /[1-9]/.test(fixed) ? "-" : "";
  return sign + grouped + (fraction ? decimal + fraction : "");
}

export function formatNumberId(d: Decimal, decimals?: number): string {
  return formatNumber(d, "id", decimals);
}

/** "Rp 100.515.030", "Rp 1.234,56", "-Rp 5.000": cents rounded half-up and shown only when not zero. */
export function formatMoney(d: Decimal, convention: Convention): string {
  const rounded = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const amount = formatNumber(rounded.abs(), convention, rounded.isInteger() ? 0 : 2);
  return `${rounded.isNegative() && !rounded.isZero() ? "-" : ""}Rp ${amount}`;
}
